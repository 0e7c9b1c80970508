/**
 * Test helper: run the gwdraft CLI in-process, as `main(argv)`, capturing what it writes to stdout and
 * stderr (faster than spawning it; the spawned binary is tested in cli/commands/foundation-cli.test.ts).
 */
import { vi } from 'vitest';
import { main } from '../../cli/main';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(...argv: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  try {
    return { code: await main(argv), out, err };
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
}
