/**
 * Shapes of real reports the text import got wrong, found by the reports it had never seen
 * (test/fixtures/corpus 90-99): a 主送 line with the opening sentence run on, a joint 版头 over several
 * lines, digits typed full-width, a 盖章 note between the 署名 and the date on one line, and a 公众号
 * article's account card and END mark, a joint title's organs stacked one a line, a date in parentheses
 * under a title that names its organ, a space before the 主送's colon, zero-width spaces from a web editor,
 * sub-heading numbers spaced inside their brackets, a 主送 wrapped after a 、.
 */
import { describe, expect, it } from 'vitest';
import { importText, type ImportTextResult } from './index';
import { issuerMarkLines, joinTitleLines, recipientOf, recipientRunOn } from './closing';
import { isWebChrome } from './page-clutter';
import { halfWidthAlphanumerics, withoutInvisibles } from './width';
import { blockText } from '../../model/content';
import { shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';

const templates = shippedTemplates();
const vocabulary = outlineVocabulary();
const run = (text: string) => importText(text, { templates, vocabulary, fallbackYear: 2024 });
const allText = (r: ImportTextResult) =>
  [r.report.preamble, ...r.report.sections.map((s) => s.blocks)].flat().map(blockText).join('\n');

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

describe('a 主送 line with the opening sentence run on after its colon', () => {
  it('is read as the 主送机关, the sentence kept as the 导语', () => {
    expect(recipientRunOn('市人民政府：2025年，我局在市委、市政府的领导下…')).toEqual({
      recipient: '市人民政府',
      restAt: 6,
    });
    const r = run(
      [
        '某市生态环境局2025年法治政府建设年度报告',
        '市委全面依法治市委员会办公室、市人民政府：2025年，我局深入学习贯彻习近平法治思想。现将有关情况报告如下：',
        ...FIVE,
      ].join('\n'),
    );
    expect(r.report.meta.recipient).toBe('市委全面依法治市委员会办公室、市人民政府');
    expect(r.report.preamble.map(blockText)).toEqual([
      '2025年，我局深入学习贯彻习近平法治思想。现将有关情况报告如下：',
    ]);
    expect(r.warnings.join('\n')).toContain('已与主送机关分开导入');
  });

  it('leaves a first paragraph that only has a colon in it, and a 主送 with nothing after it', () => {
    expect(recipientRunOn('主要做法：一是加强学习，二是强化执法。')).toBeNull();
    expect(recipientRunOn('现将我局2025年法治政府建设情况报告如下：')).toBeNull();
    expect(recipientRunOn('县委、县政府：')).toBeNull();
    expect(recipientRunOn('我局：2025年，全年办理案件12件。')).toBeNull();
  });
});

describe('a joint 版头 copied as its organs one a line over 文件', () => {
  const head = [
    '中共青阳县委员会',
    '青阳县人民政府',
    '文件',
    '青发〔2026〕3号',
    '中共青阳县委　青阳县人民政府',
    '关于2025年度法治政府建设情况的报告',
    '池州市委、市人民政府：',
    '　　2025年，我县深入学习贯彻习近平法治思想。现将有关情况报告如下：',
  ];

  it('counts the 版头 lines, with 文件 alone or after the last organ', () => {
    expect(issuerMarkLines(head)).toBe(3);
    expect(issuerMarkLines(['中共青阳县委员会', '青阳县人民政府文件', '青发〔2026〕3号'])).toBe(2);
    expect(issuerMarkLines(['青阳县人民政府文件', '青政〔2026〕3号'])).toBe(1);
    // 文件 in a cell spanning both organs' rows, copied after the first.
    expect(issuerMarkLines(['中共青阳县委员会　文件', '青阳县人民政府', '青发〔2026〕3号'])).toBe(2);
    expect(issuerMarkLines(['中共青阳县委员会', '文件', '青阳县人民政府', '青发〔2026〕3号'])).toBe(3);
    // A title's organ line over the rest of the title is no 版头.
    expect(issuerMarkLines(head.slice(4))).toBe(0);
  });

  it('leaves the organ lines out of the title and reads the 文号', () => {
    const r = run([...head, ...FIVE, '中共青阳县委　　青阳县人民政府', '2026年1月20日'].join('\n'));
    expect(r.report.meta.title).toBe('中共青阳县委　青阳县人民政府关于2025年度法治政府建设情况的报告');
    expect(r.report.meta.org).toBe('中共青阳县委　青阳县人民政府');
    expect(r.report.meta.docNumber).toBe('青发〔2026〕3号');
    expect(r.report.meta.recipient).toBe('池州市委、市人民政府');
    expect(r.report.meta.date).toBe('2026-01-20');
    expect(allText(r)).not.toMatch(/委员会|文件|青发/u);
  });
});

describe('digits and letters typed full-width', () => {
  it('are read half-width: the title year, the headings, the figures', () => {
    expect(halfWidthAlphanumerics('办理案件１２件，罚款３．５万元，ＡＰＰ上线。').text).toBe(
      '办理案件12件，罚款3.5万元，APP上线。',
    );
    const r = run(
      [
        '某县税务局２０２５年法治政府建设年度报告',
        ...FIVE.map((l) => l.replace(/\d/gu, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))),
        '某县税务局',
        '２０２６年１月２０日',
      ].join('\n'),
    );
    expect(r.report.meta.year).toBe(2025);
    expect(r.report.meta.title).toBeNull(); // the title as derived
    // The parts read as the outline's (only 四 keeps its own wording, "2026年度" for 下一年度).
    expect(r.report.sections.map((s) => s.heading ?? null)).toEqual([
      null,
      null,
      null,
      '2026年度推进法治政府建设的主要安排',
      null,
    ]);
    expect(allText(r)).toContain('全年研究法治工作4次。');
    expect(r.warnings.join('\n')).toContain('全角数字');
  });
});

