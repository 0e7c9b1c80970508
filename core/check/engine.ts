/**
 * The checklist engine: evaluates a template's mandated items over a report. Pure and generic — what
 * is checked, and where, comes from the template's items and rules; nothing here knows a template.
 */
import type { Report } from '../model/report';
import { chineseNumeral } from '../model/numbering';
import { headingOf } from '../model/report-helpers';
import type { Template, TemplateItem } from '../templates/schema';
import { CacheBuilder, emptyCache, type CheckCache } from './cache';
import type { RuleContext, Unit } from './context';
import { RULES } from './rules/index';
import { MAX_EVIDENCE, sectionStart, unitChars } from './text';
import { PREAMBLE_ID, type Evidence, type ItemResult, type RuleOutcome } from './types';
import type { Rule } from '../templates/schema';

export interface CheckOptions {
  /** The clerk's today, for the deadline hints. */
  today: Date;
  /** The cache returned by the previous evaluation of (an earlier version of) the same report. */
  previous?: CheckCache;
}

export interface CheckResult {
  items: ItemResult[];
  cache: CheckCache;
}

function unitsOf(report: Report, template: Template): Unit[] {
  const units: Unit[] = [
    { id: PREAMBLE_ID, blocks: report.preamble, heading: '', index: -1, label: '开头部分' },
  ];
  report.sections.forEach((section, index) => {
    const heading = headingOf(section, report, template);
    const short = template.sections.find((s) => s.id === section.id)?.short ?? heading;
    units.push({
      id: section.id,
      blocks: section.blocks,
      heading,
      index,
      label: `第${chineseNumeral(index + 1)}部分（${short}）`,
    });
  });
  return units;
}

function evaluateRule(rule: Rule, scope: readonly Unit[], ctx: RuleContext, item: TemplateItem): RuleOutcome {
  // The mapped type guarantees RULES[kind] takes this kind; TypeScript cannot narrow the pair itself.
  const fn = RULES[rule.kind] as (
    r: Rule,
    s: readonly Unit[],
    c: RuleContext,
    i: TemplateItem,
  ) => RuleOutcome;
  return fn(rule, scope, ctx, item);
}

function dedupe(evidence: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const e of evidence) {
    const k = `${e.sectionId}/${e.blockIndex}/${e.offset}/${e.length}`;
    if (!seen.has(k)) {
      seen.add(k);
      out.push(e);
    }
  }
  return out.slice(0, MAX_EVIDENCE);
}

function evaluateItem(item: TemplateItem, ctx: RuleContext, wide = false): ItemResult {
  const confirmation = [...ctx.report.confirmations].reverse().find((c) => c.itemId === item.id);
  const confirmed = confirmation
    ? { note: confirmation.note, by: confirmation.by, at: confirmation.at }
    : undefined;
  let unit: Unit | undefined;
  if (item.section !== null) unit = ctx.units.find((u) => u.id === item.section);
  const base = {
    id: item.id,
    title: item.title,
    section: unit ? chineseNumeral(unit.index + 1) : null,
  };

  if (item.rules.length === 0) {
    if (confirmed)
      return {
        ...base,
        status: 'pass',
        message: `已人工确认：${confirmed.note || '（无说明）'}`,
        evidence: [],
        confirmed,
      };
    return { ...base, status: 'manual', message: `需人工确认。${item.hint}`, evidence: [] };
  }

  let outcomes: RuleOutcome[];
  if (item.section !== null && !unit) {
    const ts = ctx.template.sections.find((s) => s.id === item.section);
    const heading = ts ? ts.heading.replaceAll('{year}', String(ctx.year)) : item.section;
    outcomes = [{ ok: false, message: `报告中没有“${heading}”这一部分`, evidence: [] }];
  } else {
    const scope = unit ? [unit] : ctx.units;
    outcomes = item.rules.map((rule) => evaluateRule(rule, scope, ctx, item));
  }

  if (outcomes.some((o) => o.na) && !confirmed)
    return { ...base, status: 'na', message: outcomes.find((o) => o.na)!.message, evidence: [] };

  // Not in its section: look in the whole report (a 第一责任人 paragraph under 主要举措 still counts).
  const elsewhere =
    wide && unit ? (mergedInto(item, outcomes, unit, ctx) ?? lookElsewhere(item, outcomes, unit, ctx)) : null;
  if (elsewhere && !confirmed) return { ...base, ...elsewhere };

  const failed = outcomes.filter((o) => !o.ok);
  const hard = failed.some((o) => !o.soft);
  if (confirmed) {
    const detail = failed.length ? `（软件检查：${failed.map((o) => o.message).join('；')}）` : '';
    return {
      ...base,
      status: 'pass',
      message: `已人工确认：${confirmed.note || '（无说明）'}${detail}`,
      evidence: dedupe(outcomes.flatMap((o) => o.evidence)),
      confirmed,
    };
  }
  if (failed.length === 0) {
    return {
      ...base,
      status: 'pass',
      message: outcomes[outcomes.length - 1]!.message,
      evidence: dedupe(outcomes.flatMap((o) => o.evidence)),
    };
  }
  let evidence = dedupe(failed.flatMap((o) => o.evidence));
  if (evidence.length === 0 && unit) evidence = [sectionStart(unit.id)];
  // An empty section fails every content rule at once: say so once, not "0字, 0处, 未提到…".
  const emptyLabel = unit !== undefined && unitChars(unit, ctx) === 0 ? unit.label : null;
  return {
    ...base,
    status: hard && item.severity === 'fail' ? 'fail' : 'warn',
    message: `${emptyLabel ? `${emptyLabel}尚未填写` : failed.map((o) => o.message).join('；')}。${item.hint}`,
    evidence,
  };
}

