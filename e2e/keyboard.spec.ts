/**
 * The keyboard and the caret in charge (issue 13): a checklist click places a caret (typing never
 * replaces the paragraph); after each dialog, the find bar, a fix and a file operation the next key
 * typed lands in the text; Tab stays inside a modal; F6 cycles 大纲 → the page → the side panel; in
 * 审阅模式 a reviewer selects text and comments with the keyboard alone.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, sectionBox, test } from './fixtures';
import { editorText, newZhanjiangReport } from './editor-helpers';
import { writeLongFixture } from './checklist-fixture';

const SHORT = '我局组织干部集中学习。';
const OUT = process.env.GWDRAFT_SCREENSHOTS
  ? fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
  : fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

/** Type a marker and expect it in section 一's text: the keyboard is in the editor. */
async function typesIntoSection1(page: Page, marker: string): Promise<void> {
  await page.keyboard.insertText(marker);
  await expect(sectionBox(page, '一、')).toContainText(marker);
}

async function focusedInside(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((sel) => !!document.activeElement?.closest(sel), selector);
}

test('a checklist click places a caret: the next key typed does not replace the paragraph', async ({
  app,
}) => {
  const { page } = app;
  await newZhanjiangReport(page, '某市司法局');
  await sectionBox(page, '一、').click();
  await page.keyboard.insertText(SHORT);
  await page.getByRole('tab', { name: '检查清单' }).click();
  const panel = page.getByRole('complementary', { name: '检查清单' });
  const item = panel.locator('[data-item="study-spirit-present"]');
  await expect(item).toHaveAttribute('data-status', 'fail');
  await item.getByRole('button', { name: /学习贯彻重要讲话精神的情况/ }).click();
  await expect(sectionBox(page, '一、')).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true);
  await page.keyboard.type('X');
  const text = await editorText(sectionBox(page, '一、'));
  expect(text).toContain('我局组织干部集中学习');
  expect(text).toContain('X');
});

test('after each dialog, the find bar, a fix and a file operation, typing lands in the text', async ({
  app,
}) => {
  const { page } = app;
  await newZhanjiangReport(page, '某市司法局');
  // Opening a document puts the keyboard in its text.
  await expect(page.locator('.gw-page [data-slate-editor]:focus')).toHaveCount(1);
  await sectionBox(page, '一、').click();
  await page.keyboard.insertText(SHORT);

  // The find bar: Esc gives the keyboard back.
  await page.keyboard.press('Control+f');
  await expect(page.getByLabel('查找内容')).toBeFocused();
  await page.keyboard.press('Escape');
  await typesIntoSection1(page, '甲');

  // 导出选项 (a dialog opened from the toolbar), closed with Esc.
  await page.getByRole('button', { name: '导出选项' }).click();
  await expect(page.getByRole('dialog', { name: '导出选项' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: '导出选项' })).toBeHidden();
  await typesIntoSection1(page, '乙');

  // The export warning (mandated items missing), 返回修改.
  await page.keyboard.press('Control+e');
  const missing = page.getByRole('dialog', { name: '尚有必备内容未满足' });
  await expect(missing).toBeVisible();
  await missing.getByRole('button', { name: '返回修改' }).click();
  await typesIntoSection1(page, '丙');

  // 另存为 in the app's dialog, then saving.
  await app.saveAs('焦点测试');
  await typesIntoSection1(page, '丁');

  // 预览, closed.
  await page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(preview).toBeVisible();
  await preview.getByRole('button', { name: '关闭预览' }).click();
  await typesIntoSection1(page, '戊');

  // A lint fix from the checklist.
  await page.keyboard.insertText('详见附表,共三项。');
  await page.getByRole('tab', { name: '检查清单' }).click();
  const lint = page.getByRole('region', { name: '格式问题' });
  await lint.locator('[data-rule="half-width-punct"]').getByRole('button', { name: /^修正/ }).click();
  await expect(sectionBox(page, '一、')).toContainText('详见附表，共三项。');
  await typesIntoSection1(page, '己');

  // 人工确认 with a note.
  const panel = page.getByRole('complementary', { name: '检查清单' });
  const manual = panel.locator('[data-status="manual"]').first();
  await manual.getByRole('button', { name: '人工确认…' }).click();
  await manual.getByLabel('确认说明').fill('已审议');
  await manual.getByRole('button', { name: '确认已满足' }).click();
  await typesIntoSection1(page, '庚');

  // A toolbar action (保存).
  await page.getByRole('toolbar').getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await typesIntoSection1(page, '辛');

  // 新建 (a file operation): the new document's text has the keyboard.
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  await page.getByRole('toolbar').getByRole('button', { name: '新建', exact: true }).click();
  const fresh = page.getByRole('dialog', { name: '新建报告' });
  await fresh.getByLabel('机关', { exact: true }).fill('某县司法局');
  await fresh.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.locator('.gw-page [data-slate-editor]:focus')).toHaveCount(1);
});

