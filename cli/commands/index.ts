import type { Command } from '../command';

/** Every sub-command, in the order `gwdraft help` lists them. */
export const COMMANDS: Command[] = [];
