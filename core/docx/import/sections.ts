/**
 * Matching a level-1 heading as written (一、…) to the template's sections: character-bigram
 * similarity against the heading (with any year) and its aliases, containment of an alias counting high.
 */
import type { Template } from '../../templates/schema';

function normalise(s: string): string {
  return s
    .replace(/\{year\}/g, '')
    .replace(/\d{4}\s*年/g, '')
    .replace(/[\s\p{P}\p{S}]/gu, '');
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Dice coefficient over character bigrams, 0..1. */
export function similarity(a: string, b: string): number {
  const x = bigrams(normalise(a));
  const y = bigrams(normalise(b));
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const n of y.values()) total += n;
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

export const MATCH_THRESHOLD = 0.5;

/** Best template section for a heading, or null; `used` sections are skipped. */
export function matchSection(
  heading: string,
  template: Template,
  used: ReadonlySet<string>,
): { id: string; score: number } | null {
  const h = normalise(heading);
  let best: { id: string; score: number } | null = null;
  for (const s of template.sections) {
    if (used.has(s.id)) continue;
    let score = similarity(heading, s.heading);
    for (const alias of [s.heading, ...s.aliases]) {
      const a = normalise(alias);
      if (a.length >= 4 && h.includes(a)) score = Math.max(score, 0.9);
      score = Math.max(score, similarity(heading, alias));
    }
    if (score >= MATCH_THRESHOLD && (best === null || score > best.score)) best = { id: s.id, score };
  }
  return best;
}