test('Tab stays inside a modal until it closes', async ({ app }) => {
  const { page } = app;
  await newZhanjiangReport(page, '某市司法局');
  await page.keyboard.press('Control+e');
  const missing = page.getByRole('dialog', { name: '尚有必备内容未满足' });
  await expect(missing).toBeVisible();
  for (let i = 0; i < 25; i++) {
    await page.keyboard.press(i % 5 === 4 ? 'Shift+Tab' : 'Tab');
    expect(await focusedInside(page, '[role="dialog"]'), `Tab ${i + 1}`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(missing).toBeHidden();

  await page.getByRole('button', { name: '导出选项' }).click();
  const options = page.getByRole('dialog', { name: '导出选项' });
  // The dialog takes the focus as it opens: wait for that before pressing Tab (a loaded machine once
  // pressed it first, while the focus was still on the toolbar button).
  await expect(options).toBeVisible();
  await expect.poll(() => focusedInside(page, '[role="dialog"]')).toBe(true);
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    expect(await focusedInside(page, '[role="dialog"]'), `Tab ${i + 1}`).toBe(true);
  }
  await options.getByRole('button', { name: '取消' }).click();
});

test('F6 and Shift+F6 cycle 大纲, the page and the side panel', async ({ app }) => {
  const { page } = app;
  await newZhanjiangReport(page, '某市司法局');
  await sectionBox(page, '一、').click();
  await page.keyboard.press('F6');
  expect(await focusedInside(page, '.gw-side')).toBe(true);
  await page.keyboard.press('F6');
  expect(await focusedInside(page, 'nav.gw-outline')).toBe(true);
  await page.keyboard.press('F6');
  await expect(sectionBox(page, '一、')).toBeFocused();
  await page.keyboard.press('Shift+F6');
  expect(await focusedInside(page, 'nav.gw-outline')).toBe(true);
  await page.keyboard.press('Shift+F6');
  expect(await focusedInside(page, '.gw-side')).toBe(true);
});

test('审阅模式: the caret moves by keyboard, a selection and Ctrl+Alt+M comment without a mouse', async ({
  app,
}) => {
  const { page } = app;
  await newZhanjiangReport(page, '某市司法局');
  await sectionBox(page, '一、').click();
  await page.keyboard.insertText('我局全年组织法治专题培训十二次。');
  await page.getByRole('button', { name: '审阅模式' }).click();
  await expect(page.getByRole('button', { name: '审阅模式' })).toHaveAttribute('aria-pressed', 'true');
  const one = page.locator('[data-slate-editor="true"][aria-label^="一、"]');
  await expect(one).toHaveAttribute('contenteditable', 'false');
  // From the toolbar the keyboard reaches the text with F6; Home, then Shift+→ four times selects 我局全年.
  await page.getByRole('button', { name: '审阅模式' }).focus();
  await page.keyboard.press('F6');
  await expect(one).toBeFocused();
  await page.keyboard.press('Control+Home');
  await expect(page.locator('.gw-review-caret')).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, 'review-mode-caret.png') });
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('我局全年');
  // Typing changes nothing.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type('改');
  expect(await editorText(one)).toBe('我局全年组织法治专题培训十二次。');
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('组织法治');
  await page.waitForTimeout(200);
  await page.keyboard.press('Control+Alt+M');
  const who = page.getByRole('dialog', { name: '审阅人' });
  await expect(who).toBeVisible();
  await page.keyboard.type('李明');
  await page.keyboard.press('Enter');
  const box = page.getByRole('group', { name: '新批注' });
  await expect(box).toContainText('组织法治');
  await expect(box.getByLabel('批注内容')).toBeFocused();
  await page.keyboard.type('请写明次数来源');
  await page.keyboard.press('Control+Enter');
  await expect(box).toBeHidden();
  await expect(page.locator('.gw-editable .gw-c')).toContainText('组织法治');
});

test('指引 and the outline follow the caret; scrolling moves them only once the caret is off screen', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1366, height: 768 });
  await writeLongFixture(app.workspace, '长报告.gwdraft', 6000);
  await app.open('长报告.gwdraft');
  const outline = page.getByRole('navigation', { name: '大纲' });
  const guidance = page.getByRole('tabpanel');
  // The caret at the end of section 一, just above 二's heading.
  const one = sectionBox(page, '一、');
  await one.locator('[data-slate-node="element"]').last().click();
  await page.keyboard.press('Control+End');
  await expect(outline.locator('[aria-current="location"]')).toContainText('一、');
  // Scroll the caret near the top: 二's heading passes the upper third, but the caret is still on screen,
  // so 指引 stays on 一.
  const centre = page.locator('.gw-centre');
  const caretTop = await page.evaluate(
    () => window.getSelection()!.getRangeAt(0).getBoundingClientRect().top,
  );
  const box = (await centre.boundingBox())!;
  await centre.evaluate((el, by) => el.scrollBy(0, by), Math.max(0, caretTop - box.y - 60));
  await page.waitForTimeout(300);
  await expect(outline.locator('[aria-current="location"]')).toContainText('一、');
  await expect(guidance.locator('h3')).toContainText('一、');
  // The checklist marks the caret's section too.
  await page.getByRole('tab', { name: '检查清单' }).click();
  await expect(page.locator('.gw-check-group[aria-current="location"] > h3')).toContainText('一、');
  await page.getByRole('tab', { name: '指引' }).click();
  // Far down, the caret is off screen: the view decides.
  await centre.evaluate((el) => el.scrollBy(0, 4000));
  await page.waitForTimeout(300);
  await expect(outline.locator('[aria-current="location"]')).not.toContainText('一、');
  await expect(guidance.locator('h3')).not.toContainText('一、');
  // Typing brings the view back to the caret; 指引 is on 一 again.
  await page.keyboard.insertText('补充');
  await expect(guidance.locator('h3')).toContainText('一、');
});
