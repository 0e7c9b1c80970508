/**
 * Table rows read as one line: a row whose cells hold one paragraph each (a 署名 beside its 成文日期, a
 * 发文字号 beside the 签发人, a row of statistics) is one line of the report, its cells apart by two full-width spaces (as the text
 * import reads a table). In a row of three or more cells (a table of figures), a cell whose words are
 * broken over a few short paragraphs ("行政复议" / "（含调解）") is one cell too.
 * Rows with a cell of long paragraphs or a nested table (a layout table holding body text) are read
 * cell by cell, paragraph by paragraph, as before; so is a row of a report set as a form, a part's
 * numbered heading in its first cell ("二、存在的不足和原因") and the part's text in the second.
 */
import { childrenNamed, isElement, textOf, type XElement } from './xml';
import { recogniseHeading } from '../../import/heading-patterns';

/** A cell's words broken over paragraphs: at most this many, each at most MAX_BROKEN_CELL_LINE long. */
const MAX_BROKEN_CELL_PARAGRAPHS = 3;
const MAX_BROKEN_CELL_LINE = 16;

/**
 * What is read for each of a row's cells, when the row reads as one line: the cell's paragraph, or the
 * cell itself when its short paragraphs make one cell of a table of figures; else null.
 */
export function flatRowCells(tr: XElement): XElement[] | null {
  const parts = tr.children.filter(isElement).filter((c) => c.name !== 'w:trPr' && c.name !== 'w:tblPrEx');
  if (parts.length < 2 || parts.some((c) => c.name !== 'w:tc')) return null;
  if (isHeadedRow(parts)) return null;
  const out: XElement[] = [];
  for (const tc of parts) {
    const blocks = tc.children.filter(isElement).filter((c) => c.name !== 'w:tcPr');
    const ps = childrenNamed(tc, 'w:p');
    if (ps.length === 1 && blocks.length === 1) out.push(ps[0]!);
    else if (parts.length >= 3 && brokenCell(ps, blocks.length)) out.push(tc);
    else return null;
  }
  return out;
}

function brokenCell(ps: readonly XElement[], blocks: number): boolean {
  return (
    ps.length > 1 &&
    ps.length === blocks &&
    ps.length <= MAX_BROKEN_CELL_PARAGRAPHS &&
    ps.every((p) => textOf(p).trim().length <= MAX_BROKEN_CELL_LINE)
  );
}

/** Shortest text of a form's second cell read as a part's text, not as a row of figures beside its label. */
const MIN_FORM_TEXT = 20;

/** Two cells: a part's numbered heading alone in the first, sentences in the second (a report as a form). */
function isHeadedRow(cells: readonly XElement[]): boolean {
  if (cells.length !== 2) return false;
  const label = textOf(cells[0]!).trim();
  const text = textOf(cells[1]!).trim();
  // A part's heading only: a 1. or （一） task beside its 完成情况 is a table of the text, read as rows.
  return recogniseHeading(label)?.level === 1 && text.length >= MIN_FORM_TEXT && /[。；]/u.test(text);
}
