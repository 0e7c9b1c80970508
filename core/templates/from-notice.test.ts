/** A 法治办's notice → an outline template (test/fixtures/corpus/notice-2025.md and variants). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';
import { parseNotice, templateFromNotice, yearPlaceholders } from './from-notice';
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
});
