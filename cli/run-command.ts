/**
 * Running one sub-command: what `gwdraft NAME …` does once NAME is known, shared by the whole CLI
 * (cli/main.ts) and the `check`-only entry of the bundle (cli/check-main.ts), so both print the same
 * errors and return the same exit codes.
 */
import { UserError, type Command } from './command';
import { useDirectStdio, writeErr } from './stdio';

let pipeGuarded = false;

/**
 * `gwdraft info x | head` closes the pipe early: that is not an error worth a stack trace.
 * (Once per process: tests and benches call main() many times.)
 */
export function guardPipes(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  for (const stream of [process.stdout, process.stderr])
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(0);
      throw err;
    });
}

/**
 * Loads the command and runs it with `args`; a UserError becomes one line on stderr and exit code 2,
 * anything else an internal error (exit 3) without a stack trace unless GWDRAFT_DEBUG is set.
 */
export async function runCommand(
  name: string,
  load: () => Promise<Command>,
  args: string[],
): Promise<number> {
  try {
    // The sub-command's own modules, for the start-up breakdown of cli/bin (GWDRAFT_TIMING=1); only then,
    // as the first use of `performance` loads Node's perf_hooks (~1 ms of a one-shot command).
    const timing = Boolean(process.env.GWDRAFT_TIMING);
    const loadStart = timing ? performance.now() : 0;
    const command = await load();
    if (timing) performance.measure('gwdraft:command-load', { start: loadStart, end: performance.now() });
    return await command.run(args);
  } catch (err) {
    if (err instanceof UserError) {
      writeErr(`gwdraft ${name}: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    writeErr(`gwdraft ${name}: 内部错误 / internal error: ${message}\n`);
    if (process.env.GWDRAFT_DEBUG) console.error(err);
    return 3;
  }
}

/**
 * The `main` of a bundle entry that runs one command only (cli/check-main.ts, cli/export-main.ts):
 * `name`, as cli/main.ts runs it; any other command name is refused with exit code 2. With `directStdio`
 * the command's lines go straight to fds 1 and 2 (cli/stdio.ts), without Node's stream objects.
 */
export function singleCommandMain(
  name: string,
  load: () => Promise<Command>,
  { directStdio = false }: { directStdio?: boolean } = {},
): (argv: string[]) => Promise<number> {
  return async (argv) => {
    if (directStdio) useDirectStdio();
    else guardPipes();
    const [given, ...rest] = argv;
    if (given !== name) {
      writeErr(`gwdraft: 此入口只运行 ${name} / this entry runs only ${name} (got ${String(given)})\n`);
      return 2;
    }
    return runCommand(name, load, rest);
  };
}
