/**
 * No lost work (issue 13): an autosave is offered only while it is newer than its file, opening a file
 * that has one says so, 历史版本 opens any version as a copy and restores only through an explicit
 * step; 另存为 onto a taken name asks (取消 the default); switching files with unsaved changes asks
 * 保存 / 不保存 / 取消 in the app's own dialog, and each file opens at its top.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, newReport, sectionBox, test } from './fixtures';

const SHOTS =
  process.env.GWDRAFT_SHOTS ?? fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const shot = (page: Page, name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`) });

const FIRST = '年内修订行政执法公示制度，公示执法信息三百余条。';
const AUTOSAVED = '这一句只进了自动保存，没有保存到文件。';
const LATER = '重新打开后补充并保存的内容。';

/** Wait until an autosave holding TEXT is on disk in the app data folder. */
async function autosaved(dataDir: string, text: string): Promise<void> {
  await expect
    .poll(
      async () => {
        const dir = join(dataDir, 'recovery');
        const names = await readdir(dir).catch(() => [] as string[]);
        for (const n of names)
          if ((await readFile(join(dir, n), 'utf8').catch(() => '')).includes(text)) return true;
        return false;
      },
      { timeout: 20_000 },
    )
    .toBe(true);
}

async function typeAtEnd(page: Page, prefix: string, text: string): Promise<void> {
  await sectionBox(page, prefix).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText(text);
}

test('type, close, reopen from 最近的文件, edit, save: no older autosave is offered, nothing is overwritten', async ({
  app,
}) => {
  let { page } = app;
  await newReport(page, '吴川市自然资源局');
  await typeAtEnd(page, '一、', FIRST);
  await app.saveAs('年度报告');
  const file = join(app.workspace, '年度报告.gwdraft');
  await expect.poll(() => readFile(file, 'utf8').catch(() => '')).toContain(FIRST);

  // Unsaved typing reaches only the autosave; then the window goes away.
  await typeAtEnd(page, '一、', AUTOSAVED);
  await autosaved(app.dataDir, AUTOSAVED);
  await app.crashAndRestart();
  page = app.page;

  // Newer than the file: offered, with both times, as a copy that cannot overwrite the file.
  const offer = page.getByRole('region', { name: '可恢复的未保存内容' });
  await expect(offer).toContainText('自动保存于');
  await expect(offer).toContainText('比文件（保存于');
  await expect(offer).toContainText('原文件不会被覆盖');
  await shot(page, 'start-recovery');

  // Reopened from 最近的文件 instead: the app says at once that an autosave is newer than the file.
  await page
    .getByRole('region', { name: '最近的文件' })
    .getByRole('button', { name: /年度报告/ })
    .first()
    .click();
  await expect(sectionBox(page, '一、')).toContainText(FIRST);
  await expect(page.getByRole('status').filter({ hasText: '自动保存的未保存内容' })).toBeVisible();
  await shot(page, 'open-with-autosave');
  await expect(sectionBox(page, '一、')).not.toContainText(AUTOSAVED);

  await typeAtEnd(page, '一、', LATER);
  await page.keyboard.press('Control+s');
  await expect.poll(() => readFile(file, 'utf8')).toContain(LATER);

  // Back at the start: the older autosave is not offered any more…
  await app.crashAndRestart();
  page = app.page;
  await expect(page.getByRole('region', { name: '最近的文件' })).toBeVisible();
  await expect(page.getByRole('region', { name: '可恢复的未保存内容' })).toBeHidden();

  // …but 历史版本 still has it (and the .bak), with times and 字数, and opens it as a copy.
  await page
    .getByRole('button', { name: /的历史版本$/ })
    .first()
    .click();
  const history = page.getByRole('dialog', { name: '历史版本' });
  const list = history.getByRole('list', { name: '历史版本列表' });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(list).toContainText('自动保存的版本');
  await expect(list).toContainText('上次保存前的版本（.bak）');
  await expect(list).toContainText(/\d+ 字/);
  await shot(page, 'history-dialog');
  await list
    .getByRole('listitem')
    .filter({ hasText: '自动保存的版本' })
    .getByRole('button', { name: '打开副本' })
    .click();
  const bar = page.getByRole('region', { name: '历史版本副本' });
  await expect(bar).toContainText('原文件未改动');
  await expect(sectionBox(page, '一、')).toContainText(AUTOSAVED);
  await expect(sectionBox(page, '一、')).not.toContainText(LATER);
  const saved = await readFile(file, 'utf8');
  await shot(page, 'history-copy');
  // Compare with the file: the paragraph as each side has it.
  await bar.getByRole('button', { name: '与原文件比较' }).click();
  const compare = page.getByRole('dialog', { name: '与原文件比较' });
  await expect(compare.getByRole('list', { name: '不同的部分' }).getByRole('listitem')).toHaveCount(1);
  await expect(compare.locator('.gw-cmp-version')).toContainText(AUTOSAVED);
  await expect(compare.locator('.gw-cmp-file')).toContainText(LATER);
  await shot(page, 'history-compare');
  await compare.getByRole('button', { name: '关闭' }).click();
  await expect(compare).toBeHidden();

  if (app.mode === 'chromium') {
    // Ctrl+S on the copy asks for a new name: it never writes over the file.
    await sectionBox(page, '一、').click();
    await page.keyboard.press('Control+s');
    const saveAs = page.getByRole('dialog', { name: '另存为' });
    await expect(saveAs).toBeVisible();
    await saveAs.getByRole('button', { name: '取消' }).click();
    expect(await readFile(file, 'utf8')).toBe(saved);
  }

  // Restoring is its own, explicit step, and the replaced text becomes the .bak.
  await bar.getByRole('button', { name: '用此版本替换原文件…' }).click();
  const confirm = page.getByRole('dialog', { name: '用此版本替换原文件' });
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await shot(page, 'history-replace');
  await confirm.getByRole('button', { name: '替换原文件' }).click();
  await expect.poll(() => readFile(file, 'utf8')).toContain(AUTOSAVED);
  expect(await readFile(file, 'utf8')).not.toContain(LATER);
  expect(await readFile(`${file}.bak`, 'utf8')).toContain(LATER);
  await expect(bar).toBeHidden();
});

