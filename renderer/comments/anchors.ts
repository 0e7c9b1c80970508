/**
 * Keeping thread anchors in step with the text. Pure (report in, report/threads out), so the
 * document store can call it on every toReport and the unit tests can call it without a browser.
 * The marks on the text are the truth while they exist; a thread whose marks are gone is shown as
 * detached with its last quote, never dropped.
 */
import { anchorFromSpan, flatten, markedSpans, reanchorThreads } from '../../core/comments/index';
import type { Report, Thread } from '../../core/model/report';

/**
 * `threads` with anchors refreshed from the marks in `report`'s text: marked → anchor from the marks,
 * not detached; unmarked → detached, anchor (quote) kept. Threads whose state did not change are
 * returned as the same objects.
 */
export function settleThreads(report: Report, threads: readonly Thread[]): Thread[] {
  if (threads.length === 0) return [];
  const flat = flatten(report);
  const spans = markedSpans(flat);
  return threads.map((t) => {
    const span = spans.get(t.id);
    if (!span) return t.detached ? t : { ...t, detached: true };
    const anchor = anchorFromSpan(flat, span.start, span.end);
    const a = t.anchor;
    const same =
      !t.detached &&
      a.exact === anchor.exact &&
      a.prefix === anchor.prefix &&
      a.suffix === anchor.suffix &&
      a.sectionId === anchor.sectionId &&
      a.blockIndex === anchor.blockIndex &&
      a.offset === anchor.offset;
    return same ? t : { ...t, anchor, detached: false };
  });
}

/**
 * A report as opened, ready for editing: threads that should be on the text but carry no marks (the file
 * was edited elsewhere, or written by a tool that kept only the quotes) are placed again by their quote;
 * threads already detached stay detached (their text was deleted on purpose); marks naming no thread
 * are dropped; every anchor is refreshed.
 */
export function anchorOnOpen(report: Report): Report {
  if (report.comments.length === 0) return report;
  const spans = markedSpans(flatten(report));
  const lost = new Set(report.comments.filter((t) => !t.detached && !spans.has(t.id)).map((t) => t.id));
  const { report: placed } = reanchorThreads(report, lost);
  return { ...placed, comments: settleThreads(placed, placed.comments) };
}
