/**
 * 改用提纲: a report imported on its own outline (自拟提纲) is put on the shipped 法定五项内容 outline;
 * the sections and the checklist follow it, nothing is lost, and one 撤销 brings the old outline back.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { selectText } from './editor-helpers';

const OWN = [
  '某市司法局2024年法治政府建设年度报告',
  '一、聚焦规范执法，提升执法质效',
  '全年办理行政执法案件120件。',
  '二、存在的不足和原因',
  '执法力量不足。',
  '三、读书分享活动',
  '组织读书会3次。',
  '四、2025年度推进法治政府建设的主要安排',
  '加强执法培训。',
].join('\n');

test('改用提纲: own outline → 法定五项内容, preview, checklist follows, 撤销 restores', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await writeFile(join(app.workspace, '自拟提纲.txt'), OWN);
  await app.open('自拟提纲.txt');
  const section = (name: RegExp) => page.getByRole('textbox', { name });
  await expect(section(/^一、聚焦规范执法/)).toBeVisible();
  await expect(section(/^三、读书分享活动/)).toBeVisible();
  await page.getByRole('tab', { name: '检查清单' }).click();
  const panel = page.getByRole('complementary', { name: '检查清单' });
  await expect(panel).toBeVisible();
  // The own outline has no 标题与提纲一致 item; the statutory outline does.
  await expect(panel.locator('[data-item="headings"]')).toHaveCount(0);
  await expect(page.getByText('自拟提纲（按报告自身的标题）')).toBeVisible();

  // A reviewer's comment in the part no shipped section means.
  await selectText(section(/^三、读书分享活动/), '读书会3次');
  await page.keyboard.press('Control+Alt+M');
  const who = page.getByRole('dialog', { name: '审阅人' });
  await who.getByLabel('姓名').fill('李明');
  await who.getByRole('button', { name: '确定' }).click();
  const box = page.getByRole('group', { name: '新批注' });
  await box.getByLabel('批注内容').fill('请写明参加人数。');
  await box.getByRole('button', { name: '添加批注' }).click();
  await expect(box).toBeHidden();
  const card = page.getByRole('article', { name: '批注：读书会3次', exact: true });
  await expect(card).toBeVisible();

  await page.getByRole('button', { name: '改用提纲…' }).click();
  const dialog = page.getByRole('dialog', { name: '改用提纲' });
  await expect(dialog.getByRole('group', { name: '内置提纲' })).toBeVisible();
  await dialog.getByRole('radio', { name: '法定五项内容（通用）' }).check();
  const preview = dialog.getByRole('table');
  await expect(preview.getByRole('row', { name: /读书分享活动/ })).toContainText('无对应');
  await expect(preview.getByRole('row', { name: /读书分享活动/ })).toContainText('五、其他需要报告的情况');
  await expect(preview.getByRole('row', { name: /存在的不足和原因/ })).toContainText(
    '二、2024年度推进法治政府建设存在的不足和原因',
  );
  await page.screenshot({ path: '/tmp/e2e-retemplate-dialog.png' });
  await dialog.getByRole('button', { name: '改用此提纲' }).click();
  await expect(dialog).toBeHidden();

  // The sections are the statutory five; the parts no section means are kept under their old headings.
  await expect(section(/^一、2024年度推进法治政府建设的主要举措和成效/)).toBeVisible();
  await expect(section(/^二、2024年度推进法治政府建设存在的不足和原因/)).toContainText('执法力量不足。');
  await expect(section(/^四、下一年度推进法治政府建设的主要安排/)).toContainText('加强执法培训。');
  const other = section(/^五、其他需要报告的情况/);
  await expect(other).toContainText('读书分享活动');
  await expect(other).toContainText('组织读书会3次。');
  // A topical part before 不足 is one of the report's 举措.
  await expect(section(/^一、2024年度推进法治政府建设的主要举措和成效/)).toContainText(
    '全年办理行政执法案件120件。',
  );
  await expect(page.getByText('法定五项内容（通用）').first()).toBeVisible();
  await page.getByRole('tab', { name: '检查清单' }).click();
  await expect(panel.locator('[data-item="headings"]')).toHaveCount(1);
  await expect(panel.locator('[data-item="first-responsible-present"]')).toHaveAttribute(
    'data-status',
    'fail',
  );
  await page.screenshot({ path: '/tmp/e2e-retemplate-after.png' });
  // The comment is still on its words, now in section 五.
  await page.getByRole('tab', { name: '批注' }).click();
  await expect(card).toBeVisible();
  await expect(other.locator('span.gw-c[data-c]', { hasText: '读书会3次' })).toHaveCount(1);

  // One 撤销: the own outline as it was.
  await page.getByRole('button', { name: '撤销', exact: true }).click();
  await expect(section(/^一、聚焦规范执法/)).toBeVisible();
  await expect(page.getByText('已撤销改用提纲，恢复为“自拟提纲（按报告自身的标题）”。')).toBeVisible();
  await expect(section(/^三、读书分享活动/)).toContainText('组织读书会3次。');
  await expect(section(/^五、其他需要报告的情况/)).toHaveCount(0);
  await page.getByRole('tab', { name: '检查清单' }).click();
  await expect(panel.locator('[data-item="headings"]')).toHaveCount(0);
  // 重做 puts it on the statutory outline again.
  await page.getByRole('button', { name: '重做', exact: true }).click();
  await expect(section(/^五、其他需要报告的情况/)).toContainText('读书分享活动');

  // Saved: the file is on the statutory outline, the comment anchored in 其他需要报告的情况.
  await app.saveAs('改用提纲');
  const saved = JSON.parse(await readFile(join(app.workspace, '改用提纲.gwdraft'), 'utf8')) as {
    templateId: string;
    template?: unknown;
    comments: { anchor: { exact: string; sectionId: string } }[];
  };
  expect(saved.templateId).toBe('statutory-five');
  expect(saved.template).toBeUndefined();
  expect(saved.comments.map((t) => t.anchor)).toMatchObject([{ exact: '读书会3次', sectionId: 'other' }]);
});

/** Ctrl+Z reaching the window from outside any dialog, as the Electron menu's 撤销 reaches the page. */
async function undoFromOutside(page: Page): Promise<void> {
  await page.evaluate(() =>
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true })),
  );
}

