/**
 * The exported DOCX read back by the project's own DOCX importer: every section's text, the sub-heading
 * levels, the 署名 and date, and the comment threads (replies, resolved, authors) come back.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '../../api/contract';
import { blockText, paragraph } from '../../model/content';
import { findTemplate } from '../../../templates/index';
import { sampleReport } from '../../../test/render/sample-report';
import { importDocx, readDocxThreads } from '../import/index';
import { exportDocx } from './export-docx';

const template = findTemplate('zhanjiang-department')!;

describe('export → DOCX import', () => {
  it('brings back the sections, their blocks and the metadata', async () => {
    const report = sampleReport(template, { chars: 4000 });
    const { bytes } = await exportDocx(report, template, DEFAULT_EXPORT_OPTIONS);
    const back = importDocx(bytes, { template, fallbackYear: 2023 }).report;
    expect(back.meta.org).toBe(report.meta.org);
    expect(back.meta.year).toBe(2024);
    expect(back.meta.date).toBe('2025-01-06');
    expect(back.sections.map((s) => s.id)).toEqual(report.sections.map((s) => s.id));
    report.sections.forEach((s, i) => {
      const got = back.sections[i]!.blocks.filter((b) => blockText(b).trim());
      expect(got.map((b) => (b.type === 'heading' ? `h${b.level}:` : '') + blockText(b))).toEqual(
        s.blocks.map((b) => (b.type === 'heading' ? `h${b.level}:` : '') + blockText(b)),
      );
    });
  });

  it('brings back the comment threads with replies, resolved state and authors', async () => {
    const report = sampleReport(template, { chars: 2000, comments: true });
    const { bytes } = await exportDocx(report, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const threads = readDocxThreads(bytes);
    expect(threads).toHaveLength(3);
    const [t1, t2] = threads;
    expect(t1!.comments.map((c) => [c.author, c.unit, c.initials, c.text])).toEqual([
      ['李审阅', '市司法局', 'LSY', '请补充学法的具体次数。'],
      ['王起草', undefined, 'WQC', '已补充，见第二段。'],
    ]);
    expect(t1!.anchor.exact).toBe(report.comments[0]!.anchor.exact);
    expect(t1!.resolved).toBe(false);
    expect(t2!.resolved).toBe(true);
  });

  it('brings back the 附件 (names and text) and the 署名 past the 附件 pages and the 版记', async () => {
    const report = sampleReport(template, { chars: 1500 });
    report.attachments = [
      {
        name: '2024年度行政执法数据统计表',
        blocks: [paragraph('全年办理案件42件。'), paragraph('行政复议0件。')],
      },
      { name: '法治政府建设工作台账' },
    ];
    const { bytes } = await exportDocx(report, template, {
      ...DEFAULT_EXPORT_OPTIONS,
      header: true,
      footerBlock: true,
      cc: ['市司法局'],
    });
    const back = importDocx(bytes, { template, fallbackYear: 2023 }).report;
    expect(back.meta.date).toBe('2025-01-06');
    expect(back.attachments).toEqual([
      {
        name: '2024年度行政执法数据统计表',
        blocks: [paragraph('全年办理案件42件。'), paragraph('行政复议0件。')],
      },
      { name: '法治政府建设工作台账' },
    ]);
    const last = back.sections.at(-1)!.blocks.map(blockText).join('');
    expect(last).not.toMatch(/附件|抄送|印发/);
  });
});
