/**
 * A last line that was meant as the 成文日期 but is not a whole date: "2026年1月" without its day, or a day
 * the calendar lacks ("2026年2月30日"). The importers keep it as text and say so, in the same words.
 */
import { parseDateLine } from './text/closing';

const LOOKS_DATED =
  /^(?:[12]\d{3}|[〇零○ＯO一二三四五六七八九]{4})\s*年(?:.*日|\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*月)$/u;

/** The note for a last line that looks like a date and is not one; null when it is a date or no date. */
export function badClosingDateNote(plain: string): string | null {
  const written = plain.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '');
  const s = written.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (parseDateLine(s) !== null || !LOOKS_DATED.test(s)) return null;
  return s.endsWith('月')
    ? `文末“${written}”缺少日，不是完整的成文日期，已作为正文保留；请在报告信息中填写成文日期。`
    : `文末“${written}”不是有效日期，已作为正文保留。`;
}
