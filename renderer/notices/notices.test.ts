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
  it('an older error waits behind newer notices until they go', () => {
    const e = notice('error', 'e1');
    const infos = [1, 2, 3].map((i) => notice('info', `i${i}`));
    expect(visibleNotices([e, ...infos]).shown.map((n) => n.text)).toEqual(['i1', 'i2', 'i3']);
    expect(visibleNotices([e, ...infos.slice(1)]).shown.map((n) => n.text)).toEqual(['e1', 'i2', 'i3']);
    expect(MAX_SHOWN).toBe(3);
  });
});
