/**
 * The 司法局 reviewer's day with a report received in Word with other reviewers' comments: opened in
 * the app, the comments on the title, 主送机关, a part's heading, 署名 and 成文日期 painted on their
 * lines; the first reply asks for the reviewer's name (it is not sent as "审阅人"); the reviewer's own on
 * the 成文日期 (the caret in its box); a thread resolved;
 * the heading's thread jumps to its heading; the review copy carries the reply under the reviewer's
 * name. Screenshot: reviewer-day.png.
 */
import { mkdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import { reviewerWalkWord, WALK_TITLE } from '../test/fixtures/docx/reviewer-walk-fixture';
import { expect, test } from './fixtures';
import { exportedDocxPath } from './editor-helpers';

const OUT = process.env.GWDRAFT_SCREENSHOTS
  ? fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
  : fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

const painted = (el: import('@playwright/test').Locator) =>
  el.evaluate((e) => getComputedStyle(e).backgroundColor);

test('a received Word report: comments on its lines painted, the first reply asks who is replying, the review copy carries it', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  mkdirSync(OUT, { recursive: true });
  await writeFile(join(app.workspace, '青溪镇报告（收到）.docx'), reviewerWalkWord());
  await app.open('青溪镇报告（收到）.docx');
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
  await page.getByRole('tab', { name: '批注' }).click();
  await expect(page.locator('.gw-comments')).not.toContainText('原文已删除');

  // Every line a comment is on is painted: title, 主送机关, part 三's heading, 署名, 成文日期.
  const unpainted = await painted(page.locator('.gw-page h1'));
  for (const line of [
    '.gw-page [data-line="title"] .gw-line-text',
    '.gw-page [data-line="recipient"] .gw-line-text',
    '.gw-page [data-line="heading"][data-section="next-year"] .gw-line-text',
    '.gw-page [data-line="signature"] .gw-line-text',
    '.gw-page [data-line="date"] .gw-line-text',
  ])
    expect(await painted(page.locator(line).first()), line).not.toBe(unpainted);
  // A part heading without a comment is not.
  expect(await painted(page.locator('.gw-page [data-line="heading"] .gw-line-text').first())).toBe(unpainted);

  // The first reply of a reviewer with no name set: asked, then sent under that name.
  const onTitle = page.getByRole('article', { name: `批注：${WALK_TITLE}`, exact: true });
  await onTitle.getByLabel('回复').fill('同意张三意见，标题改为“关于……的报告”。');
  await onTitle.getByRole('button', { name: '回复', exact: true }).click();
  const who = page.getByRole('dialog', { name: '审阅人' });
  await expect(who).toBeVisible();
  await expect(onTitle.locator('.gw-c-comment')).toHaveCount(1);
  await who.getByLabel('姓名').fill('周敏');
  await who.getByLabel('单位').fill('市司法局');
  await who.getByRole('button', { name: '确定' }).click();
  await expect(onTitle.locator('.gw-c-comment')).toHaveCount(2);
  await expect(onTitle.locator('.gw-c-comment').last()).toContainText(
    '同意张三意见，标题改为“关于……的报告”。',
  );
  await expect(onTitle.locator('.gw-c-comment').last()).toContainText('周敏');
  await expect(onTitle).not.toContainText('审阅人');
  await expect(onTitle.getByRole('textbox', { name: '回复' })).toHaveValue('');

  // The reviewer's own on the 成文日期: the caret in its box (no text selection there), Ctrl+Alt+M.
  await page.locator('input[data-line="date"]').focus();
  await page.keyboard.press('Control+Alt+M');
  const box = page.getByRole('group', { name: '新批注' });
  await expect(box).toContainText('“2025年1月16日”');
  await box.getByLabel('批注内容').fill('成文日期晚于报送时限，请说明。');
  await box.getByRole('button', { name: '添加批注' }).click();
  const onDate = page.getByRole('article', { name: '批注：2025年1月16日', exact: true });
  await expect(onDate).toHaveCount(2);
  await expect(onDate.filter({ hasText: '请说明' })).toContainText('在成文日期上');

  // The 主送机关's resolved; the heading's jumps to its heading.
  const onRecipient = page.getByRole('article', { name: '批注：县委、县政府：', exact: true });
  await onRecipient.getByRole('button', { name: '解决' }).click();
  await expect(onRecipient).toContainText('已解决');
  const onHeading = page.getByRole('article', { name: '批注：下一年度主要安排', exact: true });
  await onHeading.getByRole('button', { name: /“下一年度主要安排”/ }).click();
  await expect(page.locator('#h-next-year')).toBeInViewport();
  await expect(onHeading).toHaveAttribute('aria-current', 'true');
  await page.screenshot({ path: join(OUT, 'reviewer-day.png') });

  // Under Electron the first export asks through the native save dialog, which this spec does not stub.
  if (app.mode === 'electron') return;
  await page.getByRole('toolbar').getByRole('button', { name: '导出审阅稿' }).click();
  const reviewPath = await exportedDocxPath(page);
  const files = unzipSync(new Uint8Array(await readFile(reviewPath)));
  const comments = strFromU8(files['word/comments.xml']!);
  expect(comments).toMatch(/w:author="周敏（市司法局）"[^>]*>[\s\S]*?同意张三意见/);
  expect(comments).not.toContain('w:author="审阅人"');
  expect(comments).toContain('成文日期晚于报送时限，请说明。');
});
