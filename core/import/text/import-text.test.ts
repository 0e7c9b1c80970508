import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importNotes, importText, ImportError, type ImportTextResult } from './index';
import { parseDateLine } from './closing';
import { parseInline } from './inline';
import { similarity } from './match';
import { blockText, type Block } from '../../model/content';
import { ReportSchema } from '../../model/report';
import { findTemplate, shippedTemplates } from '../../../templates/index';
import { draftStream, firstMissing, sourceStream } from '../../../test/helpers/draft-text';

const templates = shippedTemplates();
const fixture = (name: string) =>
  readFileSync(new URL(`../../../test/fixtures/import/${name}`, import.meta.url), 'utf8');

function expectNothingLost(input: string, result: ImportTextResult): void {
  const src = sourceStream(input);
  const draft = draftStream(result.report, findTemplate(result.templateId));
  const at = firstMissing(src, draft);
  expect(
    at === -1 ? '' : src.slice(Math.max(0, at - 20), at + 20),
    'source text missing from the draft',
  ).toBe('');
}

const texts = (blocks: readonly Block[]) => blocks.map(blockText);
const section = (r: ImportTextResult, id: string) => r.report.sections.find((s) => s.id === id)!;

describe('importText: a 湛江-outline report with the seed’s messiness', () => {
  const input = fixture('nanling-transport-2024.md');
  const r = importText(input, { templates });

  it('chooses the 湛江 template and maps all seven headings', () => {
    expect(r.templateId).toBe('zhanjiang-department');
    expect(r.mapping.map((m) => m.sectionId)).toEqual([
      'study-spirit',
      'rule-of-law-thought',
      'first-responsible',
      'measures',
      'shortcomings',
      'next-year',
      'other',
    ]);
    for (const m of r.mapping) expect(m.score).toBeGreaterThanOrEqual(0.9);
    expect(r.warnings).toEqual([]);
    expect(ReportSchema.safeParse(r.report).success).toBe(true);
  });

  it('reads the title split over two marked-up lines, and the closing 署名 and date', () => {
    expect(r.report.meta).toEqual({
      org: '南岭市交通运输局',
      year: 2024,
      title: null,
      signature: null,
      date: '2025-01-20',
      recipient: null,
      docNumber: null,
    });
    expect(texts(r.report.preamble)).toHaveLength(1);
    expect(texts(r.report.preamble)[0]).toMatch(/^2024 年，我局.*报告如下：$/);
  });

  it('splits section 四’s run-on heading: the rest opens the section', () => {
    const measures = section(r, 'measures');
    expect(blockText(measures.blocks[0]!)).toMatch(/^贯彻落实《法治政府建设实施纲要/);
    expect(measures.blocks[0]!.type).toBe('paragraph');
  });

  it('splits bold sub-headings from the text running on after their 。', () => {
    const measures = section(r, 'measures').blocks;
    const headings = measures.filter((b) => b.type === 'heading');
    expect(headings.map((h) => [h.level, blockText(h)])).toEqual([
      [2, '规范重大行政决策。'],
      [2, '严格规范公正文明执法。'],
      [2, '依法化解行政争议。'],
      [3, '复议纠错。'],
    ]);
    const i = measures.indexOf(headings[0]!);
    expect(blockText(measures[i + 1]!)).toMatch(/^全年作出重大行政决策 2 项/);
    const shortcomings = section(r, 'shortcomings').blocks;
    expect(shortcomings.filter((b) => b.type === 'heading').map(blockText)).toEqual([
      '执法力量与任务不匹配',
      '普法针对性不强。',
    ]);
  });

  it('joins paragraphs broken mid-sentence, but not before 一是/二是/三是', () => {
    const study = texts(section(r, 'study-spirit').blocks);
    expect(study).toHaveLength(2);
    expect(study[1]).toMatch(/在交通运输领域落地见效。$/);
    expect(texts(section(r, 'measures').blocks).some((t) => /全局 46名执法人员全部持证上岗。/.test(t))).toBe(
      true,
    );
    const thought = texts(section(r, 'rule-of-law-thought').blocks);
    expect(thought).toHaveLength(3);
    expect(thought[1]).toMatch(/发放资料 3000 余份，$/);
    expect(thought[2]).toMatch(/^三是/);
  });

  it('keeps inline **bold** as bold marks', () => {
    const second = section(r, 'rule-of-law-thought').blocks[1]!;
    expect(second.children).toEqual([
      { text: '二是' },
      { text: '落实“谁执法谁普法”普法责任制', bold: true },
      { text: expect.stringMatching(/^，在客运站/) as unknown as string },
    ]);
    expect(section(r, 'first-responsible').blocks[1]!.children[0]).toEqual({ text: '二是', bold: true });
  });

  it('loses nothing: every non-markup character of the input is in the draft, in order', () => {
    expectNothingLost(input, r);
  });

  it('reads the same report hard-wrapped at 30 characters a line, as pdftotext writes it', () => {
    const wrapped = input
      .split('\n')
      .flatMap((line) => line.match(/.{1,30}/gu) ?? [''])
      .join('\n');
    const w = importText(wrapped, { templates });
    expect(w.templateId).toBe(r.templateId);
    expect(w.mapping).toEqual(r.mapping);
    expect(w.warnings).toEqual([]);
    expect(w.report.meta).toEqual(r.report.meta);
    const flat = (x: ImportTextResult) =>
      x.report.sections.map((s) => texts(s.blocks).join('').replace(/\s/g, ''));
    expect(flat(w)).toEqual(flat(r));
    expectNothingLost(input, w);
  });

  it('keeps headings the forced template lacks as extra sections, in place', () => {
    const five = importText(input, { templates, templateId: 'statutory-five' });
    expect(five.templateId).toBe('statutory-five');
    expect(five.report.sections.map((s) => s.id)).toEqual([
      'extra-1',
      'extra-2',
      'measures',
      'shortcomings',
      'first-responsible',
      'next-year',
      'other',
    ]);
    expect(five.report.sections[0]!.heading).toMatch(/^深入学习贯彻习近平总书记重要讲话/);
    expect(five.warnings.join('\n')).toMatch(/顺序已按模板排列/);
    expect(five.warnings.join('\n')).toMatch(/附加部分/);
    // Put the sections back in source order: then every character must be there, in order.
    const order = five.mapping.map((m) => m.sectionId);
    const inSourceOrder = [...five.report.sections].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    // The one heading worded differently from this template keeps the unit's wording, and the user is told.
    expect(five.warnings.join('\n')).toMatch(/第一责任人职责、加强法治政府建设的有关情况”按原文保留（提纲为/);
    expectNothingLost(input, { ...five, report: { ...five.report, sections: inSourceOrder } });
  });
});

