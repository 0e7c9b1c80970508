import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'gwdraft-serve-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('gwdraft serve', () => {
  it('prints the tokened URL first, creates the workspace, answers with the token and stops on SIGTERM', async () => {
    const workspace = join(root, 'new', 'workspace');
    const child = spawn(
      process.execPath,
      [
        'cli/bin/gwdraft.mjs',
        'serve',
        '--no-open',
        '--workspace',
        workspace,
        '--data-dir',
        join(root, 'data'),
      ],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    const first = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).once('line', resolve);
      child.once('exit', (code) => reject(new Error(`exited ${code}`)));
    });
    expect(first).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{20,}$/);
    expect(existsSync(workspace)).toBe(true);
    const url = new URL(first);
    const call = (token: string | null) =>
      fetch(`${url.origin}/api/host.info`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', ...(token ? { 'X-Gwdraft-Token': token } : {}) },
        body: '{}',
      });
    const ok = await call(url.searchParams.get('token'));
    expect(await ok.json()).toMatchObject({ ok: true, result: { kind: 'loopback', workspace } });
    expect((await call(null)).status).toBe(403);
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });

  it('refuses bad options in one bilingual line with exit code 2', async () => {
    const run = (args: string[]) =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const c = spawn(process.execPath, ['cli/bin/gwdraft.mjs', 'serve', ...args], {
          stdio: ['ignore', 'pipe', 'pipe'],
        });
        let err = '';
        c.stderr.on('data', (d: Buffer) => (err += d.toString()));
        c.once('exit', (code) => resolve({ code, err }));
      });
    for (const args of [['--port', 'abc'], ['--port', '70000'], ['--nope'], ['extra']]) {
      const r = await run(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toMatch(/[\u4e00-\u9fff].* \/ [a-z]/);
    }
  });
});
