/**
 * Reports as they reach gwdraft from outside: copied from a government website (Markdown with the
 * page's chrome), extracted from a PDF (page numbers, the title repeated at the top of each page), a
 * 红头文件 with its 版头 and 发文字号 above the title, a table pasted as lines.
 */
import { describe, expect, it } from 'vitest';
import { importText } from './index';
import { isContentsLine, isPageNumber, isWebChrome, unwrapLinks } from './page-clutter';
import { parseTitle } from './closing';
import { blockText } from '../../model/content';
import { shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';

const opts = { templates: shippedTemplates(), vocabulary: outlineVocabulary(), fallbackYear: 2024 };
const allText = (r: ReturnType<typeof importText>) =>
  [...r.report.preamble, ...r.report.sections.flatMap((s) => s.blocks)].map(blockText).join('\n');

const BODY = [
  '一、2025年度推进法治政府建设的主要举措和成效',
  '局党组专题学习习近平法治思想3次，落实[行政执法公示](http://example.gov.cn/a.html)制度。',
  '二、2025年度推进法治政府建设存在的不足和原因',
  '执法人员不足，原因是编制未随职责调整。',
  '三、2025年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  '局长履行第一责任人职责，听取汇报2次。',
  '四、下一年度推进法治政府建设的主要安排',
  '2026年，开展执法人员轮训。',
  '五、其他需要报告的情况',
  '无。',
];

describe('a report copied from a government website', () => {
  const input = [
    '[首页](http://www.example.gov.cn/) > [政务公开](http://www.example.gov.cn/zwgk/) > [法治政府建设年度报告](http://www.example.gov.cn/zwgk/fz/)',
    '# 某市某区司法局2025年法治政府建设年度报告',
    '来源：某区司法局　　发布时间：2026-03-18 16:42　　浏览次数：',
    '字号：[大](javascript:void(0)) [中](javascript:void(0)) [小](javascript:void(0))　　[打印本页](javascript:window.print())',
    ...BODY,
    '某市某区司法局',
    '2026年1月20日',
    '分享到：[微信](javascript:void(0)) [微博](http://service.weibo.com/share/share.php)',
    '【[打印](javascript:window.print())】【[关闭](javascript:window.close())】',
    '扫一扫在手机打开当前页',
  ].join('\n\n');
  const r = importText(input, opts);

  it('reads the title, 署名 and 成文日期 past the page chrome', () => {
    expect(r.report.meta).toMatchObject({ org: '某市某区司法局', year: 2025, date: '2026-01-20' });
    expect(r.report.meta.signature === null || r.report.meta.signature === '某市某区司法局').toBe(true);
    expect(r.report.templateId).toBe('statutory-five');
  });

  it('keeps no chrome, and the words of a link without its address', () => {
    const text = allText(r);
    for (const junk of ['首页', '来源', '发布时间', '字号', '打印', '分享到', '扫一扫', 'http', 'javascript'])
      expect(text).not.toContain(junk);
    expect(text).toContain('落实行政执法公示制度。');
  });
});

describe('a report extracted from a PDF', () => {
  const input = [
    '某县人民政府',
    '2025年法治政府建设年度报告',
    '一、2025年法治政府建设工作开展情况',
    '县政府常务会议专题学习习近平法治思想4次，县长履行推进法治建设第一责任人职责，审查',
    '',
    '— 1 —',
    '',
    '某县人民政府2025年法治政府建设年度报告',
    '合同协议84份。',
    '二、存在的问题',
    '乡镇执法力量不足，原因是人员多为兼职。',
    '第 2 页 共 3 页',
    '三、下一步工作打算',
    '2026年，开展乡镇执法人员轮训。',
    '某县人民政府',
    '2026年1月26日',
    '',
    '— 3 —',
  ].join('\n');
  const r = importText(input, opts);

  it('drops page numbers and the running header, and joins the sentence broken by the page', () => {
    const text = allText(r);
    expect(text).not.toMatch(/— \d —|第 2 页|2025年法治政府建设年度报告/u);
    expect(text).toContain('审查合同协议84份。');
  });

  it('finds the 署名 and 成文日期 above the last page number', () => {
    expect(r.report.meta.date).toBe('2026-01-26');
    expect(r.report.meta.signature === null || r.report.meta.signature === '某县人民政府').toBe(true);
  });
});

describe('a 红头文件 copy: 版头, 发文字号 with 签发人, a title over two lines, 主送机关', () => {
  const input = [
    '某市人民政府文件',
    '某政文〔2026〕6号　　　　签发人：王某某',
    '某市人民政府',
    '关于2025年度法治政府建设情况的报告',
    '省委、省政府：',
    '2025年，市政府深入学习贯彻习近平法治思想。现将有关情况报告如下：',
    ...BODY,
    '某市人民政府',
    '2026年2月10日',
  ].join('\n');
  const r = importText(input, opts);

  it('reads the 文号, title, 主送 and org, and keeps the 版头 out of the text', () => {
    expect(r.report.meta).toMatchObject({
      org: '某市人民政府',
      year: 2025,
      docNumber: '某政文〔2026〕6号',
      recipient: '省委、省政府',
      title: '某市人民政府关于2025年度法治政府建设情况的报告',
    });
    expect(allText(r)).not.toMatch(/文件|签发人/u);
  });
});

describe('titles and lines', () => {
  it('reads the organ of 关于某镇…, 某局关于报送…, and a title with the year at its end', () => {
    expect(parseTitle('关于青山镇2025年法治政府建设情况的报告')).toEqual({ org: '青山镇', year: 2025 });
    expect(parseTitle('某县司法局关于2025年度法治政府建设情况的报告')).toEqual({
      org: '某县司法局',
      year: 2025,
    });
    expect(parseTitle('某县司法局关于报送2025年度法治政府建设情况的报告')?.org).toBe('某县司法局');
    expect(parseTitle('某县司法局法治政府建设年度报告（2025年度）')).toEqual({
      org: '某县司法局',
      year: 2025,
    });
    expect(parseTitle('2025年度法治政府建设工作报告')).toEqual({ org: '', year: 2025 });
  });

  it('tells chrome and page numbers from report text', () => {
    expect(isWebChrome('首页 > 政务公开 > 法治政府建设')).toBe(true);
    expect(isWebChrome('发布日期：2026-02-01　　来源：市司法局')).toBe(true);
    expect(isWebChrome('【打印】【关闭】')).toBe(true);
    expect(isWebChrome('来源于群众的意见建议，全部办结。')).toBe(false);
    expect(isWebChrome('一、主要举措和成效')).toBe(false);
    expect(isPageNumber('— 12 —')).toBe(true);
    expect(isPageNumber('-3-')).toBe(true);
    expect(isPageNumber('第3页 共8页')).toBe(true);
    expect(isPageNumber('2025')).toBe(false);
    expect(unwrapLinks('见[《条例》](http://a.cn/x(1).html)和![图](a.png)')).toBe('见《条例》和');
  });

  it('keeps the rows of a table pasted as text apart', () => {
    const input = [
      '某县卫生健康局2024年法治政府建设年度报告',
      '一、2024年度推进法治政府建设的主要举措和成效',
      '全年执法数据见下表：',
      '项目　　2023年　　2024年',
      '检查单位（户次）　　1630　　1872',
      '立案（件）　　96　　118',
    ].join('\n');
    const blocks = importText(input, opts).report.sections[0]!.blocks.map(blockText);
    expect(blocks).toEqual([
      '全年执法数据见下表：',
      '项目　　2023年　　2024年',
      '检查单位（户次）　　1630　　1872',
      '立案（件）　　96　　118',
    ]);
  });
});

describe('附注 and 版记 after the 成文日期', () => {
  const input = [
    '某区发展和改革局2025年法治政府建设年度报告',
    ...BODY,
    '某区发展和改革局',
    '2026年1月20日',
    '（此件公开发布）',
    '（联系人：李某某，联系电话：0731-2856XXXX）',
    '抄送：区委依法治区办。',
    '某区发展和改革局办公室　　　　　　　　2026年1月20日印发',
  ].join('\n');
  const r = importText(input, opts);

  it('finds the 署名 and 成文日期 above them and keeps them out of the last section, saying so', () => {
    expect(r.report.meta.date).toBe('2026-01-20');
    expect(r.report.meta.signature === null || r.report.meta.signature === '某区发展和改革局').toBe(true);
    expect(r.report.sections.at(-1)!.blocks.map(blockText)).toEqual(['无。']);
    expect(r.warnings.join('')).toContain('（此件公开发布）');
  });
});

describe('a 政府信息公开 page: its metadata table, HTML entities and links to the next article', () => {
  const input = [
    '| 索引号： | 114304000000000000/2026-00018 | 主题分类： | 法治政府建设 |',
    '| --- | --- | --- | --- |',
    '| 发布机构： | 某市生态环境局 | 生成日期： | 2026-03-26 |',
    '## 某市生态环境局2025年法治政府建设年度报告',
    '发布日期：2026-03-26&nbsp;&nbsp;信息来源：某市生态环境局',
    '【字体：大 中 小】',
    ...BODY.map((l) => l.replace('落实', '落实&ldquo;谁执法谁普法&rdquo;和')),
    '某市生态环境局',
    '2026年1月27日',
    '相关附件：',
    '[上一篇：某市交通运输局2025年法治政府建设年度报告](./t1.html)',
  ].join('\n\n');
  const r = importText(input, opts);

  it('reads title, 署名 and date, keeps the metadata out and the entities as characters', () => {
    expect(r.report.meta).toMatchObject({ org: '某市生态环境局', year: 2025, date: '2026-01-27' });
    const text = allText(r);
    expect(text).not.toMatch(/索引号|主题分类|发布机构|信息来源|字体|上一篇|相关附件|&\w+;|---/u);
    expect(text).toContain('落实“谁执法谁普法”和');
  });

  it('keeps a Markdown table in the body as rows of cells', () => {
    const t = importText(
      [
        '某县司法局2025年法治政府建设年度报告',
        BODY[0],
        '| 项目 | 2024年 | 2025年 |',
        '| :--- | ---: | ---: |',
        '| 案件（件） | 96 | 118 |',
      ].join('\n'),
      opts,
    );
    expect(t.report.sections[0]!.blocks.map(blockText)).toEqual([
      '项目\u3000\u30002024年\u3000\u30002025年',
      '案件（件）\u3000\u300096\u3000\u3000118',
    ]);
  });
});

describe('a title with its year at the end', () => {
  it('is the title, its organ and year read', () => {
    const r = importText(
      ['某县司法局法治政府建设年度报告（2025年度）', ...BODY, '某县司法局', '2026年1月20日'].join('\n'),
      opts,
    );
    expect(r.report.meta).toMatchObject({
      org: '某县司法局',
      year: 2025,
      title: '某县司法局法治政府建设年度报告（2025年度）',
    });
    expect(r.report.preamble).toEqual([]);
  });
});

describe('署名 and 成文日期 on one line', () => {
  it('reads both, and leaves a sentence ending in a date alone', () => {
    const r = importText(
      ['某县司法局2025年法治政府建设年度报告', ...BODY, '某县司法局　　　　2026年1月20日'].join('\n'),
      opts,
    );
    expect(r.report.meta.date).toBe('2026-01-20');
    expect(allText(r)).not.toContain('2026年1月20日');
    const s = importText(
      ['某县司法局2025年法治政府建设年度报告', ...BODY.slice(0, -1), '本部分截至 2025年12月31日'].join('\n'),
      opts,
    );
    expect(s.report.meta.date).toBeNull();
  });
});

describe('a page copied with its HTML', () => {
  it('reads paragraphs, bold headings and a table, with no tag left', () => {
    const input = [
      '<p style="text-align:center"><strong>青石镇2025年法治政府建设年度报告</strong></p>',
      '<p><strong>一、2025年推进法治政府建设的主要举措和成效</strong></p>',
      '<p>镇党委书记履行第一责任人职责。</p><table><tr><td>项目</td><td>2025年</td></tr><tr><td>调解（件）</td><td>410</td></tr></table>',
      '<p><strong>二、存在的不足和原因</strong></p><p>执法力量不足，原因是人员少。</p>',
      '<p style="text-align:right">青石镇人民政府</p><p style="text-align:right">2026年1月8日</p>',
    ].join('\n');
    const r = importText(input, opts);
    expect(r.report.meta).toMatchObject({ org: '青石镇', year: 2025, date: '2026-01-08' });
    expect(r.report.templateId).toBe('township');
    expect(r.report.sections[0]!.blocks.map(blockText)).toEqual([
      '镇党委书记履行第一责任人职责。',
      '项目\u3000\u30002025年',
      '调解（件）\u3000\u3000410',
    ]);
    expect(allText(r)).not.toMatch(/<|>/u);
  });
});

describe('a web page printed to PDF by a browser, then copied as text', () => {
  const url = 'https://www.example.gov.cn/zwgk/202603/t20260316_5120341.html?id=7';
  const header = '2026/3/18 09:42 某区司法局2025年法治政府建设年度报告_政务公开_某区人民政府';
  it('leaves out the date-and-title header and the address-and-page footer of each page', () => {
    const r = importText(
      [
        header,
        '某区司法局2025年法治政府建设年度报告',
        ...BODY.slice(0, 7),
        `${url} 1/2`,
        header,
        ...BODY.slice(7),
        '某区司法局',
        '2026年1月20日',
        `${url} 2/2`,
      ].join('\n'),
      opts,
    );
    expect(r.report.meta).toMatchObject({ org: '某区司法局', date: '2026-01-20' });
    expect(allText(r)).not.toMatch(/https|09:42|政务公开_/u);
  });
  it('knows the forms browsers print, and no line of a report', () => {
    for (const line of [
      header,
      '2026/3/18 上午9:42 某区司法局2025年法治政府建设年度报告',
      '3/18/26, 9:42 AM',
      `${url} 1/3`,
      `${url} 第1页，共3页`,
      `${url} Page 1 of 3`,
      url,
    ])
      expect(isWebChrome(line)).toBe(true);
    for (const line of ['2026/1/5 09:00，局党组召开会议研究法治工作。', '2025年1月5日召开会议', '2026/1/5'])
      expect(isWebChrome(line)).toBe(false);
  });
});

describe('a PDF with a table of contents and · 3 · page numbers', () => {
  it('leaves out the 目录, its entries and the page numbers; the parts are read once', () => {
    const r = importText(
      [
        '某区司法局2025年法治政府建设年度报告',
        '目  录',
        `${BODY[0]}……………………1`,
        `${BODY[2]}…………3`,
        `${BODY[6]}.......... 4`,
        ...BODY.slice(0, 4),
        '· 2 ·',
        ...BODY.slice(4),
        '某区司法局',
        '2026年1月20日',
        '·3·',
      ].join('\n'),
      opts,
    );
    expect(r.report.templateId).toBe('statutory-five');
    expect(r.report.preamble).toEqual([]);
    expect(allText(r)).not.toMatch(/目|…|·/u);
    expect(r.report.meta.date).toBe('2026-01-20');
  });
  it('knows no sentence of a report for a contents line', () => {
    for (const line of ['目录', '目　次', '一、主要举措和成效……………12', '二、存在的不足 ........ 5'])
      expect(isContentsLine(line), line).toBe(true);
    for (const line of ['开展宪法宣传、民法典宣传……等活动12', '全年办理案件12件……', '目录清单3项'])
      expect(isContentsLine(line), line).toBe(false);
    expect(isPageNumber('· 3 ·')).toBe(true);
  });
});
