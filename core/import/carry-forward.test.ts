import { describe, expect, it } from 'vitest';
import { paragraph, subHeading } from '../model/content';
import { createReport, headingOf, resolvedTitle } from '../model/report-helpers';
import { ReportSchema } from '../model/report';
import { findTemplate } from '../../templates/index';
import { addThread } from '../comments/index';
import { PREAMBLE_BASELINE_KEY, startFromLastYear } from './carry-forward';

const template = findTemplate('zhanjiang-department')!;

describe('startFromLastYear', () => {
  const last0 = createReport(template, { org: '某某市某某局', year: 2024 });
  const last1 = {
    ...last0,
    meta: { ...last0.meta, date: '2025-01-15', title: null },
    preamble: [paragraph('2024年，我局……现将有关情况报告如下：')],
    sections: [
      ...last0.sections.map((s) =>
        s.id === 'measures'
          ? {
              ...s,
              blocks: [
                subHeading(2, '健全依法决策机制'),
                paragraph('贯彻《法治政府建设实施纲要（2021-2025年）》，审核文件15件。'),
              ],
            }
          : s,
      ),
      { id: 'extra-1', heading: '2024年度档案工作', blocks: [paragraph('完成数字化2万卷。')] },
    ],
  };
  const last = addThread(
    last1,
    { sectionId: 'measures', blockIndex: 1, offset: 0, length: 4 },
    {
      author: '张三',
      createdAt: '2025-01-10T00:00:00Z',
      text: '旧批注',
    },
  ).report;

  it('advances the year; title and headings follow; content kept and marked carried; baseline per section', () => {
    const next = startFromLastYear(last);
    expect(ReportSchema.safeParse(next).success).toBe(true);
    expect(next.meta).toMatchObject({ year: 2025, date: null, org: '某某市某某局' });
    expect(resolvedTitle(next, template)).toBe('某某市某某局2025年法治政府建设年度报告');
    const measures = next.sections.find((s) => s.id === 'measures')!;
    expect(headingOf(measures, next, template)).toBe('2025年度推进法治政府建设的主要举措和成效');
    expect(measures.blocks.every((b) => b.carried === true)).toBe(true);
    expect(measures.blocks[1]!.children.map((l) => l.text).join('')).toContain('2021-2025年');
    expect(next.sections.find((s) => s.id === 'extra-1')!.heading).toBe('2025年度档案工作');
    // Empty sections stay plain empty paragraphs, not "carried".
    expect(next.sections.find((s) => s.id === 'other')!.blocks[0]!.carried).toBeUndefined();
    expect(next.baseline!.year).toBe(2024);
    expect(next.baseline!.sections.measures).toBe(
      '健全依法决策机制\n贯彻《法治政府建设实施纲要（2021-2025年）》，审核文件15件。',
    );
    expect(next.baseline!.sections[PREAMBLE_BASELINE_KEY]).toContain('现将有关情况报告如下');
    // Last year's review comments stay with last year's file.
    expect(next.comments).toEqual([]);
    expect(JSON.stringify(next.sections)).not.toContain('"comments"');
    const withDeleted = startFromLastYear({
      ...last,
      deletedComments: [{ author: '张三', createdAt: '2025-01-09T00:00:00Z', textHash: 'abc1234' }],
    });
    expect('deletedComments' in withDeleted).toBe(false);
  });

  it('replaces the year in a custom title but not in cited ranges', () => {
    const next = startFromLastYear({
      ...last,
      meta: { ...last.meta, title: '某某局2024年度法治政府建设情况报告' },
    });
    expect(next.meta.title).toBe('某某局2025年度法治政府建设情况报告');
  });
});

describe('carried over, end to end', () => {
  it("last year's DOCX → this year's report: the checklist flags sections still mostly last year's", async () => {
    const { importDocx } = await import('../docx/import/index');
    const { evaluateChecklist } = await import('../check/index');
    const { reviewDocx } = await import('../../test/fixtures/docx/review-fixture');
    const last = importDocx(reviewDocx(), { template, fallbackYear: 2024 }).report;
    const next = startFromLastYear(last);
    const item = (r: typeof next) =>
      evaluateChecklist(r, template, { today: new Date('2025-02-01') }).items.find(
        (i) => i.id === 'carried-over',
      )!;
    const flagged = item(next);
    expect(flagged.status).toBe('warn');
    expect(flagged.message).toContain('2024年报告相同');
    // Rewritten: the flag goes away.
    const rewritten = {
      ...next,
      preamble: [paragraph('2025年，我局围绕年度重点任务，扎实开展法治政府建设，现将有关情况报告如下：')],
      sections: next.sections.map((s) => ({
        ...s,
        blocks: [
          paragraph(`本年度${s.id}部分重新撰写，新增执法检查42次、培训9场、复议案件办结率百分之百等内容。`),
        ],
      })),
    };
    expect(item(rewritten).status).toBe('pass');
  });
});
