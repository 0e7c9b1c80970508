/**
 * Comments written in the app on the title, the 主送机关, the 署名 or the 成文日期: lines the report
 * keeps as metadata, not as section text with marks. Such a thread is anchored as a Word comment on
 * those lines comes back from a review copy: detached, its quote and a context saying where the line
 * begins and ends (place.ts derives the line from them). Editing the field moves the quote with the
 * text, as marks move in the body (the words found again when one change rewrote the line around
 * them); a quote whose text is gone keeps its last anchor, so it reads
 * 原文已删除 until the text (撤销) is back. Pure.
 */
import type { Report, ReportMeta, QuoteAnchor, Thread } from '../model/report';
import type { Template } from '../templates/schema';
import { CONTEXT_CHARS } from './anchor';
import { uniqueId } from './ids';
import { lineText, linePlaceOf, spanOnLine, type LineField, type MetaPlace } from './place';
import { allCommentIds, CommentError, makeComment, type NewComment } from './threads';

export const LINE_FIELDS: readonly LineField[] = ['title', 'recipient', 'signature', 'date'];

/** The anchor of `line`'s characters start..end: the line's own text around them, its ends as line breaks. */
export function lineAnchor(line: string, start: number, end: number): QuoteAnchor {
  return {
    exact: line.slice(start, end),
    prefix: `\n${line.slice(0, start)}`.slice(-CONTEXT_CHARS),
    suffix: `${line.slice(end)}\n`.slice(0, CONTEXT_CHARS),
    sectionId: null,
    blockIndex: null,
    offset: null,
  };
}

/**
 * A thread from Word on a line (place.ts) anchored on the line as the report keeps it: its quote and
 * context the line's own characters. Word's quote of a title broken over printed lines carries the
 * breaks (关于某某局\n2024年度…), and a joint 署名's organs stand on lines of their own; the report's
 * title is one line and its 署名 one string, so the quote reads as the words, with no break shown as
 * a space. The thread as it was when it is on no line or its quote is not found on it.
 */
export function onLineAnchor(report: Report, template: Template | undefined, thread: Thread): Thread {
  const at = linePlaceOf(report, template, thread);
  const line = at ? lineText(report, template, at.place, at.sectionId) : null;
  const span = line === null ? null : spanOnLine(line, thread.anchor);
  if (line === null || !span) return thread;
  const anchor = lineAnchor(line, span.start, span.end);
  const same =
    anchor.exact === thread.anchor.exact &&
    anchor.prefix === thread.anchor.prefix &&
    anchor.suffix === thread.anchor.suffix;
  return same ? thread : { ...thread, anchor };
}

/**
 * A thread on `place`'s line, on its characters start..end (null: the whole line, as a comment with the
 * caret in the field, or on the 成文日期, whose box has no text selection). Spaces around the chosen
 * text are left out, as a comment is on words.
 */
export function addLineThread(
  report: Report,
  template: Template | undefined,
  place: MetaPlace,
  range: { start: number; end: number } | null,
  comment: NewComment,
  opts: { threadId?: string; /** The part, for a heading. */ sectionId?: string } = {},
): { report: Report; threadId: string } {
  const line = lineText(report, template, place, opts.sectionId ?? null);
  if (line === null) throw new CommentError('这一行没有内容，无法批注 / the line is empty');
  let start = range ? Math.max(0, Math.min(range.start, range.end)) : 0;
  let end = range ? Math.min(line.length, Math.max(range.start, range.end)) : line.length;
  if (end <= start) [start, end] = [0, line.length];
  while (start < end && /[\s\u3000]/.test(line[start]!)) start++;
  while (end > start && /[\s\u3000]/.test(line[end - 1]!)) end--;
  if (end <= start) throw new CommentError('请先选中要批注的文字 / select some text to comment on');
  const taken = new Set(report.comments.map((t) => t.id));
  const threadId =
    opts.threadId ??
    uniqueId(
      't-',
      `${comment.author}|${comment.createdAt}|${comment.text}|${place}:${opts.sectionId ?? ''}:${start}`,
      taken,
    );
  if (taken.has(threadId)) throw new CommentError(`批注编号重复 / duplicate thread id ${threadId}`);
  const thread: Thread = {
    id: threadId,
    anchor: lineAnchor(line, start, end),
    comments: [makeComment(comment, allCommentIds(report))],
    resolved: false,
    detached: true,
  };
  return { report: { ...report, comments: [...report.comments, thread] }, threadId };
}

