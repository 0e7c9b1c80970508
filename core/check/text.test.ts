import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { anyWordRegExp, joinTexts, matchBlocks, type BlockMatch } from './text';

/** The reference: one matchAll per block, as matchBlocks did before it scanned the joined text. */
function perBlock(sectionId: string, texts: readonly string[], re: RegExp, limit = Infinity) {
  const out: BlockMatch[] = [];
  for (let i = 0; i < texts.length && out.length < limit; i++) {
    re.lastIndex = 0;
    for (const m of texts[i]!.matchAll(re)) {
      if (m[0].length === 0) continue;
      out.push({ sectionId, blockIndex: i, offset: m.index, length: m[0].length, text: m[0] });
      if (out.length >= limit) break;
    }
  }
  return out;
}

const alphabet = ['听', '取', '汇', '报', '述', '法', '职', '。', '；', '，', '\n', ' ', 'a', '𠀀'];
const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 40 }).map((cs) => cs.join(''));
const word = fc
  .array(fc.constantFrom('听', '取', '汇', '报', '述', '法', '职', '…'), { minLength: 1, maxLength: 5 })
  .map((cs) => cs.join(''))
  .filter((w) => w.replace(/…/g, '') !== '');

describe('matchBlocks', () => {
  it('finds what one scan per block finds, in any text (newlines in blocks, astral characters, gaps)', () => {
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 8 }),
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 5 })),
        (texts, words, limit) => {
          const re = anyWordRegExp(words);
          const joined = joinTexts(texts);
          expect(matchBlocks('s', joined, re, limit)).toEqual(perBlock('s', texts, re, limit));
          // the same joined text again (the checklist keeps it per unit)
          expect(matchBlocks('s', joined, re, limit)).toEqual(perBlock('s', texts, re, limit));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('places a match in the right block and offset', () => {
    const texts = ['全年听取法治工作汇报4次。', '', '述职述法全覆盖。'];
    expect(matchBlocks('x', joinTexts(texts), anyWordRegExp(['听取…汇报', '述法', '述职述法']))).toEqual([
      { sectionId: 'x', blockIndex: 0, offset: 2, length: 8, text: '听取法治工作汇报' },
      { sectionId: 'x', blockIndex: 2, offset: 0, length: 4, text: '述职述法' },
    ]);
  });
});
