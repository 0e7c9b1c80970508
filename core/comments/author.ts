/**
 * The reviewer's unit in Word files. Word keeps one name per comment or change (w:author) and no unit,
 * so the review copy writes the unit into it as the app shows it — 张三（市司法局） — which Word, WPS and
 * LibreOffice show and keep. Read back, an author of exactly that shape (a name, then one full-width
 * bracketed unit at the very end) is split into name and unit again; any other author is left as it is.
 */

/** The name Word shows: `author（unit）`, unless there is no unit or the name already ends with it. */
export function wordAuthor(author: string, unit: string | undefined): string {
  const name = author.trim();
  const u = unit?.trim() ?? '';
  if (u === '' || name === '' || name.endsWith(`（${u}）`)) return author;
  return `${name}（${u}）`;
}

/** Whether every （ in `s` is closed by a later ）. */
function balanced(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if (ch === '（') depth += 1;
    else if (ch === '）' && --depth < 0) return false;
  }
  return depth === 0;
}

/**
 * Name and unit of a Word author written by wordAuthor: a non-blank name, then the bracket that closes
 * at the very end, holding a non-blank unit (brackets inside it balanced, as in 市委（市政府）办公室).
 * Any other author comes back as `{ author }`, unchanged.
 */
export function splitWordAuthor(word: string): { author: string; unit?: string } {
  if (!word.endsWith('）')) return { author: word };
  let depth = 0;
  let open = -1;
  for (let i = word.length - 1; i >= 0; i--) {
    if (word[i] === '）') depth += 1;
    else if (word[i] === '（' && --depth === 0) {
      open = i;
      break;
    }
  }
  const name = word.slice(0, Math.max(open, 0));
  const unit = word.slice(open + 1, -1);
  if (open <= 0 || name.trim() !== name || name === '' || unit.trim() === '' || !balanced(name))
    return { author: word };
  return { author: name, unit: unit.trim() };
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
