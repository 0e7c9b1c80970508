/**
 * 成文日期 and 发文字号 formats (GB/T 9704-2012 7.3.5.4 and 7.2.5).
 */
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

const CN_DIGIT: Record<string, number> = {
  〇: 0,
  零: 0,
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

function cnNumber(s: string): number | null {
  // 十二 → 12, 二十三 → 23, 十 → 10, 三 → 3
  const m = /^([一二三]?)(十?)([一二三四五六七八九]?)$/u.exec(s);
  if (!m || s === '') return null;
  const tens = m[2] ? (m[1] ? CN_DIGIT[m[1]]! : 1) : 0;
  if (!m[2] && m[1]) return CN_DIGIT[m[1]]!;
  return tens * 10 + (m[3] ? CN_DIGIT[m[3]]! : 0);
}

/**
 * A line that is only a date but not written as GB/T 9704 wants: "2024年01月05日", "二〇二四年十二月十二日",
 * "2024.12.12", "2024-12-12". Returns the proper form, or null if the line is not such a date.
 */
export function normaliseDateLine(line: string): string | null {
  const t = line.trim();
  if (DATE_TEXT.test(t)) return null;
  let y: number, mo: number, d: number;
  let m =
    /^(\d{4})[ \u3000]*[年.\-/．][ \u3000]*(\d{1,2})[ \u3000]*[月.\-/．][ \u3000]*(\d{1,2})[ \u3000]*日?$/u.exec(
      t,
    );
  if (m) {
    y = Number(m[1]);
    mo = Number(m[2]);
    d = Number(m[3]);
  } else {
    m = /^([〇零一二三四五六七八九О]{4})年([一二三十]{1,3})月([一二三四五六七八九十]{1,3})日$/u.exec(t);
    if (!m) return null;
    y = Number([...m[1]!].map((c) => CN_DIGIT[c]).join(''));
    const a = cnNumber(m[2]!);
    const b = cnNumber(m[3]!);
    if (a === null || b === null) return null;
    mo = a;
    d = b;
  }
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) return null;
  return `${y}年${mo}月${d}日`;
}