test('另存为 onto an existing name asks first, and 取消 is the default', async ({ app }) => {
  test.skip(app.mode === 'electron', 'the system save dialog asks itself under Electron');
  const { page } = app;
  await newReport(page, '吴川市司法局');
  await typeAtEnd(page, '一、', FIRST);
  await app.saveAs('甲');
  const file = join(app.workspace, '甲.gwdraft');
  await expect.poll(() => readFile(file, 'utf8').catch(() => '')).toContain(FIRST);
  const before = await readFile(file, 'utf8');

  await typeAtEnd(page, '一、', LATER);
  await page.getByRole('toolbar').getByRole('button', { name: '另存为', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '另存为' });
  await dialog.getByLabel('文件名').fill('甲');
  await page.keyboard.press('Enter');
  const ask = page.getByRole('dialog', { name: '文件已存在' });
  await expect(ask).toBeVisible();
  await shot(page, 'save-as-exists');
  await expect(ask.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(ask).toBeHidden();
  expect(await readFile(file, 'utf8')).toBe(before);

  // Back in 另存为; this time the clerk means it.
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: '保存' }).click();
  await ask.getByRole('button', { name: '覆盖' }).click();
  await expect.poll(() => readFile(file, 'utf8')).toContain(LATER);
});

test('switching files with unsaved changes asks 保存 / 不保存 / 取消; each file opens at its top', async ({
  app,
}) => {
  const { page } = app;
  await newReport(page, '吴川市交通运输局');
  await app.saveAs('乙');
  await newReport(page, '吴川市交通运输局');
  await app.saveAs('甲');
  const fileA = join(app.workspace, '甲.gwdraft');
  const fileB = join(app.workspace, '乙.gwdraft');

  // 甲 edited, scrolled down, then 打开 乙: the app's own question, not the browser's confirm box.
  let browserDialog = false;
  page.on('dialog', (d) => {
    browserDialog = true;
    void d.dismiss();
  });
  await typeAtEnd(page, '一、', FIRST);
  await page.locator('.gw-centre').evaluate((el) => el.scrollTo(0, 900));
  await app.open('乙.gwdraft');
  const ask = page.getByRole('dialog', { name: '保存修改吗' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('甲.gwdraft');
  await shot(page, 'unsaved-switch');
  await expect(ask.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  await expect(ask.getByRole('button', { name: '不保存' })).toBeVisible();
  await ask.getByRole('button', { name: '取消' }).click();
  await expect(ask).toBeHidden();
  await expect(sectionBox(page, '一、')).toContainText(FIRST);

  // 保存: 甲 is written, then 乙 opens — at its top, not at 甲's scroll position.
  await app.open('乙.gwdraft');
  await ask.getByRole('button', { name: '保存', exact: true }).click();
  await expect.poll(() => readFile(fileA, 'utf8')).toContain(FIRST);
  await expect(page.getByRole('dialog', { name: '保存修改吗' })).toBeHidden();
  await expect(sectionBox(page, '一、')).not.toContainText(FIRST);
  expect(await page.locator('.gw-centre').evaluate((el) => el.scrollTop)).toBe(0);

  // 不保存: 乙's edit is dropped, 甲 opens where the clerk left it.
  await typeAtEnd(page, '一、', LATER);
  await app.open('甲.gwdraft');
  await ask.getByRole('button', { name: '不保存' }).click();
  await expect(sectionBox(page, '一、')).toContainText(FIRST);
  expect(await readFile(fileB, 'utf8')).not.toContain(LATER);
  await expect.poll(() => page.locator('.gw-centre').evaluate((el) => el.scrollTop)).toBeGreaterThan(600);
  expect(browserDialog).toBe(false);
});
