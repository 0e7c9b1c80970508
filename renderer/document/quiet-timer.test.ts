import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietTimer } from './quiet-timer';

describe('QuietTimer', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once, `ms` after the last poke', () => {
    const run = vi.fn();
    const t = new QuietTimer(run);
    t.poke(300);
    vi.advanceTimersByTime(200);
    t.poke(300); // a key 200 ms in: the run moves to 500
    vi.advanceTimersByTime(250);
    t.poke(300); // and again at 450: due at 750
    vi.advanceTimersByTime(299);
    expect(run).not.toHaveBeenCalled();
    expect(t.waiting).toBe(true);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(t.waiting).toBe(false);
    vi.advanceTimersByTime(5000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('sets one timer for a burst of pokes, not one per poke', () => {
    const set = vi.spyOn(globalThis, 'setTimeout');
    const t = new QuietTimer(() => {});
    for (let i = 0; i < 50; i++) {
      t.poke(300);
      vi.advanceTimersByTime(30);
    }
    // 1,500 ms of keys 30 ms apart: the first timer and one re-arm per 300 ms it found not quiet.
    expect(set.mock.calls.length).toBeLessThanOrEqual(6);
    set.mockRestore();
  });

  it('a shorter wait asked later is kept', () => {
    const run = vi.fn();
    const t = new QuietTimer(run);
    t.poke(3000);
    t.poke(100);
    vi.advanceTimersByTime(100);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('cancel drops the run', () => {
    const run = vi.fn();
    const t = new QuietTimer(run);
    t.poke(100);
    t.cancel();
    vi.advanceTimersByTime(1000);
    expect(run).not.toHaveBeenCalled();
  });

  it('a clock set back does not postpone the run by more than the wait', () => {
    const run = vi.fn();
    const t = new QuietTimer(run);
    t.poke(300);
    vi.setSystemTime(Date.now() - 3_600_000);
    vi.advanceTimersByTime(300);
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
  });
});
