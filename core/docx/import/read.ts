/**
 * readDocx: bytes → paragraphs (text, bold runs, outline level) and comment threads anchored by quote
 * (exact text with prefix and suffix from the surrounding text), ready to be placed on a report.
 */
import { isIsoDateTime, type Comment, type Suggestion, type Thread } from '../../model/report';
import { CONTEXT_CHARS } from '../../comments/anchor';
import { splitWordAuthor } from '../../comments/author';
import { hash36 } from '../../comments/ids';
import { applyCommentsExtended, applyUtcDates, readComments, type DocxComment } from './comments';
import {
  readDocument,
  type CommentPosition,
  type CommentRange,
  type DocxChange,
  type DocxParagraph,
} from './document';
import { DocxImportError } from './errors';
import { readRunHeadingLevels, readStyles } from './styles';
import { readListFormats, readNumbering } from './numbering';
import { readBoldStyles, readStyleFonts } from './fonts';
import { readNotes } from './notes';
import { parseXml } from './xml';
import { DEFAULT_ZIP_LIMITS, openZip, type ZipLimits } from './zip';
import { readWordParts, type WordPartKind } from './package';

export interface DocxContent {
  paragraphs: DocxParagraph[];
  /** Comment threads, anchors by quote only (no position hints: they point into the DOCX, not a report). */
  threads: Thread[];
  /**
   * Track changes (w:ins / w:del) as suggestions anchored by quote in the file's text: an insertion quotes
   * its text with the context around it; a deletion quotes the deleted text with the context at its place.
   */
  suggestions: Suggestion[];
  /** The paragraph (index in `paragraphs`) each suggestion is in, in the order of `suggestions`. */
  suggestionParagraphs: number[];
  /** Content Word would import on opening (w:altChunk) that could not be read: RTF, a nested .docx. */
  unreadChunks: number;
}

export interface ReadDocxOptions {
  limits?: ZipLimits;
  /** createdAt for comments without a date. */
  undatedAt?: string;
}

/**
 * Word writes "2024-12-12T10:00:00Z"; some writers omit the zone. Kept as written when it is a date-time
 * the draft format accepts (isIsoDateTime), else the fallback: an import never writes a draft that
 * cannot be opened again.
 */
function isoDate(date: string, fallback: string): string {
  return isIsoDateTime(date) ? date : fallback;
}

function rootOf(c: DocxComment, byId: Map<string, DocxComment>): DocxComment {
  const seen = new Set<string>();
  let cur = c;
  while (cur.parentId !== null && !seen.has(cur.id)) {
    seen.add(cur.id);
    const p = byId.get(cur.parentId);
    if (!p) break;
    cur = p;
  }
  return cur;
}

