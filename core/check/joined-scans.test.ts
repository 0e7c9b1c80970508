/**
 * Rules that scan a unit's joined text (its blocks joined by newlines) once instead of each block: each
 * equals the block-by-block scan it replaced, kept here as the reference.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { secrecyHits, validIdNumber } from './rules/secrecy';
import { dataRegExp, findData } from './rules/data';
import { yearMentions } from './rules/years';
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

/** yearMentions as it was: block by block, and 《》 depth counted character by character. */
function yearMentionsByLoop(texts: readonly string[]) {
  const YEAR = /(?<![0-9])((?:19|20)\d{2})[ \t]*年(度)?/gu;
  const RANGE_BEFORE = /(?:19|20)\d{2}[ \t]*年?[ \t]*[-–—－~～至到][ \t]*$/u;
  const RANGE_AFTER = /^[ \t]*[-–—－~～至到][ \t]*(?:19|20)\d{2}/u;
  const CONTEXT_BEFORE = /(较|比|同比|相比|对比|与|和|自|从|截至|截止|早在|于|到|至|在)[ \t]*$/u;
  const CONTEXT_AFTER =
    /^(以来|以前|之前|前|起|开始|至今|底前|相比|同期|出台|印发|颁布|修订|修正|施行|通过|获评|考核|考评|评估|评议)/u;
  const CLAUSE_START = /(^|[。；！？，：、“（(]|一是|二是|三是|四是|五是|\n)[ \t*#]*$/u;
  const insideTitleMarks = (text: string, at: number) => {
    let depth = 0;
    for (let i = 0; i < at; i++) {
      const c = text[i];
      if (c === '《') depth++;
      else if (c === '》' && depth > 0) depth--;
    }
    return depth > 0;
  };
  const out: ReturnType<typeof yearMentions> = [];
  texts.forEach((text, blockIndex) => {
    if (!text.includes('年')) return;
    for (const m of text.matchAll(YEAR)) {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 6);
      const excepted =
        RANGE_BEFORE.test(before) ||
        RANGE_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8)) ||
        CONTEXT_BEFORE.test(before) ||
        CONTEXT_AFTER.test(after) ||
        insideTitleMarks(text, m.index);
      out.push({
        year: Number(m[1]),
        blockIndex,
        offset: m.index,
        length: m[0].length,
        framing: m[2] !== undefined || CLAUSE_START.test(before),
        excepted,
        date: /^[ \t]*\d{1,2}[ \t]*月/u.test(after),
      });
    }
  });
  return out;
}

describe('yearMentions', () => {
  it('finds over the joined text, and block by block, what the character loop found', () => {
    const piece = fc.constantFrom(
      '2024',
      '2025',
      '20',
      '25',
      '1',
      '年',
      '度',
      '月',
      '-',
      '至',
      '较',
      '以来',
      '出台',
      '《',
      '》',
      '。',
      '，',
      '一是',
      ' ',
      '\n',
      '法',
      '3',
    );
    const block = fc.array(piece, { maxLength: 16 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(block, { maxLength: 6 }), (texts) => {
        const reference = yearMentionsByLoop(texts);
        expect(yearMentions(texts, joinTexts(texts))).toEqual(reference);
        expect(yearMentions(texts)).toEqual(reference);
      }),
      { numRuns: 4000 },
    );
  });
});
