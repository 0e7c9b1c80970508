/**
 * The 司法局 reviewer's Word copy back in the clerk's app: 合并批注… of a Word 2016+ file with comments
 * on the title, part 三's heading, the 署名 and the 成文日期 and one running from the opening into part
 * 一's heading. The first four are shown as 在标题上 / 在部分标题上 / 在署名上 / 在成文日期上 (their text
 * is there), never 原文已删除; the last is on the opening's text, highlighted. Screenshot: reviewer-walk-comments.png.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import {
  WALK_CONTRACTS,
  WALK_OPENING_TAIL,
  reviewerWalkOriginal,
  reviewerWalkWord,
} from '../test/fixtures/docx/reviewer-walk-fixture';
import { expect, test } from './fixtures';

const SHOTS = join(
  import.meta.dirname,
  '..',
  ...(process.env.GWDRAFT_SCREENSHOTS === '1' ? ['docs', 'screenshots'] : ['test-results', 'screenshots']),
);

async function mergeReviewFile(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '合并批注…' }).click();
  await page
    .getByRole('dialog', { name: '合并批注' })
    .getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
}

test('合并批注… of a Word copy: comments on the title, 署名 and date are in view, one across a heading is on the text', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  // The clerk's report, typed in Word, opened in the app; the 司法局's copy of it comes back.
  await writeFile(join(app.workspace, '青溪镇报告.docx'), reviewerWalkOriginal());
  await writeFile(join(app.workspace, '青溪镇报告（司法局意见）.docx'), reviewerWalkWord());
  await app.open('青溪镇报告.docx');
  await expect(page.locator('[data-slate-editor="true"]').first()).toContainText(WALK_OPENING_TAIL);

  await mergeReviewFile(page, '青溪镇报告（司法局意见）.docx');
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: '新增 9 条批注，其中 4 条已定位到正文，5 条在标题、署名等行上。' }),
  ).toBeVisible();

  await page.getByRole('tab', { name: '批注' }).click();
  const panel = page.locator('.gw-comments');
  await expect(panel).not.toContainText('原文已删除');
  const onTitle = page.getByRole('article', { name: /^批注：青溪镇人民政府2024年/ });
  await expect(onTitle.locator('.gw-c-on-meta')).toContainText('在标题上');
  await expect(page.getByRole('article', { name: '批注：青溪镇人民政府', exact: true })).toContainText(
    '在署名上',
  );
  await expect(page.getByRole('article', { name: '批注：2025年1月16日', exact: true })).toContainText(
    '在成文日期上',
  );
  await expect(page.getByRole('article', { name: '批注：县委、县政府：', exact: true })).toContainText(
    '在主送机关上',
  );
  // On part 三's heading: in that part's group, first.
  const part3 = page.getByRole('article', { name: '批注：下一年度主要安排', exact: true });
  await expect(part3).toContainText('在部分标题上');
  await expect(part3).toContainText('写明“2025年”');
  // The comment from the opening into part 一's heading: on the opening's words, highlighted.
  await expect(page.locator('.gw-c').filter({ hasText: WALK_OPENING_TAIL })).toHaveCount(1);
  await expect(page.getByRole('article', { name: `批注：${WALK_OPENING_TAIL}`, exact: true })).toContainText(
    '导语与第一部分衔接不够',
  );
  // Two reviewers on one span: two threads.
  await expect(page.getByRole('article', { name: `批注：${WALK_CONTRACTS}`, exact: true })).toHaveCount(2);
  await onTitle.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'reviewer-walk-comments.png') });
});
