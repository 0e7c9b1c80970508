/**
 * The reviewer's unit in Word files. Word keeps one name per comment or change (w:author) and no unit,
 * so the review copy writes the unit into it as the app shows it — 张三（市司法局） — which Word, WPS and
 * LibreOffice show and keep. Read back, an author of exactly that shape (a name, then one full-width
 * bracketed unit at the very end) is split into name and unit again; any other author is left as it is.
 */

/** The name Word shows: `author（unit）`, unless there is no unit or the name already ends with it. */
export function wordAuthor(author: string, unit: string | undefined): string {
  const u = unit?.trim() ?? '';
  if (u === '' || author.trim() === '' || author.trim().endsWith(`（${u}）`)) return author;
  return `${author}（${u}）`;
}

const depth = (s: string) => {
  let d = 0;
  for (const ch of s) {
    if (ch === '（') d += 1;
    else if (ch === '）' && --d < 0) return -1;
  }
  return d;
};

/** Name and unit of a Word author written by wordAuthor; `{ author }` unchanged for any other shape. */
export function splitWordAuthor(word: string): { author: string; unit?: string } {
  const m = /^(.*[^\s（])（([^（）]*[^\s（）][^（）]*)）$/u.exec(word);
  if (!m || depth(m[1]!) !== 0) return { author: word };
  return { author: m[1]!, unit: m[2]!.trim() };
}

/**
 * The same reviewer in two copies: the same name, or the same name as Word shows it — a draft's
 * 办公室（法规科） without a unit comes back from Word as 办公室 of 法规科, and is still the same author.
 */
export function sameAuthor(
  a: { author: string; unit?: string | undefined },
  b: { author: string; unit?: string | undefined },
  norm: (s: string) => string,
): boolean {
  return (
    norm(a.author) === norm(b.author) ||
    norm(wordAuthor(a.author, a.unit)) === norm(wordAuthor(b.author, b.unit))
  );
}
