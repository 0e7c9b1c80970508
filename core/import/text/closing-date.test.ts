import { describe, expect, it } from 'vitest';
import { badClosingDateNote, parseDateLine, signatureAndDate } from './closing';

describe('成文日期 as typists write it', () => {
  it('reads ○ for 〇 and full-width digits, alone or after the 署名', () => {
    expect(parseDateLine('二○二五年一月十日')?.iso).toBe('2025-01-10');
    expect(parseDateLine('２０２５年１月１０日')?.iso).toBe('2025-01-10');
    expect(signatureAndDate('某某县司法局　　二○二五年一月十日')?.date.iso).toBe('2025-01-10');
    expect(signatureAndDate('某某县司法局　　２０２５年１月１０日')?.signature).toBe('某某县司法局');
  });

  it('reads 元月 as January', () => {
    expect(parseDateLine('二〇二六年元月二十日')).toEqual({ iso: '2026-01-20', chineseNumerals: true });
    expect(signatureAndDate('某某乡人民政府　二〇二六年元月八日')?.date.iso).toBe('2026-01-08');
  });

  it('notes a last line that looks like a date and is not one, quoting it as written', () => {
    expect(badClosingDateNote('2026年1月')).toBe(
      '文末“2026年1月”缺少日，不是完整的成文日期，已作为正文保留；请在报告信息中填写成文日期。',
    );
    expect(badClosingDateNote(' 二○二六年一月 ')).toContain('文末“二○二六年一月”缺少日');
    expect(badClosingDateNote('2026年2月30日')).toBe('文末“2026年2月30日”不是有效日期，已作为正文保留。');
    expect(badClosingDateNote('2026年1月20日')).toBeNull();
    expect(badClosingDateNote('全年办理案件12件。')).toBeNull();
  });
});
