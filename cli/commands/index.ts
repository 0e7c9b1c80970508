import type { Command } from '../command';
import { templatesCommand } from './templates';
import { newCommand } from './new';
import { importCommand } from './import';
import { infoCommand } from './info';
import { serve } from './serve';
import { comments } from './comments';
import { mergeCommentsCommand } from './merge-comments';
import { checkCommand } from './check';
import { exportCommand } from './export';

/** Every sub-command, in the order `gwdraft help` lists them. */
export const COMMANDS: Command[] = [
  templatesCommand,
  newCommand,
  importCommand,
  infoCommand,
  serve,
  comments,
  mergeCommentsCommand,
  checkCommand,
  exportCommand,
];
