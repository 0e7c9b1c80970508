import { describe, expect, it } from 'vitest';
import { commentTime, mergeSummary, shownText } from './format';

describe('commentTime', () => {
  it('shows month, day and time, and the year only when it is not this year', () => {
    const now = new Date(2026, 10, 25, 12, 0);
    expect(commentTime(new Date(2026, 10, 25, 9, 5).toISOString(), now)).toBe('11月25日 09:05');
    expect(commentTime(new Date(2025, 0, 3, 17, 40).toISOString(), now)).toBe('2025年1月3日 17:40');
    expect(commentTime('not a date', now)).toBe('not a date');
  });
});

describe('mergeSummary', () => {
  it('says how many threads were added, placed and detached', () => {
    expect(mergeSummary({ added: 3, placed: 2, detached: 1 })).toBe(
      '合并完成：新增 3 条批注，其中 2 条已定位到正文，1 条原文已删除，保留在批注栏中。',
    );
    expect(mergeSummary({ added: 2, placed: 2, detached: 0 })).toBe(
      '合并完成：新增 2 条批注，其中 2 条已定位到正文。',
    );
    expect(mergeSummary({ added: 0, placed: 0, detached: 0 })).toMatch(/没有新的批注/);
    // Word comments on the title or the 署名 are not said to be deleted.
    expect(mergeSummary({ added: 5, placed: 2, detached: 3, onMeta: 2 })).toBe(
      '合并完成：新增 5 条批注，其中 2 条已定位到正文，2 条在标题、署名等行上，1 条原文已删除，保留在批注栏中。',
    );
  });

  it('says what the copy still carried and was left out: deleted here, or already here', () => {
    expect(mergeSummary({ added: 0, placed: 0, detached: 0, deletedSkipped: 2, alreadyPresent: 1 })).toBe(
      '合并完成：没有新的批注（已有的批注不会重复添加，新的回复已并入）。' +
        '2 条此前已删除的批注未再加入。1 条已有的批注未重复加入（审阅稿中的回复关系有变）。',
    );
    expect(mergeSummary({ added: 1, placed: 1, detached: 0, revived: 1 })).toBe(
      '合并完成：新增 1 条批注，其中 1 条已定位到正文。1 条此前已删除的批注因审阅人有新回复而重新加入。',
    );
  });
});

describe('shownText', () => {
  it('shows bidi overrides and control characters as escapes, and keeps the rest', () => {
    expect(shownText('请核实\u202eevil\u202c 👍🏽 𠀀')).toBe('请核实\\u202eevil\\u202c 👍🏽 𠀀');
    expect(shownText('响铃\u0007空\u0000')).toBe('响铃\\u0007空\\u0000');
    expect(shownText('两段\n\t缩进 تحقق')).toBe('两段\n\t缩进 تحقق');
  });
});