describe('a 盖章 note between the 署名 and the date on their one line', () => {
  it('is cut out, and the 署名 and date are read', () => {
    for (const last of [
      '某县司法局（盖章）　　2026年1月20日',
      '某县司法局　（印章）　2026年1月20日',
      '某县司法局（盖章）2026年1月20日',
    ]) {
      const r = run(['某县司法局2025年法治政府建设年度报告', ...FIVE, last].join('\n'));
      expect(r.report.meta.signature, last).toBeNull(); // the org, as written
      expect(r.report.meta.date, last).toBe('2026-01-20');
      expect(allText(r), last).not.toMatch(/盖章|印章|某县司法局/u);
    }
  });
});

describe('a 公众号 article’s account card and END mark', () => {
  it('are chrome', () => {
    for (const line of [
      '微信号 qyswj12366',
      '功能介绍 发布税收政策、办税指南',
      '-END-',
      '— END —',
      'END',
      '（完）',
      '↓↓↓ 点击阅读原文',
      '一审：张三　二审：李四　三审：王五',
      '责编：王五',
      '值班编辑：李四',
      '文/图：张三',
      '编辑 | 王五',
      '来源｜某县司法局',
      '监制：赵六',
      '▲ 图片来源：网络',
    ])
      expect(isWebChrome(line), line).toBe(true);
    for (const line of ['▲全年办理案件120件', '文字材料归档3卷。', '一审判决3件，二审维持2件。'])
      expect(isWebChrome(line), line).toBe(false);
    expect(isWebChrome('微信号码变更后，及时告知纳税人。')).toBe(false);
  });

  it('with the account name over the card, and what follows END, stay out; the 署名 and date are read', () => {
    const r = run(
      [
        '某县税务局2025年度法治政府建设情况报告',
        '某县税务',
        '微信号 qyswj12366',
        '功能介绍 发布税收政策、办税指南',
        '　　2025年，我局深入学习贯彻习近平法治思想。',
        ...FIVE,
        '国家税务总局某县税务局',
        '2026年2月10日',
        '-END-',
        '喜欢此内容的人还喜欢',
      ].join('\n'),
    );
    expect(r.report.meta.signature).toBe('国家税务总局某县税务局');
    expect(r.report.meta.date).toBe('2026-02-10');
    expect(r.report.preamble.map(blockText)).toEqual(['2025年，我局深入学习贯彻习近平法治思想。']);
    expect(allText(r)).not.toMatch(/微信号|功能介绍|END|喜欢/u);
  });
});

describe('a joint title with its organs stacked one a line', () => {
  it('keeps the organs apart, as on one line; other title lines join as they are', () => {
    expect(joinTitleLines('中共某县委', '某县人民政府')).toBe('中共某县委　某县人民政府');
    // A long pair printed apart (the export breaks between them), the second running on into 关于.
    expect(joinTitleLines('中共某经济开发区工作委员会', '某经济开发区管理委员会关于2025年度…的报告')).toBe(
      '中共某经济开发区工作委员会　某经济开发区管理委员会关于2025年度…的报告',
    );
    expect(joinTitleLines('某县司法局', '2025年法治政府建设年度报告')).toBe(
      '某县司法局2025年法治政府建设年度报告',
    );
    expect(joinTitleLines('某县人民政府', '关于2025年度法治政府建设情况的报告')).toBe(
      '某县人民政府关于2025年度法治政府建设情况的报告',
    );
    expect(joinTitleLines('中共某县委员会', '办公室关于2025年…的报告')).toBe(
      '中共某县委员会办公室关于2025年…的报告',
    );
  });

  it('reads both organs as the org, and the two-line 署名 as the same organs', () => {
    const r = run(
      [
        '中共云溪经济开发区工作委员会',
        '云溪经济开发区管理委员会',
        '关于2025年度法治政府建设情况的报告',
        ...FIVE,
        '中共云溪经济开发区工作委员会',
        '云溪经济开发区管理委员会',
        '2026年1月22日',
      ].join('\n'),
    );
    expect(r.report.meta.org).toBe('中共云溪经济开发区工作委员会　云溪经济开发区管理委员会');
    expect(r.report.meta.signature).toBe('中共云溪经济开发区工作委员会 云溪经济开发区管理委员会');
    expect(r.report.meta.date).toBe('2026-01-22');
  });
});

