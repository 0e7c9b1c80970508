/**
 * A clerk's first hour at 1366×768 with 125 % scaling (1093×614 CSS px, device scale 1.25): a new report
 * from a template, typing into its parts, a checklist jump, 导出 Word, closing and opening the file again.
 * At each step every dialog, its buttons and the toolbar are wholly on screen, and no panel lies over
 * the page's text. Screenshots land in test-results/screenshots/ (docs/screenshots/ with GWDRAFT_SCREENSHOTS=1).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, newReport, sectionBox, test } from './fixtures';
import { offScreen } from './editor-helpers';

const OUT = process.env.GWDRAFT_SCREENSHOTS
  ? fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
  : fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

const W = 1093;
const H = 614;

/**
 * A modal dialog wholly on screen, and its closing buttons (its own list may scroll inside it) on
 * screen and not covered (by a notice, say): a click at their centre reaches them.
 */
async function dialogOnScreen(page: Page): Promise<string[]> {
  const ACTIONS = ':is([role="dialog"], [role="alertdialog"]) :is(.gw-actions, .gw-dialog-actions) button';
  const out = await offScreen(page, `[role="dialog"], [role="alertdialog"], ${ACTIONS}`);
  const covered = await page.evaluate((sel) => {
    const hidden: string[] = [];
    for (const b of document.querySelectorAll<HTMLElement>(sel)) {
      const r = b.getBoundingClientRect();
      if (r.width === 0) continue;
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      if (!hit || !b.contains(hit)) hidden.push(`${b.textContent?.trim()} under ${hit?.className ?? '?'}`);
    }
    return hidden;
  }, ACTIONS);
  return [...out, ...covered];
}

/** The page's text block is not covered by a panel or a notice at its left or right edge. */
async function textUncovered(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const page = document.querySelector<HTMLElement>('.gw-page');
    const centre = document.querySelector<HTMLElement>('.gw-centre');
    if (!page || !centre) return ['no page'];
    const c = centre.getBoundingClientRect();
    for (const p of page.querySelectorAll<HTMLElement>('.gw-p, .gw-sec-heading')) {
      const r = p.getBoundingClientRect();
      if (r.bottom < c.top + 4 || r.top > c.top + centre.clientHeight - 4) continue;
      const y = Math.min(r.top + 8, c.top + centre.clientHeight - 2);
      for (const x of [r.left + 4, Math.min(r.right - 4, c.left + centre.clientWidth - 2)]) {
        const hit = document.elementFromPoint(x, y);
        if (hit && !page.contains(hit)) out.push(`${Math.round(x)},${Math.round(y)}: ${hit.className}`);
      }
    }
    return out;
  });
}

test.use({ deviceScaleFactor: 1.25 });

test('a clerk’s first hour at 1093×614: nothing clipped, nothing off screen, the page never covered', async ({
  app,
}) => {
  test.setTimeout(120_000);
  test.skip(app.mode === 'electron', '导出 Word drives the loopback workspace (as export.spec does)');
  const { page } = app;
  mkdirSync(OUT, { recursive: true });
  await page.setViewportSize({ width: W, height: H });
  const shot = (name: string) => page.screenshot({ path: join(OUT, `first-hour-${name}-${W}x${H}.png`) });

  // The start screen, then 新建.
  await expect(page.getByRole('button', { name: '新建', exact: true }).first()).toBeVisible();
  await shot('1-start');
  await page.getByRole('button', { name: '新建', exact: true }).first().click();
  const dialog = page.getByRole('dialog', { name: '新建报告' });
  await expect(dialog).toBeVisible();
  expect(await dialogOnScreen(page)).toEqual([]);
  await shot('2-new');
  await page.keyboard.press('Escape');
  await newReport(page, '湛江市司法局');
  expect(await offScreen(page, '.gw-toolbar button, [role="tab"], .gw-status > *')).toEqual([]);
  await shot('3-editor');

  // Typing into the parts.
  await sectionBox(page, '一、').click();
  await page.keyboard.type('我局党组坚持把学习贯彻习近平法治思想作为首要政治任务，召开党组会议专题学习。');
  await page.keyboard.press('Enter');
  await page.keyboard.type('全年开展行政执法案卷评查两次，评查案卷一百二十宗。');
  await sectionBox(page, '二、').click();
  await page.keyboard.type('主要负责人履行推进法治建设第一责任人职责，听取法治工作汇报四次。');
  expect(await textUncovered(page)).toEqual([]);
  await shot('4-typing');

  // The checklist and a jump from it.
  await page.getByRole('tab', { name: '检查清单' }).click();
  const panel = page.getByRole('complementary', { name: '检查清单' });
  await expect(panel).toBeVisible();
  // (The panel scrolls to the caret's part: its own scroll, not the window's.)
  expect(await offScreen(page, '.gw-side, .gw-side [role="tab"]')).toEqual([]);
  await shot('5-checklist');
  await panel.locator('[data-status="fail"]').first().getByRole('button').first().click();
  expect(await textUncovered(page)).toEqual([]);
  await shot('6-jump');

  // 保存, then 导出 Word: its warning, its result.
  await app.saveAs('湛江市司法局2025年报告');
  await page.getByRole('toolbar').getByRole('button', { name: '导出 Word' }).click();
  const missing = page.getByRole('dialog', { name: '尚有必备内容未满足' });
  await expect(missing).toBeVisible();
  expect(await dialogOnScreen(page)).toEqual([]);
  await shot('7-export-warning');
  await missing.getByRole('button', { name: '继续导出' }).click();
  const result = page.getByRole('status', { name: '导出结果' });
  await expect(result).toContainText('.docx');
  expect(await offScreen(page, '.gw-notices, .gw-notices button')).toEqual([]);
  // The result sits in the notices' corner: not over the page's text, nor over the status bar's zoom.
  expect(await result.evaluate((el) => el.parentElement?.classList.contains('gw-notices'))).toBe(true);
  expect(await textUncovered(page)).toEqual([]);
  const plus = (await page.getByRole('button', { name: '放大页面' }).boundingBox())!;
  const bar = (await result.boundingBox())!;
  expect(bar.y + bar.height).toBeLessThanOrEqual(plus.y);
  await shot('8-exported');

  // 导出选项 and the preview.
  await page.getByRole('toolbar').getByRole('button', { name: '导出选项' }).click();
  await expect(page.getByRole('dialog', { name: '导出选项' })).toBeVisible();
  expect(await dialogOnScreen(page)).toEqual([]);
  await shot('9-options');
  await page.keyboard.press('Escape');
  await page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true }).click();
  const preview = page.getByRole('dialog', { name: '打印预览' });
  await expect(preview.getByRole('status')).toContainText(/共 \d+ 页/, { timeout: 30_000 });
  expect(await offScreen(page, '.gw-pv-bar, .gw-pv-bar > *')).toEqual([]);
  await shot('10-preview');
  await page.keyboard.press('Escape');

  // Reopen: the file list, then the report as it was.
  await page.getByRole('toolbar').getByRole('button', { name: '打开', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await dialogOnScreen(page)).toEqual([]);
  await shot('11-open');
  await page.keyboard.press('Escape');
  await app.crashAndRestart();
  await app.open('湛江市司法局2025年报告.gwdraft');
  await expect(sectionBox(app.page, '一、')).toContainText('评查案卷一百二十宗');
  await app.page.screenshot({ path: join(OUT, `first-hour-12-reopened-${W}x${H}.png`) });
});
