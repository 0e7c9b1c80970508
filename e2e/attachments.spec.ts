/**
 * The 附件 block under the body (GB/T 9704 7.3.4): add names, numbered by their order; attach a
 * 附件's text; the checklist warns about an 附件 named but not attached; the draft saves them.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import { writeFixture } from './checklist-fixture';

test('附件说明: names numbered by order, text attached, the checklist and the saved draft follow', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await writeFixture(app.workspace, '附件示例.gwdraft');
  await app.open('附件示例.gwdraft');

  await page.getByRole('button', { name: '＋ 添加附件说明' }).click();
  const block = page.getByRole('region', { name: '附件说明' });
  await block.getByLabel('附件1名称').fill('2024年度行政执法数据统计表');
  // a single 附件 has no number
  await expect(block.locator('.gw-attachment-number').first()).toHaveText('');
  await block.getByRole('button', { name: '＋ 添加附件' }).click();
  await block.getByLabel('附件2名称').fill('法治政府建设工作台账');
  await expect(block.locator('.gw-attachment-number')).toHaveText(['1.', '2.']);
  await expect(block.getByText('仅列名称，未附内容')).toHaveCount(2);

  await block.getByRole('button', { name: '附上内容' }).first().click();
  await block.getByLabel('附件1内容').fill('全年办理行政处罚案件42件。\n行政复议0件。');
  await expect(block.getByText('仅列名称，未附内容')).toHaveCount(1);
  await block.getByLabel('附件1名称').click();
  await page.screenshot({
    path: join(import.meta.dirname, '..', 'test-results', 'screenshots', 'attachments.png'),
  });

  // the checklist names the 附件 that is only listed
  await page.getByRole('tab', { name: '检查清单' }).click();
  await expect(
    page.getByText('附件2“法治政府建设工作台账”只列了名称', { exact: false }).first(),
  ).toBeVisible();

  // moved up, the numbers follow
  await block.getByRole('button', { name: '附件2上移' }).click();
  await expect(block.getByLabel('附件1名称')).toHaveValue('法治政府建设工作台账');

  await page.getByRole('toolbar').getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const saved = JSON.parse(await readFile(join(app.workspace, '附件示例.gwdraft'), 'utf8')) as {
    attachments: { name: string; blocks?: unknown[] }[];
  };
  expect(saved.attachments.map((a) => a.name)).toEqual([
    '法治政府建设工作台账',
    '2024年度行政执法数据统计表',
  ]);
  expect(saved.attachments[1]!.blocks).toHaveLength(2);

  // deleting the last one leaves the file without the field's content
  await block.getByRole('button', { name: '删除附件1' }).click();
  await expect(block.locator('.gw-attachment')).toHaveCount(1);
});
