/**
 * Suggestion marks on text leaves (`ins: id` on inserted text, `del: id` on text a reviewer deletes):
 * where each suggestion's marks are, marking a flat range, and inserting marked text at a flat point.
 * Pure: every function returns a new report.
 */
import type { TextLeaf } from '../model/content';
import type { Report } from '../model/report';
import { flatten, type FlatText } from '../comments/flat';
import { mapBlocks, mapRangeLeaves, normalizeLeaves } from '../comments/marks';

export type SuggestionKind = 'insert' | 'delete';

export interface SuggestionSpan {
  start: number;
  end: number;
  /** The marked text, blocks joined by "\n". */
  text: string;
  /** Sections (null: the preamble) holding marked text, in order. */
  sections: (string | null)[];
}

/** Flat span and marked text of every suggestion id on the leaves, by kind. */
export function suggestionSpans(flat: FlatText): Map<string, SuggestionSpan> {
  const spans = new Map<string, SuggestionSpan & { lastBlock: number }>();
  flat.blocks.forEach((b, bi) => {
    let off = b.start;
    for (const l of b.block.children) {
      const s = off;
      off += l.text.length;
      if (l.text === '') continue;
      for (const id of [l.ins, l.del]) {
        if (!id) continue;
        const span = spans.get(id);
        if (!span) {
          spans.set(id, { start: s, end: off, text: l.text, sections: [b.sectionId], lastBlock: bi });
          continue;
        }
        span.text += (span.lastBlock !== bi ? '\n' : '') + l.text;
        if (span.lastBlock !== bi && !span.sections.includes(b.sectionId)) span.sections.push(b.sectionId);
        span.lastBlock = bi;
        span.end = off;
      }
    }
  });
  return spans;
}

export function suggestionSpan(report: Report, id: string): SuggestionSpan | undefined {
  return suggestionSpans(flatten(report)).get(id);
}

function withMark(l: TextLeaf, text: string, kind: SuggestionKind | null, id: string): TextLeaf {
  const out: TextLeaf = { ...l, text };
  if (kind === 'insert') out.ins = id;
  if (kind === 'delete') out.del = id;
  return out;
}

/** Mark every leaf inside the flat range [start, end) as inserted or deleted by suggestion `id`. */
export function markSuggestionRange(
  report: Report,
  id: string,
  kind: SuggestionKind,
  start: number,
  end: number,
): Report {
  return mapRangeLeaves(report, start, end, (l, text, inside) => withMark(l, text, inside ? kind : null, id));
}

/**
 * Insert `text` (one block's worth, no "\n") at flat offset `at`, marked as inserted or deleted by
 * suggestion `id`; it takes bold from the leaf before it. Returns the report unchanged if `at` is in no block.
 */
export function insertMarkedText(
  report: Report,
  at: number,
  text: string,
  id: string,
  kind: SuggestionKind,
): Report {
  const flat = flatten(report);
  const target = flat.blocks.find((b) => at >= b.start && at <= b.start + b.text.length);
  if (!target || text === '') return report;
  let done = false;
  return mapBlocks(report, (block, blockStart) => {
    if (done || blockStart !== target.start) return block;
    done = true;
    const point = at - blockStart;
    const children: TextLeaf[] = [];
    let off = 0;
    let placed = false;
    for (const l of block.children) {
      const ls = off;
      const le = off + l.text.length;
      off = le;
      if (!placed && point >= ls && point <= le) {
        const base: TextLeaf = l.bold ? { text: '', bold: true } : { text: '' };
        if (point > ls) children.push({ ...l, text: l.text.slice(0, point - ls) });
        children.push(withMark(base, text, kind, id));
        if (point < le) children.push({ ...l, text: l.text.slice(point - ls) });
        placed = true;
      } else children.push(l);
    }
    return { ...block, children: normalizeLeaves(children) };
  });
}
