/**
 * The editor as a word processor: Chinese IME edge cases, paste from Word and of huge text, one undo
 * order across sections and metadata, bold and find across it, fixed headings, and a save conflict.
 */
import type { Locator, Page } from '@playwright/test';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from './fixtures';
import {
  editorText,
  editors,
  headingLabels,
  imeCompose,
  imeType,
  newZhanjiangReport,
  paste,
} from './editor-helpers';

const ORG = '吴川市科工贸和信息化局';

function section(page: Page, n: string): Locator {
  return page.getByRole('textbox', { name: new RegExp(`^${n}、`) });
}

test('IME: clicking away mid-composition and typing over a selection neither double nor drop', async ({
  app,
}) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);
  const s1 = section(page, '一');
  const s2 = section(page, '二');
  await s1.click();
  // The guidance placeholder shows while empty and hides during composition.
  await expect(s1.locator('[data-slate-placeholder]')).toHaveCount(1);
  await imeCompose(page, 'fa');
  await expect(s1.locator('[data-slate-placeholder]')).toHaveCount(0);
  await imeType(page, 'fazhi', '法治');
  expect(await editorText(s1)).toBe('法治');
  // Click away while composing (slate#5653): the composed text lands once.
  await imeCompose(page, 'zheng');
  await imeCompose(page, '政府');
  await s2.click();
  await page.waitForTimeout(300);
  expect(await editorText(s1)).toBe('法治政府');
  expect(await editorText(s2)).toBe('');
  // Type over a selection with the IME.
  await s1.click();
  await page.keyboard.press('End');
  await page.keyboard.press('Shift+ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await imeType(page, 'jianshe', '建设');
  expect(await editorText(s1)).toBe('法治建设');
  await page.keyboard.insertText('，成效明显。');
  expect(await editorText(s1)).toBe('法治建设，成效明显。');
});

test('IME: a keyless commit that the IME also sends as an insert (slate#5653) lands once', async ({
  app,
}) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);
  const s3 = section(page, '三');
  await s3.click();
  await page.keyboard.type('我局');
  // Microsoft Pinyin in Chrome, clicking away mid-word: compositionend carries the text, then Chrome
  // replays it as deleteContentBackward + insertText, with no key pressed in between.
  await page.waitForTimeout(150);
  await s3.evaluate((el) => {
    el.dispatchEvent(new CompositionEvent('compositionstart', { data: '', bubbles: true }));
    el.dispatchEvent(new CompositionEvent('compositionend', { data: '法治', bubbles: true }));
    el.dispatchEvent(
      new InputEvent('beforeinput', { inputType: 'deleteContentBackward', bubbles: true, cancelable: true }),
    );
    el.dispatchEvent(
      new InputEvent('beforeinput', {
        inputType: 'insertText',
        data: '法治',
        bubbles: true,
        cancelable: true,
      }),
    );
  });
  await expect.poll(() => editorText(s3)).toBe('我局法治');
  // Ordinary typing of the same word right after is not swallowed.
  await page.keyboard.insertText('法治');
  await expect.poll(() => editorText(s3)).toBe('我局法治法治');
});

test('paste from Word is cleaned to paragraphs and sub-headings; a 100,000-character paste lands whole', async ({
  app,
}) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);
  const s4 = section(page, '四');
  await s4.click();
  const wordHtml = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{font-family:宋体;color:red}</style></head>
<body><!--StartFragment--><p class=MsoNormal style="text-indent:32pt"><span style="font-family:黑体;color:#ff0000">（一）依法全面履行\r\n政府职能</span><o:p></o:p></p>
<p class=MsoNormal><span style="font-size:22pt">我局全年办理行政许可</span><b>120</b><span>件。\u0007</span></p>
<p class=MsoNormal>1.权责清单管理</p><p class=MsoNormal>（1）动态调整</p><!--EndFragment--></body></html>`;
  await paste(s4, { html: wordHtml, text: '（一）依法全面履行政府职能\n我局全年办理行政许可120件。' });
  expect((await editorText(s4)).split('\n')).toEqual([
    '依法全面履行政府职能',
    '我局全年办理行政许可120件。',
    '权责清单管理',
    '动态调整',
  ]);
  expect(await headingLabels(s4)).toEqual(['（一）', '1.', '（1）']);
  // Foreign styles are gone: no inline style survives in the editing area's text.
  expect(await s4.locator('[style*="color"]').count()).toBe(0);
  await expect(page.getByRole('status').filter({ hasText: '已删除 1 个不可见的控制字符' })).toBeVisible();

  // A table from Word: one line a row, the cells apart as the imports write them (not run together).
  const s6 = section(page, '六');
  await s6.click();
  const table = `<html><body><!--StartFragment--><table class=MsoTableGrid><tr><td><p class=MsoNormal>项目</p></td>
