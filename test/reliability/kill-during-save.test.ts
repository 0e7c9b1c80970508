/**
 * The short run of scripts/kill-during-save.ts: 20 SIGKILLs at random moments of a save loop; after each,
 * the draft is the old or the new version and loads, and so does the .bak.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { main, runKillDuringSave } from '../../scripts/kill-during-save';

describe('kill during save', () => {
  it('20 kills: the draft is always the old or the new version, and it and its .bak load', async () => {
    const r = await runKillDuringSave({ kills: 20, maxDelayMs: 30 });
    expect(r.failures).toEqual([]);
    expect(r.kills).toBe(20);
    expect(r.versions).toBeGreaterThan(20);
  }, 180_000);

  it('--dir that does not exist (or is a file): a clear error and exit 2, no stack', async () => {
    let err = '';
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((x) => ((err += String(x)), true));
    try {
      expect(await main(['--dir', join(tmpdir(), 'gwdraft-no-such-folder-x9')])).toBe(2);
      expect(await main(['--dir', import.meta.filename])).toBe(2);
    } finally {
      spy.mockRestore();
    }
    expect(err).toMatch(/文件夹不存在.*does not exist/);
    expect(err).toMatch(/不是文件夹.*is not a folder/);
    expect(err).not.toMatch(/\n\s+at /);
  });
});