describe('importText: a township report in plain text', () => {
  const input = fixture('qingshi-town-2023.txt');
  const r = importText(input, { templates });

  it('chooses the township template, reads recipient, title and closing', () => {
    expect(r.templateId).toBe('township');
    expect(r.report.meta).toMatchObject({
      org: '青石镇人民政府',
      year: 2023,
      title: null,
      signature: null,
      date: '2024-01-15',
      recipient: '县委、县政府',
    });
  });

  it('keeps an unmatched heading as an extra section after the one before it', () => {
    expect(r.report.sections.map((s) => s.id)).toEqual(['measures', 'shortcomings', 'next-year', 'extra-1']);
    expect(r.report.sections[3]!.heading).toBe('关于乡村振兴法律服务的专项说明');
    expect(r.mapping.at(-1)).toMatchObject({
      sourceHeading: '关于乡村振兴法律服务的专项说明',
      sectionId: 'extra-1',
    });
  });

  it('recognises （一）, 1. and （1） sub-headings with run-on text', () => {
    const blocks = section(r, 'measures').blocks;
    expect(
      blocks.slice(0, 6).map((b) => (b.type === 'heading' ? `H${b.level}:` : 'P:') + blockText(b)),
    ).toEqual([
      'H2:落实第一责任人职责。',
      expect.stringMatching(/^P:镇党委书记、镇长履行/) as unknown as string,
      'H3:学习贯彻习近平法治思想。',
      'P:镇党委理论学习中心组开展专题学习 6 次。',
      'H4:会前学法。',
      'P:党委会、镇长办公会会前学法 12 次。',
    ]);
  });

  it('loses nothing', () => {
    expectNothingLost(input, r);
  });
});

