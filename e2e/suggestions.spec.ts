/**
 * 修订 (issue 17): a reviewer's session in 修订模式 — typing, IME input, deleting and typing over a selection
 * become suggestions in the reviewer's colour, structural edits are refused — then save, reopen, and the
 * clerk accepts half and rejects half in the 修订 tab (each one undo step). With GWDRAFT_SCREENSHOTS=1 the
 * screenshots go to docs/screenshots/, else to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, newReport, test, type AppSession } from './fixtures';
import { strFromU8, unzipSync } from 'fflate';
import { editorText, exportedDocxPath, imeType, selectText } from './editor-helpers';

const OUT = process.env.GWDRAFT_SCREENSHOTS
  ? fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
  : fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

const TEXT = '我局全年组织法治专题培训十二次，参训干部八百六十人次，覆盖全部执法人员。';

function section1(page: Page): Locator {
  return page.locator('[data-slate-editor="true"][aria-label^="一、"]');
}

/** A saved 送审稿 with TEXT in 一、, then 修订模式 turned on as the reviewer 王审 of 市司法局. */
async function draftUnderReview(app: AppSession): Promise<void> {
  const { page } = app;
  await newReport(page, '某市交通运输局');
  await section1(page).click();
  await page.keyboard.insertText(TEXT);
  await app.saveAs('送审稿');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.keyboard.press('Control+Shift+E');
  const who = page.getByRole('dialog', { name: '审阅人' });
  await who.getByLabel('姓名').fill('王审');
  await who.getByLabel('单位').fill('市司法局');
  await who.getByRole('button', { name: '确定' }).click();
}

/** 合并批注… of the Word file at `path` (picked by its name in the workspace list). */
async function mergeReviewFile(page: Page, path: string): Promise<void> {
  await page.getByRole('button', { name: '合并批注…' }).click();
  const name = path.split(/[\\/]/).pop()!;
  await page
    .getByRole('dialog', { name: '合并批注' })
    .getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
}

const inserted = (page: Page) => section1(page).locator('.gw-ins');
const deleted = (page: Page) => section1(page).locator('.gw-del');

interface SavedFile {
  suggestions: { id: string; type: string; author: string; unit?: string; anchor: { exact: string } }[];
  sections: { blocks: { children: { text: string; ins?: string; del?: string }[] }[] }[];
}