export function readDocx(bytes: Uint8Array, opts: ReadDocxOptions = {}): DocxContent {
  const word = readWordParts(openZip(bytes, opts.limits ?? DEFAULT_ZIP_LIMITS));
  const doc = word.document;
  const part = (kind: WordPartKind) => {
    const p = word.parts.get(kind);
    return p ? parseXml(p.data, p.name) : null;
  };
  const stylesRoot = part('styles');
  const styles = readStyles(stylesRoot);
  let content;
  try {
    const numbering = part('numbering');
    content = readDocument(parseXml(doc, word.documentName), styles, {
      numbering: readNumbering(numbering),
      formats: readListFormats(numbering),
      runLevels: readRunHeadingLevels(stylesRoot, styles),
      fonts: readStyleFonts(stylesRoot),
      boldStyles: readBoldStyles(stylesRoot),
      notes: readNotes(part('footnotes'), part('endnotes')),
      chunks: word.chunks,
    });
  } catch (err) {
    if (err instanceof DocxImportError) throw err;
    // Pathological nesting can overflow the stack of the recursive walk.
    throw new DocxImportError('bad-xml', err instanceof Error ? err.message : String(err));
  }
  const comments = readComments(part('comments'));
  applyCommentsExtended(comments, part('commentsExtended'));
  applyUtcDates(comments, part('commentsIds'), part('commentsExtensible'));

  // Flat text of the DOCX, to cut quotes and their context from.
  const starts: number[] = [];
  let pos = 0;
  for (const p of content.paragraphs) {
    starts.push(pos);
    pos += p.text.length + 1;
  }
  const flatText = content.paragraphs.map((p) => p.text).join('\n');
  const at = (p: CommentPosition | null): number | null =>
    p === null ? null : Math.min((starts[p.paragraph] ?? flatText.length + 1) + p.offset, flatText.length);

  const byId = new Map(comments.map((c) => [c.id, c]));
  if (!comments.some((c) => c.parentId !== null)) linkRepliesByRange(comments, content.ranges);
  // Threads in document order of their opening comment; replies follow by date.
  const groups = new Map<string, DocxComment[]>();
  for (const c of comments) {
    const root = rootOf(c, byId);
    if (!groups.has(root.id)) groups.set(root.id, [root]);
    if (root !== c) groups.get(root.id)!.push(c);
  }
  const undated = opts.undatedAt ?? '1970-01-01T00:00:00Z';
  const threads: Thread[] = [];
  const rootIds: string[] = [];
  for (const [rootId, group] of groups) {
    rootIds.push(rootId);
    const root = group[0]!;
    const replies = group.slice(1).sort((a, b) => (Date.parse(a.date) || 0) - (Date.parse(b.date) || 0));
    const range = content.ranges.get(rootId);
    let start = at(range?.start ?? range?.reference ?? null);
    let end = at(range?.end ?? range?.reference ?? null);
    if (start !== null && end === null) end = start;
    if (start === null && end !== null) start = end;
    // A comment on a point, not a span (LibreOffice's and WPS's comment at the caret: a reference mark
    // only, or an empty range): it is about the clause there, which is its quote.
    if (start !== null && end !== null && end <= start && !range?.deletedText)
      ({ start, end } = clauseAt(flatText, start));
    let exact = start !== null && end !== null && end > start ? flatText.slice(start, end) : '';
    let detached = exact.trim() === '';
    if (range && range.liveChars === 0 && range.deletedText !== '') {
      // Commented text was deleted with tracked changes: keep the quote, mark it detached.
      exact = range.deletedText;
      detached = true;
    }
    // gwdraft's own export writes a detached thread on its section heading with the quote in front of
    // the comment: read it back as the detached thread it was, so merging it again finds the original.
    const note = /^（原文已不在：“([\s\S]*?)”）/.exec(root.text);
    if (note) {
      exact = note[1]!;
      detached = true;
      root.text = root.text.slice(note[0].length);
    }
    const s = start ?? 0;
    const e = end ?? s;
    const threadId = `docx-${hash36(`${root.author}|${root.date}|${root.text}|${exact}`)}`;
    const toComment = (c: DocxComment, i: number): Comment => ({
      id: `${threadId}-${i}-${hash36(`${c.author}|${c.date}|${c.text}`)}`,
      // 张三（市司法局） as the review copy writes it: the name and the unit again.
      ...splitWordAuthor(c.author),
      initials: c.initials,
      createdAt: isoDate(c.date, undated),
      text: c.text,
    });
    threads.push({
      id: threadId,
      anchor: {
        exact,
        prefix: flatText.slice(Math.max(0, s - CONTEXT_CHARS), s),
        suffix: flatText.slice(e, e + CONTEXT_CHARS),
        sectionId: null,
        blockIndex: null,
        offset: null,
      },
      comments: [root, ...replies].map(toComment),
      resolved: group.some((c) => c.done),
      detached,
    });
  }
  // Threads in the order their text appears (LibreOffice may list a reply before its parent).
  const startOf = new Map(
    threads.map((t, i) => [t.id, { pos: at(positionOf(content.ranges.get(rootIds[i]!))) ?? Infinity, i }]),
  );
  threads.sort(
    (a, b) => startOf.get(a.id)!.pos - startOf.get(b.id)!.pos || startOf.get(a.id)!.i - startOf.get(b.id)!.i,
  );
  const { suggestions, paragraphs } = changesToSuggestions(content.changes, starts, flatText, undated);
  return {
    paragraphs: content.paragraphs,
    threads,
    suggestions,
    suggestionParagraphs: paragraphs,
    unreadChunks: content.unreadChunks,
  };
}