describe('importText: details', () => {
  it('converts a date in Chinese numerals and says so', () => {
    const r = importText(
      '某县司法局2024年法治政府建设年度报告\n一、其他需要报告的情况\n无。\n某县司法局\n二〇二五年一月二十日\n',
      {
        templates,
      },
    );
    expect(r.report.meta.date).toBe('2025-01-20');
    expect(r.warnings.join()).toMatch(/阿拉伯数字/);
  });

  it('does not take a short closing line for the 署名 unless it names an organ', () => {
    const input = '某县司法局2024年法治政府建设年度报告\n一、其他需要报告的情况\n无\n2025年1月2日\n';
    const r = importText(input, { templates });
    expect(r.report.meta).toMatchObject({ org: '某县司法局', signature: '', date: '2025-01-02' });
    expect(texts(r.report.sections.at(-1)!.blocks)).toEqual(['无']);
    const signed = importText(input.replace('无\n', '无。\n某县人民政府司法局\n'), { templates });
    expect(signed.report.meta.signature).toBe('某县人民政府司法局');
  });

  it('keeps a malformed closing date as text', () => {
    const input = '某县司法局2024年法治政府建设年度报告\n一、其他需要报告的情况\n无。\n2025年2月30日\n';
    const r = importText(input, { templates });
    expect(r.report.meta.date).toBeNull();
    expect(texts(r.report.sections.at(-1)!.blocks)).toContain('2025年2月30日');
    expectNothingLost(input, r);
  });

  it('says so when the closing date has no day, and keeps it as text', () => {
    for (const date of ['2026年1月', '二〇二六年一月']) {
      const input = `某县司法局2025年法治政府建设年度报告\n一、其他需要报告的情况\n无。\n某县司法局\n${date}\n`;
      const r = importText(input, { templates });
      expect(r.report.meta.date).toBeNull();
      expect(r.warnings.join()).toContain(`文末“${date}”缺少日，不是完整的成文日期`);
      expectNothingLost(input, r);
    }
  });

  it('matches differently worded headings by alias, and reports the rewording', () => {
    const input = [
      '某县人民政府2024年法治政府建设年度报告',
      '**一、工作开展情况**',
      '（一）依法决策。全年审查重大行政决策 3 项。',
      '**二、存在的问题**',
      '执法力量不足，原因是编制紧张。',
      '**三、下一步工作打算**',
      '2025年，我县将充实执法力量。',
    ].join('\n');
    const r = importText(input, { templates });
    expect(r.templateId).toBe('county-three');
    expect(r.mapping.map((m) => m.sectionId)).toEqual(['work', 'problems', 'plans']);
    expect(r.warnings.join('\n')).toMatch(
      /标题“工作开展情况”按原文保留（提纲为“2024年法治政府建设工作开展情况”）/,
    );
  });

  it('with no headings, puts everything in the preamble and says so', () => {
    const r = importText('只有一段话，没有任何标题。', { templates, fallbackYear: 2023 });
    expect(r.report.meta.year).toBe(2023);
    expect(texts(r.report.preamble)).toEqual(['只有一段话，没有任何标题。']);
    expect(r.warnings.join()).toMatch(/没有识别到/);
    expect(ReportSchema.safeParse(r.report).success).toBe(true);
  });

  it('says in Chinese which template was chosen and where each heading went', () => {
    const r = importText(fixture('qingshi-town-2023.txt'), { templates });
    expect(importNotes(r, templates)).toEqual([
      '按标题匹配选用模板：乡镇（街道）法治政府建设年度报告。',
      expect.stringMatching(/^选择依据：.*选用“乡镇（街道）法治政府建设年度报告”.*次选/u),
      '“2023年推进法治政府建设的主要举措和成效” → 一、主要举措和成效',
      '“存在的不足和原因” → 二、存在的不足和原因',
      '“下一年度主要安排” → 三、下一年度主要安排',
      '“关于乡村振兴法律服务的专项说明” → 四、（附加部分）',
      '标题“关于乡村振兴法律服务的专项说明”在模板“乡镇（街道）法治政府建设年度报告”中没有对应部分，已作为附加部分保留。',
    ]);
  });

  it('takes 一． and 一. for section labels, and (一) with half-width parentheses', () => {
    const input = [
      '**某县市场监督管理局2024年法治政府建设年度报告**',
      '一．2024年度推进法治政府建设的主要举措和成效',
      '(一) 强化执法监督。全年办理案件 12 件。',
      '二. 2024 年度推进法治政府建设存在的不足和原因',
      '问题是人手少，原因是编制少。',
    ].join('\n');
    const r = importText(input, { templates, templateId: 'statutory-five' });
    expect(r.mapping.map((m) => m.sectionId)).toEqual(['measures', 'shortcomings']);
    expect(section(r, 'measures').blocks.map((b) => b.type + ':' + blockText(b))).toEqual([
      'heading:强化执法监督。',
      'paragraph:全年办理案件 12 件。',
    ]);
    expectNothingLost(input, r);
  });

  it('recognises a city government report written by the 纲要’s chapters', () => {
    const headings = [
      '深入学习贯彻习近平法治思想，切实履行推进法治建设第一责任人职责',
      '健全政府机构职能体系，推动更好发挥政府作用',
      '健全依法行政制度体系，加快推进政府治理规范化程序化法治化',
      '健全行政决策制度体系，不断提升行政决策公信力和执行力',
      '健全行政执法工作体系，全面推进严格规范公正文明执法',
      '健全突发事件应对体系，依法预防处置重大突发事件',
      '健全社会矛盾纠纷行政预防调处化解体系，不断促进社会公平正义',
      '健全行政权力制约和监督体系，促进行政权力规范透明运行',
      '健全法治政府建设科技保障体系，全面建设数字法治政府',
      '加强党的领导，完善法治政府建设推进机制',
      '2024年推进法治政府建设存在的不足和原因',
      '2025年推进法治政府建设的主要安排',
    ];
    const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
    const input = ['南岭市人民政府2024年法治政府建设情况报告']
      .concat(headings.flatMap((h, i) => [`## ${numerals[i]}、${h}`, `第${i + 1}部分正文。`]))
      .join('\n');
    const r = importText(input, { templates });
    expect(r.templateId).toBe('government-gangyao');
    expect(r.mapping.every((m) => !m.sectionId.startsWith('extra-'))).toBe(true);
    expect(r.report.meta).toMatchObject({
      org: '南岭市人民政府',
      year: 2024,
      title: '南岭市人民政府2024年法治政府建设情况报告',
    });
    expect(section(r, 'other').blocks).toEqual([{ type: 'paragraph', children: [{ text: '' }] }]);
  });

  it('takes back a long heading PDF extraction wrapped onto a second line', () => {
    const input = [
      '某市某某局2024年法治政府建设年度报告',
      '一、深入学习贯彻习近平总书记重要讲话重要指示精神，深入学习贯彻党的二十届三中全会关于法治建设',
      '重大部署的情况以及贯彻落实措施',
      '我局坚持第一议题制度。',
      '三、2024年度党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况',
      '局党组高度重视。主要负责人亲自部署。',
    ].join('\n');
    const r = importText(input, { templates, templateId: 'zhanjiang-department' });
    expect(r.mapping.map((m) => [m.sectionId, m.score])).toEqual([
      ['study-spirit', 1],
      ['first-responsible', 1],
    ]);
    expect(texts(section(r, 'study-spirit').blocks)).toEqual(['我局坚持第一议题制度。']);
    // A complete heading does not swallow the first sentence after it.
    expect(texts(section(r, 'first-responsible').blocks)).toEqual(['局党组高度重视。主要负责人亲自部署。']);
  });

  it('refuses an unknown template id', () => {
    expect(() => importText('x', { templates, templateId: 'nope' })).toThrow(ImportError);
  });

  it('parses dates and inline bold', () => {
    expect(parseDateLine('2024 年 12 月 12 日')).toEqual({ iso: '2024-12-12', chineseNumerals: false });
    expect(parseDateLine('二〇二四年十二月三十一日')).toEqual({ iso: '2024-12-31', chineseNumerals: true });
    expect(parseDateLine('2024年13月1日')).toBeNull();
    expect(parseInline('a**b**c**d')).toEqual([{ text: 'a' }, { text: 'b', bold: true }, { text: 'cd' }]);
  });

  it('scores headings regardless of year, spaces and punctuation', () => {
    expect(
      similarity('2024 年度推进法治政府建设存在的不足和原因。', '{year}年度推进法治政府建设存在的不足和原因'),
    ).toBe(1);
    expect(
      similarity('下一年度推进法治政府建设的主要安排', '{year}年度推进法治政府建设的主要举措和成效'),
    ).toBeLessThan(0.5);
  });
});

