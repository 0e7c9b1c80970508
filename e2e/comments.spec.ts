/**
 * Reviewer comments in the editor (issue 8): select text → comment → reply → resolve → save → reopen;
 * deleting the commented text keeps the thread as 原文已删除 with its quote; 审阅模式 blocks typing but
 * not commenting; 合并批注… brings a reviewer's copy back. With GWDRAFT_SCREENSHOTS=1 the screenshots go
 * to docs/screenshots/ (look at them before committing), else to test-results/screenshots/.
 */
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Locator, Page } from '@playwright/test';
import { expect, newReport, test } from './fixtures';
import { editorText, exportedDocxPath, selectText } from './editor-helpers';

const OUT = process.env.GWDRAFT_SCREENSHOTS
  ? fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
  : fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

const TEXT = '我局全年组织法治专题培训十二次，参训干部八百六十人次，覆盖全部执法人员。';
const QUOTE = '法治专题培训十二次';

/** Section 一's editing area, found by its label (in 审阅模式 it is no longer a textbox). */
function section1(page: Page): Locator {
  return page.locator('[data-slate-editor="true"][aria-label^="一、"]');
}

async function typeReport(page: Page): Promise<void> {
  await newReport(page, '某市交通运输局');
  await section1(page).click();
  await page.keyboard.insertText(TEXT);
  await expect(section1(page)).toContainText(TEXT);
}

/** Add a comment on `quote` (asks for the reviewer the first time). */
async function comment(
  page: Page,
  quote: string,
  text: string,
  how: 'key' | 'button' = 'key',
): Promise<void> {
  await selectText(section1(page), quote);
  if (how === 'key') await page.keyboard.press('Control+Alt+M');
  else
    await page
      .getByRole('group', { name: '审阅' })
      .getByRole('button', { name: '批注', exact: true })
      .click();
  const who = page.getByRole('dialog', { name: '审阅人' });
  if (await who.isVisible().catch(() => false)) {
    await who.getByLabel('姓名').fill('李明');
    await who.getByLabel('单位').fill('市司法局');
    await who.getByRole('button', { name: '确定' }).click();
  }
  const box = page.getByRole('group', { name: '新批注' });
  await expect(box).toContainText(quote);
  await box.getByLabel('批注内容').fill(text);
  await box.getByRole('button', { name: '添加批注' }).click();
  await expect(box).toBeHidden();
}

function card(page: Page, quote: string): Locator {
  return page.getByRole('article', { name: `批注：${quote}`, exact: true });
}

interface SavedThread {
  id: string;
  resolved: boolean;
  detached: boolean;
  anchor: { exact: string };
  comments: { author: string; initials: string; unit?: string; text: string }[];
}
interface SavedFile {
  report: {
    comments: SavedThread[];
    sections: { blocks: { children: { text: string; comments?: string[] }[] }[] }[];
  };
}

async function readDraft(workspace: string, name: string): Promise<SavedFile['report']> {
  const raw = JSON.parse(await readFile(join(workspace, name), 'utf8')) as SavedFile | SavedFile['report'];
  return 'report' in raw ? raw.report : raw;
}

