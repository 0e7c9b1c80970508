/**
 * Footnotes and endnotes (word/footnotes.xml, word/endnotes.xml): the text of each note, by the id its
 * reference in the body gives. The separator notes Word keeps there are not text. The importer puts a
 * note's text after the paragraph that refers to it, as "注：…", so nothing of it is lost.
 */
import { attr, childrenNamed, textOf, type XElement } from './xml';

/** "footnote:3" / "endnote:2" → the note's element (its paragraphs are its children). */
export type NoteMap = Map<string, XElement>;

export function readNotes(footnotes: XElement | null, endnotes: XElement | null): NoteMap {
  const out: NoteMap = new Map();
  const add = (root: XElement | null, kind: 'footnote' | 'endnote') => {
    if (!root) return;
    for (const n of childrenNamed(root, `w:${kind}`)) {
      const type = attr(n, 'type');
      const id = attr(n, 'id');
      if (id === undefined || (type !== undefined && type !== 'normal')) continue;
      out.set(`${kind}:${id}`, n);
    }
  };
  add(footnotes, 'footnote');
  add(endnotes, 'endnote');
  return out;
}

/** The key of a w:footnoteReference / w:endnoteReference, or null for other elements. */
export function noteKey(el: XElement): string | null {
  const kind =
    el.name === 'w:footnoteReference' ? 'footnote' : el.name === 'w:endnoteReference' ? 'endnote' : null;
  const id = attr(el, 'id');
  return kind && id !== undefined ? `${kind}:${id}` : null;
}

/** "注：" before a note's text, unless the note says 注 itself. */
export function notePrefix(note: XElement): string {
  return /^[\s\u3000]*注[：:]/.test(textOf(note)) ? '' : '注：';
}