describe('importText: 附件说明 and long sub-headings', () => {
  const long =
    '严格落实行政规范性文件合法性审核制度和备案审查制度确保全年审核的每一件规范性文件均经过法制审核并按时报';
  const input = [
    '某某县司法局2024年法治政府建设年度报告',
    '一、2024年度推进法治政府建设的主要举措和成效',
    `（一）${long}`,
    '审核规范性文件15件，详见附件1。',
    `（二）${long}。这一句接在标题后面，标题就不算单独成行。`,
    '附件：1.2024年度行政执法数据统计表',
    '2.法治政府建设工作台账及相关佐证材料清单',
    '（按年度整理）',
    '某某县司法局',
    '2025年1月10日',
  ].join('\n');
  const r = importText(input, { templates, templateId: 'zhanjiang-department' });

  it('takes "附件：1.…" and the numbered lines after it as 附件 names, a wrapped name joined', () => {
    expect(r.report.attachments).toEqual([
      { name: '2024年度行政执法数据统计表' },
      { name: '法治政府建设工作台账及相关佐证材料清单（按年度整理）' },
    ]);
    expect(r.report.meta.date).toBe('2025-01-10');
    const all = r.report.sections.flatMap((s) => texts(s.blocks)).join('');
    expect(all).not.toContain('附件：');
  });

  it('keeps a numbered sub-heading of up to 60 characters standing alone as a heading, not one that runs on', () => {
    const blocks = section(r, 'measures').blocks;
    expect(blocks[0]).toMatchObject({ type: 'heading', level: 2 });
    expect(blockText(blocks[0]!)).toBe(long);
    // the second runs on past its 。: over 40 characters, it stays a numbered paragraph
    expect(blocks.filter((b) => b.type === 'heading')).toHaveLength(1);
    expect(ReportSchema.safeParse(r.report).success).toBe(true);
  });
});

