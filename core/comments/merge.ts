/**
 * Merging comment threads from a reviewer's copy (a DOCX back from Word/WPS, or another .gwdraft) into
 * the current draft. A thread already present (same id, or same opening comment) only gains the replies
 * it lacks; new threads are re-anchored on the current text by their quote, detached when not found.
 */
import type { Comment, Report, Thread } from '../model/report';
import { sameAuthor } from './author';
import { uniqueId } from './ids';
import { commentNorm as norm, textHash } from './deleted';
import { reanchorThreads, refreshAnchors } from './reanchor';
import { linePlaceOf } from './place';
import { onLineAnchor } from './line-threads';
import type { Template } from '../templates/schema';

export interface MergeResult {
  report: Report;
  /** New threads added. */
  added: number;
  /** Of those, placed on the current text. */
  placed: number;
  /** Of those, kept detached (their text is gone, or on the title or 署名: see onMeta). */
  detached: number;
  /** Of the detached, those on the title, the 署名 or the 成文日期 (from Word): their text is there. */
  onMeta: number;
  /** Replies added to threads already present. */
  repliesAdded: number;
  /** Threads whose resolved state changed (resolved in the reviewer's copy). */
  resolved: number;
  /**
   * Comments of the copy already in the draft under another shape, not added again: WPS and LibreOffice
   * lose Word's reply links, so a reply comes back as a thread of its own, or two reviewers' comments on
   * the same words come back as one thread with a reply.
   */
  alreadyPresent: number;
  /**
   * Threads and replies the clerk deleted (report.deletedComments) that the copy still carries, left out:
   * a reviewer's second-round copy keeps the first round's comments.
   */
  deletedSkipped: number;
  /**
   * Deleted threads brought back because the reviewer replied to them since: the opening comment and
   * the new replies (the replies deleted with it stay deleted).
   */
  revived: number;
}

/** A time zone's offset is a whole number of quarter hours, up to 14 hours. */
const QUARTER_HOUR = 15 * 60_000;
const MAX_ZONE_OFFSET = 14 * 60 * 60_000;

/**
 * Times equal to the minute: Word keeps seconds, WPS and LibreOffice may drop or shift them. Or apart by
 * a time zone's offset: Word writes a comment's w:date as wall-clock time marked Z and its true time
 * apart (read since), so the same comment can come back as its local or its UTC time.
 */
function sameTime(a: string, b: string): boolean {
  const x = Date.parse(a);
  const y = Date.parse(b);
  if (Number.isNaN(x) || Number.isNaN(y)) return a === b;
  const d = Math.abs(x - y);
  if (d > MAX_ZONE_OFFSET + 60_000) return false;
  const off = d % QUARTER_HOUR;
  return Math.min(off, QUARTER_HOUR - off) < 60_000;
}

export function sameComment(a: Comment, b: Comment): boolean {
  if (a.id === b.id) return true;
  return sameAuthor(a, b, norm) && norm(a.text) === norm(b.text) && sameTime(a.createdAt, b.createdAt);
}

function sameThread(a: Thread, b: Thread): boolean {
  if (a.id === b.id) return true;
  const x = a.comments[0];
  const y = b.comments[0];
  return (
    x !== undefined && y !== undefined && sameComment(x, y) && norm(a.anchor.exact) === norm(b.anchor.exact)
  );
}

/** Same opening comment, quote edited since: still the same thread. */
function sameOpening(a: Thread, b: Thread): boolean {
  const x = a.comments[0];
  const y = b.comments[0];
  return x !== undefined && y !== undefined && x.id !== y.id && sameComment(x, y);
}

/**
 * On the same words, or words within the other's (a LibreOffice comment at a point quotes the clause
 * there): where a copy that lost Word's reply links puts a reply, or a second reviewer's comment. The
 * same short reply (同意) by the same reviewer in the same minute on other words is another comment.
 */
function near(a: Thread, b: Thread): boolean {
  const x = norm(a.anchor.exact);
  const y = norm(b.anchor.exact);
  return x === '' || y === '' || x.includes(y) || y.includes(x);
}

export interface MergeOptions {
  /**
   * Threads arriving detached stay detached instead of being searched for: a Word comment whose text
   * the reviewer deleted (tracked) must not land on that text in the draft.
   */
  keepDetached?: boolean;
  /** The report's template, to tell threads on the title (resolved from it) from deleted text. */
  template?: Template;
}

