/**
 * Dates written in Chinese numerals (二〇二四年十二月十二日), as a 成文日期 often is in reports written
 * before GB/T 9704-2012: read by the text and DOCX importers and by the lint that rewrites them.
 */

// 〇 and what is typed in its place: 零, the circles ○ and ◯, full-width Ｏ, Latin O, Cyrillic О.
const DIGIT: Record<string, number> = {
  〇: 0,
  '○': 0,
  '◯': 0,
  零: 0,
  Ｏ: 0,
  O: 0,
  О: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const CHINESE_DATE =
  /^([〇零○◯ＯOО一二三四五六七八九]{4})年([一二三十]{1,3}|元)月([一二三四五六七八九十]{1,3})日$/u;

/** 十二 → 12, 三十一 → 31, 二十 → 20, 七 → 7; null for anything else. */
export function smallNumber(s: string): number | null {
  const digit = (c: string | undefined) => (c !== undefined && c in DIGIT ? DIGIT[c]! : null);
  if (!s.includes('十')) return s.length === 1 ? digit(s) : null;
  const [a = '', b = ''] = s.split('十');
  if (a.length > 1 || b.length > 1 || s.split('十').length > 2) return null;
  const tens = a === '' ? 1 : digit(a);
  const ones = b === '' ? 0 : digit(b);
  return tens === null || ones === null ? null : tens * 10 + ones;
}

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

/** The numbers of a whole-string Chinese-numeral date; null if it is not one. Not checked against the calendar. */
export function chineseDateParts(s: string): DateParts | null {
  const m = CHINESE_DATE.exec(s);
  if (!m) return null;
  // 元月, as some write January (正月 is the lunar month: not a 成文日期).
  const month = m[2] === '元' ? 1 : smallNumber(m[2]!);
  const day = smallNumber(m[3]!);
  if (month === null || day === null) return null;
  return { year: Number([...m[1]!].map((c) => DIGIT[c]!).join('')), month, day };
}

/** A year written digit by digit in Chinese numerals (二〇二五 → 2025); null for anything else. */
export function chineseYear(s: string): number | null {
  if (!/^[〇零ＯOО一二三四五六七八九]{4}$/u.test(s)) return null;
  return Number([...s].map((c) => DIGIT[c]!).join(''));
}
