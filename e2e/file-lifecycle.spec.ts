import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { overlappingEntries } from '../test/fixtures/docx/hostile-zip';
import { expect, newReport, sectionBox, test } from './fixtures';

const TEXT = '我局全年组织法治专题培训十二次，参训干部八百六十人次。';

test('new report from a template → type → save → reopen: the text is intact', async ({ app }) => {
  const { page } = app;
  await newReport(page, '吴川市科工贸和信息化局');
  await sectionBox(page, '一、').click();
  await page.keyboard.insertText(TEXT);
  await expect(sectionBox(page, '一、')).toContainText(TEXT);
  await app.saveAs('年度报告');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const onDisk = await readFile(join(app.workspace, '年度报告.gwdraft'), 'utf8');
  expect(onDisk).toContain(TEXT);

  // A fresh start of the page (nothing in memory), then 打开 from the workspace.
  await page.reload();
  await app.open('年度报告.gwdraft');
  await expect(sectionBox(page, '一、')).toContainText(TEXT);
  await expect(page.getByRole('textbox', { name: /^二、/ })).toBeVisible();
});

test('a damaged file is refused with a clear message, and nothing is lost', async ({ app }) => {
  const { page } = app;
  await newReport(page, '吴川市司法局');
  await sectionBox(page, '一、').click();
  await page.keyboard.insertText(TEXT);
  await app.saveAs('好文件');
  const good = await readFile(join(app.workspace, '好文件.gwdraft'), 'utf8');
  // Cut off mid-file, as a copy interrupted on a USB stick would be.
  const damaged = good.slice(0, Math.floor(good.length * 0.6));
  await writeFile(join(app.workspace, '损坏的报告.gwdraft'), damaged);

  await app.open('损坏的报告.gwdraft');
  const alert = page.getByRole('alert').filter({ hasText: '损坏的报告.gwdraft' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText(/不完整|损坏|无效|格式/);
  // The open report is still there, unchanged, and the damaged file was not touched.
  await expect(sectionBox(page, '一、')).toContainText(TEXT);
  expect(await readFile(join(app.workspace, '损坏的报告.gwdraft'), 'utf8')).toBe(damaged);
});

test('hostile Word files are refused with a message naming the problem, and the open report stays', async ({
  app,
}) => {
  const { page } = app;
  await newReport(page, '吴川市司法局');
  await sectionBox(page, '一、').click();
  await page.keyboard.insertText(TEXT);
  await app.saveAs('本年报告');
  // A thousand central-directory entries over one stream (a zip bomb counted a thousand times), and a
  // document.xml whose tags are never closed (it used to import silently as an empty report).
  await writeFile(join(app.workspace, '重叠炸弹.docx'), overlappingEntries(1000, 1 << 16));
  const unclosed = '<?xml version="1.0"?><w:document xmlns:w="w"><w:body><w:p><w:r><w:t>正文';
  await writeFile(join(app.workspace, '残缺正文.docx'), zipSync({ 'word/document.xml': strToU8(unclosed) }));

  await app.open('重叠炸弹.docx');
  const bomb = page.getByRole('alert').filter({ hasText: '重叠炸弹.docx' });
  await expect(bomb).toContainText('重叠');
  await app.open('残缺正文.docx');
  const bad = page.getByRole('alert').filter({ hasText: '残缺正文.docx' });
  await expect(bad).toContainText('word/document.xml');
  // Texts are imported in the same worker: one that is not text, and one too large to save as a draft.
  await writeFile(
    join(app.workspace, '图片.txt'),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]),
  );
  const many = Array.from({ length: 250_000 }, (_, i) => `第${i}项。`).join('\n');
  await writeFile(join(app.workspace, '超长文本.txt'), many);
  await app.open('图片.txt');
  await expect(page.getByRole('alert').filter({ hasText: '图片.txt' })).toContainText('不是文本文件');
  await app.open('超长文本.txt');
  await expect(page.getByRole('alert').filter({ hasText: '超长文本.txt' })).toContainText(
    '导入后的报告过大',
    {
      timeout: 20_000,
    },
  );
  await page.screenshot({ path: test.info().outputPath('hostile-docx.png') });
  await expect(sectionBox(page, '一、')).toContainText(TEXT);
});

test('a file changed on disk since it was opened is not overwritten: save offers 另存为', async ({ app }) => {
  const { page } = app;
  await newReport(page, '吴川市交通运输局');
  await sectionBox(page, '一、').click();
  await page.keyboard.insertText(TEXT);
  await app.saveAs('共享报告');
  const file = join(app.workspace, '共享报告.gwdraft');
  // A colleague's copy lands over it (a later mtime, different content).
  const theirs = (await readFile(file, 'utf8')).replace(TEXT, '同事修改的版本。');
  await new Promise((r) => setTimeout(r, 50));
  await writeFile(file, theirs);

  await sectionBox(page, '一、').click();
  await page.keyboard.press('End');
  await page.keyboard.insertText('我的补充。');
  await page.getByRole('toolbar').getByRole('button', { name: '保存', exact: true }).click();
  const alert = page.getByRole('alert').filter({ hasText: '另存为' });
  await expect(alert).toBeVisible();
  expect(await readFile(file, 'utf8')).toBe(theirs);

  await alert.getByRole('button', { name: '另存为' }).click();
  const dialog = page.getByRole('dialog', { name: '另存为' });
  await dialog.getByLabel('文件名').fill('我的版本');
  await dialog.getByRole('button', { name: /保存/ }).click();
  await expect
    .poll(() => readFile(join(app.workspace, '我的版本.gwdraft'), 'utf8').catch(() => ''))
    .toContain('我的补充。');
  expect(await readFile(file, 'utf8')).toBe(theirs);
});

test('a Markdown report in the workspace is imported, never overwritten, and saved as a new draft', async ({
  app,
}) => {
  const { page } = app;
  const md = [
    '# 吴川市某某局',
    '## 2024 年法治政府建设年度报告',
    '',
    '2024 年，我局坚持以习近平法治思想为指导。现将有关情况报告如下：',
    '',
    '一、深入学习贯彻习近平总书记重要讲话重要指示精神的情况',
    '',
    '**（一）强化理论学习。** 局党组全年开展集体学法 6 次，',
    '',
    '覆盖全体干部职工。',
    '',
    '吴川市某某局',
    '2024年12月12日',
  ].join('\n');
  await writeFile(join(app.workspace, '去年报告.md'), md);
  await app.open('去年报告.md');
  await expect(sectionBox(page, '一、')).toContainText('局党组全年开展集体学法 6 次');
  // Every import note stays readable in the 指引 tab (the notice line shows only the last one).
  await page.getByText(/导入说明（\d+ 条）/).click();
  // One heading of seven fits no outline well enough: the report keeps its own (自拟提纲), and says why.
  await expect(page.getByText('按标题匹配选用模板：自拟提纲（按报告自身的标题）。')).toBeVisible();
  await expect(page.getByText(/^选择依据：.*湛江市部门法治政府建设年度报告/u)).toBeVisible();
  await app.saveAs('今年报告');
  await expect
    .poll(() => readFile(join(app.workspace, '今年报告.gwdraft'), 'utf8').catch(() => ''))
    .toContain('集体学法');
  expect(await readFile(join(app.workspace, '去年报告.md'), 'utf8')).toBe(md);
});