/**
 * Where the characters start..end of `before` are in `after`, one edit (the part that differs) apart,
 * as marks move in the body: text typed before or after them shifts them, text typed or replaced
 * inside them joins them; null when none of their characters is left (deleted or typed over).
 */
export function followSpan(
  before: string,
  after: string,
  start: number,
  end: number,
): { start: number; end: number } | null {
  let p = 0;
  const max = Math.min(before.length, after.length);
  while (p < max && before[p] === after[p]) p++;
  let q = 0;
  while (q < max - p && before[before.length - 1 - q] === after[after.length - 1 - q]) q++;
  // before[p, cut) became after[p, cutAfter)
  const cut = before.length - q;
  const cutAfter = after.length - q;
  const delta = after.length - before.length;
  if (end <= p) return { start, end };
  if (start >= cut) return { start: start + delta, end: end + delta };
  if (p <= start && end <= cut) return null;
  const s = start <= p ? start : cutAfter;
  const e = end >= cut ? end + delta : p;
  return e > s ? { start: s, end: e } : null;
}

/**
 * The words themselves, when one change rewrote the line around them (a paste over the field, a
 * 全部修正): the occurrence nearest to where they were, or null when they are not in the line.
 */
function findAgain(now: string, was: string, span: { start: number; end: number }) {
  const quote = was.slice(span.start, span.end);
  let best: { start: number; end: number } | null = null;
  for (let i = now.indexOf(quote); i >= 0; i = now.indexOf(quote, i + 1))
    if (!best || Math.abs(i - span.start) < Math.abs(best.start - span.start))
      best = { start: i, end: i + quote.length };
  return best;
}

/**
 * The threads of `report` with the anchors of those on a line (title, 主送机关, a part's heading, 署名,
 * 成文日期) moved to the lines as `after` prints them. A thread whose words were deleted keeps its
 * anchor. The same array when nothing moved.
 */
function followLines(report: Report, after: Report, template: Template | undefined): readonly Thread[] {
  let changed = false;
  const threads = report.comments.map((t) => {
    const line = linePlaceOf(report, template, t);
    if (!line) return t;
    const was = lineText(report, template, line.place, line.sectionId);
    const now = lineText(after, template, line.place, line.sectionId);
    if (was === null || now === null || was === now) return t;
    const span = spanOnLine(was, t.anchor);
    if (!span) return t;
    const moved = followSpan(was, now, span.start, span.end) ?? findAgain(now, was, span);
    if (!moved || now.slice(moved.start, moved.end).trim() === '') return t;
    changed = true;
    return { ...t, anchor: lineAnchor(now, moved.start, moved.end) };
  });
  return changed ? threads : report.comments;
}

/**
 * The metadata changed to `next` (a field edited, or the org or year a derived title or 署名 is made
 * of): the threads with those on its lines following their words.
 */
export function followLineEdits(
  report: Report,
  template: Template | undefined,
  next: ReportMeta,
): readonly Thread[] {
  if (report.comments.length === 0 || next === report.meta) return report.comments;
  return followLines(report, { ...report, meta: next }, template);
}

/** A part's heading changed (a fix to the prescribed wording): the threads on it following their words. */
export function followHeadingEdit(
  report: Report,
  template: Template | undefined,
  sectionId: string,
  heading: string | undefined,
): readonly Thread[] {
  if (report.comments.length === 0) return report.comments;
  const sections = report.sections.map((s) => {
    if (s.id !== sectionId) return s;
    const { heading: _old, ...rest } = s;
    return heading === undefined ? rest : { ...rest, heading };
  });
  return followLines(report, { ...report, sections }, template);
}
