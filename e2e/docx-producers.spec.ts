import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CORPUS_DOCX } from '../test/fixtures/corpus/docx-corpus';
import { expect, sectionBox, test } from './fixtures';

test('a report saved by WPS (红头 and 版记 in tables, 楷体 接排, hidden 填报说明) opens as the clerk sees it', async ({
  app,
}) => {
  const { page } = app;
  await writeFile(
    join(app.workspace, '人社局报告.docx'),
    CORPUS_DOCX['31-wps-department-red-header-2024.docx']!(),
  );
  await app.open('人社局报告.docx');
  const first = sectionBox(page, '一、');
  await expect(first).toContainText('深入学习贯彻习近平法治思想');
  await expect(first).toContainText('劳动保障监察立案（件）');
  await expect(first).toContainText('注：调解成功率');
  await expect(page.locator('body')).not.toContainText('填报说明');
  // The 版记 is in no part of the text; the 导入说明 names it as left out.
  await expect(page.getByRole('textbox').filter({ hasText: '抄送' })).toHaveCount(0);
  await expect(page.locator('body')).toContainText('（抄送：市委依法治市办。；');
  await expect(page.locator('body')).toContainText('不是报告正文，未导入');
  await page.screenshot({ path: test.info().outputPath('wps-report.png') });
});

test('a Word file cut short or empty is refused with what to do, and the open report stays', async ({
  app,
}) => {
  const { page } = app;
  await writeFile(
    join(app.workspace, '人社局报告.docx'),
    CORPUS_DOCX['31-wps-department-red-header-2024.docx']!(),
  );
  await app.open('人社局报告.docx');
  await expect(sectionBox(page, '一、')).toContainText('深入学习贯彻习近平法治思想');
  const full = CORPUS_DOCX['32-street-website-copy-into-word-2024.docx']!();
  await writeFile(join(app.workspace, '没下载完.docx'), full.subarray(0, full.length >> 1));
  await writeFile(join(app.workspace, '空文件.docx'), new Uint8Array(0));
  await app.open('没下载完.docx');
  await expect(page.getByRole('alert').filter({ hasText: '没下载完.docx' })).toContainText('不完整');
  await app.open('空文件.docx');
  await expect(page.getByRole('alert').filter({ hasText: '空文件.docx' })).toContainText(/空|0 字节/);
  await expect(sectionBox(page, '一、')).toContainText('深入学习贯彻习近平法治思想');
  await page.screenshot({ path: test.info().outputPath('truncated.png') });
});
