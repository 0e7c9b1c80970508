import { terminalText } from './terminal-text';

/** A CLI sub-command. Each lives in cli/commands/<name>.ts and is listed in cli/commands/index.ts. */
export interface Command {
  name: string;
  /** One line, Chinese and English, for `gwdraft help`. */
  summary: string;
  usage: string;
  /** Returns the exit code: 0 success, 1 a check failed, 2 a user error. */
  run(args: string[]): Promise<number>;
}

/**
 * A mistake of the user's (bad flag, unreadable file): printed as one line on stderr, exit 2, no stack.
 * Messages are bilingual: "中文说明 / English explanation".
 */
export class UserError extends Error {
  constructor(message: string) {
    // Messages quote file names and text from files: never let them drive the terminal.
    super(terminalText(message));
    this.name = 'UserError';
  }
}

export interface ParsedArgs {
  positional: string[];
  flags: Map<string, string | true>;
}

/**
 * Parse `--flag value`, `--flag=value` and boolean `--flag`. `booleans` lists flags that take no value.
 * Unknown flags are an error, so a typo never silently does something else.
 */
export function parseArgs(args: string[], known: { values: string[]; booleans: string[] }): ParsedArgs {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  const aliases: Record<string, string> = { '-o': '--output' };
  for (let i = 0; i < args.length; i++) {
    let arg = args[i]!;
    if (arg in aliases) arg = aliases[arg]!;
    if (!arg.startsWith('--') || arg === '--') {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = (eq >= 0 ? arg.slice(2, eq) : arg.slice(2)).trim();
    if (known.booleans.includes(name)) {
      if (eq >= 0) throw new UserError(`选项 --${name} 不带参数 / option --${name} takes no value`);
      flags.set(name, true);
    } else if (known.values.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
      if (value === undefined || value === '')
        throw new UserError(`选项 --${name} 缺少参数 / option --${name} needs a value`);
      flags.set(name, value);
    } else {
      throw new UserError(`未知选项 --${name} / unknown option --${name}`);
    }
  }
  return { positional, flags };
}

export function stringFlag(parsed: ParsedArgs, name: string): string | undefined {
  const v = parsed.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
