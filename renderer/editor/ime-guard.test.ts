import { describe, expect, it } from 'vitest';
import { ImeGuard } from './ime-guard';

function clock() {
  let t = 1000;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

describe('ImeGuard (slate#5653)', () => {
  it('drops the second copy when a keyless commit is followed by the same insert', () => {
    const c = clock();
    const g = new ImeGuard(c.now);
    expect(g.shouldSkipCompositionInsert('法治')).toBe(false);
    c.advance(5);
    expect(g.shouldSwallowInsert('法治')).toBe(true);
    c.advance(5);
    expect(g.shouldSwallowInsert('法治')).toBe(false); // only once
  });
  it('drops the replay Chrome sends after a keyless commit: the delete and the insert', () => {
    const c = clock();
    const g = new ImeGuard(c.now);
    g.shouldSkipCompositionInsert('法治');
    c.advance(3);
    expect(g.shouldSwallowDelete()).toBe(true);
    expect(g.shouldSwallowInsert('法治')).toBe(true);
    expect(g.shouldSwallowDelete()).toBe(false);
  });
  it('lets an ordinary Backspace through', () => {
    const c = clock();
    const g = new ImeGuard(c.now);
    expect(g.shouldSwallowDelete()).toBe(false);
    g.shouldSkipCompositionInsert('法治');
    c.advance(20);
    g.keyDown();
    expect(g.shouldSwallowDelete()).toBe(false);
  });
  it('skips the composition insert when the same text already came in without a key', () => {
    const c = clock();
    const g = new ImeGuard(c.now);
    expect(g.shouldSwallowInsert('政府')).toBe(false);
    c.advance(10);
    expect(g.shouldSkipCompositionInsert('政府')).toBe(true);
  });
  it('never interferes with typing: a key press just before the commit disarms it', () => {
    const c = clock();
    const g = new ImeGuard(c.now);
    g.keyDown();
    c.advance(20);
    expect(g.shouldSkipCompositionInsert('建设')).toBe(false);
    expect(g.shouldSwallowInsert('建设')).toBe(false);
  });
  it('lets different or late text through', () => {
    const c = clock();
    const g = new ImeGuard(c.now);
    g.shouldSkipCompositionInsert('法治');
    expect(g.shouldSwallowInsert('政府')).toBe(false);
    g.shouldSkipCompositionInsert('法治');
    c.advance(150);
    expect(g.shouldSwallowInsert('法治')).toBe(false);
  });
});
