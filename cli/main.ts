/**
 * Entry of the `gwdraft` CLI: dispatches to a sub-command, turns user errors into one line on stderr
 * and exit code 2, and never prints a stack trace for them.
 */
import { guardPipes, runCommand } from './run-command';
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

export async function main(argv: string[]): Promise<number> {
  guardPipes();
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
  return runCommand(name, entry.load, rest);
}
