/**
 * 批注 on a joint 署名's second organ, on a whole title printed over lines and on its second printed
 * line: the review copy's ranges go around those words (the organ's own line, not the lead organ's; the
 * title's words, its printed line break outside a range that starts a line), and the copy opened again
 * in the app shows each on its line with its quote as the words — the whole title as one line, no
 * space where it was broken. Screenshot: comments-on-joint-lines.png.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator } from '@playwright/test';
import { expect, newReport, test } from './fixtures';
import { card, chooseOnPage, exportedDocxPath, writeComment } from './editor-helpers';

const OUT = fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));
const ORG = '某县人民政府';
const SIGNATURE = '中共某县委员会 某县人民政府';
const TITLE = '关于某县2025年度法治政府建设情况和2026年度工作安排的报告';

/** The text inside comment `id`'s range in document.xml, a paragraph's end as "|". */
function rangeText(doc: string, id: string): string {
  const m = new RegExp(
    `<w:commentRangeStart w:id="${id}"/>([\\s\\S]*?)<w:commentRangeEnd w:id="${id}"/>`,
  ).exec(doc);
  return m
    ? m[1]!
        .replace(/<\/w:p>/g, '|')
        .replace(/<w:br\/>/g, '/')
        .replace(/<[^>]+>/g, '')
    : '';
}

test("批注 on a joint 署名's organ and on a title printed over lines: written around their words, read back onto them", async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  mkdirSync(OUT, { recursive: true });
  await newReport(page, ORG);
  await page.getByRole('textbox', { name: '标题', exact: true }).fill(TITLE);
  await page.getByRole('textbox', { name: '署名', exact: true }).fill(SIGNATURE);
  // (with its date: a joint 署名 with no 成文日期 under it is not read back from Word as the 署名)
  await page.getByLabel('成文日期', { exact: true }).fill('2026-01-15');
  const titleLines = page.locator('.gw-page h1[data-line="title"] .gw-title-line');
  await expect(titleLines).not.toHaveCount(1);
  const printed = await titleLines.allTextContents();
  expect(printed.join('')).toBe(TITLE);
  const second = printed[1]!;

  // The whole title: the caret in its field, Ctrl+Alt+M.
  const titleField = page.getByRole('textbox', { name: '标题', exact: true });
  await titleField.focus();
  await titleField.evaluate((el: HTMLInputElement) => el.setSelectionRange(3, 3));
  await page.keyboard.press('Control+Alt+M');
  await writeComment(page, TITLE, '标题请再斟酌。');
  // Its second printed line, chosen on the page.
  await chooseOnPage(titleLines.nth(1), second);
  await page.keyboard.press('Control+Alt+M');
  await writeComment(page, second, '第二行请核对。');
  // The joint 署名's second organ, on its own line of the page.
  const organs = page.locator('.gw-page [data-line="signature"]');
  await expect(organs).toHaveCount(2);
  await organs.nth(1).scrollIntoViewIfNeeded();
  await chooseOnPage(organs.nth(1), '某县人民政府');
  await page.getByRole('group', { name: '审阅' }).getByRole('button', { name: '批注', exact: true }).click();
  await writeComment(page, '某县人民政府', '请确认联合行文。');
  await expect(card(page, '某县人民政府')).toContainText('在署名上');
  // only the second organ's line is painted
  const paint = (el: Locator) =>
    el.locator('.gw-line-text').evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(await paint(organs.nth(1))).not.toBe(await paint(organs.nth(0)));
  expect(await paint(organs.nth(0))).toBe(
    await page.locator('.gw-page h1').evaluate((e) => getComputedStyle(e).backgroundColor),
  );
  await expect(card(page, TITLE)).toContainText('在标题上');
  await expect(card(page, second)).toContainText('在标题上');

  // Under Electron the first export asks through the native save dialog, which this spec does not stub.
  if (app.mode === 'electron') return;
  await page.getByRole('toolbar').getByRole('button', { name: '导出审阅稿' }).click();
  const reviewPath = await exportedDocxPath(page);
  await expect(page.getByRole('status', { name: '导出结果' })).toContainText('含批注 3 条');
  await page.getByRole('button', { name: '关闭导出结果' }).click();
  const files = unzipSync(new Uint8Array(await readFile(reviewPath)));
  const doc = strFromU8(files['word/document.xml']!);
  const comments = strFromU8(files['word/comments.xml']!);
  const idOf = (text: string) =>
    new RegExp(`<w:comment w:id="(\\d+)"[^>]*>(?:(?!</w:comment>)[\\s\\S])*${text}`).exec(comments)![1]!;
  // the whole title across its break; the second line's words without the break; the organ alone
  expect(rangeText(doc, idOf('标题请再斟酌'))).toBe(printed.join('/'));
  expect(rangeText(doc, idOf('第二行请核对'))).toBe(second);
  expect(rangeText(doc, idOf('请确认联合行文'))).toBe('某县人民政府');

  // The review copy opened in the app: each on its words, the title's quote one line of text.
  await page.reload();
  await app.open(reviewPath.split('/').pop()!);
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
  await page.getByRole('tab', { name: '批注' }).click();
  await expect(card(page, TITLE)).toContainText('在标题上');
  await expect(card(page, TITLE).getByRole('button', { name: `“${TITLE}”` })).toBeVisible();
  await expect(card(page, second)).toContainText('在标题上');
  await expect(card(page, '某县人民政府')).toContainText('在署名上');
  await expect(card(page, '某县人民政府')).toContainText('请确认联合行文。');
  await expect(page.locator('.gw-comments')).not.toContainText('原文已删除');
  await page.screenshot({ path: join(OUT, 'comments-on-joint-lines.png') });
});
