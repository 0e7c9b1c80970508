/**
 * The 检查清单 panel over a real draft: two mandated items missing show failing (and as red dots in the
 * outline), a click jumps to the section, typing the missing content turns them green without a reload,
 * a lint fix and 全部修正 apply (the latter undone in one step), and a manual confirmation is saved and
 * undone with one click.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, sectionBox, test } from './fixtures';
import { COMMA_SLIP, SPACE_SLIP, writeFixture } from './checklist-fixture';

// With GWDRAFT_SCREENSHOTS=1 the screenshots refresh docs/screenshots/ (look at them before committing);
// otherwise they go to test-results/, so a test run never dirties the tree.
const SHOTS = join(
  import.meta.dirname,
  '..',
  ...(process.env.GWDRAFT_SCREENSHOTS === '1' ? ['docs', 'screenshots'] : ['test-results', 'screenshots']),
);

test('two missing items fail, jump, turn green as the clerk types; lint fixes apply', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await writeFixture(app.workspace, '检查示例.gwdraft');
  await app.open('检查示例.gwdraft');
  await page.getByRole('tab', { name: '检查清单' }).click();
  const panel = page.getByRole('complementary', { name: '检查清单' });
  await expect(panel).toBeVisible();
  const item = (id: string) => panel.locator(`[data-item="${id}"]`);

  // The two mandated items that are missing fail; the rest of the mandated ones pass.
  await expect(item('xi-thought')).toHaveAttribute('data-status', 'fail');
  await expect(item('other-present')).toHaveAttribute('data-status', 'fail');
  await expect(panel.locator('[data-status="fail"]')).toHaveCount(2);
  await expect(item('xi-thought')).toContainText('习近平法治思想');
  // The outline's dots come from the same results.
  const outline = page.getByRole('navigation', { name: '大纲' });
  await expect(outline.getByRole('button', { name: /^有缺项\s*二、/ })).toBeVisible();
  await expect(outline.getByRole('button', { name: /^有缺项\s*七、/ })).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'checklist-panel.png') });
  await panel.getByLabel('只看未满足的项').check();
  await expect(panel.locator('[data-status="pass"]')).toHaveCount(0);
  await expect(panel.locator('[data-status="fail"]')).toHaveCount(2);
  await panel.getByLabel('只看未满足的项').uncheck();

  // A met item jumps to its evidence: highlighted in the text, the caret before it (never a selection).
  await item('study-first-topic')
    .getByRole('button', { name: /第一议题或中心组学习/ })
    .click();
  await expect(sectionBox(page, '一、')).toBeFocused();
  expect(await page.evaluate(() => CSS.highlights.has('gw-evidence'))).toBe(true);
  expect(await page.evaluate(() => window.getSelection()?.isCollapsed)).toBe(true);

  // Clicking an item jumps to its section: the caret is there, the section marked, guidance shown.
  await item('xi-thought')
    .getByRole('button', { name: /学习宣传贯彻习近平法治思想/ })
    .click();
  await expect(sectionBox(page, '二、')).toBeFocused();
  await expect(page.locator('#sec-rule-of-law-thought')).toHaveClass(/gw-target/);
  await expect(item('xi-thought')).toContainText('写作指引');
  // Typing the missing words there turns the item green, without a reload.
  await page.keyboard.insertText('全局深入学习宣传贯彻习近平法治思想。');
  await expect(item('xi-thought')).toHaveAttribute('data-status', 'pass');

  await item('other-present')
    .getByRole('button', { name: /其他需要报告的情况/ })
    .click();
  await expect(sectionBox(page, '七、')).toBeFocused();
  await page.keyboard.insertText('无。');
  await expect(item('other-present')).toHaveAttribute('data-status', 'pass');
  // The live re-check never takes the caret away from the clerk.
  await expect(sectionBox(page, '七、')).toBeFocused();
  await expect(panel.locator('[data-status="fail"]')).toHaveCount(0);
  await expect(outline.getByRole('button', { name: /^有缺项/ })).toHaveCount(0);

  // One lint fix, then 全部修正 for the rest, undone in one step and redone.
  const one = sectionBox(page, '一、');
  const lint = panel.getByRole('region', { name: '格式问题' });
  await lint.locator('[data-rule="half-width-punct"]').getByRole('button', { name: /^修正/ }).click();
  await expect(one).toContainText(COMMA_SLIP.replace(',', '，'));
  await expect(lint.locator('[data-rule="half-width-punct"]')).toHaveCount(0);
  // Put a second slip back next to the space one, so 全部修正 fixes two at once.
  await one.getByText(COMMA_SLIP.replace(',', '，')).click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('另有说明:详见附表。');
  await expect(lint.locator('.gw-finding')).toHaveCount(2);
  await lint.getByRole('button', { name: /^全部修正/ }).click();
  await expect(one).toContainText('2024年全局干部参加学法考试');
  await expect(one).toContainText('另有说明：详见附表');
  await expect(lint.locator('.gw-finding')).toHaveCount(0);
  await page.getByRole('toolbar').getByRole('button', { name: '撤销', exact: true }).click();
  await expect(one).toContainText(SPACE_SLIP);
  await expect(one).toContainText('另有说明:详见附表');
  await page.getByRole('toolbar').getByRole('button', { name: '重做', exact: true }).click();
  await expect(one).toContainText('2024年全局干部参加学法考试');

  // A manual item: confirmed with a note, saved in the draft, undone with one click.
  const review = item('leadership-review');
  await expect(review).toHaveAttribute('data-status', 'manual');
  await review.getByRole('button', { name: '人工确认…' }).click();
  await review.getByLabel('确认说明').fill('已经2025年1月15日局党组会议审议');
  await review.getByRole('button', { name: '确认已满足' }).click();
  await expect(review).toHaveAttribute('data-status', 'confirmed');
  await expect(review).toContainText('已人工确认：已经2025年1月15日局党组会议审议');
  await page.getByRole('toolbar').getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const saved = JSON.parse(await readFile(join(app.workspace, '检查示例.gwdraft'), 'utf8')) as {
    report?: { confirmations: { itemId: string; note: string }[] };
    confirmations?: { itemId: string; note: string }[];
  };
  const confirmations = saved.report?.confirmations ?? saved.confirmations ?? [];
  expect(confirmations.map((c) => c.itemId)).toContain('leadership-review');
  await review.getByRole('button', { name: '撤销确认' }).click();
  await expect(review).toHaveAttribute('data-status', 'manual');
});