test('comment → reply → resolve → save → reopen: the thread is there, resolved, on the same text', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await typeReport(page);
  await comment(page, QUOTE, '请补充培训覆盖率。');

  // The text is highlighted and the 批注 tab shows the thread with its author, initials and time.
  const marked = section1(page).locator('.gw-c');
  await expect(marked).toHaveText(QUOTE);
  await expect(page.getByRole('tab', { name: '批注' })).toHaveAttribute('aria-selected', 'true');
  const c = card(page, QUOTE);
  await expect(c).toContainText('请补充培训覆盖率。');
  await expect(c).toContainText('李明');
  await expect(c).toContainText('市司法局');
  await expect(c.locator('.gw-c-avatar').first()).toHaveText('李');

  await c.getByLabel('回复').fill('已补充：覆盖率100%。');
  await c.getByRole('button', { name: '回复', exact: true }).click();
  await expect(c).toContainText('已补充：覆盖率100%。');
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, 'comments.png') });

  await c.getByRole('button', { name: '解决' }).click();
  await expect(c).toContainText('已解决');
  await page.getByRole('radio', { name: /未解决/ }).click();
  await expect(c).toBeHidden();
  await page.getByRole('radio', { name: /已解决/ }).click();
  await expect(c).toBeVisible();

  await app.saveAs('批注测试');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const saved = await readDraft(app.workspace, '批注测试.gwdraft');
  expect(saved.comments).toHaveLength(1);
  const t = saved.comments[0]!;
  expect(t).toMatchObject({ resolved: true, detached: false, anchor: { exact: QUOTE } });
  expect(t.comments.map((x) => x.text)).toEqual(['请补充培训覆盖率。', '已补充：覆盖率100%。']);
  expect(t.comments[0]).toMatchObject({ author: '李明', initials: '李', unit: '市司法局' });
  const leaves = saved.sections[0]!.blocks[0]!.children;
  expect(
    leaves
      .filter((l) => l.comments?.includes(t.id))
      .map((l) => l.text)
      .join(''),
  ).toBe(QUOTE);

  // A fresh page: open the file again.
  await page.reload();
  await app.open('批注测试.gwdraft');
  await expect(section1(page)).toContainText(TEXT);
  await expect(section1(page).locator(`.gw-c[data-c~="${t.id}"]`)).toHaveText(QUOTE);
  await page.getByRole('tab', { name: '批注' }).click();
  const again = card(page, QUOTE);
  await expect(again).toContainText('已解决');
  await expect(again).toContainText('已补充：覆盖率100%。');
  // The caret in the commented text brings its thread forward.
  await expect(again).not.toHaveAttribute('aria-current', 'true');
  await section1(page).locator('.gw-c').click();
  await expect(again).toHaveAttribute('aria-current', 'true');
  // Its quote jumps to the text and selects it.
  await again.getByRole('button', { name: `“${QUOTE}”` }).click();
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe(QUOTE);
  await expect(again).toHaveAttribute('aria-current', 'true');
});

test('deleting the commented text keeps the thread, shown as 原文已删除 with its quote', async ({ app }) => {
  const { page } = app;
  await typeReport(page);
  await comment(page, QUOTE, '数字请核实。', 'button');
  await expect(card(page, QUOTE)).toBeVisible();
  // 撤销 right after adding takes the comment away, 重做 brings it back (as in Word).
  await page.getByRole('button', { name: '撤销' }).click();
  await expect(card(page, QUOTE)).toBeHidden();
  await expect(section1(page).locator('.gw-c')).toHaveCount(0);
  await page.getByRole('button', { name: '重做' }).click();
  await expect(card(page, QUOTE)).toBeVisible();
  await expect(section1(page).locator('.gw-c')).toHaveText(QUOTE);

  // Typing inside the commented words moves the anchor with them.
  await selectText(section1(page), '十二次');
  await page.keyboard.insertText('十三次');
  const moved = '法治专题培训十三次';
  await expect(card(page, moved)).toBeVisible();

  // Delete a wider stretch that holds all of the commented text.
  await selectText(section1(page), `组织${moved}，`);
  await page.keyboard.press('Backspace');
  await expect(section1(page)).not.toContainText('培训');
  const c = card(page, moved);
  await expect(c).toContainText('原文已删除');
  await expect(c).toContainText('数字请核实。');
  await expect(section1(page).locator('.gw-c')).toHaveCount(0);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, 'comments-detached.png') });

  await app.saveAs('删除原文');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const saved = await readDraft(app.workspace, '删除原文.gwdraft');
  expect(saved.comments).toHaveLength(1);
  expect(saved.comments[0]).toMatchObject({ detached: true, anchor: { exact: moved } });

  // Undo brings the text back, and with it the thread's place.
  await section1(page).click();
  await page.keyboard.press('Control+z');
  await expect(section1(page).locator('.gw-c')).toHaveText(moved);
  await expect(card(page, moved)).not.toContainText('原文已删除');
});

