/**
 * Screenshots of the main window for the README. They land in test-results/; with
 * GWDRAFT_SCREENSHOTS=1 they are written to docs/screenshots/ instead (look at them before committing).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures';
import { editors, newZhanjiangReport, paste } from './editor-helpers';

const OUT = process.env.GWDRAFT_SCREENSHOTS
  ? fileURLToPath(new URL('../docs/screenshots/', import.meta.url))
  : fileURLToPath(new URL('../test-results/screenshots/', import.meta.url));

const SECTION_TEXT: Record<number, string> = {
  0: '2025年，我局坚持以习近平法治思想为指导，深入贯彻党的二十届三中全会精神，把推进依法行政与经济高质量发展结合起来，切实落实各项法治政府建设工作任务。现将有关情况报告如下：',
  1: '局党组把学习贯彻习近平总书记重要讲话和重要指示精神作为第一议题，全年召开党组会议专题学习12次，理论学习中心组集体学习8次。\n（一）落实第一议题制度\n党组会议坚持第一议题制度，及时传达学习中央和省、市关于法治建设的决策部署。',
  4: '（一）依法全面履行政府职能\n1.权责清单动态管理\n全年动态调整权责清单事项2次，公布行政许可事项36项。\n2.优化营商环境\n推行“一网通办”，政务服务事项网上可办率达到100%。\n（二）严格规范公正文明执法\n全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，全年开展执法检查36次。',
};

test('screenshots of the editor', async ({ app }) => {
  const page = app.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  mkdirSync(OUT, { recursive: true });
  await expect(page.getByRole('button', { name: '新建', exact: true })).toBeVisible();
  await page.screenshot({ path: join(OUT, 'start.png') });

  await newZhanjiangReport(page, '吴川市科工贸和信息化局', 2025);
  await page.getByLabel('署名', { exact: true }).fill('吴川市科工贸和信息化局');
  await page.getByLabel('成文日期', { exact: true }).fill('2026-01-20');
  const boxes = editors(page);
  for (const [i, text] of Object.entries(SECTION_TEXT)) {
    const box = boxes.nth(Number(i));
    await box.click();
    await paste(box, { text });
  }
  await page.locator('.gw-meta summary').click();
  await page.getByRole('button', { name: /四、主要举措和成效/ }).click();
  await page.waitForTimeout(400);
  await page.screenshot({ path: join(OUT, 'editor.png') });

  await page.keyboard.press('Control+h');
  const bar = page.getByRole('search', { name: '查找替换' });
  await bar.getByLabel('查找内容').fill('执法');
  await bar.getByLabel('替换为').fill('行政执法');
  await bar.getByRole('button', { name: '下一个' }).click();
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, 'find-replace.png') });
});
