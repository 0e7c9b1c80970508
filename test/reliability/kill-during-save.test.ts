/**
 * The short run of scripts/kill-during-save.ts: 20 SIGKILLs at random moments of a save loop; after each,
 * the draft is the old or the new version and loads, and so does the .bak.
 */
import { describe, expect, it } from 'vitest';
import { runKillDuringSave } from '../../scripts/kill-during-save';

describe('kill during save', () => {
  it('20 kills: the draft is always the old or the new version, and it and its .bak load', async () => {
    const r = await runKillDuringSave({ kills: 20, maxDelayMs: 30 });
    expect(r.failures).toEqual([]);
    expect(r.kills).toBe(20);
    expect(r.versions).toBeGreaterThan(20);
  }, 180_000);
});
