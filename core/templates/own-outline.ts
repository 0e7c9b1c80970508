/**
 * Outlines no shipped template has: the report's own (自拟提纲, built from an imported report's
 * headings) and a user's (made from a 法治办's notice). Either gets the checklist of the statutory five
 * contents without anyone writing rules: an item of a statutory section goes to the section whose
 * heading means it (by the vocabulary's concepts); when no heading means it, the item reads the whole
 * report, and an item that only asked for its section to be written asks for the words that show the
 * content instead.
 */
import type { Rule, Template, TemplateItem, TemplateSection } from './schema';
import { headingConcepts, type UnitKind, type Vocabulary } from './vocabulary';

export const OWN_OUTLINE_ID = 'own-outline';

/** A heading's report year (and the following year) as placeholders, other years as written. */
export function yearToPlaceholder(heading: string, year: number): string {
  return heading.replace(new RegExp(`(?<![0-9\\-－—–])${year}(?=[ \\t]*年)(?![0-9])`, 'gu'), '{year}');
}

export function short(heading: string): string {
  const s = heading.replace(/\{(?:year|nextYear)\}年度?/gu, '').replace(/^[，、\s]+/u, '');
  const first = s.split(/[，；。]/u)[0] ?? s;
  return [...first].length <= 16 ? first : [...first].slice(0, 15).join('') + '…';
}

export function sectionsFromHeadings(headings: readonly string[], year: number): TemplateSection[] {
  return headings.map((h, i) => {
    const heading = yearToPlaceholder(h.trim(), year) || `第${i + 1}部分`;
    return {
      id: `part-${i + 1}`,
      heading,
      short: short(heading) || `第${i + 1}部分`,
      guidance: '按本单位提纲的这一部分撰写。',
      required: true,
      minChars: 0,
      topics: [],
      aliases: [],
    };
  });
}

const CONTENT_ONLY = new Set<Rule['kind']>(['present', 'minLength']);

/** The statutory template's items, placed on `sections` by heading meaning. */
export function attachStatutoryItems(
  sections: readonly TemplateSection[],
  statutory: Template,
  vocab: Vocabulary,
): TemplateItem[] {
  const conceptsOf = sections.map((s) => headingConcepts(s.heading, vocab));
  const target = new Map<string, string>();
  for (const c of vocab.concepts) {
    if (c.statutorySection === null) continue;
    const i = conceptsOf.findIndex((cs) => cs.has(c.id));
    if (i >= 0) target.set(c.statutorySection, sections[i]!.id);
  }
  const items: TemplateItem[] = [];
  for (const item of statutory.items) {
    if (item.section === null) {
      items.push(item);
      continue;
    }
    const to = target.get(item.section);
    if (to !== undefined) {
      items.push({ ...item, section: to });
      continue;
    }
    // No heading of the outline means this content: look for it anywhere in the report.
    const concept = vocab.concepts.find((c) => c.statutorySection === item.section);
    if (item.rules.some((r) => r.kind === 'nextYear')) continue; // 下一年 is judged in its own section only
    const rules: Rule[] = item.rules.filter((r) => !CONTENT_ONLY.has(r.kind));
    if (rules.length < item.rules.length && concept) {
      const words = concept.evidence.filter((w) => !w.includes('{'));
      rules.unshift({ kind: 'keywords', match: 'any', groups: [words] });
    }
    if (rules.length === 0) continue;
    items.push({
      ...item,
      section: null,
      // 其他需要报告的情况 may rightly be left out when there is nothing to report.
      severity: concept?.id === 'other' ? 'warn' : item.severity,
      rules,
    });
  }
  return items;
}

function audienceOf(kind: UnitKind | null): Template['audience'] {
  return kind ?? 'department';
}

/** The 自拟提纲 of a report: its own headings as the outline, the statutory items attached. */
export function ownOutline(
  headings: readonly string[],
  year: number,
  kind: UnitKind | null,
  statutory: Template,
  vocab: Vocabulary,
): Template {
  const sections = sectionsFromHeadings(headings, year);
  return {
    id: OWN_OUTLINE_ID,
    name: '自拟提纲（按报告自身的标题）',
    audience: audienceOf(kind),
    ...(kind ? { unitKinds: [kind] } : {}),
    origin: 'own-outline',
    description:
      '报告的标题与已有提纲都不够吻合，按报告自身的各部分标题作为提纲；法定五项内容按标题含义对应到各部分，没有对应部分的在全文中检查。',
    titlePattern: statutory.titlePattern,
    recipient: null,
    sections,
    items: attachStatutoryItems(sections, statutory, vocab).filter((i) => i.id !== 'headings'),
    deadlines: statutory.deadlines,
  };
}
