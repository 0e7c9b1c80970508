/**
 * The clerk's screen as it is: Windows at 1366×768 with 125 % scaling (1093×614 CSS px) and 1920×1080
 * with 150 % (1280×720), the display's scale factor as Windows sets it, and the page zoomed up to 200 %.
 * At every zoom the status bar offers, the side panel, then the outline, fold to their rails before the
 * page would scroll sideways; the page keeps its lines (28 characters, the same breaks at every zoom);
 * a page wider than the window scrolls sideways and the caret stays in view while typing at the end of
 * a long line; the folded panels open from their rails. The zoom is a setting: it comes back after a
 * restart, and Ctrl+0 outside the text resets it.
 * Screenshots land in test-results/screenshots/ (docs/screenshots/ with GWDRAFT_SCREENSHOTS=1).
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { writeFixture } from './checklist-fixture';
import { selectText } from './editor-helpers';

const OUT = process.env.GWDRAFT_SCREENSHOTS
  ? fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
  : fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

/** Where each line of the page's longest paragraph starts, as character offsets. */
async function lineStarts(page: Page): Promise<number[]> {
  return page.locator('.gw-page').evaluate((root) => {
    let longest: HTMLElement | null = null;
    for (const p of root.querySelectorAll<HTMLElement>('.gw-p'))
      if (!longest || (p.textContent ?? '').length > (longest.textContent ?? '').length) longest = p;
    const starts: number[] = [];
    if (!longest) return starts;
    const walker = document.createTreeWalker(longest, NodeFilter.SHOW_TEXT);
    let offset = 0;
    let lastTop = -Infinity;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[data-slate-zero-width]')) continue;
      const text = node.textContent ?? '';
      for (let i = 0; i < text.length; i++) {
        const r = document.createRange();
        r.setStart(node, i);
        r.setEnd(node, i + 1);
        const top = r.getBoundingClientRect().top;
        // A new line starts well below the last one (half a line: not a glyph's own offset).
        if (top > lastTop + 10) {
          starts.push(offset + i);
          lastTop = top;
        }
      }
      offset += text.length;
    }
    return starts;
  });
}

interface Frame {
  sideways: number;
  outlineFolded: boolean;
  sideFolded: boolean;
  centre: { left: number; right: number; width: number };
}

async function frame(page: Page): Promise<Frame> {
  return page.evaluate(() => {
    const centre = document.querySelector<HTMLElement>('.gw-centre')!;
    const r = centre.getBoundingClientRect();
    return {
      sideways: centre.scrollWidth - centre.clientWidth,
      outlineFolded: document.querySelector('.gw-outline-folded') !== null,
      sideFolded: document.querySelector('.gw-side-folded') !== null,
      centre: { left: r.left, right: r.right, width: r.width },
    };
  });
}

/** The caret's box and the page column's visible box, on screen. */
async function caretInView(page: Page): Promise<{ caret: number[]; box: number[]; inside: boolean }> {
  return page.evaluate(() => {
    const sel = getSelection()!;
    const range = sel.getRangeAt(0).cloneRange();
    range.collapse(false);
    let c = range.getBoundingClientRect();
    if (c.height === 0) c = (range.startContainer.parentElement as HTMLElement).getBoundingClientRect();
    const centre = document.querySelector<HTMLElement>('.gw-centre')!;
    const b = centre.getBoundingClientRect();
    const box = [b.left, b.top, b.left + centre.clientWidth, b.top + centre.clientHeight];
    return {
      caret: [c.left, c.top, c.right, c.bottom].map(Math.round),
      box: box.map(Math.round),
      inside:
        c.left >= box[0]! - 1 &&
        c.right <= box[2]! + 1 &&
        c.top >= box[1]! - 1 &&
        c.bottom <= box[3]! + 1 &&
        c.right <= innerWidth &&
        c.bottom <= innerHeight,
    };
  });
}