describe('importText: parts numbered 第一部分, 第二部分 …', () => {
  const input = [
    '某县人力资源和社会保障局2025年度法治政府建设情况报告',
    '2025年，县人社局深入学习贯彻习近平法治思想，现将有关情况报告如下。',
    '第一部分 主要举措和成效',
    '一是加强组织领导。局党组书记主持召开党组会议研究法治建设3次。',
    '第二部分：存在的不足和原因',
    '第一部分所列工作中，法治宣传的针对性不强。原因是宣传形式单一。',
    '第三部分　下一年度工作安排',
    '2026年，我局将继续深化法治宣传教育。',
    '',
    '某县人力资源和社会保障局',
    '2026年1月15日',
  ].join('\n');

  it('takes them for the section headings, with their text whole', () => {
    const r = importText(input, { templates, fallbackYear: 2025 });
    expect(
      r.report.sections.map(
        (s) => s.heading ?? findTemplate(r.templateId)!.sections.find((t) => t.id === s.id)!.heading,
      ),
    ).toEqual(['主要举措和成效', '存在的不足和原因', '下一年度工作安排']);
    // A sentence that starts with 第一部分 is body text.
    expect(texts(r.report.sections[1]!.blocks)).toEqual([
      '第一部分所列工作中，法治宣传的针对性不强。原因是宣传形式单一。',
    ]);
    expectNothingLost(input.replace(/第[一二三]部分[：\s\u3000]*/g, ''), r);
  });
});

