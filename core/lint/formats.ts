/**
 * 成文日期 and 发文字号 formats (GB/T 9704-2012 7.3.5.4 and 7.2.5).
 */
import { chineseDateParts } from '../model/chinese-date';

const DOC_NUMBER = /^.+〔\d{4}〕[1-9]\d*号$/u;
export const DATE_TEXT = /^\d{4}年[1-9]\d?月[1-9]\d?日$/u;

export function validDocNumber(s: string): boolean {
  return DOC_NUMBER.test(s);
}

/** 吴科工贸[2025]03号, 吴科工贸（2025）第3号 → 吴科工贸〔2025〕3号; null when it cannot be read safely. */
export function normaliseDocNumber(s: string): string | null {
  const m =
    /^(.+?)[ \u3000]*[[［(（【﹝〔{][ \u3000]*(\d{4})[ \u3000]*[\]］)）】﹞〕}][ \u3000]*第?[ \u3000]*0*([1-9]\d*)[ \u3000]*号$/u.exec(
      s.trim(),
    );
  if (!m) return null;
  const out = `${m[1]}〔${m[2]}〕${m[3]}号`;
  return DOC_NUMBER.test(out) ? out : null;
}

/**
 * A line that is only a date but not written as GB/T 9704 wants: "2024年01月05日", "二〇二四年十二月十二日",
 * "2024.12.12", "2024-12-12". Returns the proper form, or null if the line is not such a date.
 */
export function normaliseDateLine(line: string): string | null {
  const t = line.trim();
  if (DATE_TEXT.test(t)) return null;
  const m =
    /^(\d{4})[ \u3000]*[年.\-/．][ \u3000]*(\d{1,2})[ \u3000]*[月.\-/．][ \u3000]*(\d{1,2})[ \u3000]*日?$/u.exec(
      t,
    );
  const parts = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : chineseDateParts(t);
  if (!parts) return null;
  const { year: y, month: mo, day: d } = parts;
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return `${y}年${mo}月${d}日`;
}
