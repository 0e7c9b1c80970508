/**
 * A clerk's first hour (the clerk walk-through): importing last year's report says what happened and
 * where the rest is, a file that fails to open says why in Chinese, and its error does not stay up over
 * the next document, covering the side panel and the buttons of the next dialog.
 */
import { readFileSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeDraft } from '../core/draft';
import { createReport } from '../core/model/report-helpers';
import { parseTemplate } from '../core/templates/load';
import { expect, newReport, sectionBox, test } from './fixtures';

const SHOTS =
  process.env.GWDRAFT_SHOTS ?? fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const TOWNSHIP_TEMPLATE = new URL('../templates/township.json', import.meta.url);
const TOWNSHIP = fileURLToPath(
  new URL('../test/fixtures/corpus/08-township-standard-2024.txt', import.meta.url),
);

test('importing last year’s .txt: one line says what happened and where the notes are; 查看 opens them', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await copyFile(TOWNSHIP, join(app.workspace, '去年报告.txt'));
  await app.open('去年报告.txt');
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();

  // The first note (which file) leads, not the last heading's mapping on its own.
  const line = page.getByRole('status').filter({ hasText: '已从 去年报告.txt 导入。' });
  await expect(line).toBeVisible();
  await expect(line).toContainText(/另有 \d+ 条导入说明/);
  await expect(line).not.toContainText('→');
  await page.screenshot({ path: join(SHOTS, 'first-use-import-line.png') });

  await line.getByRole('button', { name: '查看导入说明' }).click();
  await expect(page.getByRole('tab', { name: '指引' })).toHaveAttribute('aria-selected', 'true');
  const notes = page.locator('details.gw-import-notes');
  await expect(notes).toHaveAttribute('open', '');
  await expect(notes.getByRole('listitem').filter({ hasText: '→' }).first()).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'first-use-import-notes.png') });
});

test('a file that fails to open: a Chinese reason, and the error goes once another file opens', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await writeFile(join(app.workspace, '坏文件.gwdraft'), 'this is not a draft');
  await copyFile(TOWNSHIP, join(app.workspace, '去年报告.txt'));

  await app.open('坏文件.gwdraft');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('坏文件.gwdraft');
  await expect(alert).toContainText('文件已损坏，或不是本软件保存的草稿');
  // V8's parser message is English: not in the clerk's line.
  await expect(alert).not.toContainText(/Unexpected|JSON/);

  await app.open('去年报告.txt');
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '已从 去年报告.txt 导入。' })).toBeVisible();
  await expect(page.locator('.gw-notice-error')).toHaveCount(0);

  // Nothing left over the next dialog's buttons either.
  await page.getByRole('toolbar').getByRole('button', { name: '新建', exact: true }).click();
  const unsaved = page.getByRole('dialog', { name: '保存修改吗' });
  if (await unsaved.isVisible()) await unsaved.getByRole('button', { name: '不保存' }).click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await expect(dialog.getByRole('button', { name: '取消' })).toBeVisible();
  await dialog.getByRole('button', { name: '取消' }).click();
});

test('the start screen fits the window: no scroll bar with nothing to scroll', async ({ app }) => {
  const { page } = app;
  for (const [width, height] of [
    [1366, 768],
    [1024, 576],
  ] as const) {
    await page.setViewportSize({ width, height });
    await expect(page.getByRole('button', { name: '新建', exact: true })).toBeVisible();
    const extra = await page.evaluate(
      () => document.scrollingElement!.scrollHeight - document.scrollingElement!.clientHeight,
    );
    expect(extra, `the start screen scrolls at ${width}×${height}`).toBe(0);
  }
});

test('以去年报告为基础 from last year’s .txt (the published page, copied): this year’s report, text carried', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await copyFile(TOWNSHIP, join(app.workspace, '去年报告.txt'));
  await page.getByRole('button', { name: '新建', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  const pick = () => dialog.getByRole('button', { name: '以去年报告为基础…' }).click();
  if (app.mode === 'chromium') {
    // The workspace list: the .txt is offered beside drafts and Word files.
    await pick();
    await page
      .getByRole('dialog', { name: '以去年报告为基础' })
      .getByRole('list', { name: '去年的报告' })
      .getByRole('button', { name: /^去年报告\.txt/ })
      .click();
  } else await app.pickFile('去年报告.txt', pick);
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
  await expect(
    page.getByRole('status').filter({ hasText: '已以 2024 年报告（去年报告.txt）' }),
  ).toBeVisible();
  await expect(page.getByLabel('年度', { exact: true })).toHaveValue('2025');
  await expect(page.locator('.gw-carried').first()).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'first-use-roll-over-txt.png') });
});

test('a draft cut short, with its .bak beside it: the error offers 历史版本, and the text comes back', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  // Read as data, as the other specs do: Playwright's loader wants an import attribute on JSON modules.
  const township = parseTemplate(JSON.parse(readFileSync(TOWNSHIP_TEMPLATE, 'utf8')));
  const good = new TextDecoder().decode(
    encodeDraft(createReport(township, { org: '霞山区解放街道办事处', year: 2026 }), '年度报告.gwdraft'),
  );
  await writeFile(join(app.workspace, '年度报告.gwdraft.bak'), good);
  // Cut short as a save interrupted by a power cut leaves it.
  await writeFile(join(app.workspace, '年度报告.gwdraft'), good.slice(0, Math.floor(good.length / 2)));

  await app.open('年度报告.gwdraft');
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('文件不完整');
  await expect(alert).toContainText('此文件有较早的版本可以找回');
  await page.screenshot({ path: join(SHOTS, 'first-use-truncated.png') });
  await alert.getByRole('button', { name: '历史版本' }).click();
  const history = page.getByRole('dialog', { name: '历史版本' });
  await history.getByRole('list', { name: '历史版本列表' }).getByRole('button').first().click();
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
  await expect(page.getByLabel('机关', { exact: true })).toHaveValue('霞山区解放街道办事处');
});

test('检查清单: an item that does not apply (不适用) offers no 人工确认, one that needs a look does', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await newReport(page, '吴川市司法局');
  await page.getByRole('tab', { name: '检查清单' }).click();
  const panel = page.getByRole('complementary', { name: '检查清单' });
  // A report not started from last year's: 不照搬去年内容 has nothing to compare, so nothing to confirm.
  const na = panel
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^不照搬去年内容：/ }) });
  await expect(na).toContainText('不适用');
  await expect(na.getByRole('button', { name: '人工确认…' })).toHaveCount(0);
  const open = panel
    .getByRole('listitem')
    .filter({ has: page.getByRole('button', { name: /^成文日期齐全有效：/ }) });
  await expect(open.getByRole('button', { name: '人工确认…' })).toBeVisible();
});

test('Tab at a paragraph’s start (Word’s indent) keeps the text in its section and says why', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await newReport(page, '吴川市司法局');
  const first = sectionBox(page, '一、');
  await first.click();
  await page.keyboard.insertText('第一段。');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.insertText('缩进后的第二段。');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.insertText('再写一句。');
  // Before, Tab left for the next section and these words landed in 二.
  await expect(first).toContainText('缩进后的第二段。再写一句。');
  await expect(sectionBox(page, '二、')).not.toContainText('缩进后的第二段');
  await expect(page.getByRole('status').filter({ hasText: '段首缩进两字由软件自动排版' })).toBeVisible();
});
