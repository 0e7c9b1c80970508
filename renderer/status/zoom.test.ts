import { describe, expect, it } from 'vitest';
import type { GwdraftApi } from '../../core/api/contract';
import { bindZoomSettings, getZoom, setZoom, zoomBy } from './zoom';

/** settings.get answers when told; settings.set records each write and answers when told. */
function fakeApi(saved: number | undefined) {
  const writes: number[] = [];
  const pendingSets: (() => void)[] = [];
  let answerGet: () => void = () => {};
  const api = {
    'settings.get': () =>
      new Promise((resolve) => {
        answerGet = () => resolve(saved === undefined ? {} : { zoom: saved });
      }),
    'settings.set': (patch: { zoom: number }) =>
      new Promise<void>((resolve) => {
        writes.push(patch.zoom);
        pendingSets.push(resolve);
      }),
  } as unknown as GwdraftApi;
  const tick = () => new Promise((r) => setTimeout(r, 0));
  return { api, writes, answerGet: () => answerGet(), answerSet: () => pendingSets.shift()?.(), tick };
}

describe('zoom as a setting', () => {
  it('takes the saved zoom at start', async () => {
    setZoom(1);
    const f = fakeApi(1.5);
    const off = bindZoomSettings(f.api);
    f.answerGet();
    await f.tick();
    expect(getZoom()).toBe(1.5);
    expect(f.writes).toEqual([]);
    off();
  });

  it('does not let a late answer undo a zoom the user made meanwhile', async () => {
    setZoom(1);
    const f = fakeApi(1.5);
    const off = bindZoomSettings(f.api);
    zoomBy(2);
    f.answerGet();
    await f.tick();
    expect(getZoom()).toBe(1.2);
    off();
  });

  it('writes one at a time, the latest value last', async () => {
    setZoom(1);
    const f = fakeApi(undefined);
    const off = bindZoomSettings(f.api);
    f.answerGet();
    zoomBy(1);
    zoomBy(1);
    zoomBy(1);
    expect(f.writes).toEqual([1.1]);
    f.answerSet();
    await f.tick();
    expect(f.writes).toEqual([1.1, 1.3]);
    f.answerSet();
    await f.tick();
    expect(f.writes).toEqual([1.1, 1.3]);
    off();
    setZoom(1.7);
    expect(f.writes).toEqual([1.1, 1.3]);
  });

  it('stays within 50–200 %', () => {
    setZoom(9);
    expect(getZoom()).toBe(2);
    setZoom(0.1);
    expect(getZoom()).toBe(0.5);
  });
});
