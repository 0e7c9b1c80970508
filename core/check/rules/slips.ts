/**
 * Slips a reviewer laughs at: template guidance left in the body, and duplicated phrases
 * ("二十届三中全会和二十届二中全会、三中全会", "依法行政依法行政").
 */
import type { RuleContext, RuleFn } from '../context';
import { ruleKey } from '../context';
import { blockAt, unitJoined, unitTexts, MAX_EVIDENCE, type BlockMatch, type JoinedText } from '../text';
import type { Evidence } from '../types';

/** A guidance clause this long or longer, found verbatim in the body, was left in by mistake. */
const MIN_CLAUSE = 12;
const PREFIX = 16;

/** The clauses of every guidance text in the template (split at 。；：, then at ， if still long). */
function guidanceClauses(ctx: RuleContext): string[] {
  return ctx.memoGlobal('guidance-clauses', [ctx.template], () => {
    const out = new Set<string>();
    // A user's template quotes its notice's guidance ("对照《法治政府建设实施纲要（2021－2025年）》和
    // 省、市实施方案，围绕……"), written in the words a report itself uses: only a whole sentence of it
    // left in is a slip, not a phrase the report echoes.
    const quoted = ctx.template.origin === 'user';
    for (const s of ctx.template.sections) {
      const g = s.guidance.replace(/\s+/gu, '');
      if (quoted) {
        for (const sentence of g.split(/[。；！？]/u)) if (sentence.length >= MIN_CLAUSE) out.add(sentence);
        continue;
      }
      if (g.length >= MIN_CLAUSE && g.length <= 40) out.add(g);
      // A long prefix: the clerk typed over the end of the placeholder but left its start.
      if (g.length >= PREFIX) out.add(g.slice(0, PREFIX));
      for (const part of g.split(/[。；：！？]/u)) {
        if (part.length >= MIN_CLAUSE) out.add(part);
        for (const sub of part.split(/[，、]/u)) if (sub.length >= MIN_CLAUSE) out.add(sub);
      }
    }
    return [...out];
  });
}

export const guidanceLeft: RuleFn<'guidanceLeft'> = (_rule, scope, ctx) => {
  const clauses = guidanceClauses(ctx);
  const found: Evidence[] = [];
  for (const u of scope) {
    const hits = ctx.memo(u, `guidance-left:${ctx.template.id}`, () => {
      const out: Evidence[] = [];
      // No clause anywhere in the unit (the usual case), then in none of its blocks: one search of the
      // joined text per clause instead of one per clause and block, which a one-shot `gwdraft check` runs
      // cold. A clause holds no newline (whitespace is taken out), so it is in the joined text exactly
      // when it is in some block.
      const joined = unitJoined(u, ctx).text;
      if (!clauses.some((c) => joined.includes(c))) return out;
      unitTexts(u, ctx).forEach((text, blockIndex) => {
        if (text.length < MIN_CLAUSE) return;
        // Longest clause first, and one hit per block: a pasted guidance text is one highlight, not five.
        let best: { offset: number; length: number } | null = null;
        for (const c of clauses) {
          const i = text.indexOf(c);
          if (i >= 0 && (!best || c.length > best.length)) best = { offset: i, length: c.length };
        }
        if (best) out.push({ sectionId: u.id, blockIndex, ...best });
      });
      return out;
    });
    found.push(...hits);
  }
  if (found.length === 0) return { ok: true, message: '正文中没有遗留的提纲说明文字', evidence: [] };
  return {
    ok: false,
    message: `正文中有${found.length}处提纲的填写说明文字，应改写为本单位的实际情况或删除`,
    evidence: found.slice(0, MAX_EVIDENCE),
  };
};

const CLAUSE_SPLIT = /[，。；！？：\n]/u;
const CONNECTORS = new Set([...'和、及与'].map((c) => c.charCodeAt(0)));

/** CJK ideograph by UTF-16 code (the BMP ranges of text.ts CJK). */
function cjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    c === 0x3007
  );
}

/** The CJK ideographs of cjkCode, as a regex character class. */
const CJK_CLASS = '\\u4e00-\\u9fff\\u3400-\\u4dbf\\uf900-\\ufaff\\u3007';
const CONNECTOR = /[和、及与]/g;
const BOOK_TITLE = /《[^《》]*》/gu;
/** 《…》 within one line: over a unit's joined text (blocks joined by newlines) a title never spans two blocks. */
const BOOK_TITLE_IN_LINE = /《[^《》\n]*》/gu;
const backToBackCache = new Map<string, RegExp>();

/** minChars..max CJK characters, then the same again: the regex engine's backtracking tries the longest first. */
function backToBack(minChars: number, max: number): RegExp {
  const key = `${minChars},${max}`;
  let re = backToBackCache.get(key);
  if (!re) {
    re = new RegExp(`([${CJK_CLASS}]{${minChars},${max}})\\1`, 'g');
    backToBackCache.set(key, re);
  }
  return re;
}

/**
 * Duplicates in one block of text:
 * - back to back: a phrase of ≥ minChars CJK characters written twice in a row;
 * - "X和…、X": a clause where the element before 和/、/及/与 ends with X and a later element is X again
 *   (the second X starts right after a connector). Text inside 《》 is skipped: lists of book titles
 *   repeat words on purpose.
 * The scans are regular expressions and jumps from one connector to the next, not a loop over every
 * character: `gwdraft check` runs this once per block, cold, where V8's interpreter made a per-character
 * loop the largest cost of the whole check (core/check/slips.test.ts holds that loop as the reference).
 */
