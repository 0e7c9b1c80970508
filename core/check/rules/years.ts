/**
 * yearConsistency and nextYear: the report year against the years written in the title, headings and
 * body. Years a reviewer would not question are excepted: ranges (2021-2025年, （2023—2025年）), years
 * inside 《》 titles, comparisons and starting points (较2023年, 自2019年以来, 于2022年出台), dates early in
 * the following year (2025年1月), and the following year in the next-year section.
 */
import { resolvedTitle } from '../../model/report-helpers';
import type { RuleContext, RuleFn, Unit } from '../context';
import {
  blockAt,
  unitJoined,
  unitTexts,
  anyWordRegExp,
  MAX_EVIDENCE,
  sectionStart,
  type JoinedText,
} from '../text';
import { TITLE_ID, type Evidence } from '../types';

const YEAR = /(?<![0-9])((?:19|20)\d{2})[ \t]*年(度)?/gu;
const RANGE_BEFORE = /(?:19|20)\d{2}[ \t]*年?[ \t]*[-–—－~～至到][ \t]*$/u;
const RANGE_AFTER = /^[ \t]*[-–—－~～至到][ \t]*(?:19|20)\d{2}/u;
const CONTEXT_BEFORE = /(较|比|同比|相比|对比|与|和|自|从|截至|截止|早在|于|到|至|在)[ \t]*$/u;
/** Starting points, comparisons, and facts of that year (a law issued, an appraisal received). */
const CONTEXT_AFTER =
  /^(以来|以前|之前|前|起|开始|至今|底前|相比|同期|出台|印发|颁布|修订|修正|施行|通过|获评|考核|考评|评估|评议)/u;
