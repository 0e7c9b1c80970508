import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countChars } from './count';

/** The first implementation, a loop over the code points: the reference the regex version must equal. */
function countCharsByLoop(text: string): number {
  let n = 0;
  const rest = text.replace(/[A-Za-z0-9]+(?:[.,:%'][A-Za-z0-9]+)*/g, () => {
    n += 1;
    return ' ';
  });
  for (const ch of rest) if (!/\s/u.test(ch)) n += 1;
  return n;
}

describe('countChars', () => {
  it('counts CJK and full-width punctuation one each, half-width words one each, spaces none', () => {
    expect(countChars('我局共有 8 名执法人员。')).toBe(11);
    expect(countChars('参考率达 100%，APP 学习')).toBe(10);
    expect(countChars('  \n ')).toBe(0);
    expect(countChars('𠀀𠀁 字')).toBe(3); // outside the BMP: one character each
    expect(countChars('\uD800 \uDC00')).toBe(2); // lone surrogates one each, never joined across a space
    expect(countChars('\uD800abc\uDC00')).toBe(3);
    expect(countChars('3.5%，v1.2 和 a,b')).toBe(6); // 3.5 % ， v1.2 和 a,b
  });

  it('equals the loop over code points on any text (words, spaces of every kind, surrogates)', () => {
    const pieces = fc.constantFrom(
      ...[..."字法治。，a1Z9.,:%' \t\n\u00a0\u3000\u2028\ufeff\u200a\u202f"],
      '\uD800',
      '\uDC00',
      '𠀀',
      '12.5',
      'APP',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(countChars(text)).toBe(countCharsByLoop(text));
      }),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        expect(countChars(text)).toBe(countCharsByLoop(text));
      }),
      { numRuns: 2000 },
    );
  });
});