test('a reviewer suggests in 修订模式; the clerk accepts half and rejects half', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await newReport(page, '某市交通运输局');
  await section1(page).click();
  await page.keyboard.insertText(TEXT);
  await expect(section1(page)).toContainText(TEXT);

  // The reviewer turns on 修订 (Ctrl+Shift+E); the first time, the 审阅人 dialog asks who they are.
  await page.keyboard.press('Control+Shift+E');
  const who = page.getByRole('dialog', { name: '审阅人' });
  await who.getByLabel('姓名').fill('王审');
  await who.getByLabel('单位').fill('市司法局');
  await who.getByRole('button', { name: '确定' }).click();
  const toggle = page.getByRole('button', { name: '修订', exact: true });
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('tab', { name: '修订' })).toHaveAttribute('aria-selected', 'true');

  // 1. Typing at the end of the paragraph inserts marked text.
  await selectText(section1(page), '执法人员。', true);
  await page.keyboard.insertText('培训覆盖率达100%。');
  await expect(inserted(page)).toHaveText('培训覆盖率达100%。');
  // 2. Backspace over a selection marks it deleted: the text stays, struck through.
  await selectText(section1(page), '参训干部八百六十人次，');
  await page.keyboard.press('Backspace');
  await expect(deleted(page)).toHaveText('参训干部八百六十人次，');
  expect(await editorText(section1(page))).toContain('参训干部八百六十人次，');
  // 3. Typing over a selection: a deletion and an insertion (through a Chinese IME).
  await selectText(section1(page), '十二次');
  await imeType(page, 'shiwuci', '十五次');
  await expect(deleted(page).filter({ hasText: '十二次' })).toHaveCount(1);
  await expect(inserted(page).filter({ hasText: '十五次' })).toHaveCount(1);
  // 4. Deleting one's own insertion takes it back instead of marking it.
  await selectText(section1(page), '达100%。', true);
  await page.keyboard.press('Backspace');
  await expect(inserted(page).filter({ hasText: '培训覆盖率' })).toHaveText('培训覆盖率达100%');
  // Structural edits are refused with a message: splitting a paragraph, changing its level.
  await selectText(section1(page), '专题培训', true);
  await page.keyboard.press('Enter');
  await expect(page.getByText('修订模式下只能在段末换行')).toBeVisible();
  await page.keyboard.press('Control+Alt+1');
  await expect(page.getByText(/修订模式下不能拆分、合并或移动段落/)).toBeVisible();
  expect(await editorText(section1(page))).not.toContain('\n');

  // The 修订 tab lists the four changes with author, unit and time.
  const tab = page.getByRole('tabpanel');
  await expect(tab.getByTestId('suggestion-count')).toHaveText('修订 4 处');
  const items = tab.locator('[data-suggestion]');
  await expect(items).toHaveCount(4);
  await expect(items.first()).toContainText('王审');
  await expect(items.first()).toContainText('市司法局');
  // The checklist judges the text as accepted and says changes are pending.
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, 'suggestions.png') });
  await page.getByRole('tab', { name: '检查清单' }).click();
  await expect(page.getByTestId('check-suggestions')).toContainText('有 4 处修订未处理');

  // Save and reopen: the suggestions are in the file and come back.
  await app.saveAs('修订测试');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const raw = JSON.parse(await readFile(join(app.workspace, '修订测试.gwdraft'), 'utf8')) as SavedFile;
  // In the order they were made.
  expect(raw.suggestions.map((s) => [s.type, s.author, s.unit, s.anchor.exact])).toEqual([
    ['insert', '王审', '市司法局', '培训覆盖率达100%'],
    ['delete', '王审', '市司法局', '参训干部八百六十人次，'],
    ['delete', '王审', '市司法局', '十二次'],
    ['insert', '王审', '市司法局', '十五次'],
  ]);
  await page.reload();
  await app.open('修订测试.gwdraft');
  await expect(deleted(page)).toHaveCount(2);
  await expect(inserted(page)).toHaveCount(2);

  // The clerk (修订模式 off) goes through them: 下一处 selects the first change in the text.
  await page.getByRole('tab', { name: '修订' }).click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await tab.getByRole('button', { name: '下一处' }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('十二次');
  // Accept the two in the first half of the text, reject the other two.
  const item = (text: string) => tab.locator('[data-suggestion]').filter({ hasText: text });
  await item('十二次').getByRole('button', { name: '接受' }).click();
  await item('十五次').getByRole('button', { name: '接受' }).click();
  await item('参训干部').getByRole('button', { name: '拒绝' }).click();
  await item('培训覆盖率').getByRole('button', { name: '拒绝' }).click();
  await expect(tab.getByTestId('suggestion-count')).toHaveText('修订 0 处');
  const final = '我局全年组织法治专题培训十五次，参训干部八百六十人次，覆盖全部执法人员。';
  await expect.poll(() => editorText(section1(page))).toBe(final);
  await expect(section1(page).locator('.gw-ins, .gw-del')).toHaveCount(0);
  // Each decision is one undo step: 撤销 brings the last rejected insertion back as a suggestion.
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(inserted(page)).toHaveText('培训覆盖率达100%');
  await expect(tab.getByTestId('suggestion-count')).toHaveText('修订 1 处');
  await page.getByRole('button', { name: '重做' }).click();
  await expect.poll(() => editorText(section1(page))).toBe(final);
});

test('letters typed one by one are marked once; 最终状态 hides deletions; export offers 全部接受后导出', async ({
  app,
}) => {
  const { page } = app;
  await newReport(page, '某市交通运输局');
  await section1(page).click();
  await page.keyboard.insertText(TEXT);
  await page.getByRole('button', { name: '修订', exact: true }).click();
  const who = page.getByRole('dialog', { name: '审阅人' });
  await who.getByLabel('姓名').fill('王审');
  await who.getByRole('button', { name: '确定' }).click();
  await expect(page.getByRole('button', { name: '修订', exact: true })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await selectText(section1(page), '执法人员。', true);
  await page.keyboard.type('Abc 12');
  await expect(inserted(page)).toHaveText('Abc 12');
  expect(await editorText(section1(page))).toBe(TEXT + 'Abc 12');
  await selectText(section1(page), '十二次');
  await page.keyboard.press('Delete');
  await expect(deleted(page)).toHaveText('十二次');

  await page.getByRole('tab', { name: '修订' }).click();
  await page.getByLabel(/最终状态/).check();
  await expect(deleted(page)).toBeHidden();
  await page.getByLabel(/最终状态/).uncheck();
  await expect(deleted(page)).toBeVisible();

  // The clean copy: asked first, then written with every change accepted; the draft keeps its 修订.
  await page.getByRole('button', { name: '导出 Word' }).click();
  const missing = page.getByRole('dialog', { name: '尚有必备内容未满足' });
  const pending = page.getByRole('dialog', { name: '还有修订未处理' });
  await expect(missing.or(pending)).toBeVisible();
  if (await missing.isVisible()) await missing.getByRole('button', { name: '继续导出' }).click();
  await pending.getByRole('button', { name: '全部接受后导出' }).click();
  const path = await exportedDocxPath(page);
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(path)))['word/document.xml']!);
  expect(xml).not.toMatch(/<w:(ins|del) /);
  expect(xml).toContain('我局全年组织法治专题培训，参训干部');
  expect(xml).toContain('执法人员。Abc 12');
  await expect(deleted(page)).toHaveText('十二次');
});

