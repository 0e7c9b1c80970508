/**
 * Content controls (w:sdt) whose content is not the document's text: one still showing its placeholder
 * ("单击或点击此处输入文字。", w:showingPlcHdr), and Word's table of contents (docPartGallery "Table of
 * Contents"), which repeats the headings of the body.
 */
import { attr, child, type XElement } from './xml';

export function skipsContent(sdt: XElement): boolean {
  const pr = child(sdt, 'w:sdtPr');
  if (!pr) return false;
  if (child(pr, 'w:showingPlcHdr')) return true;
  const gallery = child(pr, 'w:docPartObj') ?? child(pr, 'w:docPartList');
  const name = attr(gallery && child(gallery, 'w:docPartGallery'), 'val') ?? '';
  return /^table of contents$/i.test(name.trim());
}

/** A paragraph of a table of contents ("toc 1" … "toc 9", WPS's "目录 1"): the body has its heading. */
export function isTocStyleName(name: string): boolean {
  return /^(?:toc|目录)\s*[1-9]$/i.test(name.trim());
}
