/**
 * Shapes of real reports the text import used to get wrong (test/fixtures/corpus 41-51): a 主送 to an
 * 办公室, 软回车 (\v) from Word/WPS, 盖章 notes in place of a 署名, parts numbered 1、 with （1） under
 * them, parts headed in 【】 without numbers, and a 微信公众号 article's chrome.
 */
import { describe, expect, it } from 'vitest';
import { importText, type ImportTextResult } from './index';
import { parseDateLine, parseTitle, recipientOf } from './closing';
import { isRelatedListHeader, isSymbolRule, isWebChrome } from './page-clutter';
import { splitLines } from './lines';
import { blockText, type Block } from '../../model/content';
import { unitKindOf } from '../../templates/vocabulary';
import { shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';

const templates = shippedTemplates();
const vocabulary = outlineVocabulary();
const run = (text: string) => importText(text, { templates, vocabulary, fallbackYear: 2024 });
const allText = (r: ImportTextResult) =>
  [r.report.preamble, ...r.report.sections.map((s) => s.blocks)].flat().map(blockText).join('\n');
const section = (r: ImportTextResult, id: string) => r.report.sections.find((s) => s.id === id)!;
const kinds = (blocks: readonly Block[]) =>
  blocks.map((b) => (b.type === 'heading' ? `h${b.level}:${blockText(b)}` : blockText(b)));

const FIVE = [
  '一、2025年度推进法治政府建设的主要举措和成效',
  '　　局党组书记、局长履行推进法治建设第一责任人职责，全年研究法治工作4次。',
  '二、2025年度推进法治政府建设存在的不足和原因',
  '　　一是执法力量不足；二是普法针对性不强。主要原因是培训少。',
  '三、2025年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
  '　　主要负责人带头学法，年终述法。',
  '四、2026年度推进法治政府建设的主要安排',
  '　　2026年，加强执法培训。',
  '五、其他需要报告的情况',
  '　　无。',
];

describe('主送机关 ending in 办公室', () => {
  it('is the 主送 line, not the first paragraph', () => {
    expect(recipientOf('省委全面依法治省委员会办公室：')).toBe('省委全面依法治省委员会办公室');
    const r = run(
      ['某县司法局2025年法治政府建设年度报告', '县委全面依法治县委员会办公室：', ...FIVE].join('\n'),
    );
    expect(r.report.meta.recipient).toBe('县委全面依法治县委员会办公室');
    expect(allText(r)).not.toContain('办公室：');
  });
});

describe('软回车 copied from Word or WPS', () => {
  it('breaks the line like a line break, and the cut sentence is joined again', () => {
    const body = FIVE.map((l) => (l.includes('研究法治工作4次') ? l.replace('，全年', '，\v全年') : l));
    const r = run(['某县司法局2025年法治政府建设年度报告', ...body].join('\r\n'));
    expect(allText(r)).not.toMatch(/[\v\f]/u);
    expect(kinds(section(r, 'measures').blocks)).toEqual([
      '局党组书记、局长履行推进法治建设第一责任人职责，全年研究法治工作4次。',
    ]);
  });
});

describe('盖章 notes at the end', () => {
  const head = ['某某街道办事处2024年法治政府建设年度报告', ...FIVE];
  it('a "（单位盖章）" line in place of the 署名 is no text of the report, and the 署名 is missing', () => {
    const r = run([...head, '（单位盖章）', '2025年1月16日'].join('\n'));
    expect(r.report.meta.signature).toBe('');
    expect(r.report.meta.date).toBe('2025-01-16');
    expect(allText(r)).not.toContain('盖章');
    expect(r.warnings.join('\n')).toContain('用印提示');
  });
  it('a note after the 署名 on its line, or on a line between 署名 and date, leaves the 署名', () => {
    for (const closing of [
      ['某某街道办事处（盖章）', '2025年1月16日'],
      ['（此页无正文）', '某某街道办事处', '（公章）', '2025年1月16日'],
    ]) {
      const r = run([...head, ...closing].join('\n'));
      expect(r.report.meta.signature, closing.join('/')).toBeNull(); // the org, as written
      expect(allText(r)).not.toMatch(/盖章|公章|此页无正文/u);
    }
  });
});

describe('parts numbered 1、2、… with （1）（2）… under them', () => {
  const arabic = FIVE.map((l) =>
    l.replace(/^([一二三四五])、/u, (_, n: string) => `${'一二三四五'.indexOf(n) + 1}、`),
  );
  const text = [
    '某某住房公积金管理中心2025年法治政府建设年度报告',
    arabic[0],
    '（1）加强组织领导。中心党组研究法治工作3次，主要负责人履行推进法治建设第一责任人职责。',
    '（2）严格行政执法。落实行政执法公示制度。',
    ...arabic.slice(2),
  ].join('\n');
  it('reads the 1、 lines as the parts and the （1） lines as their sub-headings', () => {
    const r = run(text);
    expect(r.templateId).toBe('statutory-five');
    expect(r.mapping.map((m) => m.sectionId)).toEqual([
      'measures',
      'shortcomings',
      'first-responsible',
      'next-year',
      'other',
    ]);
    expect(kinds(section(r, 'measures').blocks)).toEqual([
      'h2:加强组织领导。',
      '中心党组研究法治工作3次，主要负责人履行推进法治建设第一责任人职责。',
      'h2:严格行政执法。',
      '落实行政执法公示制度。',
    ]);
  });
  it('leaves 1、 paragraphs under 一、 parts as they were', () => {
    const r = run(
      ['某局2025年法治政府建设年度报告', FIVE[0], '1、组织领导', '2、依法决策', ...FIVE.slice(1)].join('\n'),
    );
    expect(kinds(section(r, 'measures').blocks).slice(0, 2)).toEqual(['h3:组织领导', 'h3:依法决策']);
  });
});

describe('parts headed in 【】 without numbers', () => {
  const bracketed = FIVE.map((l) => (/^[一二三四五]、/u.test(l) ? `【${l.slice(2)}】` : l));
  it('reads them as the parts, brackets dropped, and finds no 重复编号', () => {
    const r = run(['中华人民共和国某某海关2025年度法治政府建设工作情况报告', ...bracketed].join('\n'));
    expect(r.templateId).toBe('statutory-five');
    expect(r.mapping.map((m) => m.sectionId)).toEqual([
      'measures',
      'shortcomings',
      'first-responsible',
      'next-year',
      'other',
    ]);
    expect(r.sourceFindings).toEqual([]);
    expect(allText(r)).not.toMatch(/[【】]/u);
  });
  it('keeps the （一） under them as their sub-headings', () => {
    const withSubs = bracketed.flatMap((l, i) =>
      i === 0
        ? [l, '（一）加强组织领导。局党组研究法治工作3次。', '（二）严格规范执法。落实执法公示制度。']
        : [l],
    );
    const r = run(['中华人民共和国某某海关2025年度法治政府建设工作情况报告', ...withSubs].join('\n'));
    expect(r.mapping.map((m) => m.sectionId)[0]).toBe('measures');
    expect(kinds(section(r, 'measures').blocks).filter((b) => b.startsWith('h2:'))).toEqual([
      'h2:加强组织领导。',
      'h2:严格规范执法。',
    ]);
  });

  it('keeps a 【】 line as text in a report numbered 一、', () => {
    const r = run(['某局2025年法治政府建设年度报告', FIVE[0], '【典型案例】', ...FIVE.slice(1)].join('\n'));
    expect(kinds(section(r, 'measures').blocks)).toContain('【典型案例】');
  });
  it('reads "【一、…】" as the numbered heading it holds', () => {
    expect(splitLines('【一、主要举措和成效】')[0]).toMatchObject({
      kind: 'section',
      plain: '一、主要举措和成效',
    });
  });
});

describe('a 海关 is a department', () => {
  it('by the vocabulary', () => {
    expect(unitKindOf('中华人民共和国太平海关', vocabulary)).toBe('department');
  });
});

describe('a 微信公众号 article', () => {
  it('knows its chrome lines and never a sentence of the report', () => {
    for (const l of [
      '点击蓝字 关注我们',
      '点击上方“某某发布”关注',
      '原创 丰泽税务 泉州丰泽税务 2026年01月22日 17:30 福建',
      '审核：陈明',
      '阅读原文',
      '分享 收藏 点赞 在看',
      '阅读 2356',
      '点赞 12 在看 5',
      '预览时标签不可点',
      '微信扫一扫关注该公众号',
      '继续滑动看下一个',
      '▲ 图为局党委召开专题会议研究依法治税工作',
      '▲ 税收宣传月活动现场',
    ])
      expect(isWebChrome(l), l).toBe(true);
    expect(isWebChrome('阅读量较上年增长35%')).toBe(false);
    expect(isWebChrome('▲全年办理行政处罚案件120件')).toBe(false);
    expect(isSymbolRule('🔹🔹🔹')).toBe(true);
    expect(isSymbolRule('━━━━━━')).toBe(true);
    expect(isSymbolRule('无。')).toBe(false);
    expect(isRelatedListHeader('往期推荐')).toBe(true);
    expect(isWebChrome('2026年1月20日 9:30，局党委召开专题会议研究依法治税工作。')).toBe(false);
  });
  it('imports the report without them: ▌ before a heading dropped, the 往期推荐 titles left out', () => {
    const text = [
      '点击蓝字 关注我们',
      '',
      '国家税务总局某某县税务局2025年法治政府建设年度报告',
      '',
      '原创 某某税务 2026年01月22日 17:30 福建',
      '',
      '🔹🔹🔹',
      ...FIVE.map((l) => (/^[一二三四五]、/u.test(l) ? `▌${l}` : l)),
      '国家税务总局某某县税务局',
      '2026年1月20日',
      '',
      '🔹🔹🔹',
      '编辑：林晓',
      '审核：陈明',
      '',
      '往期推荐',
      '“便民办税春风行动”在行动',
      '个税汇算开始啦',
      '',
      '阅读原文',
      '分享 收藏 点赞 在看',
    ].join('\n');
    const r = run(text);
    expect(r.templateId).toBe('statutory-five');
    expect(r.report.meta.org).toBe('国家税务总局某某县税务局');
    expect(r.report.meta.date).toBe('2026-01-20');
    expect(r.report.meta.signature).toBeNull();
    expect(allText(r)).not.toMatch(/点击蓝字|原创|🔹|▌|编辑|审核|往期推荐|在行动|汇算|阅读原文|在看/u);
  });
});

describe('a sub-heading standing alone that ends with 。', () => {
  it('was run on into the paragraph under it (接排); one without 。 stands alone', () => {
    const measures = [
      '**一、2025年度推进法治政府建设的主要举措和成效**',
      '**（一）强化学法用法。**',
      '局党委会前学法11次，主要负责人履行推进法治建设第一责任人职责。',
      '**（二）规范安全生产执法**',
      '全年检查生产经营单位1260家次。',
    ];
    const r = run(
      ['# 某市应急管理局2025年度法治政府建设情况报告', ...measures, ...FIVE.slice(2)].join('\n\n'),
    );
    const heads = section(r, 'measures').blocks.filter((b) => b.type === 'heading');
    expect(heads.map((h) => [blockText(h), h.type === 'heading' && h.runIn === true])).toEqual([
      ['强化学法用法。', true],
      ['规范安全生产执法', false],
    ]);
  });
});

describe('symbols before a heading', () => {
  it('go, inside bold markup too; before body text they stay', () => {
    expect(splitLines('**▌一、主要举措和成效**')[0]).toMatchObject({
      kind: 'section',
      raw: '**一、主要举措和成效**',
      plain: '一、主要举措和成效',
    });
    expect(splitLines('★（一）依法全面履行职能。动态调整权责清单。')[0]).toMatchObject({
      kind: 'sub2',
      plain: '（一）依法全面履行职能。动态调整权责清单。',
    });
    expect(splitLines('★全年办理许可事项186件。')[0]).toMatchObject({
      kind: 'text',
      plain: '★全年办理许可事项186件。',
    });
  });
});

describe('the list under 往期推荐', () => {
  it('ends at a blank line, at a part heading, or after a few titles', () => {
    const plain = (text: string) => splitLines(text).map((l) => l.plain);
    expect(plain('往期推荐\n标题甲\n标题乙\n\n正文继续。')).toEqual(['正文继续。']);
    expect(plain('往期推荐\n标题甲\n二、存在的不足和原因')).toEqual(['二、存在的不足和原因']);
    const titles = Array.from({ length: 12 }, (_, i) => `标题${i + 1}`);
    expect(plain(['往期推荐', ...titles].join('\n'))).toEqual(['标题9', '标题10', '标题11', '标题12']);
  });
});

describe('附件 pages after the 成文日期', () => {
  const closing = ['某县司法局', '2026年1月20日'];
  const page = [
    '附件',
    '2025年度行政执法数据统计表',
    '项目　　2024年　　2025年',
    '行政处罚案件（件）　　120　　136',
  ];
  it('are no text of the report; the 署名 and date are read, the page is the 附件 named by its title', () => {
    const r = run(['某县司法局2025年法治政府建设年度报告', ...FIVE, ...closing, '', ...page].join('\n'));
    expect(r.report.meta.signature).toBeNull();
    expect(r.report.meta.date).toBe('2026-01-20');
    // The page's rows come along as the 附件's text (as the Word import keeps them), so the 附件 is
    // exported as a page of its own and the checklist does not ask for its content.
    expect(r.report.attachments?.map((a) => [a.name, (a.blocks ?? []).map(blockText)])).toEqual([
      ['2025年度行政执法数据统计表', page.slice(2)],
    ]);
    expect(allText(r)).not.toMatch(/行政处罚案件（件）|某县司法局$/u);
    expect(r.warnings.join('\n')).toContain('附件名称已列入附件说明');
  });
  it('keep the 附件说明 names when there is one, and are found past a 附注', () => {
    const r = run(
      [
        '某县司法局2025年法治政府建设年度报告',
        ...FIVE,
        '附件：1.行政执法统计表',
        '2.规范性文件目录',
        ...closing,
        '（此件公开发布）',
        '附件1',
        '行政执法统计表',
        '附件2',
        '规范性文件目录',
      ].join('\n'),
    );
    expect(r.report.meta.date).toBe('2026-01-20');
    expect(r.report.attachments).toEqual([{ name: '行政执法统计表' }, { name: '规范性文件目录' }]);
    expect(allText(r)).not.toContain('附件');
  });
  it('a 附表 (with or without a colon) after the date is such a page too: the 署名 and date are read', () => {
    for (const mark of ['附表', '附表：', '附表1']) {
      const r = run(
        ['某县司法局2025年法治政府建设年度报告', ...FIVE, ...closing, mark, ...page.slice(1)].join('\n'),
      );
      expect(r.report.meta.signature).toBeNull();
      expect(r.report.meta.date).toBe('2026-01-20');
      expect(r.report.attachments?.map((a) => a.name)).toEqual(['2025年度行政执法数据统计表']);
      expect(allText(r)).not.toMatch(/附表|行政处罚案件（件）/u);
    }
  });
  it('a line "附件" not after the 成文日期 stays where it is', () => {
    const body = [...FIVE.slice(0, 2), '附件', '行政执法统计表', ...FIVE.slice(2)];
    const r = run(['某县司法局2025年法治政府建设年度报告', ...body, ...closing].join('\n'));
    expect(kinds(section(r, 'measures').blocks).join('\n')).toContain('附件');
    expect(r.report.attachments).toBeUndefined();
  });
});

describe('part labels as typists and PDFs leave them', () => {
  const relabel = (label: (n: string) => string) =>
    FIVE.map((l) => l.replace(/^([一二三四五])、/u, (_, n: string) => label(n)));
  for (const [name, label] of [
    ['a space before 、', (n: string) => `${n} 、`],
    ['、 typed as a comma', (n: string) => `${n}，`],
    ['、 lost to a full-width space', (n: string) => `${n}\u3000`],
    ['01 as a 公众号 numbers its parts', (n: string) => `0${'一二三四五'.indexOf(n) + 1} `],
  ] as const)
    it(`reads the parts with ${name}`, () => {
      const r = run(['某县司法局2025年法治政府建设年度报告', ...relabel(label)].join('\n'));
      expect(r.templateId).toBe('statutory-five');
      expect(r.mapping.map((m) => m.sectionId)).toEqual([
        'measures',
        'shortcomings',
        'first-responsible',
        'next-year',
        'other',
      ]);
    });
  it('takes the loose labels only for a heading alone: not a sentence, not a table row', () => {
    for (const line of ['一，二月份全局开展执法检查12次。', '一　行政许可　340件', '03月份完成全部任务'])
      expect(splitLines(line)[0]!.kind, line).toBe('text');
  });
});

describe('a report with no part headings at all', () => {
  it('goes on the general outline for its kind, not one city’s', () => {
    const r = run(['某县司法局2025年法治政府建设年度报告', '　　全年推进依法行政。'].join('\n'));
    expect(r.templateId).toBe('statutory-five');
  });
});

describe('成文日期 written with dots or dashes', () => {
  it('is the date (written 年月日 from now on), and the line above it the 署名', () => {
    for (const closing of [
      ['某县司法局', '2026.1.20'],
      ['某县司法局', '2026-01-20'],
      ['某县司法局　　2026/1/20'],
    ]) {
      const r = run(['某县司法局2025年法治政府建设年度报告', ...FIVE, ...closing].join('\n'));
      expect(r.report.meta.date, closing.join('/')).toBe('2026-01-20');
      expect(r.report.meta.signature).toBeNull();
      expect(r.warnings.join('\n')).toContain('××××年×月×日');
      expect(allText(r)).not.toMatch(/2026[.\-/]/u);
    }
    expect(parseDateLine('2026.2.30')).toBeNull();
    expect(parseDateLine('2026.1-20')).toBeNull();
  });
});

describe('a title written as a 总结 or 汇报', () => {
  it('is the title (not the first paragraph), with a note that the 文种 is 报告', () => {
    for (const title of ['某县司法局2025年度法治政府建设工作总结', '某县司法局2025年法治政府建设情况汇报']) {
      const r = run([title, ...FIVE, '某县司法局', '2026年1月20日'].join('\n'));
      expect(r.report.meta.title).toBe(title);
      expect(r.report.meta.org).toBe('某县司法局');
      expect(r.report.preamble).toEqual([]);
      expect(r.warnings.join('\n')).toContain('年度报告的文种是“报告”');
    }
  });
  it('reads a title over two lines to its 报告', () => {
    const r = run(['某县司法局2025年法治政府建设工作情况', '报告', ...FIVE].join('\n'));
    expect(r.report.meta.title).toBe('某县司法局2025年法治政府建设工作情况报告');
    expect(r.warnings.join('\n')).not.toContain('文种');
  });
});

describe('the header of a copy whose 版头 lost its 文件', () => {
  it('takes the 发文字号 between the organ and the rest of the title out of the title', () => {
    const r = run(
      [
        '某县人民政府',
        '县政报〔2026〕3号',
        '关于2025年度法治政府建设情况的报告',
        '市委、市人民政府：',
        ...FIVE,
      ].join('\n'),
    );
    expect(r.report.meta.docNumber).toBe('县政报〔2026〕3号');
    expect(r.report.meta.title).toBe('某县人民政府关于2025年度法治政府建设情况的报告');
    expect(r.report.meta.org).toBe('某县人民政府');
    expect(r.report.meta.recipient).toBe('市委、市人民政府');
  });
  it('takes an organ named alone above the 发文字号 for the 版头 when the title names it again (as gwdraft’s 版头 is)', () => {
    const r = run(
      [
        '某县司法局',
        '县司〔2026〕5号',
        '某县司法局',
        '关于2025年度法治政府建设情况的报告',
        '县委依法治县办：',
        ...FIVE,
      ].join('\n'),
    );
    expect(r.report.meta.docNumber).toBe('县司〔2026〕5号');
    expect(r.report.meta.title).toBe('某县司法局关于2025年度法治政府建设情况的报告');
    expect(r.report.meta.org).toBe('某县司法局');
    expect(r.report.meta.recipient).toBe('县委依法治县办');
    expect(r.report.preamble).toEqual([]);
  });
  it('reads a 主送 of two organs without its colon; one organ without a colon is text', () => {
    expect(recipientOf('市委、市人民政府')).toBe('市委、市人民政府');
    expect(recipientOf('县委依法治县办、县司法局')).toBe('县委依法治县办、县司法局');
    expect(recipientOf('县政府')).toBeNull();
    expect(recipientOf('全年召开常务会议、党组会')).toBeNull();
  });
});

describe('an organ spaced out in the title', () => {
  it('is one name; two organs side by side keep their space', () => {
    expect(parseTitle('某 县 司 法 局2025年法治政府建设年度报告')?.org).toBe('某县司法局');
    expect(parseTitle('中共汉寿县委  汉寿县人民政府关于2024年度法治政府建设情况的报告')?.org).toBe(
      '中共汉寿县委  汉寿县人民政府',
    );
  });
});

describe('a year in Chinese numerals', () => {
  it('in the title is the year reported on (not the 成文日期’s)', () => {
    expect(parseTitle('某县司法局二〇二五年度法治政府建设情况报告')).toEqual({
      org: '某县司法局',
      year: 2025,
    });
    const r = run(
      [
        '某县司法局二〇二五年法治政府建设年度报告',
        ...FIVE.map((l) => l.replace('2025年度', '二〇二五年度')),
      ].join('\n') + '\n某县司法局\n2026年1月20日',
    );
    expect(r.report.meta.year).toBe(2025);
    expect(r.report.meta.org).toBe('某县司法局');
    expect(r.mapping.map((m) => m.sectionId)).toEqual([
      'measures',
      'shortcomings',
      'first-responsible',
      'next-year',
      'other',
    ]);
  });
});

describe('the report sent as the 附件 of a cover letter', () => {
  it('starts with "附件" above its title: the mark is not part of the title or the organ', () => {
    for (const mark of ['附件', '附件1', '附件 2']) {
      const r = run(
        [mark, '', '某县司法局2025年法治政府建设年度报告', ...FIVE, '某县司法局', '2026年1月20日'].join('\n'),
      );
      expect(r.report.meta.org, mark).toBe('某县司法局');
      expect(r.report.meta.signature).toBeNull();
      expect(r.report.preamble).toEqual([]);
    }
  });
});

describe('a 报送函 with the report as its 附件', () => {
  const letter = [
    '某县司法局关于报送2025年度法治政府建设情况报告的函',
    '县委全面依法治县委员会办公室：',
    '　　现将我局2025年度法治政府建设情况报告报送你办，请审阅。',
    '　　附件：某县司法局2025年法治政府建设年度报告',
    '某县司法局',
    '2026年1月20日',
    '附件',
  ];
  const report = ['某县司法局2025年法治政府建设年度报告', ...FIVE, '某县司法局', '2026年1月20日'];
  it('imports the report, not the letter', () => {
    const r = run([...letter, ...report].join('\n'));
    expect(r.templateId).toBe('statutory-five');
    expect(r.mapping).toHaveLength(5);
    expect(r.report.preamble).toEqual([]);
    expect(r.report.meta.recipient).toBeNull();
    expect(r.report.attachments).toBeUndefined();
    expect(allText(r)).not.toContain('报送你办');
    expect(r.warnings.join('\n')).toContain('报送函');
  });
  it('a report with its parts, then an 附件 page with parts of its own, stays the report', () => {
    const page = [
      '附件',
      '行政执法统计表',
      '一、行政处罚',
      '一是办理案件12件。',
      '二、行政许可',
      '二是办理许可30件。',
    ];
    const r = run([...report, ...page].join('\n'));
    expect(r.report.attachments?.map((a) => [a.name, (a.blocks ?? []).map(blockText)])).toEqual([
      ['行政执法统计表', page.slice(2)],
    ]);
    expect(r.mapping).toHaveLength(5);
  });
});

describe('a list of numbered sentences with no text under them', () => {
  const plans = (items: string[]) =>
    run(['某县司法局2025年法治政府建设年度报告', ...FIVE.slice(0, 6), ...items, ...FIVE.slice(8)].join('\n'));
  it('stays paragraphs with their numbers, not sub-headings with nothing under them', () => {
    const r = plans([
      '四、2026年工作思路',
      '1、开展执法人员法律知识轮训，实现培训全覆盖。',
      '2、与县公安局建立案件移送和信息共享机制。',
      '3、推进智慧执法建设。',
    ]);
    expect(kinds(section(r, 'next-year').blocks)).toEqual([
      '1、开展执法人员法律知识轮训，实现培训全覆盖。',
      '2、与县公安局建立案件移送和信息共享机制。',
      '3、推进智慧执法建设。',
    ]);
  });
  it('leaves sub-headings ending in 。 with text under them, and one such line alone, as headings', () => {
    const r = plans([
      '四、2026年工作思路',
      '（一）加强执法培训。',
      '组织执法人员轮训2次。',
      '（二）推进智慧执法。',
      '建设执法信息平台。',
    ]);
    expect(kinds(section(r, 'next-year').blocks)).toEqual([
      'h2:加强执法培训。',
      '组织执法人员轮训2次。',
      'h2:推进智慧执法。',
      '建设执法信息平台。',
    ]);
  });
});

describe('a heading no template has, wrapped by a PDF', () => {
  const report = (lines: string[]) =>
    run(['某县司法局2025年法治政府建设年度报告', ...FIVE.slice(0, 4), ...lines, ...FIVE.slice(4)].join('\n'));
  it('takes its tail back from the next line', () => {
    const r = report([
      '三、法治政府建设示范创建和重点改革任务落',
      '实情况',
      '对照示范创建指标，补齐短板9项。',
    ]);
    const extra = r.report.sections.find((s) => s.id.startsWith('extra-'))!;
    expect(extra.heading).toBe('法治政府建设示范创建和重点改革任务落实情况');
    expect(extra.blocks.map(blockText)).toEqual(['对照示范创建指标，补齐短板9项。']);
  });
  it('leaves a short heading, or text with punctuation, under it', () => {
    const short = report(['三、示范创建情况', '实情况', '对照示范创建指标，补齐短板9项。']);
    expect(short.report.sections.find((s) => s.id.startsWith('extra-'))!.heading).toBe('示范创建情况');
    const said = report(['三、法治政府建设示范创建和重点改革任务落实情况', '无。', '补齐短板9项。']);
    expect(said.report.sections.find((s) => s.id.startsWith('extra-'))!.blocks.map(blockText)).toEqual([
      '无。',
      '补齐短板9项。',
    ]);
  });
});

describe('parts headed "第一部分" with the name on the line under it, or numbered 【一】', () => {
  const parts = (head: (label: string, name: string) => string[]) => {
    const lines: string[] = ['某县司法局2025年法治政府建设年度报告'];
    for (let i = 0; i < FIVE.length; i += 2) {
      const m = /^([一二三四五])、(.*)$/u.exec(FIVE[i]!)!;
      lines.push(...head(m[1]!, m[2]!), FIVE[i + 1]!);
    }
    return run([...lines, '某县司法局', '2026年1月20日'].join('\n'));
  };
  it('reads each as its part (all went into the 导语, run together)', () => {
    for (const r of [
      parts((n, name) => [`第${n}部分`, name]),
      parts((n, name) => [`**第${n}部分：**`, `**${name}**`]),
      parts((n, name) => [`【${n}】${name}`]),
    ]) {
      expect(r.report.templateId).toBe('statutory-five');
      expect(r.report.preamble).toEqual([]);
      expect(r.report.sections.map((s) => blockText(s.blocks[0]!))).toEqual(
        FIVE.filter((_, i) => i % 2 === 1).map((t) => t.trim()),
      );
    }
  });
});

describe('list items numbered 1） or ①', () => {
  it('are never run together with the line after them', () => {
    const r = run(
      [
        '某县司法局2025年法治政府建设年度报告',
        FIVE[0],
        '1）加强学习',
        '局党组学法3次。',
        '①开展执法检查',
        '检查120次。',
        ...FIVE.slice(2),
      ].join('\n'),
    );
    // 1） under a part is its 1. level, as 1、 would be (items numbered 1） and ① below).
    expect(kinds(section(r, 'measures').blocks)).toEqual([
      'h3:加强学习',
      '局党组学法3次。',
      '①开展执法检查',
      '检查120次。',
    ]);
  });
});

describe('a PDF line broken right after a closing quote', () => {
  const body = (lines: string[]) =>
    run(
      [
        '某县司法局2025年法治政府建设年度报告',
        ...FIVE.slice(0, 6),
        FIVE[6]!,
        ...lines,
        ...FIVE.slice(8),
      ].join('\n'),
    );
  it('is joined to the next line when paragraphs start indented and that line does not', () => {
    const r = body(['　　2026年，一是开展执法培训；二是谋划“九五”', '普法规划。']);
    expect(section(r, 'next-year').blocks.map(blockText)).toEqual([
      '2026年，一是开展执法培训；二是谋划“九五”普法规划。',
    ]);
  });
  it('is not when the next line starts a paragraph of its own, or nothing is indented', () => {
    const indented = body(['　　2026年，开展“法律进乡村”', '　　同时谋划“九五”普法规划。']);
    expect(section(indented, 'next-year').blocks).toHaveLength(2);
    const flat = run(
      [
        '某县司法局2025年法治政府建设年度报告',
        ...FIVE.slice(0, 6).map((l) => l.trim()),
        FIVE[6]!,
        '2026年，谋划“九五”',
        '普法规划。',
        ...FIVE.slice(8).map((l) => l.trim()),
      ].join('\n'),
    );
    expect(section(flat, 'next-year').blocks).toHaveLength(2);
  });
});

describe('a title over a subtitle, or with the organ and date under it (题注)', () => {
  const body = FIVE.map((l) => l.trim());
  it('reads the organ and year from a subtitle after ——', () => {
    const r = run(
      [
        '坚持依法行政　建设法治政府',
        '——某县司法局2025年法治政府建设年度报告',
        ...body,
        '某县司法局',
        '2026年1月20日',
      ].join('\n'),
    );
    expect(r.report.meta).toMatchObject({ org: '某县司法局', year: 2025, signature: null });
  });
  it('reads the organ under the title and the date in parentheses as 署名 and 成文日期, and says so', () => {
    for (const organ of ['某县司法局', '——某县司法局']) {
      const r = run(['2025年度法治政府建设年度报告', organ, '（2026年1月20日）', ...body].join('\n'));
      expect(r.report.meta).toMatchObject({ org: '某县司法局', signature: null, date: '2026-01-20' });
      expect(r.report.preamble).toEqual([]);
      expect(r.warnings.join('\n')).toContain('题注');
    }
  });
  it('leaves a first paragraph under a title that names its organ alone', () => {
    const r = run(['某县司法局2025年度法治政府建设年度报告', '某县司法局', ...body].join('\n'));
    expect(r.report.preamble.map(blockText)).toEqual(['某县司法局']);
  });
});

describe('a note on the figures under the date', () => {
  it('is left out and said, and the 署名 and date above it are read', () => {
    for (const note of ['注：本报告数据统计截至2025年12月31日。', '（数据统计截至2025年12月31日）']) {
      const r = run(
        ['某县司法局2025年法治政府建设年度报告', ...FIVE, '某县司法局', '2026年1月20日', note].join('\n'),
      );
      expect(r.report.meta).toMatchObject({ signature: null, date: '2026-01-20' });
      expect(allText(r)).not.toContain('截至');
      expect(r.warnings.join('\n')).toContain(note);
    }
  });
});

describe('part headings ending in a colon', () => {
  it('lose the colon, and text after it is the part\'s text ("五、其他需要报告的情况：无。")', () => {
    const body = FIVE.slice(0, 8).map((l, i) => (i % 2 === 0 ? `${l}：` : l));
    const r = run(
      ['某县司法局2025年法治政府建设年度报告', ...body, '五、其他需要报告的情况：无。'].join('\n'),
    );
    expect(r.report.sections.map((s) => s.heading ?? null)).toEqual([
      null,
      null,
      null,
      '2026年度推进法治政府建设的主要安排',
      null,
    ]);
    expect(section(r, 'other').blocks.map(blockText)).toEqual(['无。']);
  });
});

describe('items numbered 1） and ①', () => {
  const measures = (...lines: string[]) =>
    run(['某县水利局2025年法治政府建设年度报告', FIVE[0]!, ...lines, ...FIVE.slice(2)].join('\n'));

  it('1） under a （一） is its 1. level, run-on text kept after it', () => {
    const r = measures(
      '（一）抓学习，筑牢法治思想根基',
      '1）开展会前学法。局长办公会会前学法11次，学习法律法规17部。',
      '2）组织旁听庭审。组织干部42人次旁听行政诉讼案件庭审。',
    );
    expect(kinds(section(r, 'measures').blocks)).toEqual([
      'h2:抓学习，筑牢法治思想根基',
      'h3:开展会前学法。',
      '局长办公会会前学法11次，学习法律法规17部。',
      'h3:组织旁听庭审。',
      '组织干部42人次旁听行政诉讼案件庭审。',
    ]);
  });

  it('1） under a 1. is its （1） level; under a （1） it stays numbered text', () => {
    const r = measures(
      '（一）抓制度',
      '1.规范性文件管理',
      '1）合法性审核',
      '2）备案审查',
      '（1）备案',
      '1）报送备案',
    );
    expect(kinds(section(r, 'measures').blocks)).toEqual([
      'h2:抓制度',
      'h3:规范性文件管理',
      'h4:合法性审核',
      'h4:备案审查',
      'h4:备案',
      '1）报送备案',
    ]);
  });

  it('① items stay in their paragraph', () => {
    const r = measures('全面落实三项制度：①执法公示；②全过程记录；③重大执法决定法制审核12件。');
    expect(kinds(section(r, 'measures').blocks)[0]).toBe(
      '全面落实三项制度：①执法公示；②全过程记录；③重大执法决定法制审核12件。',
    );
  });
});

describe('parts numbered 1. with the year right after the number', () => {
  it('reads "1.2025年推进…" as part 1, not as the decimal 1.2025', () => {
    const r = run(
      [
        '某区市场监督管理局关于2025年法治政府建设工作情况的报告',
        '1.2025年推进法治政府建设的主要举措和成效',
        '（1）严格规范执法。全年办理行政处罚案件1126件。',
        '2.2025年党政主要负责人履行推进法治建设第一责任人职责情况',
        '局党组书记、局长主持召开专题会议4次。',
        '3.存在的不足和原因',
        '执法人员不足，原因是人员流动大。',
        '4.2026年推进法治政府建设的主要安排',
        '2026年修订行政裁量权基准。',
        '5.其他需要报告的情况',
        '无。',
      ].join('\n'),
    );
    expect(r.report.sections.map((s) => s.heading ?? s.id)).toHaveLength(5);
    expect(kinds(section(r, 'measures').blocks)).toEqual([
      'h2:严格规范执法。',
      '全年办理行政处罚案件1126件。',
    ]);
    expect(blockText(section(r, 'first-responsible').blocks[0]!)).toBe(
      '局党组书记、局长主持召开专题会议4次。',
    );
    expect(allText(r)).not.toContain('1.2025');
  });

  it('still reads 1.5万元 as a number', () => {
    const lines = splitLines('1.5万元用于普法宣传。');
    expect(lines[0]!.kind).toBe('text');
  });
});

describe('a report of figures', () => {
  it('keeps rows "行政处罚案件：立案215件…" one a paragraph', () => {
    const r = run(
      [
        '某市生态环境局2025年度法治政府建设工作报告',
        FIVE[0]!,
        '（一）主要指标完成情况',
        '行政处罚案件：立案215件，结案203件，罚没款3126.8万元',
        '行政复议案件：收到4件，维持3件，撤销1件',
        '规范性文件：制定2件，合法性审核2件',
        ...FIVE.slice(2),
      ].join('\n'),
    );
    expect(kinds(section(r, 'measures').blocks)).toEqual([
      'h2:主要指标完成情况',
      '行政处罚案件：立案215件，结案203件，罚没款3126.8万元',
      '行政复议案件：收到4件，维持3件，撤销1件',
      '规范性文件：制定2件，合法性审核2件',
    ]);
  });
});

describe('a title opening with 关于 and a place', () => {
  const titled = (title: string, signature: string) =>
    run([title, ...FIVE, '', signature, '2026年1月28日'].join('\n'));

  it('takes the 署名 for the organ when it opens with the place: the place is the subject', () => {
    const r = titled('关于阿克苏地区温宿县2025年法治政府建设情况的报告', '温宿县人民政府');
    expect(r.report.meta.org).toBe('温宿县人民政府');
    expect(r.report.meta.signature ?? r.report.meta.org).toBe('温宿县人民政府');
    expect(r.warnings.join('')).toContain('是报告的事由');
  });

  it('keeps the title organ when the title names one before 关于, or the 署名 is another place', () => {
    expect(titled('温宿县司法局关于2025年法治政府建设情况的报告', '温宿县司法局').report.meta.org).toBe(
      '温宿县司法局',
    );
    expect(titled('关于某县2025年法治政府建设情况的报告', '另一县人民政府').report.meta.org).toBe('某县');
  });
});
