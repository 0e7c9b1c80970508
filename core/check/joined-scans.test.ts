/**
 * Rules that scan a unit's joined text (its blocks joined by newlines) once instead of each block: each
 * equals the block-by-block scan it replaced, kept here as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secrecyHits, validIdNumber } from './rules/secrecy';
import { dataRegExp, findData } from './rules/data';
import { anyWordRegExp, joinTexts } from './text';

/** The scan block by block that secrecyHits replaces: the reference it must equal. */
function byBlock(texts: readonly string[], words: RegExp) {
  const ID_RE = /(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])/gu;
  const MOBILE_RE = /(?<![0-9])1[3-9]\d{9}(?![0-9])/gu;
  const PROTECTIVE_BEFORE =
    /(保守|保护|保密|泄露|泄漏|窃取|侵犯|侵害|商业|个人|技术)(国家|商业|工作|技术)?$/u;
  const inTitleMarks = (text: string, at: number) => {
    const open = text.lastIndexOf('《', at);
    return open >= 0 && text.lastIndexOf('》', at) < open;
  };
  const out: { blockIndex: number; offset: number; length: number; what: string }[] = [];
  texts.forEach((text, blockIndex) => {
    const at = (index: number, length: number, what: string) =>
      out.push({ blockIndex, offset: index, length, what });
    words.lastIndex = 0;
    for (const m of text.matchAll(words))
      if (
        !inTitleMarks(text, m.index) &&
        !PROTECTIVE_BEFORE.test(text.slice(Math.max(0, m.index - 6), m.index))
      )
        at(m.index, m[0].length, `“${m[0]}”`);
    for (const m of text.matchAll(ID_RE)) if (validIdNumber(m[0])) at(m.index, m[0].length, '身份证号');
    for (const m of text.matchAll(MOBILE_RE)) at(m.index, m[0].length, '手机号');
  });
  return out;
}

describe('secrecyHits', () => {
  it('finds over the joined text of the blocks what a scan of each block finds', () => {
    const words = anyWordRegExp(['涉密', '秘密', '内部资料', '绝密…文件']);
    // Words, protective prefixes, 《》 across blocks, digits that make IDs and mobile numbers (some
    // split by a block boundary), letters beside digits, and now and then a newline inside a block.
    const id = '11010519491231002X';
    const piece = fc.constantFrom(
      '涉密',
      '秘密',
      '内部',
      '资料',
      '绝密',
      '文件',
      '保护',
      '商业',
      '国家',
      '《',
      '》',
      '。',
      '，',
      '法',
      id,
      id.slice(0, 9),
      id.slice(9),
      '13812345678',
      '138123',
      '45678',
      '1',
      '9',
      'a',
      '\n',
    );
    const block = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (texts) => {
        expect(secrecyHits(texts, joinTexts(texts), words)).toEqual(byBlock(texts, words));
      }),
      { numRuns: 4000 },
    );
  });
});

describe('findData', () => {
  it('finds over the joined text of the blocks what a scan of each block finds', () => {
    const re = dataRegExp(['次', '人次', '件', '%', '万元', '项', '个']);
    const piece = fc.constantFrom(
      '3',
      '12',
      '.',
      '5',
      '次',
      '人',
      '件',
      '%',
      '万',
      '元',
      '项',
      '个',
      '两',
      '四',
      '意识',
      '制度',
      '十',
      '余',
      '多',
      ' ',
      '\t',
      '\n',
      '。',
      '法',
      'a',
    );
    const block = fc.array(piece, { maxLength: 14 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (texts) => {
        expect(findData('s', texts, re, joinTexts(texts))).toEqual(findData('s', texts, re));
      }),
      { numRuns: 4000 },
    );
  });
});
