/**
 * carriedOver: a section still mostly last year's text. Share of the section's character n-grams
 * (whitespace and punctuation dropped) that also occur in the same section of report.baseline.
 */
import type { RuleFn } from '../context';
import { unitTexts, sectionStart } from '../text';
import type { Evidence } from '../types';

const N = 8;
/** Sections shorter than this (e.g. "无。") are not judged. */
const MIN_GRAMS = 20;

function letters(text: string): string {
  return text.replace(/[\s\p{P}\p{S}]+/gu, '');
}

export function ngrams(text: string): Set<string> {
  const t = letters(text);
  const out = new Set<string>();
  for (let i = 0; i + N <= t.length; i++) out.add(t.slice(i, i + N));
  return out;
}

/** Share (0-1) of `text`'s n-grams found in `base`. */
export function overlapShare(grams: ReadonlySet<string>, base: ReadonlySet<string>): number {
  if (grams.size === 0) return 0;
  let n = 0;
  for (const g of grams) if (base.has(g)) n++;
  return n / grams.size;
}

export const carriedOver: RuleFn<'carriedOver'> = (rule, scope, ctx) => {
  const baseline = ctx.report.baseline;
  if (baseline === null)
    return {
      ok: true,
      na: true,
      message: '不适用：本报告不是从去年的报告开始写的，没有可比对的内容',
      evidence: [],
    };
  const over: { label: string; share: number; ev: Evidence }[] = [];
  for (const u of scope) {
    const old = baseline.sections[u.id];
    if (old === undefined) continue;
    const baseGrams = ctx.memoGlobal(`baseline:${u.id}`, [old], () => ngrams(old));
    const grams = ctx.memo(u, 'ngrams', () => ngrams(unitTexts(u, ctx).join('\n')));
    if (grams.size < MIN_GRAMS) continue;
    const share = overlapShare(grams, baseGrams);
    if (share > rule.maxShare) over.push({ label: u.label, share, ev: sectionStart(u.id) });
  }
  if (over.length === 0)
    return {
      ok: true,
      message: `各部分与${baseline.year}年报告重复不超过${Math.round(rule.maxShare * 100)}%`,
      evidence: [],
    };
  return {
    ok: false,
    message:
      over.map((o) => `${o.label}有${Math.round(o.share * 100)}%与${baseline.year}年报告相同`).join('；') +
      `，请按本年度实际情况改写`,
    evidence: over.map((o) => o.ev),
  };
};
