/**
 * Word reports laid out in ways the other tests do not cover: parts headed in 【】 (numbered inside or
 * not), and a 附表 of figures after the 成文日期, whose 署名 and date sit at a right tab stop.
 */
import { describe, expect, it } from 'vitest';
import { blockText } from '../../model/content';
import { shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';
import { documentXml, makeDocx, p, r } from '../../../test/fixtures/docx/make-docx';
import { row, tab, table } from '../../../test/fixtures/docx/producer-xml';
import { importDocx } from './index';

const opts = () => ({ templates: shippedTemplates(), vocabulary: outlineVocabulary(), fallbackYear: 2024 });
const docx = (paras: string[]) => makeDocx({ document: documentXml(paras.join('')) });
const bold = (t: string) => p(r(t, { bold: true }));

const FIVE: [string, string][] = [
  [
    '2025年度推进法治政府建设的主要举措和成效',
    '局党组专题学习习近平法治思想3次，落实行政执法公示制度，办理行政处罚案件36件。',
  ],
  ['2025年度推进法治政府建设存在的不足和原因', '执法人员不足，原因是编制未随职责调整。'],
  [
    '2025年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
    '局长履行第一责任人职责，听取汇报2次。',
  ],
  ['下一年度推进法治政府建设的主要安排', '2026年，开展执法人员轮训。'],
  ['其他需要报告的情况', '无。'],
];

describe('parts headed in 【】 in a Word file', () => {
  const report = (head: (n: number, h: string) => string) =>
    importDocx(
      docx([
        p(r('某县司法局2025年法治政府建设年度报告'), { center: true }),
        p(r('2025年，局党组坚持以习近平法治思想为指导。现将有关情况报告如下：')),
        ...FIVE.flatMap(([h, t], i) => [bold(head(i, h)), p(r(t))]),
        p(r('某县司法局')),
        p(r('2026年1月20日')),
      ]),
      opts(),
    ).report;
  const CN = ['一', '二', '三', '四', '五'];

  it('reads "【第一部分 …】" (a full-width space apart) in bold as the parts (they were all left in the 导语)', () => {
    const rep = report((i, h) => `【第${CN[i]}部分\u3000${h}】`);
    expect(rep.templateId).toBe('statutory-five');
    expect(rep.preamble.map(blockText)).toEqual([
      '2025年，局党组坚持以习近平法治思想为指导。现将有关情况报告如下：',
    ]);
    expect(rep.sections.map((s) => s.blocks.map(blockText).join(''))).toEqual(FIVE.map(([, t]) => t));
    expect(rep.meta.date).toBe('2026-01-20');
  });

  it('reads "【一、…】" and, in a file with no numbered part, "【…】" as the parts', () => {
    for (const head of [
      (i: number, h: string) => `【${CN[i]}、${h}】`,
      (_: number, h: string) => `【${h}】`,
    ]) {
      const rep = report(head);
      expect(rep.templateId).toBe('statutory-five');
      expect(rep.sections.map((s) => s.blocks.map(blockText).join(''))).toEqual(FIVE.map(([, t]) => t));
    }
  });

  it('leaves a single line in 【】 among numbered parts as text', () => {
    const rep = importDocx(
      docx([
        p(r('某县司法局2025年法治政府建设年度报告'), { center: true }),
        ...FIVE.flatMap(([h, t], i) => [p(r(`${CN[i]}、${h}`)), p(r(t))]).toSpliced(
          2,
          0,
          p(r('【典型案例】')),
        ),
      ]),
      opts(),
    ).report;
    expect(rep.sections[0]!.blocks.map(blockText)).toContain('【典型案例】');
  });
});

describe('a 附表 after the 成文日期 in a Word file', () => {
  const tabbed = (t: string) =>
    `<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="8844"/></w:tabs></w:pPr>${tab}${r(t)}</w:p>`;
  const { report, notes } = importDocx(
    docx([
      p(r('某县司法局2025年法治政府建设年度报告'), { center: true }),
      ...FIVE.flatMap(([h, t], i) => [p(r(`${['一', '二', '三', '四', '五'][i]}、${h}`)), p(r(t))]),
      tabbed('某县司法局'),
      tabbed('2026年1月20日'),
      p(r('附表')),
      p(r('2025年度行政执法数据统计表'), { center: true }),
      table([row(['项目', '2024年', '2025年']), row(['行政处罚案件（件）', '30', '36'])], { borders: true }),
    ]),
    opts(),
  );

  it('reads the 署名 and date set at a tab stop, and is no part of the report', () => {
    expect(report.meta).toMatchObject({ signature: null, date: '2026-01-20' });
    expect(report.sections.map((s) => s.id)).not.toContain('extra-1');
    expect(report.sections.at(-1)!.blocks.map(blockText)).toEqual(['无。']);
  });

  it("is the report's 附件, named by its title, with its rows, and said in the notes", () => {
    expect(report.attachments?.map((a) => [a.name, (a.blocks ?? []).map(blockText)])).toEqual([
      ['2025年度行政执法数据统计表', ['项目　　2024年　　2025年', '行政处罚案件（件）　　30　　36']],
    ]);
    expect(notes.join('\n')).toContain('附件（2025年度行政执法数据统计表）');
  });
});

describe('a list of typed numbered sentences with no text under them in a Word file', () => {
  const withPlans = (plans: string[]) =>
    importDocx(
      docx([
        p(r('某县司法局2025年法治政府建设年度报告'), { center: true }),
        ...FIVE.slice(0, 3).flatMap(([h, t], i) => [p(r(`${['一', '二', '三'][i]}、${h}`)), p(r(t))]),
        p(r('四、下一年度推进法治政府建设的主要安排')),
        ...plans.map((t) => p(r(t))),
        p(r('五、其他需要报告的情况')),
        p(r('无。')),
      ]),
      opts(),
    ).report.sections.find((s) => s.id === 'next-year')!.blocks;

  it("stays paragraphs with their numbers (as gwdraft exports the text import's list)", () => {
    const blocks = withPlans(['1、开展执法人员轮训，实现培训全覆盖。', '2、建立案件移送机制。']);
    expect(blocks.map((b) => `${b.type}:${blockText(b)}`)).toEqual([
      'paragraph:1、开展执法人员轮训，实现培训全覆盖。',
      'paragraph:2、建立案件移送机制。',
    ]);
  });

  it('leaves sub-headings with text under them as headings', () => {
    const blocks = withPlans([
      '1、开展执法人员轮训。',
      '组织轮训2次。',
      '2、建立案件移送机制。',
      '与公安局签订协议。',
    ]);
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'paragraph', 'heading', 'paragraph']);
  });
});

