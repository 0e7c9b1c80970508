/**
 * Merging suggestions from a reviewer's copy (a DOCX with track changes, or another .gwdraft) into the
 * current draft, as comments are merged: a change already present (same id, or same kind, author, time
 * and text — Word splits one change per paragraph) is not added twice; a new one is placed by its quote,
 * and kept as 无法定位 (detached) when its place cannot be found — never dropped, never applied blindly.
 */
import type { Report, Suggestion } from '../model/report';
import { sameAuthor } from '../comments/author';
import { uniqueId } from '../comments/ids';
import { flatten } from '../comments/flat';
import { placeSuggestion, refreshSuggestions, type PlaceOptions } from './anchor';
import { markSuggestionRange, suggestionSpans } from './marks';

export interface SuggestionMergeResult {
  report: Report;
  added: number;
  placed: number;
  /** Kept as 无法定位. */
  unplaced: number;
  /** Already present, not added again. */
  duplicates: number;
}

function norm(s: string): string {
  return s.replace(/\s+/g, '').trim();
}

function sameTime(a: string, b: string): boolean {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return a === b;
  return Math.abs(x - y) < 60_000;
}

export function sameSuggestion(a: Suggestion, b: Suggestion): boolean {
  if (a.id === b.id) return true;
  if (a.type !== b.type || !sameAuthor(a, b, norm) || !sameTime(a.createdAt, b.createdAt)) return false;
  const x = norm(a.anchor.exact);
  const y = norm(b.anchor.exact);
  if (x === y) return true;
  const pieces = (s: string) => s.split('\n').map(norm).filter(Boolean);
  return pieces(a.anchor.exact).includes(y) || pieces(b.anchor.exact).includes(x);
}

export function mergeSuggestions(
  current: Report,
  incoming: readonly Suggestion[],
  opts: PlaceOptions = {},
): SuggestionMergeResult {
  let report = refreshSuggestions(current);
  const ids = new Set(report.suggestions.map((s) => s.id));
  let added = 0;
  let placed = 0;
  let unplaced = 0;
  let duplicates = 0;
  // Deletions first: an insertion's context in the reviewer's text has the deleted text left out, as
  // the draft's text has once those deletions are marked (typing over a selection is both).
  const ordered = [
    ...incoming.filter((s) => s.type === 'delete'),
    ...incoming.filter((s) => s.type !== 'delete'),
  ];
  for (const inc of ordered) {
    if (report.suggestions.some((s) => sameSuggestion(s, inc))) {
      duplicates += 1;
      continue;
    }
    const id = ids.has(inc.id) ? uniqueId('s-', `${inc.id}|${inc.anchor.exact}`, ids) : inc.id;
    ids.add(id);
    const { insertedBy, ...rest } = inc;
    const s: Suggestion = { ...rest, id, detached: false };
    const r = placeSuggestion(report, s, opts);
    added += 1;
    if (r.placed) {
      placed += 1;
      report = { ...r.report, suggestions: [...r.report.suggestions, s] };
      if (s.type === 'delete' && insertedBy) {
        const ins = insertionUnder(report, s, insertedBy, ids);
        if (ins) {
          report = ins;
          added += 1;
          placed += 1;
        }
      }
    } else {
      unplaced += 1;
      report = { ...report, suggestions: [...report.suggestions, { ...s, detached: true }] };
    }
  }
  return { report: refreshSuggestions(report), added, placed, unplaced, duplicates };
}

/**
 * The deleted text was itself someone's pending insertion (Word's w:del inside w:ins): once the deletion
 * is placed, its text is marked as that insertion too — unless the draft holds an insertion there already
 * (the draft the review copy came from: nothing twice). Null when nothing is added.
 */
function insertionUnder(
  report: Report,
  del: Suggestion,
  by: NonNullable<Suggestion['insertedBy']>,
  ids: Set<string>,
): Report | null {
  const flat = flatten(report);
  const span = suggestionSpans(flat).get(del.id);
  if (!span) return null;
  for (const b of flat.blocks) {
    let off = b.start;
    for (const l of b.block.children) {
      const ls = off;
      off += l.text.length;
      if (l.ins && off > span.start && ls < span.end) return null;
    }
  }
  const id = uniqueId('s-', `${del.id}|inserted`, ids);
  ids.add(id);
  const marked = markSuggestionRange(report, id, 'insert', span.start, span.end);
  const ins: Suggestion = {
    id,
    type: 'insert',
    author: by.author,
    ...(by.unit ? { unit: by.unit } : {}),
    createdAt: by.createdAt,
    anchor: del.anchor,
    detached: false,
  };
  // Listed before the deletion of its text: it came first.
  const at = marked.suggestions.findIndex((x) => x.id === del.id);
  const suggestions = [...marked.suggestions];
  suggestions.splice(at < 0 ? suggestions.length : at, 0, ins);
  return { ...marked, suggestions };
}

/** Suggestions of another copy of the draft, with anchors refreshed from that copy's own marks. */
export function suggestionsOfCopy(copy: Report): Suggestion[] {
  return refreshSuggestions(copy).suggestions;
}