describe('a date in parentheses under a title that names its organ', () => {
  const head = [
    '某县司法局2025年法治政府建设年度报告',
    '（2026年1月20日）',
    '县委、县政府：',
    '　　2025年，我局开展工作。',
  ];

  it('is the 成文日期 when the end has none, and no text of the report; the 主送 under it is read', () => {
    const r = run([...head, ...FIVE, '某县司法局'].join('\n'));
    expect(r.report.meta.date).toBe('2026-01-20');
    expect(r.report.meta.recipient).toBe('县委、县政府');
    expect(r.report.preamble.map(blockText)).toEqual(['2025年，我局开展工作。']);
    expect(r.warnings.join('\n')).toContain('已作为成文日期导入');
  });

  it('gives way to the date at the end', () => {
    const r = run([...head, ...FIVE, '某县司法局', '2026年1月22日'].join('\n'));
    expect(r.report.meta.date).toBe('2026-01-22');
    expect(allText(r)).not.toContain('2026年1月20日');
  });
});

describe('a space before the 主送’s colon', () => {
  it('is not part of the 主送机关', () => {
    expect(recipientOf('县委、县政府 ：')).toBe('县委、县政府');
    expect(recipientOf('市司法局　：')).toBe('市司法局');
    expect(recipientRunOn('县委、县政府 ：2025年，我局开展工作。')?.recipient).toBe('县委、县政府');
  });
});

describe('zero-width spaces a web editor or a 公众号 leaves in the text', () => {
  it('are dropped: the 主送, a part’s number, the 署名 and date, and the words read again', () => {
    expect(withoutInvisibles('习近平\u200b法治思想\u2060').text).toBe('习近平法治思想');
    const r = run(
      [
        '某县商务局2025年法治政府建设年度报告',
        '\u200b',
        '县委、县政府：',
        '\u00a0\u00a02025年，我局深入学习贯彻习近平\u200b法治思想。',
        ...FIVE.map((l, i) => (i === 0 ? `\u200b${l}` : l)),
        '某县商务局\u200b',
        '\u200b2026年1月20日',
      ].join('\n'),
    );
    expect(r.report.meta.recipient).toBe('县委、县政府');
    expect(r.report.meta.signature).toBeNull();
    expect(r.report.meta.date).toBe('2026-01-20');
    expect(r.report.preamble.map(blockText)).toEqual(['2025年，我局深入学习贯彻习近平法治思想。']);
    expect(r.report.sections[0]!.blocks.map(blockText)).toEqual([
      '局党组书记、局长履行推进法治建设第一责任人职责，全年研究法治工作4次。',
    ]);
  });
});

describe('sub-heading numbers spaced inside their brackets', () => {
  it('are the sub-headings "（一）" and "（1）", run on or alone', () => {
    const r = run(
      [
        '某县林业局2025年法治政府建设年度报告',
        FIVE[0]!,
        '（ 一 ）坚持党的领导。全年研究法治工作5次。',
        '( 二 )\t规范执法',
        '（ 1 ）开展执法检查12次。',
        ...FIVE.slice(2),
      ].join('\n'),
    );
    expect(
      r.report.sections[0]!.blocks.map((b) =>
        b.type === 'heading' ? `h${b.level}:${blockText(b)}` : blockText(b),
      ),
    ).toEqual(['h2:坚持党的领导。', '全年研究法治工作5次。', 'h2:规范执法', 'h4:开展执法检查12次。']);
  });
});

describe('a 主送 wrapped after a 、 onto a second line', () => {
  it('is one 主送, and the 导语 under it stays the 导语', () => {
    const r = run(
      [
        '某县司法局2025年法治政府建设年度报告',
        '县委全面依法治县委员会办公室、县人民政府、',
        '市司法局：',
        '　　2025年，我局开展工作，取得成效。',
        ...FIVE,
      ].join('\n'),
    );
    expect(r.report.meta.recipient).toBe('县委全面依法治县委员会办公室、县人民政府、市司法局');
    expect(r.report.preamble.map(blockText)).toEqual(['2025年，我局开展工作，取得成效。']);
  });
});
