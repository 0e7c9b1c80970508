/**
 * The file in hand and 打印 (issue 13): the window title and the status bar name the file with the
 * unsaved dot, 已保存, 字数 and 第 N 页 / 共 M 页 from the preview's pagination; the page zooms
 * 50–200 %; notices stack in one corner, at most three, never over the page; Ctrl+P prints exactly the
 * preview's A4 pages — printed to PDF here (print CSS), as many pages as LibreOffice renders of the export.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, sectionBox, test } from './fixtures';
import { exportedDocxPath, newZhanjiangReport } from './editor-helpers';
import { writeLongFixture } from './checklist-fixture';
import { renderDocx, renderSkipReason } from '../test/render/render-pdf';

test('title and status bar name the file; 字数, 已保存 and the page zoom', async ({ app }) => {
  const { page } = app;
  await newZhanjiangReport(page, '某市司法局');
  await expect(page).toHaveTitle('未命名（未保存） — 公文起草助手');
  const status = page.getByRole('contentinfo', { name: '状态栏' });
  await expect(status.getByTestId('status-file')).toHaveText('未命名（未保存）');
  await sectionBox(page, '一、').click();
  await page.keyboard.insertText('我局组织干部集中学习。');
  await expect(page).toHaveTitle('● 未命名（未保存） — 公文起草助手');
  await expect(status.getByTestId('status-count')).toHaveText(/^1\d 字$/);
  await expect(status.getByTestId('status-pages')).toHaveText('第 1 页 / 共 1 页', { timeout: 20_000 });
  await app.saveAs('状态栏');
  await expect(page).toHaveTitle('状态栏.gwdraft — 公文起草助手');
  await expect(status.getByTestId('status-file')).toHaveText('状态栏.gwdraft');
  await expect(status.getByTestId('status-saved')).toHaveText(/^已保存 \d\d:\d\d$/);

  // Zoom: Ctrl+= and Ctrl+wheel scale the page only, within 50–200 %.
  const zoomOf = () =>
    page.locator('.gw-page').evaluate((el) => Number(getComputedStyle(el).getPropertyValue('zoom')));
  await page.keyboard.press('Control+Equal');
  await expect(status.getByTestId('status-zoom')).toHaveText('110%');
  expect(await zoomOf()).toBeCloseTo(1.1);
  await page.locator('.gw-centre').hover();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 100);
  await page.mouse.wheel(0, 100);
  await page.keyboard.up('Control');
  await expect(status.getByTestId('status-zoom')).toHaveText('90%');
  for (let i = 0; i < 8; i++) await page.keyboard.press('Control+Minus');
  await expect(status.getByTestId('status-zoom')).toHaveText('50%');
  await status.getByTestId('status-zoom').click();
  await expect(status.getByTestId('status-zoom')).toHaveText('100%');
  // The toolbar keeps its size.
  expect(
    await page.getByRole('toolbar').evaluate((el) => getComputedStyle(el).getPropertyValue('zoom')),
  ).toBe('1');
});

test('notices: errors stack in one corner, at most three, never over the page; information fades', async ({
  app,
}) => {
  const { page } = app;
  await newZhanjiangReport(page, '某市司法局');
  await writeFile(join(app.workspace, '坏文件.gwdraft'), '{ not json');
  for (let i = 0; i < 4; i++) {
    await app.open('坏文件.gwdraft');
    await expect(page.getByRole('alert').locator('.gw-notice')).toHaveCount(Math.min(i + 1, 3));
  }
  await expect(page.locator('.gw-notice-more')).toContainText('另有 1 条');
  const pageBox = (await page.locator('.gw-page').boundingBox())!;
  for (const n of await page.locator('.gw-notice').all()) {
    const b = (await n.boundingBox())!;
    expect(b.x, 'a notice over the page').toBeGreaterThanOrEqual(pageBox.x + pageBox.width);
  }
  // Errors stay until dismissed.
  await page.getByRole('alert').getByRole('button', { name: '关闭提示' }).first().click();
  await expect(page.getByRole('alert').locator('.gw-notice')).toHaveCount(3);
  await expect(page.locator('.gw-notice-more')).toHaveCount(0);
  // Information fades by itself.
  await page.keyboard.press('Control+s');
  const saved = page.getByRole('status').filter({ hasText: '已保存：' });
  await expect(saved.or(page.getByRole('dialog', { name: '另存为' }))).toBeVisible();
  if (await page.getByRole('dialog', { name: '另存为' }).isVisible()) {
    await page.getByRole('dialog', { name: '另存为' }).getByLabel('文件名').fill('提示');
    await page.getByRole('dialog', { name: '另存为' }).getByRole('button', { name: /保存/ }).click();
  }
  // The newest three show (the 已保存 information and two errors), the oldest error waits.
  await expect(page.locator('.gw-notice-info')).toHaveCount(1);
  await expect(page.getByRole('alert').locator('.gw-notice')).toHaveCount(2);
  await expect(page.locator('.gw-notice-info')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByRole('alert').locator('.gw-notice')).toHaveCount(3);
});

test('打印: Ctrl+P prints the preview’s A4 pages — as many as LibreOffice renders of the export', async ({
  app,
}) => {
  const noSoffice = renderSkipReason();
  test.skip(noSoffice !== null, noSoffice ?? '');
  test.skip(app.mode === 'electron', 'page.pdf and the workspace export drive the loopback host');
  test.setTimeout(180_000);
  const { page } = app;
  await writeLongFixture(app.workspace, '长报告.gwdraft', 9000);
  await app.open('长报告.gwdraft');
  await page.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
  // The status bar counts the same pages as the preview.
  const pagesText = page.getByTestId('status-pages');
  await expect(pagesText).toHaveText(/共 \d+ 页/, { timeout: 60_000 });
  const counted = Number((await pagesText.textContent())!.match(/共 (\d+) 页/)![1]);

  await page.keyboard.press('Control+p');
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(preview.getByRole('status')).toContainText(/共 \d+ 页/, { timeout: 60_000 });
  const shown = Number((await preview.getByRole('status').textContent())!.match(/共 (\d+) 页/)![1]);
  await expect.poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect(preview.getByRole('button', { name: '打印' })).toBeEnabled();

  // What the print dialog gets: the print CSS over the open preview, printed to PDF.
  const dir = mkdtempSync(join(tmpdir(), 'gwdraft-print-'));
  const pdfPath = join(dir, 'printed.pdf');
  writeFileSync(pdfPath, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const info = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' });
  const printedPages = Number(info.match(/Pages:\s+(\d+)/)![1]);
  expect(info).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  const sheets = text
    .split('\f')
    .map((s) => s.replace(/\s+/g, ''))
    .filter((s) => s !== '');
  expect(sheets[0]).toContain('—1—');
  expect(sheets[sheets.length - 1]).toContain(`—${shown}—`);
  expect(sheets[0]).not.toContain('打印预览');
  await preview.getByRole('button', { name: '关闭预览' }).click();

  await page.locator('body').press('Control+e');
  const path = await exportedDocxPath(page);
  const pdf = renderDocx(new Uint8Array(await readFile(path)), 'e2e-print');
  expect(shown).toBeGreaterThan(10);
  expect(printedPages).toBe(shown);
  expect(printedPages).toBe(pdf.pages);
  expect(counted).toBe(shown);
});
