/**
 * Re-anchoring: marks are the truth while they exist; the quote is the fallback when they are gone
 * (text deleted and retyped, file edited elsewhere, threads arriving from Word or another copy).
 */
import type { Report, Thread } from '../model/report';
import { anchorFromSpan, hintOffset } from './anchor';
import { flatten } from './flat';
import { markedSpans, markRange, unmark } from './marks';
import { findQuote, type QuoteMatch } from './search';

export interface ReanchorResult {
  report: Report;
  /** Ids of threads placed by searching their quote in this pass. */
  placed: string[];
  /** Ids of threads left detached. */
  detached: string[];
}

/**
 * For every thread (or only those in `only`): marks present → refresh the anchor from them; marks gone
 * → search the quote (exact, context, fuzzy), mark what is found; not found → detached, quote kept.
 * Marks naming no existing thread are removed.
 */
export function reanchorThreads(
  report: Report,
  only?: ReadonlySet<string>,
  opts: { search?: boolean } = {},
): ReanchorResult {
  const search = opts.search ?? true;
  const known = new Set(report.comments.map((t) => t.id));
  let current = unmark(report, (id) => !known.has(id));
  const placed: string[] = [];
  const detached: string[] = [];
  const spans = markedSpans(flatten(current));
  const threads: Thread[] = [];
  // First pass: threads that still have marks keep them (so searches below cannot steal their text).
  const toSearch: Thread[] = [];
  for (const t of current.comments) {
    if (only && !only.has(t.id)) continue;
    if (!spans.has(t.id) && search) toSearch.push(t);
  }
  for (const t of toSearch) {
    const flat = flatten(current);
    const hit: QuoteMatch | undefined = findQuote(flat.text, {
      exact: t.anchor.exact,
      prefix: t.anchor.prefix,
      suffix: t.anchor.suffix,
      hint: hintOffset(flat, t.anchor),
    });
    if (hit && hit.end > hit.start) {
      current = markRange(current, t.id, hit.start, hit.end);
      placed.push(t.id);
    } else detached.push(t.id);
  }
  const flat = flatten(current);
  const finalSpans = markedSpans(flat);
  for (const t of current.comments) {
    if (only && !only.has(t.id)) {
      threads.push(t);
      continue;
    }
    const span = finalSpans.get(t.id);
    if (span) threads.push({ ...t, anchor: anchorFromSpan(flat, span.start, span.end), detached: false });
    else threads.push(search ? { ...t, detached: true } : t);
  }
  return { report: { ...current, comments: threads }, placed, detached };
}

export function reanchor(report: Report): Report {
  return reanchorThreads(report).report;
}

/**
 * Anchors refreshed from the marks only; threads without marks stay as they are (a detached thread is
 * not searched for). For reading a file without changing what it says, e.g. listing its comments.
 */
export function refreshAnchors(report: Report): Report {
  return reanchorThreads(report, undefined, { search: false }).report;
}
