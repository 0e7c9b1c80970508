import { describe, expect, it } from 'vitest';
import { MAX_SHOWN, visibleNotices } from './Notices';
import { notice } from './notices';

describe('visibleNotices', () => {
  it('shows at most three, the newest, and counts the rest', () => {
    const ns = [1, 2, 3, 4, 5].map((i) => notice('info', `i${i}`));
    const { shown, waiting } = visibleNotices(ns);
    expect(shown.map((n) => n.text)).toEqual(['i3', 'i4', 'i5']);
    expect(waiting).toBe(2);
  });
  it('keeps errors over newer information when they compete', () => {
    const ns = [notice('error', 'e1'), notice('info', 'i1'), notice('info', 'i2'), notice('info', 'i3')];
    const { shown } = visibleNotices(ns);
    expect(shown.map((n) => n.text)).toEqual(['e1', 'i2', 'i3']);
    expect(shown).toHaveLength(MAX_SHOWN);
  });
  it('with many errors, the newest three errors', () => {
    const ns = [1, 2, 3, 4].map((i) => notice('error', `e${i}`)).concat(notice('info', 'i'));
    expect(visibleNotices(ns).shown.map((n) => n.text)).toEqual(['e2', 'e3', 'e4']);
  });
});