<td><p class=MsoNormal>2023年</p></td><td><p class=MsoNormal>2024年</p></td></tr>
<tr><td><p class=MsoNormal>立案查处案件<br>（件）</p></td><td><p>96</p></td><td><p>118</p></td></tr></table><!--EndFragment--></body></html>`;
  await paste(s6, { html: table, text: '项目\t2023年\t2024年\n立案查处案件（件）\t96\t118' });
  expect((await editorText(s6)).split('\n')).toEqual([
    '项目\u3000\u30002023年\u3000\u30002024年',
    '立案查处案件（件）\u3000\u300096\u3000\u3000118',
  ]);

  const s5 = section(page, '五');
  await s5.click();
  const line = '我局严格落实行政执法公示制度，全年公示执法信息共计一百二十条，群众满意度明显提升。';
  const lines = Math.ceil(100_000 / line.length);
  await paste(s5, { text: Array.from({ length: lines }, () => line).join('\n') });
  await expect(
    page.getByRole('navigation', { name: '大纲' }).getByRole('button', { name: /五、/ }),
  ).toContainText(String(lines * line.length));
  const text = await editorText(s5);
  expect(text.split('\n').length).toBe(lines);
  // The page still answers: typing lands at the end of the pasted text.
  await page.keyboard.type('完');
  await expect.poll(async () => (await editorText(s5)).endsWith('提升。完')).toBe(true);
  // The paste is one undo step (after the typing after it).
  await page.getByRole('button', { name: '撤销' }).click();
  await page.getByRole('button', { name: '撤销' }).click();
  await expect.poll(() => editorText(s5)).toBe('');
  // Sub-heading levels from the toolbar, with the focus kept in the text.
  await s5.click();
  await page.keyboard.type('落实整改');
  await page.getByRole('button', { name: '设为（一）级标题' }).click();
  expect(await headingLabels(s5)).toEqual(['（一）']);
  await page.getByRole('button', { name: '设为正文' }).click();
  expect(await headingLabels(s5)).toEqual([]);
  await page.keyboard.type('。');
  expect(await editorText(s5)).toBe('落实整改。');
});

test('paste of items numbered 1） places them below the heading above, as the text import does', async ({
  app,
}) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);
  const s1 = section(page, '一');
  await s1.click();
  await paste(s1, {
    text: [
      '（一）抓学习',
      '1）开展会前学法。局长办公会会前学法11次。',
      '2）组织旁听庭审',
      '（二）抓制度',
      '1.规范性文件管理',
    ].join('\n'),
  });
  // Under a （一） a 1） item is its 1. level, its run-on text a paragraph of its own.
  expect((await editorText(s1)).split('\n')).toEqual([
    '抓学习',
    '开展会前学法。',
    '局长办公会会前学法11次。',
    '组织旁听庭审',
    '抓制度',
    '规范性文件管理',
  ]);
  expect(await headingLabels(s1)).toEqual(['（一）', '1.', '2.', '（二）', '1.']);
  // Pasted on a new line under the 1. heading, 1） items are its （1） level.
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await paste(s1, { text: '1）合法性审核\n2）备案审查' });
  expect((await editorText(s1)).split('\n').slice(-2)).toEqual(['合法性审核', '备案审查']);
  expect(await headingLabels(s1)).toEqual(['（一）', '1.', '2.', '（二）', '1.', '（1）', '（2）']);
});

test('paste of a 公众号 article leaves out its clutter as the text import does, and says so', async ({
  app,
}) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);
  const s2 = section(page, '二');
  await s2.click();
  // As the browser copies an article from mp.weixin.qq.com: the follow prompt, the byline, emoji rules,
  // ▌/★ before the headings, a photo caption, the credits, 往期推荐 and the buttons under it.
  const wechat = `<html><body><!--StartFragment--><section><p><span style="color:#0052ff">点击蓝字</span> <span>关注我们</span></p></section>