export function mergeComments(
  current: Report,
  incoming: readonly Thread[],
  opts: MergeOptions = {},
): MergeResult {
  const threads = [...current.comments];
  const threadIds = new Set(threads.map((t) => t.id));
  const commentIds = new Set(threads.flatMap((t) => t.comments.map((c) => c.id)));
  const fresh = new Set<string>();
  const kept: string[] = [];
  let repliesAdded = 0;
  let resolved = 0;
  let alreadyPresent = 0;
  /** Whether a comment is in the draft already, opening or replying in any thread. */
  const present = (c: Comment, on: Thread): boolean =>
    threads.some((t) => near(t, on) && t.comments.some((e) => sameComment(e, c)));
  const gone = current.deletedComments ?? [];
  const openerHash = (t: Thread): string | undefined =>
    t.comments[0] ? textHash(t.comments[0].text) : undefined;
  /**
   * Whether the clerk deleted this comment (on the thread `on`) here: same author, time and text as
   * merging compares; a deleted reply, in a thread on these words opened by the same comment (in the
   * draft or in the copy: a copy that lost the reply links brings the reply as a thread of its own).
   */
  const wasDeleted = (c: Comment, on: Thread): boolean => {
    if (gone.length === 0) return false;
    const hash = textHash(c.text);
    const openedBy = (t: Thread, replyTo: string) => near(t, on) && openerHash(t) === replyTo;
    return gone.some(
      (d) =>
        d.textHash === hash &&
        sameAuthor(d, c, norm) &&
        sameTime(d.createdAt, c.createdAt) &&
        (d.replyTo === undefined ||
          threads.some((t) => openedBy(t, d.replyTo!)) ||
          incoming.some((t) => openedBy(t, d.replyTo!))),
    );
  };
  let deletedSkipped = 0;
  let revived = 0;
  let onMeta = 0;
  for (const came of incoming) {
    // On a line the report keeps as information (title, 主送机关, heading, 署名, date): its quote as
    // the line's words, the title's printed line breaks and the organs' lines of a 署名 not in it.
    // (Every thread added is detached, then placed: a line is asked of each as below.)
    const { anchor } = onLineAnchor(current, opts.template, { ...came, detached: true });
    const inc = anchor === came.anchor ? came : { ...came, anchor };
    const opener = inc.comments[0];
    let i = threads.findIndex((t) => sameThread(t, inc));
    if (i < 0) i = threads.findIndex((t) => sameOpening(t, inc));
    // Its opening comment is a reply in the draft (a copy that lost Word's reply links): that thread.
    if (i < 0 && opener)
      i = threads.findIndex((t) => near(t, inc) && t.comments.some((e) => sameComment(e, opener)));
    if (i >= 0) {
      const existing = threads[i]!;
      const missing = inc.comments.filter((c) => !existing.comments.some((e) => sameComment(e, c)));
      // A comment that opens (or replies in) another thread of the draft is not added here again.
      const notHere = missing.filter((c) => !present(c, inc));
      alreadyPresent += missing.length - notHere.length;
      // A reply the clerk deleted stays deleted.
      const extra = notHere.filter((c) => !wasDeleted(c, inc));
      deletedSkipped += notHere.length - extra.length;
      const added = extra.map((c) => {
        const id = commentIds.has(c.id)
          ? uniqueId('c-', `${c.author}|${c.createdAt}|${c.text}`, commentIds)
          : c.id;
        commentIds.add(id);
        return { ...c, id };
      });
      repliesAdded += added.length;
      // A thread resolved in the reviewer's copy is resolved here; reopening stays a local act.
      const nowResolved = existing.resolved || inc.resolved;
      if (nowResolved !== existing.resolved) resolved += 1;
      if (added.length || nowResolved !== existing.resolved)
        threads[i] = { ...existing, comments: [...existing.comments, ...added], resolved: nowResolved };
      continue;
    }
    // Replies already in the draft elsewhere (two reviewers' threads that came back as one) stay there.
    const others = inc.comments.filter((c, k) => k === 0 || !present(c, inc));
    alreadyPresent += inc.comments.length - others.length;
    let own: Comment[];
    if (opener && wasDeleted(opener, inc)) {
      // A thread the clerk deleted: left out, unless the reviewer replied to it since — then it comes
      // back with its opening comment and those replies (the clerk has not seen them).
      const since = others.slice(1).filter((c) => !wasDeleted(c, inc));
      if (since.length === 0) {
        deletedSkipped += 1;
        continue;
      }
      own = [others[0]!, ...since];
      revived += 1;
    } else {
      own = others.filter((c, k) => k === 0 || !wasDeleted(c, inc));
      deletedSkipped += others.length - own.length;
    }
    const id = threadIds.has(inc.id) ? uniqueId('t-', `${inc.id}|${inc.anchor.exact}`, threadIds) : inc.id;
    threadIds.add(id);
    const comments = own.map((c) => {
      const cid = commentIds.has(c.id)
        ? uniqueId('c-', `${c.author}|${c.createdAt}|${c.text}`, commentIds)
        : c.id;
      commentIds.add(cid);
      return { ...c, id: cid };
    });
    const thread: Thread = { ...inc, id, comments, detached: true };
    threads.push(thread);
    // On the title, the 主送机关, a heading, the 署名 or the date (Word): that is its place; searching
    // the text for it could only land on a look-alike phrase (县委、县政府： ≈ 县委、县政府的). Those
    // lines are not what re-anchoring changes, so the threads it leaves detached are on none of them.
    const line = linePlaceOf(current, opts.template, thread);
    if (line) onMeta += 1;
    if ((opts.keepDetached && inc.detached) || line) kept.push(id);
    else fresh.add(id);
  }
  const r = reanchorThreads({ ...current, comments: threads }, fresh);
  return {
    onMeta,
    report: r.report,
    added: fresh.size + kept.length,
    placed: r.placed.length,
    detached: r.detached.length + kept.length,
    repliesAdded,
    resolved,
    alreadyPresent,
    deletedSkipped,
    revived,
  };
}

/** Threads of another copy of the draft, with anchors refreshed from that copy's own marks first. */
export function threadsOfCopy(copy: Report): Thread[] {
  return refreshAnchors(copy).comments;
}
