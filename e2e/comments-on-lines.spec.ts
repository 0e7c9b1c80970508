/**
 * A reviewer's 批注 on the title, a part's heading and the 署名 — lines kept in 报告信息 or fixed, not
 * section text: chosen in the 标题 field (Ctrl+Alt+M), on the heading and on the page's 署名 line (the
 * 批注 button), shown 在标题上 / 在部分标题上 / 在署名上 with
 * their field and line painted, jumped to, replied to and resolved; editing the title around the words
 * keeps the comment; saved, reopened, and written on those lines of the review copy, which opened
 * again in the app shows them there. Screenshots: comments-on-lines*.png.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Locator } from '@playwright/test';
import { expect, newReport, test } from './fixtures';
import { card, chooseOnPage, exportedDocxPath, writeComment } from './editor-helpers';

const OUT = process.env.GWDRAFT_SCREENSHOTS
  ? fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
  : fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

const ORG = '某市交通运输局';
const TITLE = `关于${ORG}2025年法治政府建设情况的报告`;

const painted = (el: Locator) => el.evaluate((e) => getComputedStyle(e).backgroundColor);

interface SavedThread {
  detached: boolean;
  resolved: boolean;
  anchor: { exact: string; prefix: string; suffix: string };
  comments: { author: string; unit?: string; text: string }[];
}

test('批注 on the title, a heading and the 署名: added, shown on their lines, kept through edits, save, reopen and the review copy', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  mkdirSync(OUT, { recursive: true });
  await newReport(page, ORG);
  const titleField = page.getByRole('textbox', { name: '标题', exact: true });
  await titleField.fill(TITLE);
  const titleLine = page.locator('.gw-page h1[data-line="title"]');
  await expect(titleLine).toHaveText(TITLE);

  // The title: 2025年 chosen in its field, Ctrl+Alt+M.
  await titleField.focus();
  await titleField.evaluate(
    (el: HTMLInputElement, t) => el.setSelectionRange(t.indexOf('2025年'), t.indexOf('2025年') + 5),
    TITLE,
  );
  await page.keyboard.press('Control+Alt+M');
  await writeComment(page, '2025年', '年度请与正文一致。');
  const onTitle = card(page, '2025年');
  await expect(onTitle).toContainText('在标题上');
  await expect(onTitle).toContainText('周敏');
  await expect(page.locator('.gw-comments')).not.toContainText('原文已删除');

  // The 署名 (the org, printed when the field is empty): 交通运输局 chosen on the page, the 批注 button.
  const signatureLine = page.locator('.gw-page [data-line="signature"]');
  await signatureLine.scrollIntoViewIfNeeded();
  await chooseOnPage(signatureLine, '交通运输局');
  await page.getByRole('group', { name: '审阅' }).getByRole('button', { name: '批注', exact: true }).click();
  await writeComment(page, '交通运输局', '署名请用全称并加盖公章。');
  const onSignature = card(page, '交通运输局');
  await expect(onSignature).toContainText('在署名上');
  // A part's heading (fixed, outside the editors): 主要举措 chosen on it, Ctrl+Alt+M.
  const heading = page.locator('.gw-page [data-line="heading"]').filter({ hasText: '主要举措和成效' });
  await chooseOnPage(heading, '主要举措');
  await page.keyboard.press('Control+Alt+M');
  await writeComment(page, '主要举措', '举措请分条写。');
  await expect(card(page, '主要举措')).toContainText('在部分标题上');
  // In its part's group of the 批注 tab.
  await expect(page.locator('.gw-c-group', { has: card(page, '主要举措') }).locator('h3')).toHaveText(
    /^四、/,
  );
  // Listed in the order of the document: the title's first, the heading's with its part, the 署名's
  // after the text.
  await expect(page.locator('.gw-thread')).toHaveCount(3);
  await expect(page.locator('.gw-thread').nth(1)).toHaveAttribute('aria-label', '批注：主要举措');
  await expect(page.locator('.gw-thread').first()).toHaveAttribute('aria-label', '批注：2025年');
  // Their lines and fields are painted, as commented text is.
  const unpainted = await painted(page.locator('.gw-page h1'));
  expect(await painted(titleLine.locator('.gw-line-text').first())).not.toBe(unpainted);
  expect(await painted(signatureLine.locator('.gw-line-text'))).not.toBe(unpainted);
  expect(await painted(titleField)).not.toBe(await painted(page.getByRole('textbox', { name: '发文字号' })));

  // A reply on the 署名's; the title's resolved.
  await onSignature.getByLabel('回复').fill('已改为全称。');
  await onSignature.getByRole('button', { name: '回复', exact: true }).click();
  await expect(onSignature).toContainText('已改为全称。');
  // The quote jumps to the title field with the words selected.
  await page.locator('.gw-centre').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await onTitle.getByRole('button', { name: /“2025年”/ }).click();
  await expect(titleField).toBeFocused();
  expect(
    await titleField.evaluate((el: HTMLInputElement) => el.value.slice(el.selectionStart!, el.selectionEnd!)),
  ).toBe('2025年');
  await expect(onTitle).toHaveAttribute('aria-current', 'true');
  // The 报告信息 fields and the title in view: the field's words selected, the line painted.
  await page.locator('.gw-centre').evaluate((el) => el.scrollTo(0, 0));
  await page.screenshot({ path: join(OUT, 'comments-on-lines.png') });

  // The clerk edits the title around the words — types 度 after them, pastes the title over without 关于
  // — and the comment stays on them.
  await titleField.press('End');
  for (let i = 0; i < '法治政府建设情况的报告'.length; i++) await titleField.press('ArrowLeft');
  await page.keyboard.type('度');
  await expect(titleField).toHaveValue(`关于${ORG}2025年度法治政府建设情况的报告`);
  await titleField.fill(`${ORG}2025年度法治政府建设情况的报告`);
  await onTitle.getByRole('button', { name: '解决' }).click();
  await expect(onTitle).toContainText('已解决');
  await expect(onTitle).toContainText('在标题上');
  await expect(onTitle.getByRole('button', { name: /“2025年”/ })).toBeVisible();

  await app.saveAs('标题批注');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const raw = JSON.parse(await readFile(join(app.workspace, '标题批注.gwdraft'), 'utf8')) as
    { report: { comments: SavedThread[] } } | { comments: SavedThread[] };
  const saved = ('report' in raw ? raw.report : raw).comments;
  expect(saved.map((t) => [t.detached, t.resolved, t.anchor.exact])).toEqual([
    [true, true, '2025年'],
    [true, false, '交通运输局'],
    [true, false, '主要举措'],
  ]);
  expect(saved[1]!.comments.map((c) => c.text)).toEqual(['署名请用全称并加盖公章。', '已改为全称。']);
  expect(saved[0]!.comments[0]).toMatchObject({ author: '周敏', unit: '市司法局' });

  // Reopened: on the same lines.
  await page.reload();
  await app.open('标题批注.gwdraft');
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
  await page.getByRole('tab', { name: '批注' }).click();
  await expect(card(page, '2025年')).toContainText('在标题上');
  await expect(card(page, '2025年')).toContainText('已解决');
  await expect(card(page, '交通运输局')).toContainText('在署名上');
  await expect(card(page, '交通运输局')).toContainText('已改为全称。');
  await expect(card(page, '主要举措')).toContainText('在部分标题上');

  // Under Electron the first export asks through the native save dialog, which this spec does not stub.
  if (app.mode === 'electron') return;
  await page.getByRole('toolbar').getByRole('button', { name: '导出审阅稿' }).click();
  const reviewPath = await exportedDocxPath(page);
  await expect(page.getByRole('status', { name: '导出结果' })).toContainText('含批注 3 条');
  await page.getByRole('button', { name: '关闭导出结果' }).click();
  const files = unzipSync(new Uint8Array(await readFile(reviewPath)));
  const paragraphs = strFromU8(files['word/document.xml']!).split('</w:p>');
  const commented = paragraphs
    .filter((p) => /<w:commentRangeStart /.test(p))
    .map((p) => p.replace(/<[^>]+>/g, ''));
  expect(commented).toEqual([
    `${ORG}2025年度法治政府建设情况的报告`,
    expect.stringMatching(/^四、\d{4}年度推进法治政府建设的主要举措和成效$/),
    ORG,
  ]);
  const comments = strFromU8(files['word/comments.xml']!);
  expect(comments).toContain('年度请与正文一致。');
  expect(comments).toContain('已改为全称。');
  expect(comments).not.toContain('原文已不在');
  // The ranges are around the words commented on, as Word shows them.
  const ranges = strFromU8(files['word/document.xml']!).match(
    /<w:commentRangeStart w:id="(\d+)"\/>([\s\S]*?)<w:commentRangeEnd w:id="\1"\/>/g,
  )!;
  expect(ranges.map((x) => x.replace(/<[^>]+>/g, ''))).toEqual(['2025年', '主要举措', '交通运输局']);

  // The review copy opened in the app (as the clerk gets it back): the comments on the same lines.
  await page.reload();
  await app.open(reviewPath.split('/').pop()!);
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
  await page.getByRole('tab', { name: '批注' }).click();
  // Each on its own words again: the review copy's ranges are around them, not the whole line.
  await expect(card(page, '2025年')).toContainText('在标题上');
  await expect(card(page, '交通运输局')).toContainText('在署名上');
  await expect(card(page, '交通运输局')).toContainText('已改为全称。');
  await expect(card(page, '主要举措')).toContainText('在部分标题上');
  await expect(page.locator('.gw-comments')).not.toContainText('原文已删除');
  await page.screenshot({ path: join(OUT, 'comments-on-lines-reopened.png') });
});
