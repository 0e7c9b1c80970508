import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { blockDuplicates, findDuplicates } from './rules/slips';
import { joinTexts } from './text';

/** The first implementation, a loop over every character: the reference the faster scan must equal. */
function findDuplicatesByLoop(
  text: string,
  minChars: number,
  max = 12,
): { offset: number; length: number; phrase: string }[] {
  const CLAUSE_SPLIT = /[，。；！？：\n]/u;
  const CONNECTORS = new Set([...'和、及与'].map((c) => c.charCodeAt(0)));
  const cjkCode = (c: number) =>
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007;
  const out: { offset: number; length: number; phrase: string }[] = [];
  for (let i = 0; i + 2 * minChars <= text.length; i++) {
    if (!cjkCode(text.charCodeAt(i))) continue;
    for (let len = Math.min(max, (text.length - i) >> 1); len >= minChars; len--) {
      if (text.charCodeAt(i) !== text.charCodeAt(i + len)) continue;
      let same = true;
      for (let k = 0; k < len && same; k++) {
        const c = text.charCodeAt(i + k);
        same = c === text.charCodeAt(i + len + k) && cjkCode(c);
      }
      if (same) {
        out.push({ offset: i, length: 2 * len, phrase: text.slice(i, i + len) });
        i += 2 * len - 1;
        break;
      }
    }
  }
  const masked = text.replace(/《[^《》]*》/gu, (s) => '□'.repeat(s.length));
  let start = 0;
  for (const clause of masked.split(CLAUSE_SPLIT)) {
    const base = start;
    start += clause.length + 1;
    if (clause.length < minChars * 2 + 1) continue;
    let run = 0;
    for (let i = 0; i < clause.length; i++) {
      const code = clause.charCodeAt(i);
      if (CONNECTORS.has(code) && run >= minChars) {
        const rest = clause.slice(i + 1);
        if (!rest.includes(clause.slice(i - minChars, i))) {
          run = 0;
          continue;
        }
        for (let len = Math.min(max, run); len >= minChars; len--) {
          const x = clause.slice(i - len, i);
          const builtOn = (k: number) => k === 0 && cjkCode(rest.charCodeAt(len));
          let j = rest.indexOf(x);
          while (j >= 0 && ((j > 0 && !CONNECTORS.has(rest.charCodeAt(j - 1))) || builtOn(j)))
            j = rest.indexOf(x, j + 1);
          if (j >= 0) {
            out.push({ offset: base + i - len, length: len + 1 + j + len, phrase: x });
            break;
          }
        }
      }
      run = cjkCode(code) ? run + 1 : 0;
    }
  }
  return out;
}

describe('findDuplicates', () => {
  it('finds the slips of real reports', () => {
    expect(findDuplicates('坚持依法行政依法行政，', 4)).toEqual([
      { offset: 2, length: 8, phrase: '依法行政' },
    ]);
    expect(findDuplicates('深入学习贯彻党的二十届三中全会和二十届二中全会、三中全会精神', 4)).toEqual(
      findDuplicatesByLoop('深入学习贯彻党的二十届三中全会和二十届二中全会、三中全会精神', 4),
    );
    expect(findDuplicates('《行政处罚法》和《行政处罚法》', 3)).toEqual([]);
  });

  it('equals the character loop on any text, for any minChars and max', () => {
    // A small alphabet, so that repeats, connectors, clause ends and book titles meet often.
    const text = fc
      .array(fc.constantFrom(...[...'法治会议全中和及与、，。：\n《》a□〇'], '三中全会', '依法行政'), {
        maxLength: 60,
      })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        text,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 14 }),
        (t, minChars, max) => {
          expect(findDuplicates(t, minChars, max)).toEqual(findDuplicatesByLoop(t, minChars, max));
        },
      ),
      { numRuns: 5000 },
    );
    // Lists of meetings: "X和…、X" repeats (about one text in thirty has one).
    const lists = fc
      .array(
        fc.constantFrom(
          '三中全会',
          '二中全会',
          '二十届',
          '全会',
          '中',
          '和',
          '、',
          '、',
          '及',
          '与',
          '，',
          '法',
          '《',
          '》',
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(
        lists,
        fc.integer({ min: 1, max: 6 }),
        fc.integer({ min: 0, max: 14 }),
        (t, minChars, max) => {
          expect(findDuplicates(t, minChars, max)).toEqual(findDuplicatesByLoop(t, minChars, max));
        },
      ),
      { numRuns: 5000 },
    );
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 6 }), (t, minChars) => {
        expect(findDuplicates(t, minChars)).toEqual(findDuplicatesByLoop(t, minChars));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('blockDuplicates', () => {
  it('finds over the joined text of the blocks what findDuplicates finds block by block', () => {
    // Blocks from a small alphabet: repeats across a block boundary, 《 in one block and 》 in the next,
    // connectors at a block's end; now and then a block holding a newline of its own.
    const block = fc
      .array(fc.constantFrom(...[...'法治会议全中和及与、，。《》a〇'], '三中全会', '依法行政', '二十届'), {
        maxLength: 30,
      })
      .map((parts) => parts.join(''));
    const blocks = fc.array(
      fc.oneof({ weight: 12, arbitrary: block }, { weight: 1, arbitrary: fc.constant('依法\n依法') }),
      {
        maxLength: 8,
      },
    );
    fc.assert(
      fc.property(blocks, fc.integer({ min: 1, max: 6 }), (texts, minChars) => {
        const byBlock = texts.flatMap((text, blockIndex) =>
          findDuplicates(text, minChars).map((d) => ({
            blockIndex,
            offset: d.offset,
            length: d.length,
            text: text.slice(d.offset, d.offset + d.length),
            phrase: d.phrase,
          })),
        );
        const sorted = (ds: ReturnType<typeof blockDuplicates>) =>
          ds.map((d) => ({
            blockIndex: d.blockIndex,
            offset: d.offset,
            length: d.length,
            text: d.text,
            phrase: d.phrase,
          }));
        expect(sorted(blockDuplicates(texts, minChars, joinTexts(texts)))).toEqual(byBlock);
        expect(sorted(blockDuplicates(texts, minChars))).toEqual(byBlock);
      }),
      { numRuns: 4000 },
    );
  });
});