export function findDuplicates(
  text: string,
  minChars: number,
  max = 12,
): { offset: number; length: number; phrase: string }[] {
  return duplicatesIn(text, minChars, max, BOOK_TITLE);
}

function duplicatesIn(
  text: string,
  minChars: number,
  max: number,
  bookTitle: RegExp,
): { offset: number; length: number; phrase: string }[] {
  const out: { offset: number; length: number; phrase: string }[] = [];
  if (minChars < 1 || max < minChars || text.length < 2 * minChars) return out;
  // Back to back: text[i, i+len) === text[i+len, i+2len), all CJK, the longest len at the first i; the
  // search goes on after the pair.
  for (const m of text.matchAll(backToBack(minChars, max)))
    out.push({ offset: m.index, length: m[0].length, phrase: m[1]! });
  // Mask 《…》 so titles never pair with each other or with the text around them.
  const masked = text.includes('《') ? text.replace(bookTitle, (s) => '□'.repeat(s.length)) : text;
  let start = 0;
  for (const clause of masked.split(CLAUSE_SPLIT)) {
    const base = start;
    start += clause.length + 1;
    if (clause.length < minChars * 2 + 1) continue;
    // The CJK characters right before a connector count, back to the last connector where the search
    // below found nothing (it starts the count afresh after itself), and at most max(minChars, max).
    let after = -1;
    const cap = Math.max(minChars, max);
    CONNECTOR.lastIndex = 0;
    for (let m = CONNECTOR.exec(clause); m; m = CONNECTOR.exec(clause)) {
      const i = m.index;
      let run = 0;
      while (run < cap && i - run - 1 > after && cjkCode(clause.charCodeAt(i - run - 1))) run++;
      if (run < minChars) continue;
      const rest = clause.slice(i + 1);
      // Every longer X ends with the shortest one: when that is absent, none is there.
      if (!rest.includes(clause.slice(i - minChars, i))) {
        after = i;
        continue;
      }
      for (let len = Math.min(max, run); len >= minChars; len--) {
        const x = clause.slice(i - len, i);
        // "常务会议、常务会议学法活动": the next listed item builds on X — not a slip. The slip repeats X
        // after another item ("二十届三中全会和二十届二中全会、三中全会"), or X alone right after X.
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
  }
  return out;
}

export const duplicatePhrase: RuleFn<'duplicatePhrase'> = (rule, scope, ctx) => {
  const key = ruleKey(rule);
  const found: (BlockMatch & { phrase: string })[] = [];
  for (const u of scope) {
    const hits = ctx.memo(u, key, () =>
      blockDuplicates(unitTexts(u, ctx), rule.minChars, unitJoined(u, ctx)).map((d) => ({
        sectionId: u.id,
        ...d,
      })),
    );
    found.push(...hits);
  }
  if (found.length === 0) return { ok: true, message: '未发现重复录入的词句', evidence: [] };
  const phrases = [...new Set(found.map((f) => f.phrase))].slice(0, 3).map((p) => `“${p}”`);
  return {
    ok: false,
    message: `${phrases.join('')}重复出现${found.length > 1 ? `（共${found.length}处）` : ''}，请删去多余的词句`,
    evidence: found.slice(0, MAX_EVIDENCE).map((f) => ({
      sectionId: f.sectionId,
      blockIndex: f.blockIndex,
      offset: f.offset,
      length: f.length,
    })),
  };
};

export interface BlockDuplicate {
  blockIndex: number;
  offset: number;
  length: number;
  text: string;
  phrase: string;
}

/**
 * findDuplicates over each block's text, in block order. Given the blocks' joined text (unitJoined), one
 * scan of it instead of one per block (a one-shot `gwdraft check` runs this cold, per block): the same
 * results, because nothing it finds spans a newline — repeats are CJK characters, clauses end at one, and
 * 《…》 is masked within a line — and a block holding a newline of its own is scanned alone as before.
 * Within a block, repeats come before "X和…、X" slips, as findDuplicates gives them.
 */
export function blockDuplicates(
  texts: readonly string[],
  minChars: number,
  joined?: JoinedText,
): BlockDuplicate[] {
  const out: BlockDuplicate[] = [];
  if (!joined || texts.some((t) => t.includes('\n'))) {
    texts.forEach((text, blockIndex) => {
      for (const d of findDuplicates(text, minChars))
        out.push({ blockIndex, ...d, text: text.slice(d.offset, d.offset + d.length) });
    });
    return out;
  }
  const { text, starts } = joined;
  for (const d of duplicatesIn(text, minChars, 12, BOOK_TITLE_IN_LINE)) {
    const blockIndex = blockAt(starts, d.offset);
    out.push({
      blockIndex,
      offset: d.offset - starts[blockIndex]!,
      length: d.length,
      text: text.slice(d.offset, d.offset + d.length),
      phrase: d.phrase,
    });
  }
  // stable: each block's repeats stay before its slips
  return out.sort((a, b) => a.blockIndex - b.blockIndex);
}
