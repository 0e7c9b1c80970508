/**
 * Comments the clerk deleted, remembered in the draft (report.deletedComments) so that merging a
 * reviewer's later copy — which still carries them: Word keeps every comment of the first round — does
 * not bring them back (core/comments/merge.ts). Each is kept by author, unit, time and a hash of its text
 * (a reply also by a hash of its thread's opening comment), never by its text.
 */
import type { Comment, DeletedComment, Report } from '../model/report';
import { hash36 } from './ids';

/** A comment's text as merging compares it: white space collapsed. */
export function commentNorm(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** The hash a deleted comment is known by: its text as merging compares it. */
export function textHash(text: string): string {
  return hash36(commentNorm(text));
}

/** A deleted comment as remembered; a reply (not `opener`) also names its thread's opening comment. */
function deletedEntry(c: Comment, opener?: Comment): DeletedComment {
  const out: DeletedComment = { author: c.author, createdAt: c.createdAt, textHash: textHash(c.text) };
  if (c.unit) out.unit = c.unit;
  if (opener && opener.id !== c.id) out.replyTo = textHash(opener.text);
  return out;
}

/** `list` with `comments` of the thread opened by `opener` added (each once). */
export function rememberDeleted(
  list: readonly DeletedComment[] | undefined,
  comments: readonly Comment[],
  opener?: Comment,
): DeletedComment[] {
  const out = [...(list ?? [])];
  for (const c of comments) {
    const d = deletedEntry(c, opener);
    if (
      !out.some(
        (e) =>
          e.author === d.author &&
          e.unit === d.unit &&
          e.createdAt === d.createdAt &&
          e.textHash === d.textHash &&
          e.replyTo === d.replyTo,
      )
    )
      out.push(d);
  }
  return out;
}

/** The report remembering `comments` of the thread opened by `opener` as deleted. */
export function withDeleted(report: Report, comments: readonly Comment[], opener?: Comment): Report {
  if (comments.length === 0) return report;
  return { ...report, deletedComments: rememberDeleted(report.deletedComments, comments, opener) };
}
