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
