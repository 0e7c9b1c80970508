/**
 * Small screens (issue 13): at 1366×768, at 1093×614 (1366×768 with 125 % scaling) and at 1024×576
 * (1280×720 with 125 % scaling) nothing of the window is cut off — the page's text block fits its column without a sideways scroll, the toolbar, the
 * side tabs and the status bar are on screen — in the editor, the checklist and the print preview.
 * Screenshots land in test-results/screenshots/ (docs/screenshots/ with GWDRAFT_SCREENSHOTS=1).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { writeFixture } from './checklist-fixture';
import { offScreen } from './editor-helpers';

const OUT = process.env.GWDRAFT_SCREENSHOTS
  ? fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
  : fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

/** The labels of the side panel's tabs that wrap onto a second line (检查清/单). */
async function wrappedTabs(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.gw-tabs [role="tab"]')]
      .filter((tab) => {
        const range = document.createRange();
        range.selectNodeContents(tab);
        const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
        return tops.size > 1;
      })
      .map((tab) => tab.textContent ?? ''),
  );
}

for (const [w, h] of [
  [1366, 768],
  [1093, 614],
  [1024, 576],
] as const) {
  test(`nothing cut off at ${w}×${h}`, async ({ app }) => {
    const { page } = app;
    mkdirSync(OUT, { recursive: true });
    await page.setViewportSize({ width: w, height: h });
    await writeFixture(app.workspace, '小屏幕.gwdraft');
    await app.open('小屏幕.gwdraft');
    await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
    await expect(page.getByTestId('status-pages')).toHaveText(/共 \d+ 页/, { timeout: 30_000 });

    // The page fits its column: no sideways scroll, its text block wholly visible.
    const centre = page.locator('.gw-centre');
    const overflow = await centre.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow, 'the page column scrolls sideways').toBeLessThanOrEqual(1);
    const col = (await centre.boundingBox())!;
    const pg = (await page.locator('.gw-page').boundingBox())!;
    expect(pg.x).toBeGreaterThanOrEqual(col.x - 1);
    expect(pg.x + pg.width).toBeLessThanOrEqual(col.x + col.width + 1);
    expect(await offScreen(page, '.gw-toolbar button, [role="tab"], .gw-status, .gw-status > *')).toEqual([]);
    expect(await wrappedTabs(page), 'tab labels on two lines').toEqual([]);
    await page.screenshot({ path: join(OUT, `editor-${w}x${h}.png`) });

    await page.getByRole('tab', { name: '检查清单' }).click();
    await expect(page.getByRole('complementary', { name: '检查清单' })).toBeVisible();
    expect(await offScreen(page, '.gw-side, .gw-check-summary')).toEqual([]);
    await page.screenshot({ path: join(OUT, `checklist-${w}x${h}.png`) });

    await page.getByRole('toolbar').getByRole('button', { name: '预览', exact: true }).click();
    const preview = page.getByRole('dialog', { name: '打印预览' });
    await expect(preview.getByRole('status')).toContainText(/共 \d+ 页/, { timeout: 30_000 });
    expect(await offScreen(page, '.gw-pv-bar, .gw-pv-bar > *')).toEqual([]);
    await page.screenshot({ path: join(OUT, `preview-${w}x${h}.png`) });
  });
}
