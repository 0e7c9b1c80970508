/** A 法治办's notice → an outline template (test/fixtures/corpus/notice-2025.md and variants). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';
import { parseNotice, templateFromNotice, withoutSection, yearPlaceholders } from './from-notice';
import { parseTemplate, sectionHeading } from './load';

const corpus = join(import.meta.dirname, '../../test/fixtures/corpus');
const expected = (
  JSON.parse(readFileSync(join(corpus, 'expected.json'), 'utf8')) as {
    notice: {
      file: string;
      year: number;
      issuer: string;
      sections: { heading: string; minChars: number; items: string[] }[];
      deadlines: { id: string; month: number; day: number }[];
    };
  }
).notice;
const options = { statutory: findTemplate('statutory-five')!, vocabulary: outlineVocabulary() };

describe('a notice with an outline inside its 二、报告内容（提纲）', () => {
  const notice = parseNotice(readFileSync(join(corpus, expected.file), 'utf8'));
  const template = templateFromNotice(notice, options);

  it('reads the outline headings within the notice’s own part, the year as a placeholder', () => {
    expect(notice.year).toBe(expected.year);
    expect(notice.issuer).toBe(expected.issuer);
    expect(template.sections.map((s) => s.heading)).toEqual(expected.sections.map((s) => s.heading));
    expect(template.sections.map((s) => s.minChars)).toEqual(expected.sections.map((s) => s.minChars));
    expect(sectionHeading(template.sections[3]!.heading, 2025)).toBe('2026年度推进法治政府建设的主要安排');
  });

  it('keeps the guidance lines, and other years as written', () => {
    expect(template.sections[0]!.guidance).toContain('《法治政府建设实施纲要（2021－2025年）》');
    expect(template.sections[0]!.guidance).toContain('用数据说话');
    expect(template.sections[4]!.guidance).toContain('其他需要报告的情况');
  });

  it('attaches the statutory items to the sections whose headings mean them', () => {
    expected.sections.forEach((s, i) => {
      const here = template.items.filter((it) => it.section === `part-${i + 1}`).map((it) => it.id);
      for (const id of s.items) expect(here, `${s.heading}: ${id}`).toContain(id);
    });
    const measures = template.items.find((i) => i.id === 'measures-present')!;
    expect(measures.rules).toContainEqual({ kind: 'minLength', chars: 1500 });
  });

  it('takes the deadlines from the notice, and the result is a valid template', () => {
    expect(template.deadlines.map(({ id, month, day }) => ({ id, month, day }))).toEqual(expected.deadlines);
    expect(parseTemplate(JSON.parse(JSON.stringify(template))).id).toMatch(/^user-[a-z0-9]+$/u);
  });
});

describe('other layouts of the outline', () => {
  it('a second run of 一、 inside 二、报告提纲, with 字数 in brackets', () => {
    const text = [
      '关于做好2024年度法治政府建设年度报告工作的通知',
      '一、报送时间',
      '请于2025年2月28日前报送。',
      '二、报告提纲',
      '一、2024年度推进法治政府建设的主要举措和成效（不少于2000字）',
      '逐项写明。',
      '二、2024年度推进法治政府建设存在的不足和原因',
      '三、2025年度推进法治政府建设的主要安排',
      '三、有关要求',
      '请认真审核。',
    ].join('\n');
    const n = parseNotice(text);
    expect(n.sections.map((s) => s.heading)).toEqual([
      '2024年度推进法治政府建设的主要举措和成效',
      '2024年度推进法治政府建设存在的不足和原因',
      '2025年度推进法治政府建设的主要安排',
    ]);
    expect(n.sections[0]!.minChars).toBe(2000);
    expect(yearPlaceholders(n.sections[2]!.heading, 2024)).toBe('{nextYear}年度推进法治政府建设的主要安排');
  });

  it('refuses a notice without an outline', () => {
    expect(() => templateFromNotice(parseNotice('关于开会的通知\n请准时参加。'), options)).toThrow(
      /没有找到提纲/u,
    );
  });

  it('an outline in a 附件 table (序号 | 内容 | 要求) is the outline, not the part that points to it', () => {
    const n = parseNotice(
      [
        '关于报送2025年度法治政府建设年度报告的通知',
        '各市人民政府，省政府各部门：',
        '一、年度报告按照提纲（见附件）撰写，总字数原则上不超过6000字。',
        '二、请于2026年3月1日前报送。',
        '省委依法治省办',
        '2025年12月8日',
        '| 序号 | 内容 | 要求 |',
        '| --- | --- | --- |',
        '| 一 | 主要举措和成效 | 逐项写明，不少于2500字。 |',
        '| 二 | 存在的不足和原因 | 300字以内。 |',
      ].join('\n'),
    );
    expect(n.sections.map((s) => [s.heading, s.minChars, s.maxChars])).toEqual([
      ['主要举措和成效', 2500, undefined],
      ['存在的不足和原因', 0, 300],
    ]);
    expect(n.maxChars).toBe(6000);
    expect(n.issuer).toBe('省委依法治省办');
    const t = templateFromNotice(n, options);
    expect(t.unitKinds).toEqual(['department', 'government']);
    expect(t.items.find((i) => i.id === 'max-length')?.rules).toEqual([{ kind: 'maxLength', chars: 6000 }]);
  });

  it('an outline led into by 按以下提纲 inside another part, numbered 1．2025年度…', () => {
    const n = parseNotice(
      [
        '关于开展2025年度法治政府建设年度报告工作的通知',
        '市直各单位：',
        '一、年度报告',
        '年度报告按以下提纲撰写：',
        '1．2025年度法治政府建设主要工作和成效。写明举措和成效。',
        '2．存在的问题及原因分析。',
        '二、主要负责人述法',
        '述法报告单独成文，不少于1500字。',
        '附件：1．主要负责人述法报告格式参考',
        '2．2025年度法治政府建设主要数据统计表',
      ].join('\n'),
    );
    expect(n.sections.map((s) => [s.heading, s.minChars])).toEqual([
      ['2025年度法治政府建设主要工作和成效', 0],
      ['存在的问题及原因分析', 0],
    ]);
    expect(n.attachmentsApart).toEqual(['主要负责人述法报告', '法治政府建设主要数据统计表']);
    expect(templateFromNotice(n, options).unitKinds).toEqual(['department']);
  });

  it('【填写说明】 brackets go, 可不写 makes a part advice, 3000字左右 is no ceiling, 乡镇（街道） alone', () => {
    const n = parseNotice(
      [
        '关于做好各乡镇（街道）2025年度法治建设工作报告的通知',
        '各乡镇党委、人民政府，各街道党工委、办事处：',
        '一、报告提纲',
        '（一）2025年度法治建设主要工作及成效',
        '【填写说明：用数据说话。】',
        '（二）其他需要报告的情况',
        '【填写说明：如无，可不写。】',
        '撰写要求：写实事。',
        '二、有关要求',
        '报告篇幅控制在3000字左右。',
      ].join('\n'),
    );
    expect(n.sections.map((s) => s.guidance)).toEqual([['用数据说话。'], ['如无，可不写。', '写实事。']]);
    expect(n.maxChars).toBe(0);
    const t = templateFromNotice(n, options);
    expect(t.unitKinds).toEqual(['township']);
    expect(t.sections[1]!.required).toBe(false);
    expect(t.items.filter((i) => i.section === 'part-2').every((i) => i.severity === 'warn')).toBe(true);
    // What the vocabulary says of 乡镇（街道）: no 规范性文件 topics, their own 字数 minimums.
    expect(t.items.some((i) => i.id === 'measures-topics')).toBe(false);
    expect(t.items.find((i) => i.id === 'measures-present')?.rules).toContainEqual({
      kind: 'minLength',
      chars: 500,
    });
  });

  it('a part of "2000字左右" or "约1500字" asks for about that much, not at least that much', () => {
    const n = parseNotice(
      [
        '关于做好2025年度法治政府建设年度报告工作的通知',
        '二、报告提纲',
        '（一）主要举措和成效（2000字左右）',
        '（二）存在的不足和原因（约500字）',
        '（三）下一年度工作安排（不少于300字）',
      ].join('\n'),
    );
    expect(n.sections.map((s) => [s.heading, s.minChars])).toEqual([
      ['主要举措和成效', 1600],
      ['存在的不足和原因', 400],
      ['下一年度工作安排', 300],
    ]);
  });

  it('an outline without 其他需要报告的情况 does not ask for it', () => {
    const n = parseNotice(
      [
        '关于做好2025年度法治政府建设年度报告工作的通知',
        '二、报告提纲',
        '（一）主要举措和成效',
        '（二）存在的不足和原因',
      ].join('\n'),
    );
    expect(templateFromNotice(n, options).items.some((i) => i.id === 'other-present')).toBe(false);
  });

  it('a template whose deadline names its 机关 by a broken pattern is refused', () => {
    const n = parseNotice(
      [
        '关于做好2025年度法治政府建设年度报告工作的通知',
        '二、报告提纲',
        '（一）主要举措和成效',
        '（二）存在的不足和原因',
      ].join('\n'),
    );
    const t = templateFromNotice(n, options);
    const bad = { ...t, deadlines: [{ id: 'filing', title: '报送', month: 1, day: 15, orgs: ['(局'] }] };
    expect(() => parseTemplate(JSON.parse(JSON.stringify(bad)))).toThrow(/deadlines/u);
  });

  it('removing a part sends its items to the whole report, but not its 字数 ceiling', () => {
    const n = parseNotice(
      [
        '关于做好2025年度法治政府建设年度报告工作的通知',
        '二、报告提纲',
        '（一）总体情况（300字以内）',
        '（二）主要举措和成效',
        '（三）存在的不足和原因',
      ].join('\n'),
    );
    const t = templateFromNotice(n, options);
    expect(t.items.some((i) => i.id === 'part-1-max-length')).toBe(true);
    const without = withoutSection(t, 'part-1');
    expect(without.sections.map((s) => s.id)).toEqual(['part-2', 'part-3']);
    expect(without.items.some((i) => i.id === 'part-1-max-length')).toBe(false);
    expect(without.items.every((i) => i.section !== 'part-1')).toBe(true);
  });

  it('parts named 第一部分…, and dates with a weekday or after 报送截止时间', () => {
    const n = parseNotice(
      [
        '关于做好2025年度法治政府建设年度报告工作的通知',
        '一、报告提纲',
        '第一部分  2025年度推进法治政府建设的主要举措和成效',
        '逐项写明，用数据说话。',
        '第二部分  存在的不足和原因',
        '二、报送要求',
        '报送截止时间为2026年1月20日。报告于2026年3月31日（星期二）前公开。',
      ].join('\n'),
    );
    expect(n.sections.map((s) => s.heading)).toEqual([
      '2025年度推进法治政府建设的主要举措和成效',
      '存在的不足和原因',
    ]);
    expect(n.deadlines.map(({ id, month, day }) => [id, month, day])).toEqual([
      ['filing', 1, 20],
      ['publishing', 3, 31],
    ]);
    const weekday = parseNotice(
      '关于…的通知\n一、报告提纲\n（一）主要举措\n请于2026年2月3日（周二）前报送。',
    );
    expect(weekday.deadlines.map(({ id, month, day }) => [id, month, day])).toEqual([['filing', 2, 3]]);
  });

  it('a second run of 一、 ends at the notice’s own 三、组织保障 or 四、时间安排', () => {
    const n = parseNotice(
      [
        '关于做好2025年度法治政府建设年度报告工作的通知',
        '一、报送时间',
        '请于2026年2月28日前报送。',
        '二、报告提纲',
        '一、2025年度推进法治政府建设的主要举措和成效',
        '二、存在的不足和原因',
        '三、组织保障',
        '各单位要加强组织领导。',
      ].join('\n'),
    );
    expect(n.sections.map((s) => s.heading)).toEqual([
      '2025年度推进法治政府建设的主要举措和成效',
      '存在的不足和原因',
    ]);
  });
});