describe('importText: a report whose parts are numbered （一）（二）（三） with no 一、', () => {
  const input = [
    '石门镇2025年法治政府建设工作报告',
    '（一）主要举措和成效',
    '镇党委书记、镇长履行推进法治建设第一责任人职责，调处矛盾纠纷260件。',
    '（二）存在的不足和原因',
    '执法力量不足，原因是人员少。',
    '（三）下一年度主要安排',
    '2026年，加强执法培训。',
    '石门镇人民政府',
    '2026年1月12日',
  ].join('\n');
  const r = importText(input, { templates });

  it('takes them as its parts, on the 乡镇 outline, and says so', () => {
    expect(r.templateId).toBe('township');
    expect(r.report.preamble).toEqual([]);
    expect(r.report.sections.map((s) => [s.id, texts(s.blocks)])).toEqual([
      ['measures', ['镇党委书记、镇长履行推进法治建设第一责任人职责，调处矛盾纠纷260件。']],
      ['shortcomings', ['执法力量不足，原因是人员少。']],
      ['next-year', ['2026年，加强执法培训。']],
    ]);
    expect(r.warnings.join('')).toContain('以“（一）”“（二）”为部分标题');
  });
});

describe('importText: paragraphs and list items that start with a number are not sub-headings', () => {
  const input = [
    '某某县市场监督管理局2024年度法治政府建设情况报告',
    '一、2024年度推进法治政府建设的主要举措和成效',
    '（一）坚持依法决策，提升决策质量',
    '1.全年办理行政复议案件36件，纠错率8.3%；',
    '2.组织开展法治培训12场次，参训干部职工1500余人次；',
    '3.审查规范性文件15件。',
    '（二）强化执法监督，规范执法行为',
    // A PDF wrapped this sentence: its second line is its tail, not a paragraph of its own.
    '（1）开展“双随机、一公开”抽查42次。',
    '（2）严格落实重大行政决策程序，全年作出重大行政决策3项，均履行公众参与、专家论',
    '证、风险评估、合法性审查和集体讨论决定程序。',
    '（3）聘请法律顾问2名，审核合同46份',
    '（4）我局坚持党的领导，将法治政府建设纳入全局工作总体布局',
    '二、2024年度推进法治政府建设存在的不足和原因',
    '执法队伍力量不足。',
  ].join('\n');
  const r = importText(input, { templates });

  it('keeps them as paragraphs with their numbers, and the real sub-headings as headings', () => {
    expect(
      section(r, 'measures').blocks.map((b) =>
        b.type === 'heading' ? `${b.level}:${blockText(b)}` : blockText(b),
      ),
    ).toEqual([
      '2:坚持依法决策，提升决策质量',
      '1.全年办理行政复议案件36件，纠错率8.3%；',
      '2.组织开展法治培训12场次，参训干部职工1500余人次；',
      // Short, but the next item of a list of sentences.
      '3.审查规范性文件15件。',
      '2:强化执法监督，规范执法行为',
      // Short, but the first item of a list of sentences.
      '（1）开展“双随机、一公开”抽查42次。',
      '（2）严格落实重大行政决策程序，全年作出重大行政决策3项，均履行公众参与、专家论证、风险评估、合法性审查和集体讨论决定程序。',
      '（3）聘请法律顾问2名，审核合同46份',
      '（4）我局坚持党的领导，将法治政府建设纳入全局工作总体布局',
    ]);
    expectNothingLost(input, r);
    expect(r.warnings.join('')).not.toContain('编号');
  });

  it('says so when a sentence numbered （一） leaves the heading （二） after it renumbered', () => {
    const mixed = importText(
      [
        '某某县市场监督管理局2024年度法治政府建设情况报告',
        '一、2024年度推进法治政府建设的主要举措和成效',
        '（一）坚持党的领导，全面加强组织建设，局党组专题研究法治政府建设工作3次，听取汇报2次',
        '（二）强化执法监督，规范执法行为',
        '全年办理行政处罚案件268件。',
      ].join('\n'),
      { templates },
    );
    expect(section(mixed, 'measures').blocks.map((b) => b.type)).toEqual([
      'paragraph',
      'heading',
      'paragraph',
    ]);
    expect(mixed.warnings.join('')).toContain('“（一）坚持党的领导，全面加强组织建设');
  });
});
