/**
 * The last mile of GB/T 9704 as LibreOffice lays the export out, measured from `pdftotext -bbox` and
 * from the rules drawn on the page: the 版记 at the foot of an even last page (7.4.1, 7.5), no 署名
 * page without 正文 (7.3.5), 签发人 and the red line (7.2.6, 7.2.7), 附件说明 and 附件 (7.3.4, 7.3.7),
 * and no page ending with a heading.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_EXPORT_OPTIONS, type ExportOptions } from '../../core/api/contract';
import { exportDocx } from '../../core/docx/export/index';
import { paragraph } from '../../core/model/content';
import { numberBlocks, sectionLabel } from '../../core/model/numbering';
import type { Report } from '../../core/model/report';
import { createReport, headingOf } from '../../core/model/report-helpers';
import { findTemplate } from '../../templates/index';
import { sampleReport } from './sample-report';
import {
  horizontalRules,
  pngPages,
  removeRenders,
  renderDocx,
  renderSkipReason,
  type PdfLine,
  type RenderedPdf,
} from './render-pdf';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PNG_DIR = join(ROOT, 'test-results', 'gbt9704-layout');
const skip = renderSkipReason();
afterAll(removeRenders);

// The text block (版心): left 28 mm, right 184 mm, top 37 mm, bottom 262 mm.
const LEFT = 28;
const RIGHT = 184;
const BOTTOM = 262;
const PITCH = (579 / 1440) * 25.4;
const CHAR_16 = (16 * 25.4) / 72 - (5 / 1440) * 25.4; // one body character with the grid's spacing
const CHAR_14 = (14 * 25.4) / 72;

const isFooter = (l: PdfLine) => l.yMin > BOTTOM;
const squash = (s: string) => s.replace(/\s+/g, '');
const onPage = (pdf: RenderedPdf, page: number) => pdf.lines.filter((l) => l.page === page && !isFooter(l));
const footerOf = (pdf: RenderedPdf, page: number) => pdf.lines.find((l) => l.page === page && isFooter(l));

async function render(report: Report, templateId: string, opts: Partial<ExportOptions>, name: string) {
  const template = findTemplate(templateId)!;
  const { bytes, warnings } = await exportDocx(report, template, { ...DEFAULT_EXPORT_OPTIONS, ...opts });
  return { pdf: renderDocx(bytes, name), warnings };
}

/** One-line paragraphs before a statutory-five body whose five sections hold one line each. */
function shortReport(preambleLines: number): Report {
  const template = findTemplate('statutory-five')!;
  const r = createReport(template, { org: '某某县司法局', year: 2024 });
  r.meta.date = '2025-01-10';
  r.preamble = Array.from({ length: preambleLines }, (_, i) =>
    paragraph(`这是开头部分的第${i + 1}段，只占一行。`),
  );
  r.sections = r.sections.map((s) => ({ ...s, blocks: [paragraph('本部分工作按计划完成。')] }));
  return r;
}

const CC = [
  '市委依法治市办',
  '市司法局',
  '湛江市工业和信息化局',
  '吴川市人民政府办公室',
  '吴川市委办公室',
  '吴川市人大常委会办公室',
  '吴川市政协办公室',
];

