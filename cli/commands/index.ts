import type { Command } from '../command';
import { serve } from './serve';
import { comments } from './comments';
import { mergeCommentsCommand } from './merge-comments';

/** Every sub-command, in the order `gwdraft help` lists them. */
export const COMMANDS: Command[] = [serve, comments, mergeCommentsCommand];