describe('parts headed "第一部分" over their name, or 【一】, in a Word file', () => {
  const CN = ['一', '二', '三', '四', '五'];
  const report = (head: (i: number, h: string) => string[]) =>
    importDocx(
      docx([
        p(r('某县司法局2025年法治政府建设年度报告'), { center: true }),
        ...FIVE.flatMap(([h, t], i) => [...head(i, h), p(r(t))]),
        p(r('某县司法局')),
        p(r('2026年1月20日')),
      ]),
      opts(),
    ).report;
  it('reads them as the parts (they were all left in the 导语)', () => {
    for (const rep of [
      report((i, h) => [
        p(r(`第${CN[i]}部分`, { bold: true }), { center: true }),
        p(r(h, { bold: true }), { center: true }),
      ]),
      report((i, h) => [p(r(`【${CN[i]}】${h}`))]),
    ]) {
      expect(rep.templateId).toBe('statutory-five');
      expect(rep.preamble).toEqual([]);
      expect(rep.sections.map((s) => s.blocks.map(blockText).join(''))).toEqual(FIVE.map(([, t]) => t));
    }
  });
});

describe('a Word title with the organ and date under it (题注), or over a subtitle', () => {
  const CN = ['一', '二', '三', '四', '五'];
  const body = FIVE.flatMap(([h, t], i) => [p(r(`${CN[i]}、${h}`)), p(r(t))]);
  it('reads the 题注 as the 机关, 署名 and 成文日期, not as the 导语', () => {
    const { report, notes } = importDocx(
      docx([
        p(r('2025年法治政府建设年度报告'), { center: true }),
        p(r('——某县司法局'), { center: true }),
        p(r('（2026年1月20日）'), { center: true }),
        ...body,
      ]),
      opts(),
    );
    // The title is kept as written, without its organ (the lint asks for it), as the text import keeps it.
    expect(report.meta).toMatchObject({
      org: '某县司法局',
      title: '2025年法治政府建设年度报告',
      signature: null,
      date: '2026-01-20',
    });
    expect(report.preamble).toEqual([]);
    expect(notes.join('\n')).toContain('题注');
  });
  it('reads the organ and year from a subtitle after ——', () => {
    const { report } = importDocx(
      docx([
        p(r('坚持依法行政　建设法治政府'), { center: true }),
        p(r('——某县司法局2025年法治政府建设年度报告'), { center: true }),
        ...body,
        p(r('某县司法局')),
        p(r('2026年1月20日')),
      ]),
      opts(),
    );
    expect(report.meta).toMatchObject({ org: '某县司法局', year: 2025, signature: null });
  });
});

describe('a note on the figures under the date in a Word file', () => {
  it('is left out, and the 署名 and date above it are read', () => {
    const CN = ['一', '二', '三', '四', '五'];
    const { report } = importDocx(
      docx([
        p(r('某县司法局2025年法治政府建设年度报告'), { center: true }),
        ...FIVE.flatMap(([h, t], i) => [p(r(`${CN[i]}、${h}`)), p(r(t))]),
        p(r('某县司法局')),
        p(r('2026年1月20日')),
        p(r('注：本报告数据统计截至2025年12月31日。')),
      ]),
      opts(),
    );
    expect(report.meta).toMatchObject({ signature: null, date: '2026-01-20' });
  });
});

describe('Word part headings ending in a colon', () => {
  it("lose the colon, and text after it is the part's text", () => {
    const CN = ['一', '二', '三', '四'];
    const { report } = importDocx(
      docx([
        p(r('某县司法局2025年法治政府建设年度报告'), { center: true }),
        ...FIVE.slice(0, 4).flatMap(([h, t], i) => [p(r(`${CN[i]}、${h}：`)), p(r(t))]),
        p(r('五、其他需要报告的情况：无。')),
      ]),
      opts(),
    );
    expect(report.sections.map((s) => s.heading ?? null)).toEqual([null, null, null, null, null]);
    expect(report.sections.at(-1)!.blocks.map(blockText)).toEqual(['无。']);
  });
});
