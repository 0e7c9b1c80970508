import type { Command } from '../command';
import { serve } from './serve';

/** Every sub-command, in the order `gwdraft help` lists them. */
export const COMMANDS: Command[] = [serve];