test('Word round trip: the review copy carries the 修订 as track changes; 合并批注… brings them back', async ({
  app,
}) => {
  const { page } = app;
  await draftUnderReview(app);
  // The reviewer's changes.
  await selectText(section1(page), '十二次');
  await page.keyboard.insertText('十五次');
  await selectText(section1(page), '执法人员。', true);
  await page.keyboard.insertText('培训覆盖率达100%。');
  await expect(page.getByTestId('suggestion-count')).toHaveText('修订 3 处');
  await page.keyboard.press('Control+Shift+E');

  // 导出审阅稿: the review copy, with the changes as Word track changes.
  await page.getByRole('toolbar').getByRole('button', { name: '导出审阅稿' }).click();
  const path = await exportedDocxPath(page);
  const xml = strFromU8(unzipSync(new Uint8Array(await readFile(path)))['word/document.xml']!);
  // Word keeps no unit: it goes with the name, as the 修订 tab shows it.
  expect(xml).toMatch(/<w:del [^>]*w:author="王审（市司法局）"/);
  expect(xml).toMatch(/<w:ins [^>]*w:author="王审（市司法局）"/);
  await page.getByRole('button', { name: '关闭导出结果' }).click();

  // The clerk had the draft without them (all rejected); the reviewer's Word file comes back.
  await page.getByRole('tabpanel').getByRole('button', { name: '全部拒绝' }).click();
  await expect(page.getByTestId('suggestion-count')).toHaveText('修订 0 处');
  await expect.poll(() => editorText(section1(page))).toBe(TEXT);
  await mergeReviewFile(page, path);
  await expect(page.getByRole('status').filter({ hasText: '修订 3 处已并入' })).toBeVisible();
  await page.getByRole('tab', { name: '修订' }).click();
  await expect(page.getByTestId('suggestion-count')).toHaveText('修订 3 处');
  await expect(deleted(page)).toHaveText('十二次');
  await expect(inserted(page)).toHaveText(['十五次', '培训覆盖率达100%。']);
  // The reviewer's name and unit came back apart, each shown once.
  const item = page.getByRole('tabpanel').locator('.gw-s-meta').first();
  await expect(item.locator('span').first()).toHaveText('王审');
  await expect(item).toContainText('王审（市司法局）');
  await expect(item).not.toContainText('（市司法局）（市司法局）');
  expect(await editorText(section1(page))).toBe(
    '我局全年组织法治专题培训十二次十五次，参训干部八百六十人次，覆盖全部执法人员。培训覆盖率达100%。',
  );
});

test('合并批注… of changes that no longer fit the text: the file is unsaved, and 忽略 can be taken back', async ({
  app,
}) => {
  const { page } = app;
  await draftUnderReview(app);
  await selectText(section1(page), '十二次');
  await page.keyboard.insertText('十五次');
  await page.keyboard.press('Control+Shift+E');
  await page.getByRole('toolbar').getByRole('button', { name: '导出审阅稿' }).click();
  const path = await exportedDocxPath(page);
  await page.getByRole('button', { name: '关闭导出结果' }).click();

  // Meanwhile the clerk rewrote the paragraph and saved: the reviewer's changes have nowhere to go.
  await page.getByRole('tabpanel').getByRole('button', { name: '全部拒绝' }).click();
  await section1(page).click();
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText('本段已由起草人全部改写，内容与送审稿不同。');
  await page.keyboard.press('Control+S');
  await expect(page).not.toHaveTitle(/●/);

  await mergeReviewFile(page, path);
  await page.getByRole('tab', { name: '修订' }).click();
  await expect(page.getByTestId('suggestion-count')).toHaveText('修订 2 处');
  await expect(page.getByText('无法定位：原文已改动，未应用')).toHaveCount(2);
  // Only the list changed, not the text: still a change to save.
  await expect(page).toHaveTitle(/●/);
  await page.keyboard.press('Control+S');
  await expect(page).not.toHaveTitle(/●/);

  // 忽略 changes the file too (it used to leave it "saved": the change came back on reopening).
  await page.getByRole('tabpanel').getByRole('button', { name: '忽略' }).first().click();
  await expect(page.getByTestId('suggestion-count')).toHaveText('修订 1 处');
  await expect(page).toHaveTitle(/●/);
  const told = page.getByRole('status').filter({ hasText: '已忽略 1 处无法定位的修订' });
  await expect(told).toBeVisible();
  await told.getByRole('button', { name: '恢复' }).click();
  await expect(page.getByTestId('suggestion-count')).toHaveText('修订 2 处');
});