test('改用提纲 acts on the document as it is when applied: an undo reaching the document while the dialog is open is kept, and a dialog whose document was replaced closes', async ({
  app,
}) => {
  const { page } = app;
  await page.setViewportSize({ width: 1440, height: 900 });
  await writeFile(join(app.workspace, '自拟提纲.txt'), OWN);
  await app.open('自拟提纲.txt');
  const section = (name: RegExp) => page.getByRole('textbox', { name });
  const first = section(/^一、聚焦规范执法/);
  await first.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('此句随后撤销。');
  await expect(first).toContainText('此句随后撤销。');

  const dialog = page.getByRole('dialog', { name: '改用提纲' });
  await page.getByRole('button', { name: '改用提纲…' }).click();
  await dialog.getByRole('radio', { name: '法定五项内容（通用）' }).check();
  await expect(dialog.getByRole('table')).toBeVisible();
  // Ctrl+Z in the dialog leaves the document under it alone …
  await page.keyboard.press('Control+z');
  await expect(first).toContainText('此句随后撤销。');
  // … but an undo can still reach it while the dialog is open (the Electron menu's 撤销: here a Ctrl+Z
  // the window gets from outside the dialog) …
  await undoFromOutside(page);
  await expect(first).not.toContainText('此句随后撤销。');
  await dialog.getByRole('button', { name: '改用此提纲' }).click();
  await expect(dialog).toBeHidden();
  // … and the outline is changed on the document as it is now: the undone sentence stays undone.
  const measures = section(/^一、2024年度推进法治政府建设的主要举措和成效/);
  await expect(measures).toContainText('全年办理行政执法案件120件。');
  await expect(measures).not.toContainText('此句随后撤销');

  // The dialog opened again on the new outline; an undo reaching the document then brings the old outline
  // back (another document): the dialog, made for the one replaced, closes instead of applying to it.
  await page.getByRole('button', { name: '改用提纲…' }).click();
  await dialog.getByRole('radio').first().check();
  await expect(dialog.getByRole('table')).toBeVisible();
  await undoFromOutside(page);
  await expect(section(/^一、聚焦规范执法/)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(section(/^三、读书分享活动/)).toContainText('组织读书会3次。');
});
