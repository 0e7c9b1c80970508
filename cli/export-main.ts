/**
 * The `export` command alone, as a bundle entry of its own (dist/cli/export.cjs, scripts/build-cli.mjs),
 * as cli/check-main.ts is for `check`: only its modules, zod loaded when a draft first needs it, and a
 * code cache made by an export run alone. It behaves exactly as cli/main.ts does for `export` (same
 * errors, same exit codes); cli/bin/gwdraft.cjs runs it only for `gwdraft export …`.
 */
import { singleCommandMain } from './run-command';

export const main = singleCommandMain(
  'export',
  async () => (await import('./commands/export')).exportCommand,
  // one or two short lines: written to fds 1 and 2 directly, without Node's stream objects (cli/stdio.ts)
  { directStdio: true },
);