/** A year that opens a clause frames what follows as that year's work ("2023年，我局……"). */
const CLAUSE_START = /(^|[。；！？，：、“（(]|一是|二是|三是|四是|五是|\n)[ \t*#]*$/u;

export interface YearMention {
  year: number;
  blockIndex: number;
  offset: number;
  length: number;
  /** Opens a clause or reads "X年度": the text speaks of that year's work. */
  framing: boolean;
  /** A range, a cited title, a comparison or a starting point: never a slip. */
  excepted: boolean;
  /** Followed by a month ("2025年1月"): a date. */
  date: boolean;
}

const TITLE_MARK = /[《》]/g;

/** Inside an open 《 at `at` (a 》 closes the last open one): jumps from mark to mark, not character by character. */
function insideTitleMarks(text: string, at: number): boolean {
  if (!text.includes('《')) return false;
  let depth = 0;
  TITLE_MARK.lastIndex = 0;
  for (let m = TITLE_MARK.exec(text); m && m.index < at; m = TITLE_MARK.exec(text)) {
    if (m[0] === '《') depth++;
    else if (depth > 0) depth--;
  }
  return depth > 0;
}

/** The mention of the YEAR match `m` at `index` of a block's `text`. */
function mention(text: string, index: number, m: RegExpExecArray, blockIndex: number): YearMention {
  const before = text.slice(Math.max(0, index - 12), index);
  const after = text.slice(index + m[0].length, index + m[0].length + 6);
  const excepted =
    RANGE_BEFORE.test(before) ||
    RANGE_AFTER.test(text.slice(index + m[0].length, index + m[0].length + 8)) ||
    CONTEXT_BEFORE.test(before) ||
    CONTEXT_AFTER.test(after) ||
    insideTitleMarks(text, index);
  return {
    year: Number(m[1]),
    blockIndex,
    offset: index,
    length: m[0].length,
    framing: m[2] !== undefined || CLAUSE_START.test(before),
    excepted,
    date: /^[ \t]*\d{1,2}[ \t]*月/u.test(after),
  };
}

/**
 * The years written in each block, in order. Given the blocks' joined text (unitJoined), one scan of it
 * instead of one per block (a one-shot `gwdraft check` runs this cold, per block): the same matches, as
 * YEAR never matches a newline and its look-behind sees one as a block's start (not a digit); what
 * stands around a year is still read in its own block.
 */
export function yearMentions(texts: readonly string[], joined?: JoinedText): YearMention[] {
  const out: YearMention[] = [];
  if (joined) {
    if (!joined.text.includes('年')) return out;
    for (const m of joined.text.matchAll(YEAR)) {
      const blockIndex = blockAt(joined.starts, m.index);
      out.push(mention(texts[blockIndex]!, m.index - joined.starts[blockIndex]!, m, blockIndex));
    }
    return out;
  }
  texts.forEach((text, blockIndex) => {
    if (!text.includes('年')) return;
    for (const m of text.matchAll(YEAR)) out.push(mention(text, m.index, m, blockIndex));
  });
  return out;
}

function unitMentions(unit: Unit, ctx: RuleContext): YearMention[] {
  return ctx.memo(unit, 'years', () => yearMentions(unitTexts(unit, ctx), unitJoined(unit, ctx)));
}

/** Is this mention a wrong year for the report? `inHeading`: titles and headings are always framing. */
function wrongYear(m: YearMention, year: number, nextYearOk: boolean, inHeading: boolean): boolean {
  if (m.year === year || m.excepted) return false;
  if (m.year === year + 1 && (nextYearOk || m.date)) return false;
  return inHeading || m.framing;
}

export const yearConsistency: RuleFn<'yearConsistency'> = (_rule, scope, ctx) => {
  const { year } = ctx;
  const wrong: Evidence[] = [];
  const years = new Set<number>();
  const note = (sectionId: string, m: YearMention, blockIndex = m.blockIndex) => {
    years.add(m.year);
    if (wrong.length < MAX_EVIDENCE)
      wrong.push({ sectionId, blockIndex, offset: m.offset, length: m.length });
  };
  if (scope.length > 1) {
    for (const m of yearMentions([resolvedTitle(ctx.report, ctx.template)]))
      if (wrongYear(m, year, false, true)) note(TITLE_ID, m, 0);
  }
  for (const u of scope) {
    const isExtra = u.index >= 0 && !ctx.template.sections.some((s) => s.id === u.id);
    if (isExtra)
      for (const m of yearMentions([u.heading])) if (wrongYear(m, year, false, true)) note(u.id, m, -1);
    const nextOk = ctx.nextYearSections.has(u.id);
    const headings = new Set(u.blocks.flatMap((b, i) => (b.type === 'heading' ? [i] : [])));
    for (const m of unitMentions(u, ctx))
      if (wrongYear(m, year, nextOk, headings.has(m.blockIndex))) note(u.id, m);
  }
  if (wrong.length === 0)
    return { ok: true, message: `标题和正文中的年份与报告年度${year}年一致`, evidence: [] };
  const list = [...years].sort().map((y) => `${y}年`);
  return {
    ok: false,
    message: `报告年度是${year}年，但文中把${list.join('、')}当作本年度来写（共${wrong.length}处）`,
    evidence: wrong,
  };
};

export const nextYear: RuleFn<'nextYear'> = (rule, scope, ctx) => {
  const next = ctx.year + 1;
  const words = [...rule.words, `${next}年`];
  const re = anyWordRegExp(words);
  const hits: Evidence[] = [];
  const stale: Evidence[] = [];
  let headingSays = false;
  for (const u of scope) {
    re.lastIndex = 0;
    if (re.test(u.heading)) headingSays = true;
    unitTexts(u, ctx).forEach((text, blockIndex) => {
      re.lastIndex = 0;
      for (const m of text.matchAll(re))
        if (hits.length < MAX_EVIDENCE)
          hits.push({ sectionId: u.id, blockIndex, offset: m.index, length: m[0].length });
    });
    for (const m of unitMentions(u, ctx))
      if (m.year <= ctx.year && m.framing && !m.excepted)
        stale.push({ sectionId: u.id, blockIndex: m.blockIndex, offset: m.offset, length: m.length });
  }
  const start = scope.length === 1 ? [sectionStart(scope[0]!.id)] : [];
  if (hits.length > 0) return { ok: true, message: `安排指向下一年度（${next}年）`, evidence: hits };
  if (stale.length > 0)
    return {
      ok: false,
      message: `下一年度的安排写成了${ctx.year}年或更早，应写${next}年或“下一年度”`,
      evidence: stale.slice(0, MAX_EVIDENCE),
    };
  // Plans that name no year are read as next year's (the section is about next year): nothing to flag.
  return {
    ok: true,
    message: headingSays ? '标题已写明下一年度，正文未写其他年份' : '正文未写年份，按下一年度的安排理解',
    evidence: start,
  };
};