/** Rule kinds that look for words, which may sit in any section: an item looks past its own section. */
const FINDABLE = new Set<Rule['kind']>(['keywords', 'causes']);

function readsElsewhere(item: TemplateItem): boolean {
  // A 'present' item may find its part merged into another (mergedInto).
  return item.section !== null && item.rules.some((r) => FINDABLE.has(r.kind) || r.kind === 'present');
}

/** A heading or phrase without what varies: spaces, punctuation, years. */
function bare(s: string): string {
  return s
    .replace(/(?:19|20)\d{2}[\s\u3000]*年度?/gu, '')
    .replace(/[\s\u3000“”"、，,。．.；;：:（）()]/gu, '');
}

/** Phrases shorter than this name too little to say a heading covers a part. */
const MIN_MERGED_PHRASE = 4;

/**
 * An empty part written under another part's heading ("四、2026年度…主要安排及其他需要报告的情况"
 * over the text of both): the heading the unit wrote names this part (its short name or an alias),
 * and the part it heads has text. The item's 'present' rules are met there; the merged heading is a
 * heading-wording finding of its own.
 */
function mergedInto(
  item: TemplateItem,
  outcomes: readonly RuleOutcome[],
  unit: Unit,
  ctx: RuleContext,
): Pick<ItemResult, 'status' | 'message' | 'evidence'> | null {
  if (unitChars(unit, ctx) !== 0 || !item.rules.some((r) => r.kind === 'present')) return null;
  // Only an item about the part being there (present, minLength): one asking for words still reads them.
  if (item.rules.some((r, i) => !outcomes[i]!.ok && r.kind !== 'present' && r.kind !== 'minLength'))
    return null;
  const ts = ctx.template.sections.find((s) => s.id === unit.id);
  if (!ts) return null;
  const phrases = [ts.short, ...ts.aliases].map(bare).filter((p) => [...p].length >= MIN_MERGED_PHRASE);
  for (const u of ctx.units) {
    if (u === unit || u.index < 0) continue;
    const written = ctx.report.sections[u.index]?.heading;
    if (written === undefined || unitChars(u, ctx) === 0) continue;
    const h = bare(written);
    if (!phrases.some((p) => h.includes(p))) continue;
    return {
      status: 'pass',
      message: `${unit.label}与第${chineseNumeral(u.index + 1)}部分合并写（标题“${written}”）`,
      evidence: [sectionStart(u.id)],
    };
  }
  return null;
}

/**
 * When the only rules that fail in the item's section are word rules and they hold over the whole
 * report, the item passes and says where: "见第X部分".
 */
function lookElsewhere(
  item: TemplateItem,
  outcomes: readonly RuleOutcome[],
  unit: Unit,
  ctx: RuleContext,
): Pick<ItemResult, 'status' | 'message' | 'evidence'> | null {
  const failing = item.rules.map((r, i) => ({ r, o: outcomes[i]! })).filter((x) => !x.o.ok);
  if (failing.length === 0 || !failing.every((x) => FINDABLE.has(x.r.kind))) return null;
  if (unitChars(unit, ctx) === 0 && item.rules.some((r) => r.kind === 'present')) return null;
  const wide = failing.map((x) => evaluateRule(x.r, ctx.units, ctx, item));
  if (!wide.every((o) => o.ok)) return null;
  const evidence = dedupe(wide.flatMap((o) => o.evidence).filter((e) => e.sectionId !== unit.id));
  const where = [
    ...new Set(
      evidence.map((e) => {
        const u = ctx.units.find((x) => x.id === e.sectionId);
        return u ? (u.index < 0 ? '开头部分' : `第${chineseNumeral(u.index + 1)}部分`) : '';
      }),
    ),
  ].filter(Boolean);
  const found = wide.map((o) => o.message.replace(/^全文/u, '')).join('；');
  return {
    status: 'pass',
    message: `${unit.label}未写到，见${where.join('、') || '其他部分'}：${found}`,
    evidence: evidence.length ? evidence : dedupe(wide.flatMap((o) => o.evidence)),
  };
}

/**
 * Evaluate every item of the template over the report. Pass `previous` (the cache of the last call)
 * to re-use the work done for sections whose content has not changed. Reports are values: change a
 * section by replacing its blocks array and the metadata by replacing `meta` (as the editor does),
 * never by mutating them in place between calls that share a cache.
 */
export function evaluateChecklist(report: Report, template: Template, options: CheckOptions): CheckResult {
  const builder = new CacheBuilder(options.previous ?? emptyCache());
  const units = unitsOf(report, template);
  const entries = new Map<Unit, Map<string, unknown>>();
  for (const u of units) entries.set(u, builder.entry(u.id, u.blocks));
  const nextYearSections = builder.global('next-year-sections', [template], () => {
    const ids = new Set<string>();
    // The section an item checks with nextYear, or whose heading speaks of the next year (下一年度, 下一步).
    for (const s of template.sections) if (/下一年|下一步|明年|来年/u.test(s.heading)) ids.add(s.id);
    for (const item of template.items)
      if (item.section !== null && item.rules.some((r) => r.kind === 'nextYear')) ids.add(item.section);
    return ids;
  });
  const ctx: RuleContext = {
    report,
    template,
    year: report.meta.year,
    today: options.today,
    units,
    nextYearSections,
    memo<T>(unit: Unit, key: string, compute: () => T): T {
      const entry = entries.get(unit);
      if (!entry) return compute();
      if (entry.has(key)) return entry.get(key) as T;
      const value = compute();
      entry.set(key, value);
      return value;
    },
    memoGlobal: (key, deps, compute) => builder.global(key, deps, compute),
  };
  // An item is evaluated again only when something it reads changed: the content of its scope (by the
  // unit's memo entry, which is replaced exactly when the content changes), where the section stands,
  // the metadata, the baseline, the 附件, its confirmation, or the day.
  const t = options.today;
  const day = t.getFullYear() * 10_000 + (t.getMonth() + 1) * 100 + t.getDate();
  const items = template.items.map((item) => {
    const scope = item.section === null ? units : units.filter((u) => u.id === item.section);
    const confirmation = report.confirmations.findLast((c) => c.itemId === item.id);
    const deps: unknown[] = [
      template,
      report.meta,
      report.baseline,
      report.attachments,
      confirmation,
      day,
      units.length,
    ];
    for (const u of scope) deps.push(entries.get(u), u.index, u.heading);
    const own = builder.global(`item:${item.id}`, deps, () => evaluateItem(item, ctx));
    // Only an item not met in its own section reads the others (so it depends on them too).
    if (!readsElsewhere(item) || own.status === 'pass' || own.status === 'na' || own.confirmed) return own;
    const wideDeps: unknown[] = [template, report.meta, report.attachments, confirmation, day, units.length];
    for (const u of units) wideDeps.push(entries.get(u), u.index, u.heading);
    return builder.global(`item-wide:${item.id}`, wideDeps, () => evaluateItem(item, ctx, true));
  });
  return { items, cache: builder.build() };
}
