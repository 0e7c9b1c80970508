/**
 * A row of a table turned into text, as a table pasted from Word or a PDF reads: shared by the text
 * import (each row stays a line of its own) and the lint (the spaces between its cells are no slip).
 */

/** What stands between two cells of a row kept as text, as the imports and paste write a row. */
export const CELL_GAP = '\u3000\u3000';

/** Longest text taken for a row: twenty cells of thirty characters and their gaps. */
export const MAX_ROW_CHARS = 640;

/**
 * Short cells apart by tabs or runs of spaces (项目, 2023年, 2024年 with full-width spaces between),
 * and no sentence in it: three or more cells, or two short ones.
 */
export function isTableRow(plain: string): boolean {
  // Longer than any row of short cells: a paragraph (and the text import asks this of a paragraph as
  // PDF lines join onto it, so the check must not grow with it).
  if (plain.length > MAX_ROW_CHARS) return false;
  if (/[。；;]/u.test(plain)) return false;
  const cells = tableCells(plain);
  if (cells.length >= 3) return cells.every((c) => c.length <= 30);
  return cells.length === 2 && cells.every((c) => c.length <= 20) && !/[，,]/u.test(plain);
}

/** The cells of a row kept as text: what stands between its tabs or runs of two or more spaces. */
export function tableCells(plain: string): string[] {
  return plain
    .trim()
    .split(/\t|[ \u3000]{2,}/u)
    .filter((c) => c !== '');
}

/**
 * A row of figures under a short label, one a line without a full stop ("行政处罚案件：立案215件，结案203件，
 * 罚没款3126.8万元"): two such lines in a row are rows, never one sentence broken by a PDF's line width.
 */
export function isFigureRow(plain: string): boolean {
  return /^[^\p{P}\s]{2,12}[：:][^。]*\d/u.test(plain);
}
