import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { unzipSync } from 'fflate';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../core/api/contract';
import { exportDocx } from '../../core/docx/export';
import { shippedTemplates } from '../../templates/index';
import { sampleReport } from '../../test/render/sample-report';
import { exportFileName, exportTarget, optionsFor } from './export-target';

describe('export target', () => {
  it('names the file after the title, adding the year when the title lacks it', () => {
    expect(exportFileName('某局2024年法治政府建设年度报告', 2024)).toBe(
      '某局2024年法治政府建设年度报告.docx',
    );
    expect(exportFileName('某局法治政府建设年度报告', 2024)).toBe('某局法治政府建设年度报告（2024年）.docx');
    expect(exportFileName('a/b:c*?"<>|\u0001', 2025)).toBe('abc（2025年）.docx');
    expect(exportFileName('   ', 2025)).toBe('法治政府建设年度报告（2025年）.docx');
  });
  it('puts the export beside the draft, else in the workspace, else asks', () => {
    expect(exportTarget('/w/d/报告.gwdraft', '/w', 'T2024', 2024)).toBe('/w/d/T2024.docx');
    expect(exportTarget('C:\\u\\报告.gwdraft', null, 'T2024', 2024)).toBe('C:\\u\\T2024.docx');
    expect(exportTarget(null, '/w', 'T2024', 2024)).toBe('/w/T2024.docx');
    expect(exportTarget(null, null, 'T2024', 2024)).toBeNull();
  });
});

describe('clean and review exports', () => {
  it('the review copy has its own name, beside the clean one', () => {
    expect(exportFileName('某局2024年法治政府建设年度报告', 2024, 'review')).toBe(
      '某局2024年法治政府建设年度报告（审阅稿）.docx',
    );
    expect(exportTarget('/w/报告.gwdraft', '/w', 'T2024', 2024, 'review')).toBe('/w/T2024（审阅稿）.docx');
    expect(exportTarget('/w/报告.gwdraft', '/w', 'T2024', 2024, 'review')).not.toBe(
      exportTarget('/w/报告.gwdraft', '/w', 'T2024', 2024, 'clean'),
    );
  });

  it('after any sequence of review exports and option changes, a clean export has no comments part', async () => {
    const template = shippedTemplates()[0]!;
    const report = sampleReport(template, { chars: 400, comments: true });
    expect(report.comments.length).toBeGreaterThan(0);
    const step = fc.oneof(
      fc.constant({ op: 'review' as const }),
      fc.constant({ op: 'clean' as const }),
      // 导出选项 submitted with any options, comments included (an old settings file may hold them).
      fc.record({ op: fc.constant('options' as const), comments: fc.boolean(), header: fc.boolean() }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 8 }), async (steps) => {
        // The settings store, as use-export reads and writes it.
        let saved: ExportOptions = { ...DEFAULT_EXPORT_OPTIONS, comments: true };
        for (const s of steps) {
          if (s.op === 'options') saved = optionsFor('clean', { ...saved, ...s });
          const opts = optionsFor(s.op === 'review' ? 'review' : 'clean', saved);
          expect(opts.comments).toBe(s.op === 'review');
        }
        const clean = optionsFor('clean', saved);
        const { bytes } = await exportDocx(report, template, clean);
        const parts = Object.keys(unzipSync(bytes));
        expect(parts.filter((p) => /comments/i.test(p))).toEqual([]);
      }),
      { numRuns: 12 },
    );
    // The same report as a review copy does carry them, so the property above is not vacuous.
    const review = await exportDocx(report, template, optionsFor('review', DEFAULT_EXPORT_OPTIONS));
    expect(Object.keys(unzipSync(review.bytes))).toContain('word/comments.xml');
  }, 60_000);
});
