/**
 * The `check` command alone, as a bundle entry of its own (dist/cli/check.cjs, scripts/build-cli.mjs):
 * `gwdraft check FILE` is the command run most often from scripts, and a bundle holding only its modules
 * starts faster (less source to read, a smaller V8 code cache to deserialise) than the whole CLI. It
 * behaves exactly as cli/main.ts does for `check` (same errors, same exit codes); cli/bin/gwdraft.cjs
 * runs it only for `gwdraft check …`.
 */
import { singleCommandMain } from './run-command';

export const main = singleCommandMain('check', async () => (await import('./commands/check')).checkCommand);
