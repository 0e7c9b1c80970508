/**
 * Choosing a report's template: the kind of unit (部门, 人民政府, 乡镇/街道, read from the 机关 and the
 * title), what its headings mean (synonyms from the vocabulary) and their order. When no template's
 * outline fits well enough, the report keeps its own (自拟提纲): it is never poured into an outline it
 * does not follow.
 */
import type { Template } from '../../templates/schema';
import { UnitKindSchema, unitKindName, type UnitKind, type Vocabulary } from '../../templates/vocabulary';
import { matchHeadings } from './match';

export interface TemplateScore {
  template: Template;
  /** Matched heading score over the larger outline, 0-1. */
  fit: number;
  /** Share of matched headings in the template's order, 0-1. */
  order: number;
  /** 1 the template is for this kind of unit, 0 it is not, 0.5 unknown. */
  kind: number;
  /** Share of the report's headings written in the template's own words (a fragment of its outline). */
  verbatim: number;
  total: number;
}

export interface TemplateChoice {
  unitKind: UnitKind | null;
  /** Best first; only templates for the unit's kind (all when the kind is unknown or none is for it). */
  ranking: TemplateScore[];
  /** True when the winner's outline fits too little and the report keeps its own. */
  ownOutline: boolean;
  /** Chinese: why the template won, with the runner-up and both scores. */
  reason: string;
}

/** A heading this close to the template's own wording is written in its words. */
const VERBATIM = 0.97;

function longestIncreasing(xs: readonly number[]): number {
  const tails: number[] = [];
  for (const x of xs) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = x;
  }
  return tails.length;
}

export function scoreTemplate(
  headings: readonly string[],
  template: Template,
  kind: UnitKind | null,
  vocab: Vocabulary,
): TemplateScore {
  const matches = matchHeadings(headings, template, vocab);
  const sum = matches.reduce((n, m) => n + m.score, 0);
  const fit = sum / Math.max(headings.length, template.sections.length, 1);
  const idx = matches
    .filter((m) => m.sectionId !== null)
    .map((m) => template.sections.findIndex((s) => s.id === m.sectionId));
  const order = idx.length === 0 ? 0 : longestIncreasing(idx) / idx.length;
  const verbatim =
    headings.length === 0 ? 0 : matches.filter((m) => m.score >= VERBATIM).length / headings.length;
  const kinds = template.unitKinds;
  const kindScore = kind === null || !kinds ? 0.5 : kinds.includes(kind) ? 1 : 0;
  const w = vocab.choice.weights;
  const total = w.fit * fit + w.order * order * (fit > 0 ? 1 : 0) + w.kind * kindScore;
  return { template, fit, order, kind: kindScore, verbatim, total };
}

/** Scores as a clerk reads them in the import notes: 79%, not 0.79. */
const pct = (n: number) => `${Math.round(n * 100)}%`;

function describe(s: TemplateScore): string {
  const kind = s.kind === 1 ? '机关类型相符' : s.kind === 0 ? '机关类型不符' : '机关类型未知';
  return `“${s.template.name}”（综合${pct(s.total)}：标题吻合${pct(s.fit)}、顺序${pct(s.order)}、${kind}）`;
}

export function chooseTemplateFor(
  headings: readonly string[],
  templates: readonly Template[],
  kind: UnitKind | null,
  vocab: Vocabulary,
): TemplateChoice {
  const all = templates.map((t) => scoreTemplate(headings, t, kind, vocab));
  const fitting = all.filter((s) => s.kind > 0);
  // A tie (no heading read at all, or none matching) goes to the template for more kinds of unit: the
  // general outline, not one city's.
  const breadth = (s: TemplateScore) => s.template.unitKinds?.length ?? UnitKindSchema.options.length;
  const ranking = (fitting.length > 0 ? fitting : all).sort(
    (a, b) => b.total - a.total || breadth(b) - breadth(a),
  );
  const best = ranking[0]!;
  const second = ranking[1];
  // A report whose headings are mostly the template's own words follows it even with parts missing (a
  // fragment, or sections left out): those are findings, not another outline.
  const ownOutline =
    headings.length > 0 &&
    best.fit < vocab.choice.ownOutlineBelow &&
    best.verbatim < vocab.choice.verbatimKeeps;
  const who = `机关类型：${unitKindName(kind, vocab)}`;
  const reason = ownOutline
    ? `${who}；最接近的${describe(best)}，标题吻合度低于${pct(vocab.choice.ownOutlineBelow)}，按报告自身的标题作为提纲（自拟提纲）${second ? `；其次为${describe(second)}` : ''}`
    : `${who}；选用${describe(best)}${second ? `；次选${describe(second)}` : ''}`;
  return { unitKind: kind, ranking, ownOutline, reason };
}
