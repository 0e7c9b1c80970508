/**
 * The exported DOCX as LibreOffice lays it out: 22 lines per full page, 28 characters per full line,
 * "— N —" odd right / even left with the dash 7 mm below the text block, no text lost.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_EXPORT_OPTIONS } from '../../core/api/contract';
import { blockText } from '../../core/model/content';
import { numberBlocks } from '../../core/model/numbering';
import { exportDocx } from '../../core/docx/export/index';
import { findTemplate } from '../../templates/index';
import { sampleReport } from './sample-report';
import {
  pngPages,
  removeRenders,
  renderDocx,
  renderSkipReason,
  resaveDocx,
  type PdfLine,
} from './render-pdf';
import { strFromU8, unzipSync } from 'fflate';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const skip = renderSkipReason();
afterAll(removeRenders);
if (skip) console.warn(skip);
const template = findTemplate('zhanjiang-department')!;

// The text block (版心): left 28 mm, right 210 − 26 = 184 mm, bottom 37 + 225 = 262 mm.
const LEFT = 28;
const RIGHT = 184;
const BOTTOM = 262;
const CHAR_14PT = (14 * 25.4) / 72;

const isFooter = (l: PdfLine) => l.yMin > BOTTOM;
const squash = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(skip !== null)('exported DOCX rendered by LibreOffice', () => {
  it(
    'lays out 22 lines × 28 characters with page numbers where GB/T 9704 puts them',
    { timeout: 180_000 },
    async () => {
      const report = sampleReport(template, { chars: 6000 });
      const { bytes } = await exportDocx(report, template, DEFAULT_EXPORT_OPTIONS);
      const pdf = renderDocx(bytes);
      expect(pdf.pages).toBeGreaterThanOrEqual(8);
      // pages 1 and 2 as pictures for a person to look at (test-results/ is not committed)
      pngPages(pdf.pdf, join(ROOT, 'test-results', 'export-render'), 'page');

      // 22 lines on every full page; page 1 has one blank line under the title (7.3.2), so 21 lines of text
      // whose last sits on the 22nd line of the grid. A heading is kept with its text: a page whose next
      // begins with a heading may end one line early, and the page before the 署名's may end up to three
      // early (two lines of 正文 and a heading go with the 署名, 7.3.5).
      const PITCH = (579 / 1440) * 25.4;
      const HEADING = /^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+\.|（\d+）)/;
      for (let page = 1; page < pdf.pages; page++) {
        const body = pdf.lines.filter((l) => l.page === page && !isFooter(l));
        const next = pdf.lines.find((l) => l.page === page + 1 && !isFooter(l));
        const short =
          page === pdf.pages - 1 ? 3 : next !== undefined && HEADING.test(squash(next.text)) ? 1 : 0;
        const full = page === 1 ? 21 : 22;
        expect(body.length, `lines on page ${page}`).toBeGreaterThanOrEqual(full - short);
        expect(body.length, `lines on page ${page}`).toBeLessThanOrEqual(full);
        expect(Math.round((body.at(-1)!.yMin - body[0]!.yMin) / PITCH), `grid lines on page ${page}`).toBe(
          body.length - (page === 1 ? 0 : 1),
        );
      }

      // full lines: flush with both edges of the text block, no half-width characters in them
      const full = pdf.lines.filter(
        (l) =>
          !isFooter(l) &&
          Math.abs(l.xMin - LEFT) < 0.8 &&
          Math.abs(l.xMax - RIGHT) < 0.8 &&
          !/[\x20-\x7e]/.test(squash(l.text)),
      );
      expect(full.length).toBeGreaterThan(30);
      for (const l of full) expect([...squash(l.text)].length, l.text).toBe(28);

      const footer = (page: number) => pdf.lines.find((l) => l.page === page && isFooter(l))!;
      const p1 = footer(1);
      const p2 = footer(2);
      expect(p1.text).toMatch(/^—\s*1\s*—$/);
      expect(p2.text).toMatch(/^—\s*2\s*—$/);
      // odd: right, one 4号 character in; even: left, one character in
      expect(Math.abs(p1.xMax - (RIGHT - CHAR_14PT))).toBeLessThan(1);
      expect(Math.abs(p2.xMin - (LEFT + CHAR_14PT))).toBeLessThan(1);
      // the dash line 7 mm below the text block (middle of the number's line)
      expect(Math.abs((p1.yMin + p1.yMax) / 2 - (BOTTOM + 7))).toBeLessThan(1.5);

      // the title is centred on the text block
      const title = pdf.lines.filter((l) => l.page === 1)[0]!;
      expect(Math.abs((title.xMin + title.xMax) / 2 - (LEFT + RIGHT) / 2)).toBeLessThan(1);

      // nothing lost: every heading and paragraph is in the PDF, in order. LibreOffice 7.4 hides a
      // punctuation mark hung past the end of a justified line (Word and WPS print it in the margin; the
      // DOCX carries it, see export-docx.test.ts), so a mark may be missing only right before a line break.
      const all = pdf.lines
        .filter((l) => !isFooter(l))
        .map((l) => squash(l.text))
        .join('\n');
      let at = 0;
      const expectNext = (s: string) => {
        const chars = [...squash(s)].map((ch) => {
          const e = ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
          return /[，。、；：！？]/.test(ch) ? `(?:${e}|(?=\n))` : e;
        });
        const re = new RegExp(chars.join('\n?'), 'gu');
        re.lastIndex = at;
        const m = re.exec(all);
        expect(m, `text missing or out of order: ${s.slice(0, 30)}`).not.toBeNull();
        at = m!.index + m![0].length;
      };
      for (const b of report.preamble) expectNext(blockText(b));
      report.sections.forEach((s) => {
        const labels = numberBlocks(s.blocks);
        s.blocks.forEach((b, i) => expectNext((labels[i]!.label ?? '') + blockText(b)));
      });
      expectNext('吴川市科工贸和信息化局');
      expectNext('2025年1月6日');
    },
  );

  it(
    'opens hostile text: control characters, lone surrogates, CJK ext B, RTL marks, a 100,000-char paragraph',
    { timeout: 300_000 },
    async () => {
      const report = sampleReport(template, { chars: 600 });
      const huge = '法治政府建设'.repeat(16_667).slice(0, 100_000);
      report.sections[0]!.blocks = [
        {
          type: 'paragraph',
          children: [{ text: '控制\u0001\u0008\u001F字符\uDFFF\uD800孤立𠀀𪚥\u200F\u202Eرسالة\u202C结束' }],
        },
        { type: 'paragraph', children: [{ text: huge }] },
      ];
      const { bytes, warnings } = await exportDocx(report, template, DEFAULT_EXPORT_OPTIONS);
      expect(warnings[0]).toMatch(/已删除 5 个/);
      const pdf = renderDocx(bytes, 'hostile');
      // 100,000 characters at 616 a page are over 160 pages
      expect(pdf.pages).toBeGreaterThan(160);
      const first = squash(
        pdf.lines
          .filter((l) => l.page <= 2)
          .map((l) => l.text)
          .join(''),
      );
      expect(first).toContain('结束');
      expect(first).toContain('控制字符孤立');
    },
  );

  it(
    'keeps the Word comments when LibreOffice opens and saves the review copy',
    { timeout: 180_000 },
    async () => {
      const report = sampleReport(template, { chars: 1500, comments: true });
      const { bytes } = await exportDocx(report, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
      const files = unzipSync(resaveDocx(bytes));
      const comments = strFromU8(files['word/comments.xml']!);
      const authors = [...comments.matchAll(/w:author="([^"]*)"/g)].map((m) => m[1]);
      // the reviewer's unit is kept in the name Word shows (张三（市司法局）)
      expect(authors.sort()).toEqual(['李审阅', '李审阅', '李审阅（市司法局）', '王起草']);
      expect(comments).toContain('请补充学法的具体次数。');
      expect(comments).toContain('已补充，见第二段。');
      const doc = strFromU8(files['word/document.xml']!);
      expect(doc.match(/<w:commentRangeStart /g)?.length).toBe(4);
      // LibreOffice 7.4 keeps the resolved state; it does not write reply links back
      expect(strFromU8(files['word/commentsExtended.xml']!)).toContain('w15:done="1"');
    },
  );
});