<div id="meta_content"><span>原创</span> <a>某某税务</a> <em>2026年01月22日 17:30</em> <em>福建</em></div>
<section><p>🔹🔹🔹</p></section>
<section><p><strong><span style="color:#c00000">▌（一）加强组织领导</span></strong></p></section>
<p style="text-indent:2em">局党委全年召开专题会议4次，研究法治政府建设重大事项；编辑印发《执法案例选编》。</p>
<section><p><strong>★（二）规范行政执法</strong></p></section>
<p>全年办理行政处罚案件120件，全部在公众号和门户网站公示，阅读量达3万人次。</p>
<p style="text-align:center">▲ 图为局党委召开专题会议研究依法治税工作</p>
<section><p>🔹🔹🔹</p></section><p>编辑：林晓</p><p>审核：陈明</p>
<p><strong>往期推荐</strong></p><p><a href="https://mp.weixin.qq.com/s/a">“便民办税春风行动”在行动</a></p>
<p><a href="https://mp.weixin.qq.com/s/b">个税汇算开始啦</a></p>
<p>阅读原文</p><p>分享 收藏 点赞 在看</p><!--EndFragment--></body></html>`;
  await paste(s2, { html: wechat, text: '点击蓝字 关注我们\n（一）加强组织领导' });
  expect((await editorText(s2)).split('\n')).toEqual([
    '加强组织领导',
    '局党委全年召开专题会议4次，研究法治政府建设重大事项；编辑印发《执法案例选编》。',
    '规范行政执法',
    '全年办理行政处罚案件120件，全部在公众号和门户网站公示，阅读量达3万人次。',
  ]);
  expect(await headingLabels(s2)).toEqual(['（一）', '（二）']);
  const notice = page.getByRole('status').filter({ hasText: '已删除网页和公众号的附加内容' });
  await expect(notice).toContainText('已删除网页和公众号的附加内容 12 行（如“点击蓝字关注我们”）');
  await expect(notice).toContainText('已去掉 2 个标题前后的“▌”“★”“【】”等符号');
  await page.screenshot({ path: test.info().outputPath('paste-wechat.png') });

  // The same paste as text only (a plain-text clipboard): the same lines are left out.
  const s3 = section(page, '三');
  await s3.click();
  await paste(s3, {
    text: [
      '点击蓝字 关注我们',
      '',
      '▌（一）加强组织领导',
      '局党委召开会议4次。',
      '',
      '编辑：林晓',
      '审核：陈明',
    ].join('\n'),
  });
  expect((await editorText(s3)).split('\n')).toEqual(['加强组织领导', '局党委召开会议4次。']);
  // A paste of a line of report text alone is never touched.
  const s6 = section(page, '六');
  await s6.click();
  await paste(s6, { text: '编辑：林晓' });
  expect(await editorText(s6)).toBe('编辑：林晓');
});

test('one undo order across sections and metadata; replace-all across bold is one step', async ({ app }) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);
  const s1 = section(page, '一');
  const s2 = section(page, '二');
  await s1.click();
  await page.keyboard.type('甲段行政');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('执法');
  await page.keyboard.press('Control+b');
  await page.keyboard.type('工作。');
  await expect(s1.locator('.gw-bold')).toHaveText('执法');
  await s2.click();
  await page.keyboard.type('乙段行政执法工作。');
  await page.getByLabel('机关', { exact: true }).fill('某市司法局');
  await expect(page.locator('.gw-title')).toContainText('某市司法局');

  // Ctrl+Z from the metadata field undoes the most recent change anywhere: the 机关 first.
  await page.getByLabel('机关', { exact: true }).press('Control+z');
  await expect(page.locator('.gw-title')).toContainText(ORG);
  await page.getByRole('button', { name: '撤销' }).click();
  expect(await editorText(s2)).toBe('');
  expect(await editorText(s1)).toContain('甲段');
  await page.getByRole('button', { name: '重做' }).click();
  expect(await editorText(s2)).toBe('乙段行政执法工作。');

  // Find across the bold boundary, replace all, undo once.
  await page.keyboard.press('Control+h');
  const bar = page.getByRole('search', { name: '查找替换' });
  await bar.getByLabel('查找内容').fill('行政执法工作');
  await expect(bar.getByRole('status')).toHaveText('第 1 处，共 2 处');
  await bar.getByLabel('替换为').fill('执法');
  await bar.getByRole('button', { name: '全部替换' }).click();
  expect(await editorText(s1)).toBe('甲段执法。');
  expect(await editorText(s2)).toBe('乙段执法。');
  await page.getByRole('button', { name: '撤销' }).click();
  expect(await editorText(s1)).toBe('甲段行政执法工作。');
  expect(await editorText(s2)).toBe('乙段行政执法工作。');
});

test('section headings cannot be edited, deleted or merged into', async ({ app }) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);
  const s2 = section(page, '二');
  const heading = page.locator('#h-rule-of-law-thought');
  const before = await heading.textContent();
  await s2.click();
  await page.keyboard.type('正文');
  await page.keyboard.press('Control+Home');
  for (let i = 0; i < 3; i++) await page.keyboard.press('Backspace');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.type('新');
  await expect(heading).toHaveText(before!);
  expect(await editorText(s2)).toBe('新');
  expect(await heading.getAttribute('contenteditable')).toBeNull();
  await expect(editors(page)).toHaveCount(8);
});

test('saving over a file changed elsewhere says so and offers 另存为', async ({ app }) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);
  await section(page, '一').click();
  await page.keyboard.type('第一稿。');
  await app.saveAs('冲突测试');
  const file = join(app.workspace, '冲突测试.gwdraft');
  // Someone else saves over it.
  await page.waitForTimeout(50);
  const other = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  writeFileSync(file, JSON.stringify(other, null, 1));
  const later = new Date(Date.now() + 5000);
  (await import('node:fs')).utimesSync(file, later, later);

  await section(page, '一').click();
  await page.keyboard.type('第二稿。');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('已被其他程序或他人修改');
  await alert.getByRole('button', { name: '另存为' }).click();
  const dialog = page.getByRole('dialog', { name: '另存为' });
  await dialog.getByLabel('文件名').fill('冲突测试-我的版本');
  await dialog.getByRole('button', { name: /保存/ }).click();
  // The notice of this save, not the first save's (still on screen on a slow machine).
  await expect(
    page.getByRole('status').filter({ hasText: '已保存' }).filter({ hasText: '我的版本' }),
  ).toBeVisible();
  expect(readFileSync(join(app.workspace, '冲突测试-我的版本.gwdraft'), 'utf8')).toContain(
    '第一稿。第二稿。',
  );
});

test('a .txt in the workspace opens as an import onto the outline and is saved with 另存为', async ({
  app,
}) => {
  const page = app.page;
  const text = [
    '吴川市科工贸和信息化局2024年法治政府建设年度报告',
    '2024年，我局坚持以习近平法治思想为指导。现将有关情况报告如下：',
    '一、深入学习贯彻习近平总书记重要讲话重要指示精神，深入学习贯彻党的二十届三中全会关于法治建设重大部署的情况以及贯彻落实措施',
    '局党组把学习贯彻作为第一议题。',
    '四、2024年度推进法治政府建设的主要举措和成效',
    '（一）依法全面履行政府职能',
    '全年动态调整权责清单事项2次。',
  ].join('\n');
  writeFileSync(join(app.workspace, '去年报告.txt'), text);
  await page.reload();
  await app.open('去年报告.txt');
  await expect(page.getByRole('navigation', { name: '大纲' })).toBeVisible();
  // The importer picks the best-fitting outline; wherever the text went, it arrived whole, with its
  // sub-heading recognised and numbered by the editor.
  const all = editors(page);
  const texts: string[] = [];
  const labels: string[] = [];
  for (let i = 0; i < (await all.count()); i++) {
    texts.push(await editorText(all.nth(i)));
    labels.push(...(await headingLabels(all.nth(i))));
  }
  const joined = texts.join('\n');
  for (const line of [
    '局党组把学习贯彻作为第一议题。',
    '依法全面履行政府职能',
    '全年动态调整权责清单事项2次。',
  ])
    expect(joined).toContain(line);
  expect(labels).toContain('（一）');
  await expect(page.getByRole('spinbutton', { name: '年度' })).toHaveValue('2024');
  // An import has no file yet: 保存 asks for a name.
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('dialog', { name: '另存为' })).toBeVisible();
});

test('the caret stays in view while typing down the page, and a key typed with it scrolled away brings it back', async ({
  app,
}) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);
  const centre = page.locator('.gw-centre');
  /** Whether the caret is inside the scrolling centre's visible box (a pixel of rounding allowed). */
  const caretInView = () =>
    centre.evaluate((el) => {
      const range = getSelection()!.getRangeAt(0).cloneRange();
      range.collapse(true);
      const caret = range.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return caret.height > 0 && caret.top >= box.top - 1 && caret.bottom <= box.top + el.clientHeight + 1;
    });
  const s1 = section(page, '一');
  await s1.click();
  // Line after line past the bottom of the window: each new line is scrolled to as it is typed.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.insertText('全年开展执法检查36次');
    await page.keyboard.press('Enter');
    await page.keyboard.type('x');
    expect(await caretInView()).toBe(true);
  }
  expect(await centre.evaluate((el) => el.scrollTop)).toBeGreaterThan(300);
  // Scrolled back to the top, the caret is off screen; the next key brings it into view again.
  await centre.evaluate((el) => (el.scrollTop = 0));
  expect(await caretInView()).toBe(false);
  await page.keyboard.type('y');
  await expect.poll(caretInView).toBe(true);
  expect(await editorText(s1)).toContain('全年开展执法检查36次\nxy');
});

test('Ctrl+End and Ctrl+Home reach the ends of a long section, past its off-screen chunks; with Shift they select', async ({
  app,
}) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);
  const s1 = section(page, '一');
  await s1.click();
  // 150 paragraphs: eight chunks of 20 blocks, the last ones off screen and not laid out.
  const lines = Array.from(
    { length: 150 },
    (_, i) => `第${i + 1}段：全年开展执法检查36次，办理行政许可120件。`,
  );
  await paste(s1, { text: lines.join('\n') });
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('A');
  expect((await editorText(s1)).startsWith('A第1段')).toBe(true);
  await page.keyboard.press('Control+End');
  await page.keyboard.type('Z');
  expect((await editorText(s1)).endsWith('第150段：全年开展执法检查36次，办理行政许可120件。Z')).toBe(true);
  // The caret that Ctrl+End moved is in view.
  const caretTop = await page.evaluate(() => getSelection()!.getRangeAt(0).getBoundingClientRect().top);
  const centre = await page.locator('.gw-centre').boundingBox();
  expect(caretTop).toBeGreaterThan(centre!.y);
  expect(caretTop).toBeLessThan(centre!.y + centre!.height);
  // Shift+Ctrl+Home from the end selects the whole section: typing replaces it.
  await page.keyboard.press('Shift+Control+Home');
  await page.keyboard.type('B');
  expect(await editorText(s1)).toBe('B');
  // Undo brings it back.
  await page.keyboard.press('Control+Z');
  expect((await editorText(s1)).endsWith('Z')).toBe(true);
});

test('接排: a sub-heading set to run on into its paragraph is marked, saved so, and set back', async ({
  app,
}) => {
  const page = app.page;
  await newZhanjiangReport(page, ORG, 2025);
  const s1 = section(page, '一');
  await s1.click();
  await page.keyboard.insertText('加强组织领导');
  await page.getByRole('button', { name: '设为（一）级标题' }).click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.insertText('局党组召开会议4次研究法治建设。');
  const heading = s1.locator('.gw-h2');
  await heading.click();
  const toggle = page.getByRole('toolbar').getByRole('button', { name: '小标题接排' });
  await toggle.click();
  await expect(s1.locator('.gw-runin')).toHaveText('加强组织领导');
  await expect(heading).toHaveAttribute('title', /接排/);
  // The caret stays in the editor: typing goes on where it was.
  await page.keyboard.press('End');
  await page.keyboard.insertText('工作');
  await expect(s1.locator('.gw-runin')).toHaveText('加强组织领导工作');
  await app.saveAs('接排测试');
  await expect(page.getByRole('status').filter({ hasText: '已保存' })).toBeVisible();
  const saved = JSON.parse(readFileSync(join(app.workspace, '接排测试.gwdraft'), 'utf8')) as {
    sections: { blocks: { type: string; runIn?: boolean }[] }[];
  };
  expect(saved.sections[0]!.blocks.slice(0, 2)).toMatchObject([
    { type: 'heading', runIn: true },
    { type: 'paragraph' },
  ]);
  expect('runIn' in saved.sections[0]!.blocks[1]!).toBe(false);
  // Pressed again: the heading stands alone again; one undo brings the mark back.
  await toggle.click();
  await expect(s1.locator('.gw-runin')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(s1.locator('.gw-runin')).toHaveCount(1);
  await page.screenshot({ path: 'test-results/editor-run-in.png' });
});
