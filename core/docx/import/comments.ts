/**
 * Reading word/comments.xml (author, initials, date, text) and word/commentsExtended.xml
 * (w15:paraIdParent links a reply to its parent; w15:done marks a resolved thread).
 */
import { attr, childrenNamed, isOn, textOf, type XElement } from './xml';

export interface DocxComment {
  /** The w:id that document.xml's range marks refer to. */
  id: string;
  author: string;
  initials: string;
  /** As written (ISO 8601, possibly without a zone), or '' when absent. */
  date: string;
  text: string;
  /** w14:paraId of the comment's last paragraph: what commentsExtended refers to. */
  paraId: string | null;
  /** w:id of the comment this one replies to, if any. */
  parentId: string | null;
  done: boolean;
}

export function readComments(root: XElement | null): DocxComment[] {
  if (!root) return [];
  const out: DocxComment[] = [];
  for (const c of childrenNamed(root, 'w:comment')) {
    const id = attr(c, 'id');
    if (id === undefined) continue;
    const paras = childrenNamed(c, 'w:p');
    const last = paras[paras.length - 1];
    out.push({
      id,
      author: attr(c, 'author') ?? '',
      initials: attr(c, 'initials') ?? '',
      date: attr(c, 'date') ?? '',
      text: (paras.length ? paras.map(textOf) : [textOf(c)]).join('\n').trim(),
      paraId: (last && attr(last, 'paraId')) ?? null,
      parentId: null,
      done: false,
    });
  }
  return out;
}

/**
 * Word 2016+ writes a comment's w:date as the reviewer's wall-clock time marked Z (a comment made at
 * 10:00 in Beijing reads 10:00Z, shown 18:00 here) and the true time as w16cex:dateUtc in
 * commentsExtensible, reached through commentsIds (paragraph id → durable id). Where it is there, it is
 * the comment's time.
 */
export function applyUtcDates(
  comments: DocxComment[],
  ids: XElement | null,
  extensible: XElement | null,
): void {
  if (!ids || !extensible) return;
  const utc = new Map<string, string>();
  for (const ex of childrenNamed(extensible, 'w16cex:commentExtensible')) {
    const durable = attr(ex, 'durableId')?.toUpperCase();
    const date = attr(ex, 'dateUtc');
    if (durable && date) utc.set(durable, date);
  }
  const byPara = new Map<string, string>();
  for (const id of childrenNamed(ids, 'w16cid:commentId')) {
    const para = attr(id, 'paraId')?.toUpperCase();
    const durable = attr(id, 'durableId')?.toUpperCase();
    const date = durable ? utc.get(durable) : undefined;
    if (para && date) byPara.set(para, date);
  }
  for (const c of comments) {
    const date = c.paraId ? byPara.get(c.paraId.toUpperCase()) : undefined;
    if (date && !Number.isNaN(Date.parse(date))) c.date = date;
  }
}

/** Apply commentsExtended: reply links and resolved state, matched through paragraph ids. */
export function applyCommentsExtended(comments: DocxComment[], root: XElement | null): void {
  if (!root) return;
  const byPara = new Map<string, DocxComment>();
  for (const c of comments) if (c.paraId) byPara.set(c.paraId.toUpperCase(), c);
  for (const ex of childrenNamed(root, 'w15:commentEx')) {
    const para = attr(ex, 'paraId')?.toUpperCase();
    const c = para ? byPara.get(para) : undefined;
    if (!c) continue;
    c.done = isOn(ex, 'done') && attr(ex, 'done') !== undefined;
    const parentPara = attr(ex, 'paraIdParent')?.toUpperCase();
    const parent = parentPara ? byPara.get(parentPara) : undefined;
    if (parent && parent !== c) c.parentId = parent.id;
  }
}
