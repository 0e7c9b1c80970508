/**
 * Entry of the `gwdraft` CLI: dispatches to a sub-command, turns user errors into one line on stderr
 * and exit code 2, and never prints a stack trace for them.
 */
import { UserError } from './command';
import { COMMANDS } from './commands/index';

async function help(): Promise<string> {
  const lines = [
    'gwdraft — 法治政府建设年度报告起草助手 / drafting assistant for the annual rule-of-law report',
    '',
  ];
  for (const c of await Promise.all(COMMANDS.map((e) => e.load())))
    lines.push(`  ${c.usage}`, `      ${c.summary}`);
  return lines.join('\n');
}

let pipeGuarded = false;

export async function main(argv: string[]): Promise<number> {
  // `gwdraft info x | head` closes the pipe early: that is not an error worth a stack trace.
  // (Once per process: tests and benches call main() many times.)
  if (!pipeGuarded) {
    pipeGuarded = true;
    for (const stream of [process.stdout, process.stderr])
      stream.on('error', (err: NodeJS.ErrnoException) => {
        if (err.code === 'EPIPE') process.exit(0);
        throw err;
      });
  }
  const [name, ...rest] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write((await help()) + '\n');
    return name === undefined ? 2 : 0;
  }
  const entry = COMMANDS.find((c) => c.name === name);
  if (!entry) {
    process.stderr.write(`gwdraft: 未知命令 ${name} / unknown command ${name} (gwdraft help)\n`);
    return 2;
  }
  try {
    const loadStart = performance.now();
    const command = await entry.load();
    // The sub-command's own modules, for the start-up breakdown of cli/bin (GWDRAFT_TIMING=1).
    if (process.env.GWDRAFT_TIMING)
      performance.measure('gwdraft:command-load', { start: loadStart, end: performance.now() });
    return await command.run(rest);
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`gwdraft ${name}: ${err.message}\n`);
      return 2;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`gwdraft ${name}: 内部错误 / internal error: ${message}\n`);
    if (process.env.GWDRAFT_DEBUG) console.error(err);
    return 3;
  }
}