function changesToSuggestions(
  changes: readonly DocxChange[],
  starts: readonly number[],
  flatText: string,
  undated: string,
): { suggestions: Suggestion[]; paragraphs: number[] } {
  const ids = new Set<string>();
  const out: Suggestion[] = [];
  const paragraphs: number[] = [];
  for (const c of changes) {
    if (c.text.replace(/[\s\u3000]/g, '') === '') continue;
    paragraphs.push(c.paragraph);
    const base = starts[c.paragraph] ?? flatText.length;
    const s = base + c.start;
    const e = base + c.end;
    let id = `docx-s-${hash36(`${c.type}|${c.author}|${c.date}|${c.text}|${s}`)}`;
    for (let n = 2; ids.has(id); n++)
      id = `docx-s-${hash36(`${c.type}|${c.author}|${c.date}|${c.text}|${s}`)}-${n}`;
    ids.add(id);
    out.push({
      id,
      type: c.type,
      ...splitWordAuthor(c.author),
      createdAt: isoDate(c.date, undated),
      anchor: {
        exact: c.text,
        prefix: flatText.slice(Math.max(0, s - CONTEXT_CHARS), s),
        suffix: flatText.slice(e, e + CONTEXT_CHARS),
        sectionId: null,
        blockIndex: null,
        offset: null,
      },
      detached: false,
      ...(c.insertedBy
        ? {
            insertedBy: {
              ...splitWordAuthor(c.insertedBy.author),
              createdAt: isoDate(c.insertedBy.date, undated),
            },
          }
        : {}),
    });
  }
  return { suggestions: out, paragraphs };
}

/** Punctuation that ends a clause (full-width as 公文 write it, and ASCII). */
const CLAUSE_END = /[，。；：！？、,.;:!?]/;
/** Longest quote taken around a point comment. */
const MAX_CLAUSE = 40;

/**
 * The clause of its line around `pos`: from the punctuation before to the punctuation after; the clause
 * before when `pos` follows a clause's punctuation with nothing after it. Leading spaces left out.
 */
export function clauseAt(text: string, pos: number): { start: number; end: number } {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const nl = text.indexOf('\n', pos);
  const lineEnd = nl < 0 ? text.length : nl;
  const back = (from: number) => {
    let s = from;
    while (s > lineStart && !CLAUSE_END.test(text[s - 1]!)) s--;
    return s;
  };
  let end = pos;
  while (end < lineEnd && !CLAUSE_END.test(text[end]!)) end++;
  let start = back(pos);
  if (text.slice(start, end).trim() === '' && start > lineStart) {
    // Just after a clause's 。 or ，: that clause, its punctuation included.
    end = start;
    start = back(start - 1);
  }
  while (start < end && /\s/.test(text[start]!)) start++;
  if (end - start > MAX_CLAUSE) {
    start = Math.max(start, Math.min(pos, end) - MAX_CLAUSE / 2);
    end = Math.min(end, start + MAX_CLAUSE);
  }
  return { start, end };
}

function positionOf(range: CommentRange | undefined): CommentPosition | null {
  return range?.start ?? range?.reference ?? null;
}

/**
 * Writers that drop commentsExtended's reply links (LibreOffice saves replies as plain comments) still
 * give a reply the very range of its parent: comments sharing one range become one thread, the earliest
 * first. Only used when the file has no reply links at all.
 */
function linkRepliesByRange(comments: DocxComment[], ranges: ReadonlyMap<string, CommentRange>): void {
  const groups = new Map<string, DocxComment[]>();
  for (const c of comments) {
    const r = ranges.get(c.id);
    if (!r?.start || !r.end) continue;
    const key = `${r.start.paragraph}:${r.start.offset}-${r.end.paragraph}:${r.end.offset}`;
    const g = groups.get(key) ?? [];
    g.push(c);
    groups.set(key, g);
  }
  for (const g of groups.values()) {
    if (g.length < 2) continue;
    const sorted = [...g].sort((a, b) => (Date.parse(a.date) || 0) - (Date.parse(b.date) || 0));
    for (const c of sorted.slice(1)) c.parentId = sorted[0]!.id;
  }
}
