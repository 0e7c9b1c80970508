/**
 * The clerk's session of issue 6: a new report from the 湛江 template, metadata filled, text in every
 * section (some through simulated IME), sub-headings added and renumbered by a move, find/replace,
 * saved, reopened identical.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { editorText, editors, headingLabels, imeType, newZhanjiangReport } from './editor-helpers';

const ORG = '吴川市科工贸和信息化局';

async function snapshot(page: Page) {
  const boxes = editors(page);
  const n = await boxes.count();
  const out: { name: string | null; text: string; labels: string[] }[] = [];
  for (let i = 0; i < n; i++) {
    const box = boxes.nth(i);
    out.push({
      name: await box.getAttribute('aria-label'),
      text: await editorText(box),
      labels: await headingLabels(box),
    });
  }
  return out;
}

test('a clerk drafts, numbers, finds, saves and reopens a report', async ({ app }) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);

  // Metadata: the year runs into the headings and the title; the date is written 2026年1月20日.
  await page.getByLabel('年度', { exact: true }).fill('2024');
  await expect(page.getByRole('textbox', { name: /^三、2024年度党政主要负责人/ })).toBeVisible();
  await expect(page.locator('.gw-title')).toHaveText(`${ORG}2024年法治政府建设年度报告`);
  await page.getByLabel('年度', { exact: true }).fill('2025');
  await expect(page.getByRole('textbox', { name: /^三、2025年度党政主要负责人/ })).toBeVisible();
  // A joint 署名 shows one organ per line, as the export stacks it (GB/T 9704 7.3.5.2).
  await page.getByLabel('署名', { exact: true }).fill('中共吴川市委 吴川市人民政府');
  await expect(page.locator('.gw-signoff p')).toHaveText(['中共吴川市委', '吴川市人民政府', '（成文日期）']);
  await page.getByLabel('署名', { exact: true }).fill('吴川市科学技术工业商务和信息化局');
  await page.getByLabel('成文日期', { exact: true }).fill('2026-01-20');
  await expect(page.locator('.gw-signoff p')).toHaveText([
    '吴川市科学技术工业商务和信息化局',
    '2026年1月20日',
  ]);

  // Text in every editing area; every other one through the IME.
  const boxes = editors(page);
  await expect(boxes).toHaveCount(8);
  await expect(page.getByRole('textbox', { name: '导语' })).toBeVisible();
  for (let i = 0; i < 8; i++) {
    const box = boxes.nth(i);
    await box.click();
    if (i % 2 === 0) await page.keyboard.type(`第${i}段文字，我局组织行政执法培训3次。`);
    else {
      await page.keyboard.type(`第${i}段：`);
      await imeType(page, 'xingzhengzhifa', '行政执法');
      await imeType(page, 'gongshi', '公示制度');
      await page.keyboard.type('全面落实。');
    }
  }
  await expect(boxes.nth(1)).toHaveAttribute('aria-label', /^一、深入学习贯彻习近平总书记/);
  expect(await editorText(boxes.nth(1))).toBe('第1段：行政执法公示制度全面落实。');

  // Sub-headings in section 四 by shortcut, then renumbered by a move.
  const s4 = page.getByRole('textbox', { name: /^四、/ });
  await s4.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('依法全面履行政府职能');
  await page.keyboard.press('Control+1');
  await page.keyboard.press('Enter');
  await page.keyboard.type('权责清单动态调整2次。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('执法人员持证上岗');
  await page.keyboard.press('Control+2');
  await page.keyboard.press('Enter');
  await page.keyboard.type('严格规范公正文明执法');
  await page.keyboard.press('Control+1');
  expect(await headingLabels(s4)).toEqual(['（一）', '1.', '（二）']);
  // Move （二） up three blocks, above （一）: it becomes （一）, the old （一） becomes （二）, and the 1.
  // heading now sits under the new （二）.
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  await page.keyboard.press('Alt+Shift+ArrowUp');
  expect(await headingLabels(s4)).toEqual(['（一）', '（二）', '1.']);
  expect((await editorText(s4)).split('\n')).toEqual([
    '第4段文字，我局组织行政执法培训3次。',
    '严格规范公正文明执法',
    '依法全面履行政府职能',
    '权责清单动态调整2次。',
    '执法人员持证上岗',
  ]);
  // A level-3 heading right after the section start is flagged as a skipped level.
  const s6 = page.getByRole('textbox', { name: /^六、/ });
  await s6.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Control+2');
  await expect(s6.locator('.gw-skipped')).toHaveCount(1);
  await page.keyboard.press('Control+0');
  await expect(s6.locator('.gw-skipped')).toHaveCount(0);

  // Find and replace across all sections; replace-all is one undo step.
  await page.keyboard.press('Control+h');
  const bar = page.getByRole('search', { name: '查找替换' });
  await bar.getByLabel('查找内容').fill('行政执法');
  await expect(bar.getByRole('status')).toHaveText('第 1 处，共 8 处');
  await bar.getByRole('button', { name: '下一个' }).click();
  await expect(bar.getByRole('status')).toHaveText('第 2 处，共 8 处');
  await bar.getByLabel('替换为').fill('执法');
  await bar.getByRole('button', { name: '全部替换' }).click();
  await expect(bar.getByRole('status')).toHaveText('无匹配');
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(bar.getByRole('status')).toHaveText(/共 8 处/);
  await page.getByRole('button', { name: '重做' }).click();
  await expect(bar.getByRole('status')).toHaveText('无匹配');
  await bar.getByRole('button', { name: '关闭查找' }).click();
  expect(await editorText(boxes.nth(1))).toBe('第1段：执法公示制度全面落实。');

  // Save (loopback: a name in the workspace), then reopen and compare.
  const before = await snapshot(page);
  const metaBefore = await page
    .locator('.gw-meta input')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  await app.saveAs('2025年度报告');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await expect(page).not.toHaveTitle(/●/);

  await page.reload();
  await page.getByRole('button', { name: '打开', exact: true }).click();
  await page
    .getByRole('dialog', { name: '打开文件' })
    .getByRole('button', { name: /2025年度报告\.gwdraft/ })
    .click();
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
  expect(await snapshot(page)).toEqual(before);
  const metaAfter = await page
    .locator('.gw-meta input')
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(metaAfter).toEqual(metaBefore);
  await page.screenshot({ path: 'test-results/editor-reopened.png' });
});
