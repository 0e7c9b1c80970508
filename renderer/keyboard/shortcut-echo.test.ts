import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEchoFilter, ECHO_MS } from './shortcut-echo';

describe('createEchoFilter', () => {
  afterEach(() => vi.restoreAllMocks());
  const at = (ms: number) => vi.spyOn(performance, 'now').mockReturnValue(ms);

  it('drops the menu accelerator echoing a key press (and the reverse), once', () => {
    const act = createEchoFilter();
    at(1000);
    expect(act('file.export', 'key')).toBe(true);
    at(1010);
    expect(act('file.export', 'menu')).toBe(false);
    at(2000);
    expect(act('file.export', 'menu')).toBe(true);
    at(2050);
    expect(act('file.export', 'key')).toBe(false);
  });

  it('never drops a second press from the same source, however quick', () => {
    const act = createEchoFilter();
    at(1000);
    expect(act('file.export', 'key')).toBe(true);
    at(1100);
    expect(act('file.export', 'key')).toBe(true);
    at(1150);
    expect(act('file.export', 'button')).toBe(true);
  });

  it('acts on another command, or the same one after the echo window', () => {
    const act = createEchoFilter();
    at(1000);
    expect(act('file.export', 'key')).toBe(true);
    at(1010);
    expect(act('file.print', 'menu')).toBe(true);
    at(1010 + ECHO_MS + 1);
    expect(act('file.print', 'key')).toBe(true);
  });
});
