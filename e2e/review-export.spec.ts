/**
 * Review copies cannot become the archive copy (issue 13): 导出审阅稿 writes "…（审阅稿）.docx" and says
 * 含批注 and how many; Ctrl+E afterwards writes the clean document (no comments part) under its own
 * name; an export never replaces a file it did not write without asking, and 取消 is the default.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { encodeDraft } from '../core/draft';
import { parseTemplate } from '../core/templates/load';
import { sampleReport } from '../test/render/sample-report';
import { expect, test } from './fixtures';
import { exportedDocxPath } from './editor-helpers';

const SHOTS =
  process.env.GWDRAFT_SHOTS ?? fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const ZHANJIANG = new URL('../templates/zhanjiang-department.json', import.meta.url);

async function parts(path: string): Promise<string[]> {
  return Object.keys(unzipSync(new Uint8Array(await readFile(path))));
}

/** Past the 尚有必备内容未满足 warning if it shows before `next` (what the export shows otherwise). */
async function pastMissing(page: Page, next: Locator): Promise<void> {
  const missing = page.getByRole('dialog', { name: '尚有必备内容未满足' });
  await expect(missing.or(next)).toBeVisible();
  if (await missing.isVisible()) await missing.getByRole('button', { name: '继续导出' }).click();
}

test('导出审阅稿 then Ctrl+E: the clean file has no comments part, and nothing is replaced unasked', async ({
  app,
}) => {
  // Under Electron the first export asks through the native save dialog, which this spec does not stub.
  test.skip(app.mode === 'electron', 'export specs drive the loopback host');
  const { page } = app;
  const report = sampleReport(parseTemplate(JSON.parse(readFileSync(ZHANJIANG, 'utf8'))), {
    chars: 1500,
    comments: true,
  });
  const threads = report.comments.length;
  expect(threads).toBeGreaterThan(0);
  await writeFile(join(app.workspace, '送审.gwdraft'), encodeDraft(report, '送审.gwdraft'));
  await app.open('送审.gwdraft');
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();

  await page.getByRole('toolbar').getByRole('button', { name: '导出审阅稿' }).click();
  const reviewPath = await exportedDocxPath(page);
  const result = page.getByRole('status', { name: '导出结果' });
  await expect(result).toContainText(`含批注 ${threads} 条`);
  await page.screenshot({ path: join(SHOTS, 'export-review.png') });
  expect(basename(reviewPath)).toMatch(/（审阅稿）\.docx$/);
  expect(await parts(reviewPath)).toContain('word/comments.xml');
  await page.getByRole('button', { name: '关闭导出结果' }).click();

  // A file of the clean export's name is already there (from an earlier session): Ctrl+E asks first.
  const cleanPath = reviewPath.replace('（审阅稿）.docx', '.docx');
  await writeFile(cleanPath, 'an earlier export');
  const ask = page.getByRole('dialog', { name: '文件已存在' });
  await page.locator('body').press('Control+e');
  await pastMissing(page, ask);
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('button', { name: '取消' })).toBeFocused();
  await page.screenshot({ path: join(SHOTS, 'export-exists.png') });
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  expect(await readFile(cleanPath, 'utf8')).toBe('an earlier export');

  await page.locator('body').press('Control+e');
  await pastMissing(page, ask);
  await ask.getByRole('button', { name: '覆盖' }).click();
  await expect(result).toContainText('不含批注');
  expect(await result.getByTestId('export-path').textContent()).toBe(cleanPath);
  expect((await parts(cleanPath)).filter((p) => /comment/i.test(p))).toEqual([]);
  // The review copy is untouched by the clean export.
  expect(await parts(reviewPath)).toContain('word/comments.xml');

  // Review again, then Ctrl+E again: still clean, and the file this session wrote is rewritten unasked.
  await page.getByRole('button', { name: '关闭导出结果' }).click();
  await page.getByRole('toolbar').getByRole('button', { name: '导出审阅稿' }).click();
  await pastMissing(page, result);
  await expect(result).toContainText('含批注');
  await page.getByRole('button', { name: '关闭导出结果' }).click();
  await page.locator('body').press('Control+e');
  await pastMissing(page, result);
  await expect(result).toContainText('不含批注');
  expect((await parts(cleanPath)).filter((p) => /comment/i.test(p))).toEqual([]);
});
