/**
 * Re-anchoring: marks are the truth while they exist; the quote is the fallback when they are gone
 * (text deleted and retyped, file edited elsewhere, threads arriving from Word or another copy).
 */
import type { Report, Thread } from '../model/report';
import { anchorFromSpan, CONTEXT_CHARS, hintOffset } from './anchor';
import { flatten } from './flat';
import { markedSpans, markRange, unmark } from './marks';
import { findByContext, findExact, findFuzzy, findQuote, type QuoteMatch, type QuoteQuery } from './search';

/** Pieces of a multi-paragraph quote shorter than this are not searched on their own. */
const MIN_PIECE = 4;
/** Pieces at least this long may also be found approximately (shorter ones would land anywhere). */
const MIN_FUZZY_PIECE = 8;

/**
 * A quote spanning several paragraphs that is not found whole — a Word comment running from the end of
 * a paragraph into the heading after it (headings, the title and the 署名 are not in the flat text), or
 * text the clerk has since split or partly deleted: its longest paragraph that is still there, searched
 * with the neighbouring lines of the quote as context. The thread then sits on that part, visibly,
 * instead of being kept as 原文已删除.
 */
export function findQuotePart(text: string, q: QuoteQuery): QuoteMatch | undefined {
  const lines = q.exact.split('\n');
  if (lines.length < 2) return undefined;
  let top: QuoteMatch | undefined;
  let topLength = 0;
  lines.forEach((line, i) => {
    const piece = line.trim();
    if (piece.length < MIN_PIECE || piece.length <= topLength) return;
    const lead = line.length - line.trimStart().length;
    // The quote's own lines around the piece, then the quote's context.
    const before =
      q.prefix +
      lines
        .slice(0, i)
        .map((l) => `${l}\n`)
        .join('') +
      line.slice(0, lead);
    const after =
      line.slice(lead + piece.length) +
      lines
        .slice(i + 1)
        .map((l) => `\n${l}`)
        .join('') +
      q.suffix;
    const query: QuoteQuery = {
      exact: piece,
      prefix: before.slice(-CONTEXT_CHARS),
      suffix: after.slice(0, CONTEXT_CHARS),
      hint: q.hint,
    };
    const hit =
      findExact(text, query) ??
      findByContext(text, query) ??
      (piece.length >= MIN_FUZZY_PIECE ? findFuzzy(text, query) : undefined);
    if (hit && hit.end > hit.start) {
      top = hit;
      topLength = piece.length;
    }
  });
  return top;
}

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
    const query: QuoteQuery = {
      exact: t.anchor.exact,
      prefix: t.anchor.prefix,
      suffix: t.anchor.suffix,
      hint: hintOffset(flat, t.anchor),
    };
    const hit: QuoteMatch | undefined = findQuote(flat.text, query) ?? findQuotePart(flat.text, query);
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
