/**
 * Table rows read as one line: a row whose cells hold one paragraph each (a 署名 beside its 成文日期, a
 * 发文字号 beside the 签发人, a row of statistics) is one line of the report, its cells apart by two full-width spaces (as the text
 * import reads a table).
 * Rows with a cell of several paragraphs or a nested table (a layout table holding body text) are read
 * cell by cell, paragraph by paragraph, as before.
 */
import { childrenNamed, isElement, type XElement } from './xml';

/** The paragraphs of a row's cells, one per cell, when the row reads as one line; else null. */
export function flatRowCells(tr: XElement): XElement[] | null {
  const parts = tr.children.filter(isElement).filter((c) => c.name !== 'w:trPr' && c.name !== 'w:tblPrEx');
  if (parts.length < 2 || parts.some((c) => c.name !== 'w:tc')) return null;
  const out: XElement[] = [];
  for (const tc of parts) {
    const blocks = tc.children.filter(isElement).filter((c) => c.name !== 'w:tcPr');
    const ps = childrenNamed(tc, 'w:p');
    if (ps.length !== 1 || blocks.length !== 1) return null;
    out.push(ps[0]!);
  }
  return out;
}
