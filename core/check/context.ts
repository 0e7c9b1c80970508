/**
 * What a rule sees: the units of text it reads (the preamble and each section), the report and its
 * template, and a memo that keeps per-unit work across evaluations (see cache.ts).
 */
import type { Block } from '../model/content';
import type { Report } from '../model/report';
import type { Rule, Template, TemplateItem } from '../templates/schema';
import type { RuleOutcome } from './types';

export interface Unit {
  /** Section id, or PREAMBLE_ID. */
  id: string;
  blocks: readonly Block[];
  /** Heading without number, {year} filled in ("" for the preamble). */
  heading: string;
  /** Position in report.sections, or -1 for the preamble. */
  index: number;
  /** For messages: "第五部分（存在的不足和原因）" or "开头部分". */
  label: string;
}

export interface RuleContext {
  report: Report;
  template: Template;
  year: number;
  today: Date;
  /** The preamble, then every section in report order. */
  units: readonly Unit[];
  /** Sections whose items carry a nextYear rule: where the following year is the right year. */
  nextYearSections: ReadonlySet<string>;
  /** Per-unit memo: `compute` runs only when the unit's blocks (or `key`) changed since the last evaluation. */
  memo<T>(unit: Unit, key: string, compute: () => T): T;
  /** Memo for whole-report values that depend on something other than blocks (e.g. the baseline). */
  memoGlobal<T>(key: string, deps: readonly unknown[], compute: () => T): T;
}

export type RuleOf<K extends Rule['kind']> = Extract<Rule, { kind: K }>;

/** A rule kind's evaluator: `scope` is the units the item reads (one section, or all for whole-report items). */
export type RuleFn<K extends Rule['kind']> = (
  rule: RuleOf<K>,
  scope: readonly Unit[],
  ctx: RuleContext,
  item: TemplateItem,
) => RuleOutcome;

const ruleKeys = new WeakMap<object, string>();

/** A stable memo key for a rule's parameters (templates are immutable once loaded). */
export function ruleKey(rule: Rule): string {
  let k = ruleKeys.get(rule);
  if (k === undefined) {
    k = JSON.stringify(rule);
    ruleKeys.set(rule, k);
  }
  return k;
}
