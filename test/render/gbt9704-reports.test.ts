/**
 * GB/T 9704 on real reports as LibreOffice prints them: a department's (the seed's unit), a joint
 * 署名 (中共汉寿县委 / 汉寿县人民政府) and a 乡镇's with a 红头, imported from the corpus and exported.
 * Measured from `pdftotext -bbox`: the text block (28 mm from the left, 37 mm from the top, 156 mm
 * wide), 22 lines × 28 characters on a full page, "— n —" on the outer side 7 mm under the text block,
 * the title at 2号 (22 pt) centred, and the 署名 2 characters from the right with the date starting 2
 * characters right of the 署名's first character (7.3.5.2) — where the date's digits print at the
 * width the face and the digit spacing give them, not at half an em.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../../cli/main';
import { DEFAULT_EXPORT_OPTIONS } from '../../core/api/contract';
import { parseDraft } from '../../core/draft/parse';
import { exportDocx } from '../../core/docx/export/index';
import { formatChineseDate, resolvedSignature } from '../../core/model/report-helpers';
import { signatureOrgans } from '../../core/model/signature-organs';
import { templateOf } from '../../templates/index';
import { pngPages, removeRenders, renderDocx, renderSkipReason, type PdfLine } from './render-pdf';

const HERE = dirname(fileURLToPath(import.meta.url));
const CORPUS = join(HERE, '../fixtures/corpus');
const PNG_DIR = join(HERE, '..', '..', 'test-results', 'gbt9704-reports');
const skip = renderSkipReason();
const dir = mkdtempSync(join(tmpdir(), 'gwdraft-gbt9704-'));
afterAll(() => {
  removeRenders();
  rmSync(dir, { recursive: true, force: true });
});

const LEFT = 28;
const RIGHT = 184;
const TOP = 37;
const BOTTOM = 262;
const CHAR = (16 * 25.4) / 72 - (5 / 1440) * 25.4; // a body character with the grid's spacing
const CHAR_14 = (14 * 25.4) / 72;
const PITCH = (579 / 1440) * 25.4;
const squash = (s: string) => s.replace(/\s+/g, '');

const REPORTS = [
  { file: '01-zhanjiang-water-bureau-2024.md', header: false },
  { file: '10-joint-county-party-government-2024.txt', header: false },
  { file: '08-township-standard-2024.txt', header: true },
] as const;

describe.skipIf(skip !== null)('GB/T 9704 on corpus reports, rendered by LibreOffice', () => {
  for (const { file, header } of REPORTS)
    it(file, { timeout: 300_000 }, async () => {
      const draft = join(dir, `${file}.gwdraft`);
      expect(await main(['import', join(CORPUS, file), '-o', draft])).toBe(0);
      const report = parseDraft(readFileSync(draft, 'utf8'), { fileName: 'r.gwdraft' });
      const { bytes } = await exportDocx(report, templateOf(report), { ...DEFAULT_EXPORT_OPTIONS, header });
      const pdf = renderDocx(bytes, file.slice(0, 2));
      pngPages(pdf.pdf, PNG_DIR, file.slice(0, 2), 1, pdf.pages);
      const body = (page: number) => pdf.lines.filter((l) => l.page === page && l.yMin < BOTTOM);
      const footer = (page: number) => pdf.lines.find((l) => l.page === page && l.yMin >= BOTTOM);

      // the text block: lines flush with its left edge, none past its right edge but a hung mark
      const all = pdf.lines.filter((l) => l.yMin < BOTTOM);
      expect(Math.min(...all.map((l) => l.xMin)) - LEFT).toBeGreaterThan(-0.6);
      for (const l of all) expect(l.xMax, l.text).toBeLessThan(RIGHT + (16 * 25.4) / 72 + 0.3);
      expect(all.filter((l) => Math.abs(l.xMin - LEFT) < 0.6).length).toBeGreaterThan(10);
      // page 2 on: the first line on the first grid line under the 37 mm top margin
      for (let page = 2; page <= pdf.pages; page++) {
        const first = body(page)[0];
        if (first) expect(first.yMin - TOP, `top of page ${page}`).toBeGreaterThan(0);
        if (first) expect(first.yMin - TOP, `top of page ${page}`).toBeLessThan(PITCH / 2);
      }
      // 28 characters on a full line of 正文 (flush with both edges, all Chinese)
      const full = all.filter(
        (l) =>
          Math.abs(l.xMin - LEFT) < 0.8 &&
          Math.abs(l.xMax - RIGHT) < 0.8 &&
          !/[\x20-\x7e]/.test(squash(l.text)),
      );
      expect(full.length).toBeGreaterThan(2);
      for (const l of full) expect([...squash(l.text)].length, l.text).toBe(28);
      // 22 lines on the grid at most, and full pages but the one before the 署名's (its last paragraph
      // and heading go with the 署名) and one ending before a heading kept with its text
      for (let page = 1; page <= pdf.pages; page++) {
        const lines = body(page);
        expect(Math.round((lines.at(-1)!.yMin - lines[0]!.yMin) / PITCH) + 1).toBeLessThanOrEqual(22);
        if (page >= 2 && page < pdf.pages - 1)
          expect(lines.length, `page ${page}`).toBeGreaterThanOrEqual(21);
      }

      // page numbers "— n —": odd pages on the right, even on the left, one 4号 character in
      for (let page = 1; page <= pdf.pages; page++) {
        const n = footer(page)!;
        expect(n.text, `page ${page}`).toMatch(new RegExp(`^—\\s*${page}\\s*—$`));
        if (page % 2) expect(Math.abs(n.xMax - (RIGHT - CHAR_14))).toBeLessThan(1);
        else expect(Math.abs(n.xMin - (LEFT + CHAR_14))).toBeLessThan(1);
        expect(Math.abs((n.yMin + n.yMax) / 2 - (BOTTOM + 7))).toBeLessThan(1.5);
      }

      // the title: 2号 (22 pt, 7.76 mm a character), centred; its first line the first on page 1
      // (under the 红头 when there is one)
      const titleLine = pdf.lines.find((l) => l.page === 1 && squash(l.text).includes('法治政府建设'))!;
      // measured on a title line of Chinese only (digits print narrower): the line above, when the
      // title is broken over two (the organ, then the rest)
      const above = pdf.lines.find(
        (l) => l.page === 1 && l.yMin < titleLine.yMin && titleLine.yMin - l.yMin < 1.6 * PITCH,
      );
      const cjk = [above, titleLine].find((l) => l && !/[\x21-\x7e]/.test(l.text))!;
      expect(cjk, 'a title line of Chinese only').toBeDefined();
      const perChar = (cjk.xMax - cjk.xMin) / [...squash(cjk.text)].length;
      expect(perChar).toBeGreaterThan(7.5);
      expect(perChar).toBeLessThan(8.1);
      for (const l of [cjk, titleLine])
        expect(Math.abs((l.xMin + l.xMax) / 2 - (LEFT + RIGHT) / 2), l.text).toBeLessThan(1);
      if (header) expect(squash(body(1)[0]!.text)).toBe(report.meta.org);

      // 署名 and 成文日期 (7.3.5.2): every organ ending where the others end, at least 2 characters
      // from the right; the date on the next line starting 2 characters right of the widest organ's
      // first character, and keeping 2 characters from the right
      const organs = signatureOrgans(resolvedSignature(report));
      const date = formatChineseDate(report.meta.date!);
      const last = pdf.pages;
      const lineOf = (text: string): PdfLine =>
        pdf.lines.filter((l) => l.page === last && squash(l.text) === squash(text)).at(-1)!;
      const sig = organs.map(lineOf);
      const dateLine = lineOf(date);
      expect(sig.every(Boolean) && dateLine, `${organs.join('/')} ${date} on page ${last}`).toBeTruthy();
      for (const l of sig) {
        expect(Math.abs(l.xMax - sig[0]!.xMax)).toBeLessThan(0.6);
        expect(l.xMax).toBeLessThan(RIGHT - 2 * CHAR + 0.6);
      }
      const start = Math.min(...sig.map((l) => l.xMin));
      expect(dateLine.xMin - start, 'date starts 2 characters right of the 署名').toBeGreaterThan(
        2 * CHAR - 0.8,
      );
      expect(dateLine.xMin - start, 'date starts 2 characters right of the 署名').toBeLessThan(
        2 * CHAR + 0.8,
      );
      expect(dateLine.xMax).toBeLessThan(RIGHT - 2 * CHAR + 1.5);
      expect(Math.round((dateLine.yMin - sig.at(-1)!.yMin) / PITCH)).toBe(1);
    });
});
