/**
 * Digits and Latin letters typed in the IME's full-width mode (２０２５年, 办理案件１２件, ＡＰＰ): GB/T
 * 15835 writes Arabic numerals half-width, and every reader of the report — the title's year, the
 * 一、/1. labels, the year checks, the count of figures — reads ASCII digits. A decimal point typed
 * full-width between two digits (３．５万元) goes with them. Nothing else changes: full-width
 * punctuation is what Chinese text uses.
 */
const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/gu;
const FULL_WIDTH_POINT = /(?<=\d)．(?=\d)/gu;

/** The text with full-width digits and letters half-width, and whether there were any. */
export function halfWidthAlphanumerics(text: string): { text: string; changed: boolean } {
  if (!/[０-９Ａ-Ｚａ-ｚ]/u.test(text)) return { text, changed: false };
  const out = text
    .replace(FULL_WIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(FULL_WIDTH_POINT, '.');
  return { text: out, changed: true };
}

/** What the import tells the user when it changed them. */
export const FULL_WIDTH_NOTE = '原文的全角数字和字母（如“２０２５”）已按公文格式改为半角。';

/**
 * Characters that print as nothing: zero-width spaces (U+200B, which 公众号 and web editors leave between
 * paragraphs and inside words), the zero-width non-joiner, the word joiner, a BOM inside the text and the
 * soft hyphen. Left in, they hide a line's number (one before "一、"), a 主送 or a date from every
 * reader, and split the words the checklist looks for (one inside "习近平法治思想"). The zero-width
 * joiner stays: it holds emoji together.
 */
const INVISIBLE = /[\u200b\u200c\u2060\ufeff\u00ad]/gu;

/** The text without invisible characters, and whether it had any. */
export function withoutInvisibles(text: string): { text: string; changed: boolean } {
  const out = text.replace(INVISIBLE, '');
  return { text: out, changed: out.length !== text.length };
}
