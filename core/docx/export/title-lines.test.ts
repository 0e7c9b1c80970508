import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { breakTitle, emWidth } from './title-lines';
import { gbt9704Profile } from './profile';
import { signatureLayout } from './signature';
import { mmToTwips, pageGeometry } from './profile';
import { xmlSafe, newDropped } from './text-safety';

const hints = gbt9704Profile().titleBreaks;

describe('emWidth', () => {
  it('counts half-width characters as half an em, a surrogate pair as one character', () => {
    expect(emWidth('')).toBe(0);
    expect(emWidth('2024年')).toBe(3);
    expect(emWidth('𠀀a')).toBe(1.5);
    expect(emWidth('\uD800a\uDC00')).toBe(2.5); // lone surrogates: one each
    expect(emWidth('é—')).toBe(1.5);
    expect(emWidth('\uD800\uD800\uDC00')).toBe(2); // a lone high surrogate, then a pair
  });

  it('agrees with counting character by character, on any text', () => {
    const byCharacter = (s: string) => {
      let w = 0;
      for (const ch of s) w += ch.codePointAt(0)! < 0x100 ? 0.5 : 1;
      return w;
    };
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom('年', '𠀀', 'a', '2', 'é', '\uD800', '\uDC00', '—'),
        fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
        fc.integer({ min: 0x10000, max: 0x10ffff }).map((n) => String.fromCodePoint(n)),
      ),
    });
    fc.assert(
      fc.property(text, (s) => emWidth(s) === byCharacter(s)),
      { numRuns: 500 },
    );
  });
});

describe('breakTitle (7.3.1)', () => {
  it('keeps a title that fits on one line', () => {
    expect(breakTitle('关于2024年度法治政府建设情况的报告', 20, hints, null).lines).toEqual([
      '关于2024年度法治政府建设情况的报告',
    ]);
  });

  it('counts the space Word and LibreOffice put around the year: a title of 20 em with a year is two lines', () => {
    // Printed by LibreOffice, one line of it was 20.7 em wide: 告 stood alone on the second line.
    const { lines } = breakTitle('上犹县人民政府2025年法治政府建设年度报告', 20, hints, '上犹县人民政府');
    expect(lines).toEqual(['上犹县人民政府', '2025年法治政府建设年度报告']);
    expect(
      breakTitle('宜春市司法局2025年法治政府建设年度报告', 20, hints, '宜春市司法局').lines,
    ).toHaveLength(1);
  });

  it('splits the organ name from the rest, upper line shorter (a trapezoid)', () => {
    const { lines } = breakTitle(
      '吴川市科工贸和信息化局2024年法治政府建设年度报告',
      20,
      hints,
      '吴川市科工贸和信息化局',
    );
    expect(lines).toEqual(['吴川市科工贸和信息化局', '2024年法治政府建设年度报告']);
  });

  it('breaks a very long organ name after an organ suffix, never inside a word or a number', () => {
    const org = '湛江市人民政府办公室和湛江市市场监督管理局';
    const title = `${org}2024年法治政府建设年度报告`;
    const { lines, hardBreaks } = breakTitle(title, 20, hints, org);
    expect(hardBreaks).toBe(false);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBeLessThanOrEqual(3);
    for (const l of lines) expect(emWidth(l)).toBeLessThanOrEqual(20);
    expect(lines.some((l) => /^\d{3}年|^\d年/.test(l))).toBe(false);
    expect(lines[0]).toMatch(/(政府|办公室|局)$/);
  });

  it('never splits a word such as 办公室, and keeps a known organ name whole', () => {
    const title = '中共吴川市委全面依法治市委员会办公室关于2024年法治政府建设情况的报告';
    for (const org of [null, '中共吴川市委全面依法治市委员会办公室']) {
      const { lines } = breakTitle(title, 20, hints, org);
      expect(lines.join('')).toBe(title);
      expect(lines.some((l) => l.endsWith('办') || l.startsWith('公室'))).toBe(false);
    }
    expect(breakTitle(title, 20, hints, '中共吴川市委全面依法治市委员会办公室').lines).toEqual([
      '中共吴川市委全面依法治市委员会办公室',
      '关于2024年法治政府建设情况的报告',
    ]);
  });

  it('falls back to cutting at the line width when nothing sensible fits, and says so', () => {
    const { lines, hardBreaks } = breakTitle('甲'.repeat(50), 20, hints, null);
    expect(hardBreaks).toBe(true);
    expect(lines.join('')).toBe('甲'.repeat(50));
  });
});

describe('signatureLayout (7.3.5)', () => {
  const p = gbt9704Profile();
  const ch = pageGeometry(p).bodyCharTwips;
  it('no seal: 署名 2 chars in, date starts 2 chars right of the 署名', () => {
    // the date, 2025年1月6日, prints about 7.5 em wide (its digits spaced off the Chinese): it ends
    // 3.5 characters from the right, and is written from its first character, 11 − 2 = 9 + 2 = 11 in
    expect(signatureLayout(p, '吴川市科工贸和信息化局', '2025年1月6日', false, ch)).toEqual({
      signatureRight: 2 * ch,
      dateRight: Math.round(3.5 * ch),
      dateStart: 11 * ch,
      blankLinesBefore: 1,
    });
  });
  it('no seal, date longer than the 署名: the date keeps 2 chars and the 署名 moves left', () => {
    const l = signatureLayout(p, '某局', '2025年12月16日', false, ch);
    expect(l.dateRight).toBe(2 * ch);
    // printed 8.5 em wide: 署名 start = date start − 2 chars: right = 2 + 8.5 + 2 − 2 = 10.5 chars
    expect(l.signatureRight).toBe(Math.round(10.5 * ch));
    expect(l.dateStart).toBe(Math.round(10.5 * ch));
  });
  it('a joint 署名 whose widest organ is as long as the printed date: the date keeps 2 chars', () => {
    // 汉寿县人民政府 (7) over 2025年1月26日 (8 em printed): the 署名 moves left so the date starts 2 in
    const l = signatureLayout(p, '汉寿县人民政府', '2025年1月26日', false, ch);
    expect(l.dateRight).toBe(2 * ch);
    expect(l.signatureRight).toBe(5 * ch);
    expect(l.dateStart - (l.signatureRight + 7 * ch)).toBe(-2 * ch);
  });
});

describe('profile and text safety', () => {
  it('rounds millimetres to the nearest twip', () => {
    expect([37, 28, 35, 26, 210, 297].map(mmToTwips)).toEqual([2098, 1587, 1984, 1474, 11906, 16838]);
  });
  it('keeps surrogate pairs and drops lone surrogates and C0 controls', () => {
    const d = newDropped();
    expect(xmlSafe('a\uDC00b\u000B𠀀\uD83D', d)).toBe('ab𠀀');
    expect(d.count).toBe(3);
  });
});