for (const [w, h, scale] of [
  [1093, 614, 1.25],
  [1280, 720, 1.5],
  [1536, 864, 1.25],
] as const) {
  test.describe(`${w}×${h} at ${scale * 100} %`, () => {
    test.use({ deviceScaleFactor: scale });

    test('zoomed to the maximum the page keeps its lines, the panels fold, typing stays in view', async ({
      app,
    }) => {
      test.setTimeout(120_000);
      const { page } = app;
      mkdirSync(OUT, { recursive: true });
      await page.setViewportSize({ width: w, height: h });
      await writeFixture(app.workspace, '缩放.gwdraft');
      await app.open('缩放.gwdraft');
      await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
      const status = page.getByRole('contentinfo', { name: '状态栏' });
      const zoomText = status.getByTestId('status-zoom');
      await expect(zoomText).toHaveText('100%');

      const lines = await lineStarts(page);
      expect(lines.length, 'a paragraph of several lines').toBeGreaterThan(2);
      // 28 characters a line, as the 156 mm block holds on paper (the last line may be shorter).
      expect(lines[1]! - lines[0]!).toBe(28);

      const first = await frame(page);
      expect(first.sideways).toBeLessThanOrEqual(1);
      expect(first.outlineFolded || first.sideFolded, 'nothing folded at 100 %').toBe(false);

      let pct = 100;
      while (pct < 200) {
        await status.getByRole('button', { name: '放大页面' }).click();
        pct += 10;
        await expect(zoomText).toHaveText(`${pct}%`);
        const f = await frame(page);
        // A panel still open beside a page that scrolls sideways: the panel should have given way.
        if (f.sideways > 1)
          expect(f.outlineFolded && f.sideFolded, `sideways scroll with a panel open at ${pct}%`).toBe(true);
        // The side panel gives way before the outline does.
        if (f.outlineFolded) expect(f.sideFolded).toBe(true);
        // The editing column keeps most of the window.
        expect(f.centre.width).toBeGreaterThan(w * 0.55);
        expect(await lineStarts(page), `line breaks at ${pct}%`).toEqual(lines);
        if (pct % 50 === 0) await page.screenshot({ path: join(OUT, `zoom-${pct}-${w}x${h}.png`) });
      }
      await expect(status.getByRole('button', { name: '放大页面' })).toBeDisabled();
      const max = await frame(page);
      expect(max.outlineFolded && max.sideFolded).toBe(true);

      // Typing at the end of a long line at 200 %: the page scrolls sideways with the caret.
      const para = page.locator('.gw-page .gw-p').filter({ hasText: /.{60}/ }).first();
      await para.scrollIntoViewIfNeeded();
      await para.click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('End');
      await page.keyboard.type('并按季度通报落实情况');
      await expect(para).toContainText('并按季度通报落实情况');
      const typed = await caretInView(page);
      expect(typed.inside, `caret ${typed.caret} outside ${typed.box}`).toBe(true);
      expect(max.sideways, 'the 200 % page scrolls sideways in a window this size').toBeGreaterThan(0);
      await page.screenshot({ path: join(OUT, `zoom-200-typing-${w}x${h}.png`) });
      // Home: the start of the line the caret is on, where the browser draws it (at a wrap the DOM
      // also calls it the end of the line above, a column's width away at 200 %).
      await page.keyboard.press('Home');
      const lineStart = await page.evaluate(() => {
        const r = getSelection()!.getRangeAt(0);
        const next = document.createRange();
        next.setStart(r.startContainer, r.startOffset);
        next.setEnd(r.startContainer, r.startOffset + 1);
        const c = next.getBoundingClientRect();
        const centre = document.querySelector<HTMLElement>('.gw-centre')!;
        const b = centre.getBoundingClientRect();
        return { left: c.left, from: b.left, to: b.left + centre.clientWidth };
      });
      expect(lineStart.left).toBeGreaterThanOrEqual(lineStart.from - 1);
      expect(lineStart.left).toBeLessThan(lineStart.to);
      // Back to the part's start: the column scrolls back with the caret.
      await page.keyboard.press('Control+Home');
      await page.keyboard.type('经');
      const home = await caretInView(page);
      expect(home.inside, `caret ${home.caret} outside ${home.box}`).toBe(true);

      // The folded side panel opens from its rail, over the page, and a jump folds it again.
      await page.getByRole('tab', { name: '检查清单' }).click();
      const panel = page.getByRole('complementary', { name: '检查清单' });
      await expect(panel).toBeVisible();
      const box = (await panel.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(w + 1);
      await page.screenshot({ path: join(OUT, `zoom-200-checklist-${w}x${h}.png`) });
      await panel.getByRole('button', { name: /学习宣传贯彻习近平法治思想/ }).click();
      await expect(page.locator('#sec-rule-of-law-thought')).toHaveClass(/gw-target/);
      await expect(panel).toBeHidden();
      expect((await frame(page)).sideFolded).toBe(true);

      // ✕ and Esc fold it too; the tab is still there to open it again.
      await page.getByRole('tab', { name: '指引' }).click();
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await page.getByRole('button', { name: '收起侧栏' }).click();
      await expect(page.getByRole('tabpanel')).toBeHidden();
      await page.getByRole('tab', { name: '批注' }).click();
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('tabpanel')).toBeHidden();

      // The folded outline opens from its rail; Esc folds it and leaves the focus on the rail button.
      const outline = page.getByRole('navigation', { name: '大纲' });
      const outlineRail = outline.getByRole('button', { name: '大纲', exact: true });
      const part = outline.getByRole('button', { name: /七、/ });
      await outlineRail.focus();
      await page.keyboard.press('Enter');
      await expect(part).toBeVisible();
      await part.focus();
      await page.keyboard.press('Escape');
      await expect(part).toBeHidden();
      await expect(outlineRail).toBeFocused();
      // Choosing a part jumps there and folds it.
      await outlineRail.click();
      await expect(part).toBeVisible();
      await page.screenshot({ path: join(OUT, `zoom-200-outline-${w}x${h}.png`) });
      await part.click();
      await expect(part).toBeHidden();
      await expect(page.locator('#sec-other')).toBeInViewport();

      // By keyboard: F6 from the text reaches the rail's tab, Enter opens its panel, Esc folds it and
      // leaves the focus on the tab, as it does on the outline's rail.
      await page.keyboard.press('F6');
      const selectedTab = page.getByRole('tab', { selected: true });
      await expect(selectedTab).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(page.getByRole('tabpanel')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(page.getByRole('tabpanel')).toBeHidden();
      await expect(selectedTab).toBeFocused();

      // An Escape a form in the panel takes for itself (人工确认's 取消) is the form's: it closes and sends the
      // focus back to the text, as it does unfolded (the overlay folds as the focus goes there), and the
      // panel does not take the focus to its tab.
      await page.getByRole('tab', { name: '检查清单' }).click();
      await panel.getByRole('button', { name: '人工确认…' }).first().click();
      const note = panel.getByLabel('确认说明');
      await expect(note).toBeFocused();
      await page.keyboard.press('Escape');
      await expect(note).toBeHidden();
      await expect
        .poll(() =>
          page.evaluate(() => document.activeElement?.closest('.gw-page [data-slate-editor]') !== null),
        )
        .toBe(true);
      await expect(panel).toBeHidden();

      // Ctrl+0 in the text is 设为正文; outside it (here the status bar) it resets the zoom.
      await zoomText.focus();
      await page.keyboard.press('Control+0');
      await expect(zoomText).toHaveText('100%');
      const back = await frame(page);
      expect(back.outlineFolded || back.sideFolded).toBe(false);
      expect(back.sideways).toBeLessThanOrEqual(1);
      expect(await lineStarts(page)).toEqual(lines);
    });
  });
}

test('the zoom is a setting: it comes back after a restart', async ({ app }) => {
  const { page } = app;
  await writeFixture(app.workspace, '缩放.gwdraft');
  await app.open('缩放.gwdraft');
  const zoomText = page.getByRole('contentinfo', { name: '状态栏' }).getByTestId('status-zoom');
  await expect(zoomText).toHaveText('100%');
  await page.locator('.gw-centre').hover();
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Equal');
  await page.keyboard.press('Control+Equal');
  await expect(zoomText).toHaveText('130%');
  // Written to the settings file in the app data folder, not to the page's origin.
  await expect
    .poll(async () => {
      const s = await readFile(join(app.dataDir, 'settings.json'), 'utf8').catch(() => '{}');
      return (JSON.parse(s) as { zoom?: number }).zoom;
    })
    .toBe(1.3);
  await app.crashAndRestart();
  await app.open('缩放.gwdraft');
  await expect(app.page.getByRole('contentinfo', { name: '状态栏' }).getByTestId('status-zoom')).toHaveText(
    '130%',
  );
});

test('a comment while the zoom folds the side panel: 批注 opens over the page with the new comment', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1093, height: 614 });
  await writeFixture(app.workspace, '缩放.gwdraft');
  await app.open('缩放.gwdraft');
  const status = page.getByRole('contentinfo', { name: '状态栏' });
  for (let i = 0; i < 3; i++) await status.getByRole('button', { name: '放大页面' }).click();
  await expect(status.getByTestId('status-zoom')).toHaveText('130%');
  expect((await frame(page)).sideFolded).toBe(true);

  const quote = '党组会';
  await selectText(page.getByRole('textbox', { name: /^一、/ }), quote);
  await page.keyboard.press('Control+Alt+M');
  // The reviewer's name is asked first: answering it does not fold the panel under the dialog.
  const who = page.getByRole('dialog', { name: '审阅人' });
  await who.getByLabel('姓名').fill('李明');
  await who.getByLabel('单位').fill('市司法局');
  await who.getByRole('button', { name: '确定' }).click();
  const box = page.getByRole('group', { name: '新批注' });
  await expect(box).toContainText(quote);
  await expect(box).toBeInViewport();
  await box.getByLabel('批注内容').fill('请写明学习次数');
  await box.getByRole('button', { name: '添加批注' }).click();
  await expect(box).toBeHidden();
  await page.getByRole('tab', { name: '批注' }).click();
  await expect(page.getByRole('article', { name: `批注：${quote}`, exact: true })).toBeVisible();
});
