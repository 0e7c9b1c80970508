/**
 * Outlines users make (issue 12): 新建 → 从通知导入提纲 reads a 法治办's notice, the user corrects a
 * heading and saves it; the new report follows that outline; 提纲管理 lists it beside the shipped ones
 * (read-only) and removes it.
 */
import { copyFile, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';

const NOTICE = fileURLToPath(new URL('../test/fixtures/corpus/notice-2025.md', import.meta.url));

test('从通知导入提纲: parse, correct, save, write a report on it; 提纲管理 removes it', async ({ app }) => {
  const { page } = app;
  await copyFile(NOTICE, join(app.workspace, '通知.md'));
  await page.getByRole('button', { name: '新建', exact: true }).first().click();
  await page
    .getByRole('dialog', { name: '新建报告' })
    .getByRole('button', { name: '从通知导入提纲…' })
    .click();

  const dialog = page.getByRole('dialog', { name: '从通知导入提纲' });
  await app.pickFile('通知.md', () => dialog.getByRole('button', { name: '浏览…' }).click());
  await dialog.getByRole('button', { name: '读取提纲' }).click();
  const rows = dialog.getByRole('list', { name: '提纲各部分' }).getByRole('listitem');
  await expect(rows).toHaveCount(5);
  await expect(dialog.getByLabel('第1部分标题')).toHaveValue('{year}年度推进法治政府建设的主要举措和成效');
  await expect(rows.nth(0).getByLabel('不少于（字）')).toHaveValue('1500');
  await expect(rows.nth(1)).toContainText('第一责任人');
  await page.screenshot({ path: '/tmp/e2e-i12-notice.png' });

  // The user corrects the fifth heading, then saves.
  await dialog.getByLabel('第5部分标题').fill('其他需要报告的事项');
  await dialog.getByLabel('提纲名称').fill('市委依法治市办2025年度提纲');
  await dialog.getByRole('button', { name: '保存提纲' }).click();

  const newDialog = page.getByRole('dialog', { name: '新建报告' });
  await expect(newDialog.getByLabel('提纲模板')).toHaveValue(/^user-/);
  await newDialog.getByLabel('机关').fill('某市司法局');
  await newDialog.getByRole('spinbutton', { name: '年度' }).fill('2025');
  await newDialog.getByRole('button', { name: '创建' }).click();
  await expect(
    page.getByRole('textbox', { name: /^一、2025年度推进法治政府建设的主要举措和成效/ }),
  ).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^四、2026年度推进法治政府建设的主要安排/ })).toBeVisible();
  await expect(page.getByRole('textbox', { name: /^五、其他需要报告的事项/ })).toBeVisible();
  await page.screenshot({ path: '/tmp/e2e-i12-report.png' });

  // The template is a file in the app data folder.
  const files = await readdir(join(app.dataDir, 'templates'));
  expect(files).toHaveLength(1);
  expect(await readFile(join(app.dataDir, 'templates', files[0]!), 'utf8')).toContain('其他需要报告的事项');

  // 提纲管理: shipped read-only, the user's one removable.
  await page.getByRole('button', { name: '新建', exact: true }).first().click();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('dialog', { name: '新建报告' }).getByRole('button', { name: '提纲管理…' }).click();
  const manager = page.getByRole('dialog', { name: '提纲管理' });
  const table = manager.getByRole('table', { name: '提纲模板' });
  await expect(table.getByRole('row')).toHaveCount(7);
  await expect(table.getByRole('row', { name: /法定五项内容/ })).toContainText('内置（只读）');
  await expect(
    table.getByRole('row', { name: /法定五项内容/ }).getByRole('button', { name: /删除/ }),
  ).toHaveCount(0);
  await page.screenshot({ path: '/tmp/e2e-i12-manager.png' });
  await manager.getByRole('button', { name: '删除 市委依法治市办2025年度提纲' }).click();
  await expect(manager.getByRole('status')).toContainText('已删除');
  await expect(table.getByRole('row')).toHaveCount(6);
});
