/**
 * Matching the headings found in a text to the sections of a template, and choosing the template whose
 * outline fits best. Scores are in [0, 1]: bigram overlap (Dice) of the headings after normalising away
 * what varies between reports (the year, punctuation, spaces, quotes, and words every heading shares).
 */
import type { Template } from '../../templates/schema';
import { headingConcepts, leadingConcept, type Vocabulary } from '../../templates/vocabulary';

/** Words nearly every heading contains: they would make unrelated headings look alike. */
const SHARED_WORDS = [
  '推进法治政府建设',
  '加强法治政府建设',
  '法治政府建设',
  '的有关情况',
  '的情况',
  '情况',
  '的',
];

/**
 * The heading with what varies between reports taken out (the year, in Arabic or Chinese numerals).
 * `strict` keeps the words every heading shares:
 * to tell whether a wrapped heading's next line still belongs to it, those words are the evidence.
 */
export function normaliseHeading(heading: string, strict = false): string {
  let s = heading
    .replaceAll('{year}', '2000')
    .replaceAll('{nextYear}', '2001')
    .replace(/(?:(?:19|20)\d{2}|二[〇零][〇零一二三四五六七八九]{2})[\s\u3000]*年度?/gu, 'Y')
    .replace(/[\s\u3000]/g, '')
    .replace(/[“”"'‘’「」『』《》〈〉（）()【】[\]，,、。．.；;：:！!？?\-—－–·]/g, '');
  if (!strict) for (const w of SHARED_WORDS) s = s.replaceAll(w, '');
  return s.replace(/^Y/, '');
}

function bigrams(s: string): Map<string, number> {
  const chars = [...s];
  const m = new Map<string, number>();
  if (chars.length === 1) m.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** A heading normalised once, with its bigrams: matching compares every heading with every section. */
interface Prepared {
  norm: string;
  grams: Map<string, number>;
  size: number;
}

function prepare(heading: string, strict = false): Prepared {
  const norm = normaliseHeading(heading, strict);
  const grams = bigrams(norm);
  let size = 0;
  for (const n of grams.values()) size += n;
  return { norm, grams, size };
}

// Template headings and aliases never change: each is prepared once (source headings are not cached).
const preparedCache = new Map<string, Prepared>();
function prepared(templateHeading: string, strict: boolean): Prepared {
  const key = (strict ? 's:' : 'n:') + templateHeading;
  let p = preparedCache.get(key);
  if (!p) {
    p = prepare(templateHeading, strict);
    preparedCache.set(key, p);
  }
  return p;
}

function score(a: Prepared, b: Prepared): number {
  if (a.norm === '' || b.norm === '') return 0;
  if (a.norm === b.norm) return 1;
  const aSmaller = a.grams.size <= b.grams.size;
  const small = aSmaller ? a.grams : b.grams;
  const large = aSmaller ? b.grams : a.grams;
  let shared = 0;
  small.forEach((n, g) => {
    const m = large.get(g);
    if (m !== undefined) shared += Math.min(n, m);
  });
  const total = a.size + b.size;
  const dice = total === 0 ? 0 : (2 * shared) / total;
  // A heading that contains a whole alias ("存在的问题" in "存在的问题和原因") is a strong match even if short.
  const aShorter = a.norm.length <= b.norm.length;
  const short = aShorter ? a.norm : b.norm;
  const long = aShorter ? b.norm : a.norm;
  const contained = short.length >= 4 && long.includes(short) ? 0.7 + 0.3 * (short.length / long.length) : 0;
  return Math.max(dice, contained);
}

export function similarity(a: string, b: string): number {
  return score(prepare(a), prepare(b));
}

/** Below this a heading is not taken for a template section: it becomes an extra section. */
export const MATCH_THRESHOLD = 0.55;
const ALIAS_WEIGHT = 0.95;
/** A heading naming two parts scores this much less against the part it names second. */
const MERGED_TAIL_WEIGHT = 0.9;

export interface HeadingMatch {
  /** Index into the source headings. */
  source: number;
  /** Template section id, or null (extra section). */
  sectionId: string | null;
  score: number;
}

const sectionConceptCache = new WeakMap<Vocabulary, WeakMap<object, Set<string>>>();
function sectionConcepts(section: Template['sections'][number], vocab: Vocabulary): Set<string> {
  let byVocab = sectionConceptCache.get(vocab);
  if (!byVocab) {
    byVocab = new WeakMap();
    sectionConceptCache.set(vocab, byVocab);
  }
  let c = byVocab.get(section);
  if (!c) {
    c = headingConcepts(section.heading, vocab);
    for (const a of section.aliases) for (const x of headingConcepts(a, vocab)) c.add(x);
    byVocab.set(section, c);
  }
  return c;
}

/**
 * Two headings that mean the same statutory content in other words (主要工作及成效 and 主要举措和成效):
 * the heading's concepts (`hc`) all belong to the section, or the section's to the heading.
 */
function conceptScore(
  hc: ReadonlySet<string>,
  section: Template['sections'][number],
  vocab: Vocabulary,
): number {
  if (hc.size === 0) return 0;
  const sc = sectionConcepts(section, vocab);
  if (sc.size === 0) return 0;
  let shared = 0;
  for (const c of hc) if (sc.has(c)) shared++;
  if (shared === 0) return 0;
  if (shared === hc.size || shared === sc.size) return vocab.choice.conceptScore;
  return vocab.choice.conceptScore * 0.8;
}

/** Best score of a heading against a section: its heading or any alias (and its concepts, `hc`, if given). */
function sectionScore(
  h: Prepared,
  section: Template['sections'][number],
  strict = false,
  vocab?: Vocabulary,
  hc?: ReadonlySet<string>,
): number {
  let best = score(h, prepared(section.heading, strict));
  if (vocab && hc) best = Math.max(best, conceptScore(hc, section, vocab));
  // An alias is a weaker witness than the prescribed heading: when two templates share a phrasing,
  // the one that prescribes it wins.
  for (const alias of section.aliases)
    best = Math.max(best, ALIAS_WEIGHT * score(h, prepared(alias, strict)));
  return best;
}

/** The best score of a heading against any section of any of the templates (see normaliseHeading). */
export function bestSectionScore(heading: string, templates: readonly Template[], strict = false): number {
  const h = prepare(heading, strict);
  let best = 0;
  for (const t of templates) for (const s of t.sections) best = Math.max(best, sectionScore(h, s, strict));
  return best;
}

interface PreparedHeadings {
  /** The list as given, and a copy of its strings (a list changed in place is not taken for the same). */
  headings: readonly string[];
  raw: readonly string[];
  vocab: Vocabulary | undefined;
  prepared: Prepared[];
  concepts: (Set<string> | undefined)[];
  /** The concept each heading names first (see leadingConcept). */
  leading: (string | null)[];
}

/** The last source headings prepared: choosing a template matches the same headings against each. */
let lastHeadings: PreparedHeadings | null = null;

function preparedHeadings(headings: readonly string[], vocab: Vocabulary | undefined): PreparedHeadings {
  const last = lastHeadings;
  if (
    last !== null &&
    last.headings === headings &&
    last.vocab === vocab &&
    last.raw.length === headings.length &&
    last.raw.every((h, i) => h === headings[i])
  )
    return last;
  const next: PreparedHeadings = {
    headings,
    vocab,
    raw: [...headings],
    prepared: headings.map((h) => prepare(h)),
    concepts: headings.map((h) => (vocab ? headingConcepts(h, vocab) : undefined)),
    leading: headings.map((h) => (vocab ? leadingConcept(h, vocab) : null)),
  };
  lastHeadings = next;
  return next;
}

/**
 * One-to-one assignment of source headings to template sections, greedily by score (each section
 * taken at most once); ties go to the pair closer to the same position in both outlines.
 */
export function matchHeadings(
  headings: readonly string[],
  template: Template,
  vocab?: Vocabulary,
): HeadingMatch[] {
  const pairs: { source: number; section: number; score: number; skew: number }[] = [];
  const { prepared: hs, concepts, leading } = preparedHeadings(headings, vocab);
  for (let i = 0; i < hs.length; i++) {
    const sections = template.sections;
    // A heading merging two parts ("…主要安排及其他需要报告的情况") goes to the part it names first.
    const merged = vocab !== undefined && (concepts[i]?.size ?? 0) >= 2 ? (leading[i] ?? null) : null;
    for (let j = 0; j < sections.length; j++) {
      let score = sectionScore(hs[i]!, sections[j]!, false, vocab, concepts[i]);
      if (merged !== null && vocab !== undefined && !sectionConcepts(sections[j]!, vocab).has(merged))
        score *= MERGED_TAIL_WEIGHT;
      if (score >= MATCH_THRESHOLD) pairs.push({ source: i, section: j, score, skew: Math.abs(i - j) });
    }
  }
  pairs.sort((a, b) => b.score - a.score || a.skew - b.skew);
  const result: HeadingMatch[] = headings.map((_, i) => ({ source: i, sectionId: null, score: 0 }));
  const usedSections = new Set<number>();
  for (const p of pairs) {
    if (result[p.source]!.sectionId !== null || usedSections.has(p.section)) continue;
    usedSections.add(p.section);
    result[p.source] = { source: p.source, sectionId: template.sections[p.section]!.id, score: p.score };
  }
  return result;
}

/**
 * How well a template's outline fits the headings: matched score over the larger of the two outline
 * sizes, so a template with sections the text lacks, or a text with headings the template lacks, loses.
 */
export function outlineFit(headings: readonly string[], template: Template, vocab?: Vocabulary): number {
  const matches = matchHeadings(headings, template, vocab);
  const sum = matches.reduce((n, m) => n + m.score, 0);
  return sum / Math.max(headings.length, template.sections.length, 1);
}

export function chooseTemplate(headings: readonly string[], templates: readonly Template[]): Template {
  let best = templates[0]!;
  let bestFit = -1;
  for (const t of templates) {
    const fit = outlineFit(headings, t);
    if (fit > bestFit + 1e-9) {
      best = t;
      bestFit = fit;
    }
  }
  return best;
}