test('审阅模式 blocks typing but allows commenting, and is remembered', async ({ app }) => {
  const { page } = app;
  await typeReport(page);
  const toggle = page.getByRole('button', { name: '审阅模式' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(section1(page)).toHaveAttribute('contenteditable', 'false');
  await expect(page.getByRole('button', { name: '加粗' })).toBeDisabled();
  await expect(page.getByLabel('机关', { exact: true })).not.toBeEditable();
  // Replacing in the text is refused, with the reason.
  await page.keyboard.press('Control+h');
  const bar = page.getByRole('search', { name: '查找替换' });
  await bar.getByLabel('查找内容').fill('培训');
  await bar.getByLabel('替换为').fill('学习');
  await bar.getByRole('button', { name: '全部替换' }).click();
  await expect(page.getByRole('status').filter({ hasText: '审阅模式下不能替换正文' })).toBeVisible();
  await bar.getByLabel('查找内容').press('Escape');

  await section1(page).click();
  await page.keyboard.type('改动');
  await page.keyboard.press('Backspace');
  expect(await editorText(section1(page))).toBe(TEXT);

  await comment(page, '覆盖全部执法人员', '“全部”是否属实？');
  await expect(section1(page).locator('.gw-c')).toHaveText('覆盖全部执法人员');
  await expect(card(page, '覆盖全部执法人员')).toBeVisible();
  await expect(page.getByText('审阅模式：正文只读')).toBeVisible();
  expect(await editorText(section1(page))).toBe(TEXT);
  await page.screenshot({ path: join(OUT, 'comments-review-mode.png') });

  // The setting survives a restart of the page.
  await page.reload();
  await newReport(page, '某市交通运输局');
  await expect(page.getByRole('button', { name: '审阅模式' })).toHaveAttribute('aria-pressed', 'true');
  await expect(section1(page)).toHaveAttribute('contenteditable', 'false');
  await page.getByRole('button', { name: '审阅模式' }).click();
  await expect(section1(page)).toHaveAttribute('contenteditable', 'true');
});

test('合并批注… brings back the threads of a reviewer’s copy, anchored on the text', async ({ app }) => {
  const { page } = app;
  await typeReport(page);
  await app.saveAs('原稿');
  await expect(page.getByRole('status').filter({ hasText: '原稿' })).toBeVisible();
  // The reviewer's copy: the same text with a comment.
  await comment(page, QUOTE, '请补充培训覆盖率。');
  await app.saveAs('审阅稿');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  // The clerk's own copy has no comments and, meanwhile, a new sentence.
  await app.open('原稿.gwdraft');
  await expect(page.getByRole('article')).toHaveCount(0);
  await section1(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText('新增一句。');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  await page.getByRole('button', { name: '合并批注…' }).click();
  const dialog = page.getByRole('dialog', { name: '合并批注' });
  await expect(dialog.getByRole('button', { name: /^原稿/ })).toHaveCount(0);
  await dialog.getByRole('button', { name: /^审阅稿\.gwdraft/ }).click();
  await expect(
    page.getByRole('status').filter({ hasText: '新增 1 条批注，其中 1 条已定位到正文' }),
  ).toBeVisible();
  await expect(section1(page).locator('.gw-c')).toHaveText(QUOTE);
  await expect(card(page, QUOTE)).toContainText('请补充培训覆盖率。');

  // Merging the same copy again adds nothing.
  await page.getByRole('button', { name: '合并批注…' }).click();
  await page
    .getByRole('dialog', { name: '合并批注' })
    .getByRole('button', { name: /^审阅稿\.gwdraft/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: '没有新的批注' })).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(1);

  // The clerk dealt with the comment and deleted it: the reviewer's copy still has it, and merging it
  // again does not bring it back — the summary says so.
  page.once('dialog', (d) => void d.accept());
  await card(page, QUOTE).getByRole('button', { name: '删除', exact: true }).last().click();
  await expect(page.getByRole('article')).toHaveCount(0);
  await page.getByRole('button', { name: '合并批注…' }).click();
  await page
    .getByRole('dialog', { name: '合并批注' })
    .getByRole('button', { name: /^审阅稿\.gwdraft/ })
    .click();
  const summary = page.getByRole('status').filter({ hasText: '1 条此前已删除的批注未再加入' });
  await expect(summary).toBeVisible();
  await expect(page.getByRole('article')).toHaveCount(0);
  await expect(section1(page).locator('.gw-c')).toHaveCount(0);
  mkdirSync(OUT, { recursive: true });
  await page.screenshot({ path: join(OUT, 'comments-merge-deleted.png') });
});

test('control characters pasted into a comment are removed, line breaks kept, and the app says so', async ({
  app,
}) => {
  const { page } = app;
  await typeReport(page);
  await comment(page, QUOTE, '请补充\u0007覆盖率\n见附表\u0000');
  await expect(
    page.getByRole('status').filter({ hasText: '批注中的 2 个控制字符（U+0007、U+0000）已删除' }),
  ).toBeVisible();
  await app.saveAs('控制字符');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const saved = await readDraft(app.workspace, '控制字符.gwdraft');
  expect(saved.comments[0]!.comments[0]!.text).toBe('请补充覆盖率\n见附表');
});

test('Word round trip: 导出审阅稿, then 合并批注… from that .docx puts the thread back on the text', async ({
  app,
}) => {
  const { page } = app;
  await typeReport(page);
  await app.saveAs('底稿');
  await expect(page.getByRole('status').filter({ hasText: '底稿' })).toBeVisible();
  await comment(page, QUOTE, '请补充培训覆盖率。');
  const c = card(page, QUOTE);
  await c.getByLabel('回复').fill('已补充。');
  await c.getByRole('button', { name: '回复', exact: true }).click();
  await app.saveAs('送审稿');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();

  await page.getByRole('toolbar').getByRole('button', { name: '导出审阅稿' }).click();
  const path = await exportedDocxPath(page);
  expect(path).toMatch(/（审阅稿）\.docx$/);
  const docx = await readFile(path);
  const { unzipSync, strFromU8 } = await import('fflate');
  const commentsXml = strFromU8(unzipSync(new Uint8Array(docx))['word/comments.xml']!);
  expect(commentsXml).toContain('请补充培训覆盖率。');
  expect(commentsXml).toContain('已补充。');
  // Word keeps no unit: it goes with the name, as the app shows it.
  expect(commentsXml).toContain('w:author="李明（市司法局）"');
  await page.getByRole('button', { name: '关闭导出结果' }).click();

  // The clerk keeps writing in a copy without the thread (one deleted here would stay deleted: see
  // above); the reviewer's Word file comes back.
  await app.open('底稿.gwdraft');
  await expect(c).toBeHidden();
  await section1(page).click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText('经研究，');

  await page.getByRole('button', { name: '合并批注…' }).click();
  const name = path.split(/[\\/]/).pop()!;
  await page
    .getByRole('dialog', { name: '合并批注' })
    .getByRole('button', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .click();
  await expect(
    page.getByRole('status').filter({ hasText: '新增 1 条批注，其中 1 条已定位到正文' }),
  ).toBeVisible();
  await expect(section1(page).locator('.gw-c')).toHaveText(QUOTE);
  const back = card(page, QUOTE);
  await expect(back).toContainText('请补充培训覆盖率。');
  await expect(back).toContainText('已补充。');
  // Name and unit again, each shown once.
  await expect(back.locator('.gw-c-author').first()).toHaveText('李明');
  await expect(back.locator('.gw-c-meta').first()).toContainText('市司法局');
  await expect(back).not.toContainText('（市司法局）');
});
