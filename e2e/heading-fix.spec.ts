/**
 * A section heading the unit wrote with last year's year (2023年度 in a 2024 report): the 检查清单 fails
 * 各部分标题与提纲一致 and lists the heading under 格式问题; 修正 sets the prescribed wording on the page,
 * in the outline's hover text and in the saved file; Ctrl+Z brings the unit's wording back in one step.
 * A heading the unit worded its own way (no wrong year) is a warning that 全部修正 leaves alone.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { encodeDraft } from '../core/draft';
import { expect, test } from './fixtures';
import { twoItemsMissing } from './checklist-fixture';

const SHOTS = join(
  import.meta.dirname,
  '..',
  ...(process.env.GWDRAFT_SCREENSHOTS === '1' ? ['docs', 'screenshots'] : ['test-results', 'screenshots']),
);

const WRONG = '2023年度推进法治政府建设的主要举措和成效';
const RIGHT = '2024年度推进法治政府建设的主要举措和成效';
const OWN = '2024年度法治政府建设存在的问题和原因';

test('a heading with a wrong year fails the checklist; 修正 sets the prescribed wording, Ctrl+Z restores it', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  const report = twoItemsMissing();
  expect(report.meta.year).toBe(2024);
  report.sections = report.sections.map((s) =>
    s.id === 'measures' ? { ...s, heading: WRONG } : s.id === 'shortcomings' ? { ...s, heading: OWN } : s,
  );
  await writeFile(join(app.workspace, '标题示例.gwdraft'), encodeDraft(report, '标题示例.gwdraft'));
  await app.open('标题示例.gwdraft');

  const heading = page.locator('#h-measures');
  await expect(heading).toHaveText(`四、${WRONG}`);
  await page.getByRole('tab', { name: '检查清单' }).click();
  const panel = page.getByRole('complementary', { name: '检查清单' });
  const item = panel.locator('[data-item="headings"]');
  await expect(item).toHaveAttribute('data-status', 'fail');
  await expect(item).toContainText('2023年');
  const lint = panel.getByRole('region', { name: '格式问题' });
  const finding = lint.locator('[data-rule="heading-wording"]').filter({ hasText: '第四部分标题' });
  await expect(lint.locator('[data-rule="heading-wording"]')).toHaveCount(2);
  await expect(finding).toContainText('第四部分标题');
  await expect(finding).toContainText(RIGHT);
  const outlineTitle = page.getByRole('navigation', { name: '大纲' }).locator('.gw-outline-title').nth(4);
  await expect(outlineTitle).toHaveAttribute('title', `四、${WRONG}`);
  await finding.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'heading-fix-before.png') });

  await finding.getByRole('button', { name: /^修正/ }).click();
  await expect(heading).toHaveText(`四、${RIGHT}`);
  await expect(finding).toHaveCount(0);
  // Only the unit's own wording of 五、 is left: a warning, not a fail.
  await expect(item).toHaveAttribute('data-status', 'warn');
  await expect(outlineTitle).toHaveAttribute('title', `四、${RIGHT}`);
  await heading.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(SHOTS, 'heading-fix-after.png') });

  // 全部修正 fixes the two text slips and leaves 五、 as the unit wrote it.
  await lint.getByRole('button', { name: /^全部修正（2）/ }).click();
  await expect(lint.locator('[data-rule="half-width-punct"]')).toHaveCount(0);
  await expect(page.locator('#h-shortcomings')).toHaveText(`五、${OWN}`);
  await expect(lint.locator('[data-rule="heading-wording"]')).toHaveCount(1);
  await page.keyboard.press('Control+z');
  await expect(lint.locator('[data-rule="half-width-punct"]')).toHaveCount(1);
  await expect(heading).toHaveText(`四、${RIGHT}`);

  // Saving writes the new heading.
  await page.getByRole('toolbar').getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  type Sections = { sections: { id: string; heading?: string }[] };
  const saved = JSON.parse(await readFile(join(app.workspace, '标题示例.gwdraft'), 'utf8')) as
    { report: Sections } | Sections;
  const sections = 'report' in saved ? saved.report.sections : saved.sections;
  expect(sections.find((s) => s.id === 'measures')?.heading).toBe(RIGHT);

  // 撤销 (Ctrl+Z in the text, where the focus went back after 修正 and 保存) brings back the unit's
  // wording, and the finding with it.
  await page.keyboard.press('Control+z');
  await expect(heading).toHaveText(`四、${WRONG}`);
  await expect(item).toHaveAttribute('data-status', 'fail');
  await expect(finding).toHaveCount(1);
  await page.keyboard.press('Control+y');
  await expect(heading).toHaveText(`四、${RIGHT}`);
});