describe.skipIf(skip !== null)('GB/T 9704 layout of the export, rendered by LibreOffice', () => {
  it(
    'puts the 版记 on an even last page, its last rule on the bottom edge of the text block, without page numbers (7.4.1, 7.5)',
    { timeout: 300_000 },
    async () => {
      const template = findTemplate('zhanjiang-department')!;
      let blankPages = 0;
      // two lengths: the body ends on an odd page in one and on an even page in the other
      for (const chars of [3000, 3800]) {
        const report = sampleReport(template, { chars });
        const { pdf } = await render(
          report,
          template.id,
          { footerBlock: true, cc: CC, printer: '吴川市科工贸和信息化局办公室' },
          `closing-${chars}`,
        );
        const last = pdf.pages;
        expect(last % 2, `${chars}: the 版记 page is even`).toBe(0);
        const closing = onPage(pdf, last);
        expect(squash(closing.map((l) => l.text).join(''))).toMatch(
          /^抄送：市委依法治市办.*2025年1月6日印发$/,
        );
        expect(footerOf(pdf, last), 'no page number on the 版记 page').toBeUndefined();
        // the page before is the signature's, or a blank page without a number
        if (onPage(pdf, last - 1).length === 0) {
          blankPages++;
          expect(footerOf(pdf, last - 1), 'no page number on the blank page').toBeUndefined();
        } else expect(footerOf(pdf, last - 1)?.text).toMatch(new RegExp(`^—\\s*${last - 1}\\s*—$`));

        // three rules as wide as the text block, 0.35 / 0.25 / 0.35 mm, the last on the bottom edge
        const rules = horizontalRules(pdf.pdf, last);
        expect(rules, JSON.stringify(rules)).toHaveLength(3);
        for (const r of rules) {
          expect(Math.abs(r.xMin - LEFT)).toBeLessThan(0.6);
          expect(Math.abs(r.xMax - RIGHT)).toBeLessThan(0.6);
        }
        expect(rules[0]!.thickness).toBeGreaterThan(rules[1]!.thickness);
        expect(rules[2]!.thickness).toBeGreaterThan(rules[1]!.thickness);
        expect(Math.abs(rules[2]!.y - BOTTOM), `last rule at ${rules[2]!.y} mm`).toBeLessThan(1);
        // 抄送 takes three lines between the first two rules, the wrapped ones aligned after "抄送："
        const printed = closing.at(-1)!;
        const cc = closing.filter((l) => l.yMax < printed.yMin);
        expect(cc).toHaveLength(3);
        expect(cc[0]!.yMin).toBeGreaterThan(rules[0]!.y);
        expect(cc[2]!.yMax).toBeLessThan(rules[1]!.y);
        expect(printed.yMin).toBeGreaterThan(rules[1]!.y);
        expect(Math.abs(cc[0]!.xMin - (LEFT + CHAR_14))).toBeLessThan(0.6);
        for (const l of cc.slice(1)) expect(Math.abs(l.xMin - (cc[0]!.xMin + 3 * CHAR_14))).toBeLessThan(0.6);
        // 印发机关 one character from the left, 印发日期 one from the right
        const printedLine = closing.filter((l) => Math.abs(l.yMin - printed.yMin) < 1);
        expect(Math.abs(Math.min(...printedLine.map((l) => l.xMin)) - (LEFT + CHAR_14))).toBeLessThan(0.6);
        expect(Math.abs(Math.max(...printedLine.map((l) => l.xMax)) - (RIGHT - CHAR_14))).toBeLessThan(0.8);
        if (chars === 3000) pngPages(pdf.pdf, PNG_DIR, `closing-${chars}`, last - 1, last);
      }
      expect(blankPages, 'one of the two needed a blank page before the 版记').toBe(1);
    },
  );

  it('keeps two lines of 正文 on the 署名 page, and says so (7.3.5)', { timeout: 300_000 }, async () => {
    // 8 and 9 opening lines end the body on line 21 or 22 of page 1: without the keeps page 2 would
    // hold only the 署名 and the date; with a seal, 6 leave no room for the seal's three lines
    for (const [lines, seal] of [
      [8, false],
      [9, false],
      [6, true],
    ] as const) {
      const { pdf, warnings } = await render(shortReport(lines), 'statutory-five', { seal }, `sig-${lines}`);
      const sigPage = pdf.lines.find((l) => squash(l.text) === '某某县司法局' && l.xMin > 100)!.page;
      const body = onPage(pdf, sigPage).filter((l) => l.xMin < 60);
      expect(
        body.length,
        `${lines}${seal ? ' sealed' : ''}: 正文 lines on the 署名 page`,
      ).toBeGreaterThanOrEqual(2);
      expect(warnings.some((w) => w.startsWith('为避免署名页只有署名和成文日期'))).toBe(true);
      if (lines === 8) pngPages(pdf.pdf, PNG_DIR, 'signature', 1, 2);
    }
  });

  it(
    'puts 签发人 one character from the right, 发文字号 one from the left, and a red line as wide as the text block (7.2)',
    { timeout: 300_000 },
    async () => {
      const template = findTemplate('zhanjiang-department')!;
      for (const signer of ['曹某某', undefined]) {
        const report = sampleReport(template, { chars: 600 });
        report.meta.docNumber = '吴科工贸〔2025〕3号';
        const { pdf } = await render(
          report,
          template.id,
          { header: true, ...(signer ? { signer } : {}) },
          `masthead-${signer ? 'signer' : 'plain'}`,
        );
        const rules = horizontalRules(pdf.pdf, 1);
        expect(rules, JSON.stringify(rules)).toHaveLength(1);
        expect(Math.abs(rules[0]!.xMin - LEFT)).toBeLessThan(0.6);
        expect(Math.abs(rules[0]!.xMax - RIGHT)).toBeLessThan(0.6);
        const numberLine = onPage(pdf, 1).filter((l) => squash(l.text).includes('吴科工贸〔2025〕3号'))[0]!;
        const sameLine = onPage(pdf, 1).filter((l) => Math.abs(l.yMin - numberLine.yMin) < 1);
        // the red line 4 mm below the 发文字号
        expect(Math.abs(rules[0]!.y - numberLine.yMax - 4)).toBeLessThan(1.5);
        if (signer) {
          expect(squash(sameLine.map((l) => l.text).join(''))).toContain('签发人：曹某某');
          expect(Math.abs(Math.min(...sameLine.map((l) => l.xMin)) - (LEFT + CHAR_16))).toBeLessThan(0.6);
          expect(Math.abs(Math.max(...sameLine.map((l) => l.xMax)) - (RIGHT - CHAR_16))).toBeLessThan(0.6);
          pngPages(pdf.pdf, PNG_DIR, 'masthead', 1, 1);
        } else {
          expect(Math.abs((numberLine.xMin + numberLine.xMax) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(1);
        }
      }
    },
  );

  it(
    'writes the 附件说明 under the body and each 附件 on a page of its own (7.3.4, 7.3.7)',
    { timeout: 300_000 },
    async () => {
      const report = shortReport(3);
      report.attachments = [
        {
          name: '某某县司法局2024年度行政执法数据统计表及行政复议应诉情况汇总',
          blocks: [paragraph('全年办理行政处罚案件42件，其中简易程序30件。'), paragraph('行政复议0件。')],
        },
        { name: '法治政府建设工作台账。' },
      ];
      const { pdf } = await render(report, 'statutory-five', {}, 'attachments');
      pngPages(pdf.pdf, PNG_DIR, 'attachments', 1, 3);
      // the keeps take the last section with the 附件说明 and the 署名 onto page 2
      const notePage = pdf.lines.find((l) => squash(l.text).startsWith('附件：1.'))!.page;
      const page = onPage(pdf, notePage);
      const noteAt = page.findIndex((l) => squash(l.text).startsWith('附件：1.'));
      expect(noteAt).toBeGreaterThanOrEqual(2);
      const [note, wrapped, second] = page.slice(noteAt);
      const lastBody = page[noteAt - 1]!;
      // one blank line under the body; two characters in
      expect(Math.round((note!.yMin - lastBody.yMin) / PITCH)).toBe(2);
      expect(Math.abs(note!.xMin - (LEFT + 2 * CHAR_16))).toBeLessThan(0.6);
      // "2." under "1.", after "附件："; the wrapped name under the name's first character; no
      // punctuation after a name
      expect(squash(second!.text)).toBe('2.法治政府建设工作台账');
      expect(Math.abs(second!.xMin - (note!.xMin + 3 * CHAR_16))).toBeLessThan(0.6);
      const numberWidth = wrapped!.xMin - second!.xMin;
      expect(numberWidth).toBeGreaterThan(3.5);
      expect(numberWidth).toBeLessThan(CHAR_16 + 0.6);
      // 署名 after the 附件说明, on the same page
      expect(page.some((l) => squash(l.text) === '某某县司法局' && l.yMin > second!.yMin)).toBe(true);
      // 附件1 on a new page: "附件1" top left on line 1, its title centred on line 3, then its text
      const page2 = onPage(pdf, notePage + 1);
      expect(squash(page2[0]!.text)).toBe('附件1');
      expect(Math.abs(page2[0]!.xMin - LEFT)).toBeLessThan(0.6);
      const line1 = page2[0]!.yMin;
      const title = page2[1]!;
      expect(squash(title.text)).toMatch(/^某某县司法局2024年度行政执法/);
      expect(Math.abs(title.yMin - (line1 + 2 * PITCH))).toBeLessThan(2);
      expect(Math.abs((title.xMin + title.xMax) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(1.5);
      expect(squash(page2.map((l) => l.text).join(''))).toContain('全年办理行政处罚案件42件');
      // the 附件 named but not attached gets no page
      expect(pdf.pages).toBe(notePage + 1);
    },
  );

  it('never ends a page with a heading', { timeout: 300_000 }, async () => {
    const template = findTemplate('zhanjiang-department')!;
    const report = sampleReport(template, { chars: 14_000 });
    const headings: string[] = [];
    report.sections.forEach((s, i) => {
      headings.push(squash(sectionLabel(i) + headingOf(s, report, template)));
      const labels = numberBlocks(s.blocks);
      s.blocks.forEach((b, k) => {
        if (b.type === 'heading')
          headings.push(squash((labels[k]!.label ?? '') + b.children.map((c) => c.text).join('')));
      });
    });
    const { pdf } = await render(report, template.id, {}, 'long');
    expect(pdf.pages).toBeGreaterThan(20);
    for (let page = 1; page < pdf.pages; page++) {
      const last = squash(onPage(pdf, page).at(-1)!.text);
      const heading = headings.find((h) => h.endsWith(last) || h.startsWith(last));
      expect(heading, `page ${page} ends with a heading line: ${last}`).toBeUndefined();
    }
  });
});
