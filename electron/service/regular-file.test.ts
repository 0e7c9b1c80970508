/**
 * readRegularFileSync (the one-shot CLI's read) gives what readRegularFile gives: the same bytes, and the
 * same refusal of what is not a regular file or is too large, with the same errors.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FileReadError, readRegularFile, readRegularFileSync } from './regular-file';

type Outcome = { ok: true; bytes: string; size: number; mtimeMs: number } | { ok: false; error: unknown };

const describe_ = (e: unknown) =>
  e instanceof FileReadError
    ? { kind: 'FileReadError', code: e.code, size: e.size, message: e.message }
    : { kind: 'fs', code: (e as NodeJS.ErrnoException).code, message: (e as Error).message };

async function viaAsync(path: string, max: number): Promise<Outcome> {
  try {
    const r = await readRegularFile(path, max);
    return { ok: true, bytes: Buffer.from(r.bytes).toString('hex'), size: r.size, mtimeMs: r.mtimeMs };
  } catch (e) {
    return { ok: false, error: describe_(e) };
  }
}

function viaSync(path: string, max: number): Outcome {
  try {
    const r = readRegularFileSync(path, max);
    return { ok: true, bytes: Buffer.from(r.bytes).toString('hex'), size: r.size, mtimeMs: r.mtimeMs };
  } catch (e) {
    return { ok: false, error: describe_(e) };
  }
}

describe('readRegularFileSync', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gwdraft-regular-'));
    writeFileSync(join(dir, 'a.txt'), '法治政府建设年度报告\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    mkdirSync(join(dir, 'folder'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'link.txt'));
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'broken.txt'));
    if (process.platform !== 'win32') execFileSync('mkfifo', [join(dir, 'fifo')]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads, and refuses, exactly as readRegularFile does', async () => {
    const cases: [string, number][] = [
      ['a.txt', 1000],
      ['a.txt', 31], // exactly its size
      ['a.txt', 30], // one byte too large
      ['empty.txt', 10],
      ['link.txt', 1000],
      ['broken.txt', 1000],
      ['missing.txt', 1000],
      ['folder', 1000],
      ...(process.platform !== 'win32' ? ([['fifo', 1000]] as [string, number][]) : []),
    ];
    for (const [name, max] of cases) {
      const path = join(dir, name);
      const sync = viaSync(path, max);
      expect(sync, name).toEqual(await viaAsync(path, max));
    }
    expect(viaSync(join(dir, 'a.txt'), 1000).ok).toBe(true);
    expect(viaSync(join(dir, 'a.txt'), 30)).toMatchObject({ ok: false, error: { code: 'too-large' } });
    expect(viaSync(join(dir, 'folder'), 1000)).toMatchObject({ ok: false, error: { code: 'not-regular' } });
  });
});
