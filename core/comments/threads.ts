/**
 * Thread operations on a report: add (marks + anchor), reply, resolve/reopen, delete. Pure.
 * Ids are passed in or derived deterministically from the content (core has no randomness).
 */
import type { Comment, Report, Thread } from '../model/report';
import { anchorFromSpan } from './anchor';
import { flatOffset, flatten } from './flat';
import { uniqueId } from './ids';
import { markRange, unmark } from './marks';
import { withDeleted } from './deleted';
import { newDropped, xmlSafe, type DroppedChars } from '../docx/export/text-safety';

export interface TextPoint {
  /** null for the preamble. */
  sectionId: string | null;
  blockIndex: number;
  offset: number;
}

/** A selection inside one block, or a range across blocks (and sections). */
export type CommentSelection =
  | { sectionId: string | null; blockIndex: number; offset: number; length: number }
  | { anchor: TextPoint; focus: TextPoint };

export interface NewComment {
  author: string;
  initials?: string;
  unit?: string;
  /** ISO date-time; the caller's clock. */
  createdAt: string;
  text: string;
  id?: string;
}

export class CommentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CommentError';
  }
}

/** Initials as Word shows them: the first character of a Chinese name, else capitals of the words. */
export function initialsOf(author: string): string {
  const name = author.trim();
  if (name === '') return '';
  if (/^[\p{Script=Han}]/u.test(name)) return name.slice(0, 1);
  return name
    .split(/\s+/)
    .map((w) => w[0]!.toUpperCase())
    .join('')
    .slice(0, 4);
}

export function allCommentIds(report: Report): Set<string> {
  const ids = new Set<string>();
  for (const t of report.comments) for (const c of t.comments) ids.add(c.id);
  return ids;
}

/**
 * A comment's text as it is kept: without the characters a Word file cannot hold (C0 controls, lone
 * surrogates, U+FFFE/U+FFFF — the export's rules, text-safety.ts), typed or pasted into the comment box;
 * line breaks and tabs stay. What was removed is returned, for the app to say so.
 */
export function cleanCommentText(text: string): { text: string; removed: DroppedChars } {
  const removed = newDropped();
  return { text: xmlSafe(text, removed), removed };
}

/** What the app says when cleanCommentText removed something, or null. */
export function cleanedCommentNotice(removed: DroppedChars): string | null {
  if (removed.count === 0) return null;
  return `批注中的 ${removed.count} 个控制字符（${removed.codes.join('、')}）已删除：Word 文件不能包含它们。`;
}

export function makeComment(c: NewComment, taken: Set<string>): Comment {
  const id = c.id ?? uniqueId('c-', `${c.author}|${c.createdAt}|${c.text}`, taken);
  taken.add(id);
  const out: Comment = {
    id,
    author: c.author,
    initials: c.initials ?? initialsOf(c.author),
    createdAt: c.createdAt,
    text: cleanCommentText(c.text).text,
  };
  if (c.unit) out.unit = c.unit;
  return out;
}

export function addThread(
  report: Report,
  selection: CommentSelection,
  comment: NewComment,
  opts: { threadId?: string } = {},
): { report: Report; threadId: string } {
  const flat = flatten(report);
  let start: number | undefined;
  let end: number | undefined;
  if ('length' in selection) {
    start = flatOffset(flat, selection.sectionId, selection.blockIndex, selection.offset);
    end = flatOffset(flat, selection.sectionId, selection.blockIndex, selection.offset + selection.length);
  } else {
    const a = flatOffset(
      flat,
      selection.anchor.sectionId,
      selection.anchor.blockIndex,
      selection.anchor.offset,
    );
    const f = flatOffset(flat, selection.focus.sectionId, selection.focus.blockIndex, selection.focus.offset);
    if (a !== undefined && f !== undefined) [start, end] = a <= f ? [a, f] : [f, a];
  }
  if (start === undefined || end === undefined)
    throw new CommentError('批注位置不存在 / the selection is not in the report');
  if (end <= start) throw new CommentError('请先选中要批注的文字 / select some text to comment on');
  const taken = new Set(report.comments.map((t) => t.id));
  const threadId =
    opts.threadId ?? uniqueId('t-', `${comment.author}|${comment.createdAt}|${comment.text}|${start}`, taken);
  if (taken.has(threadId)) throw new CommentError(`批注编号重复 / duplicate thread id ${threadId}`);
  const marked = markRange(report, threadId, start, end);
  const thread: Thread = {
    id: threadId,
    anchor: anchorFromSpan(flatten(marked), start, end),
    comments: [makeComment(comment, allCommentIds(report))],
    resolved: false,
    detached: false,
  };
  return { report: { ...marked, comments: [...marked.comments, thread] }, threadId };
}

function updateThread(report: Report, threadId: string, fn: (t: Thread) => Thread): Report {
  if (!report.comments.some((t) => t.id === threadId))
    throw new CommentError(`找不到批注 / no thread ${threadId}`);
  return { ...report, comments: report.comments.map((t) => (t.id === threadId ? fn(t) : t)) };
}

export function reply(report: Report, threadId: string, comment: NewComment): Report {
  const c = makeComment(comment, allCommentIds(report));
  return updateThread(report, threadId, (t) => ({ ...t, comments: [...t.comments, c] }));
}

export function resolveThread(report: Report, threadId: string): Report {
  return updateThread(report, threadId, (t) => ({ ...t, resolved: true }));
}

export function reopenThread(report: Report, threadId: string): Report {
  return updateThread(report, threadId, (t) => ({ ...t, resolved: false }));
}

/** Delete a whole thread and its marks; its comments are remembered as deleted (deleted.ts). */
export function deleteThread(report: Report, threadId: string): Report {
  const without = updateThread(report, threadId, (t) => t);
  const gone = without.comments.find((t) => t.id === threadId)!.comments;
  const unmarked = unmark(without, (id) => id === threadId);
  return withDeleted(
    { ...unmarked, comments: unmarked.comments.filter((t) => t.id !== threadId) },
    gone,
    gone[0],
  );
}

/** Delete one reply; deleting the opening comment deletes the thread. */
export function deleteComment(report: Report, threadId: string, commentId: string): Report {
  const t = report.comments.find((x) => x.id === threadId);
  if (!t) throw new CommentError(`找不到批注 / no thread ${threadId}`);
  if (t.comments[0]?.id === commentId) return deleteThread(report, threadId);
  const gone = t.comments.filter((c) => c.id === commentId);
  return withDeleted(
    updateThread(report, threadId, (x) => ({
      ...x,
      comments: x.comments.filter((c) => c.id !== commentId),
    })),
    gone,
    t.comments[0],
  );
}
