import { describe, expect, it } from 'vitest';
import { countChars } from './count';

describe('countChars', () => {
  it('counts CJK and full-width punctuation one each, half-width words one each, spaces none', () => {
    expect(countChars('我局共有 8 名执法人员。')).toBe(11);
    expect(countChars('参考率达 100%，APP 学习')).toBe(10);
    expect(countChars('  \n ')).toBe(0);
  });
});
