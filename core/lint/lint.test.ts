import { describe, expect, it } from 'vitest';
import { blockText } from '../model/content';
import { miniReport, miniTemplate } from '../../test/fixtures/check/mini';
import { lintReport } from './lint';
import { applyFixes } from './fixes';
import type { LintFinding } from './types';
import { normaliseDateLine, normaliseDocNumber } from './formats';

const t = miniTemplate([]);
const lint = (work: string[], meta = {}) => lintReport(miniReport(t, { work }, meta));
const rules = (fs: LintFinding[]) => fs.map((f) => f.rule);
/** Lint one paragraph and apply every fix: the fixed text. */
function fixed(text: string): string {
  const r = miniReport(t, { work: [text] });
  return blockText(applyFixes(r, lintReport(r)).sections[0]!.blocks[0]!);
}

describe('punctuation', () => {
  it('half-width marks next to Chinese become full-width', () => {
    expect(fixed('我局, 共有执法人员;其中:持证8名!是否达标?')).toBe(
      '我局，共有执法人员；其中：持证8名！是否达标？',
    );
    expect(fixed('学习强国(APP)和《纲要(2021-2025年)》')).toBe('学习强国（APP）和《纲要（2021-2025年）》');
    expect(fixed('落实"谁执法谁普法"责任制')).toBe('落实“谁执法谁普法”责任制');
  });
  it('leaves English, numbers and times alone', () => {
    expect(lint(['Windows 10, version 22H2 (x64)', '会议于10:30召开，金额1,000元。'])).toEqual([]);
  });
  it('ellipsis and dash', () => {
    expect(fixed('等等...还有。。。以及…')).toBe('等等……还有……以及……');
    expect(fixed('法治建设--关键在人')).toBe('法治建设——关键在人');
    expect(rules(lint(['2021--2025']))).toEqual([]);
  });
  it('unpaired and badly nested marks, without a fix', () => {
    const fs = lint(['学习“习近平法治思想。', '《纲要（2021-2025年》）', '多余的》号']);
    expect(rules(fs)).toEqual(['unpaired-mark', 'bad-nesting', 'unpaired-mark']);
    expect(fs.every((f) => f.fix === undefined)).toBe(true);
    expect(fs[1]).toMatchObject({ blockIndex: 1, offset: 3 });
  });
});

describe('spaces', () => {
  it('removes spaces inside Chinese text and at paragraph edges, keeps them around Latin words', () => {
    expect(fixed('2024 年，我局共有 8 名执法人员 。')).toBe('2024年，我局共有8名执法人员。');
    expect(fixed('　　我局通过学习强国 APP 学习。 ')).toBe('我局通过学习强国 APP 学习。');
  });
});

describe('headings and numbering', () => {
  it('flags a skipped level and a number typed into a heading', () => {
    const fs = lint(['@3 加强执法队伍建设', '@2 （一）健全制度']);
    expect(rules(fs)).toEqual(['heading-skip', 'heading-number-typed']);
    expect(fixed('@2 （一）健全制度')).toBe('健全制度');
  });
  it('flags a short numbered body line, not a run-in heading followed by text', () => {
    expect(rules(lint(['（二）加强执法队伍建设']))).toEqual(['heading-as-text']);
    expect(rules(lint(['**（二）加强执法队伍建设。**根据要求，我局积极开展培训。']))).toEqual([]);
    // A numbered sentence is body text that starts with a number, as the import reads it.
    expect(rules(lint(['（二）全年办理行政复议案件36件，纠错率8.3%']))).toEqual([]);
    expect(rules(lint(['（三）为提升执法水平，我局采取了以下措施：']))).toEqual([]);
    expect(rules(lint(['（三）坚持依法决策，提升决策质量']))).toEqual(['heading-as-text']);
  });
  it('mixed 1、 and 1. become 1.', () => {
    const fs = lint(['1、加强培训，提升能力。', '2. 深化普法，营造氛围。']);
    expect(rules(fs)).toEqual(['mixed-numbering']);
    const r = miniReport(t, { work: ['1、加强培训，提升能力。', '2. 深化普法，营造氛围。'] });
    expect(blockText(applyFixes(r, lintReport(r)).sections[0]!.blocks[0]!)).toBe('1.加强培训，提升能力。');
    expect(lint(['1、加强培训。', '2、深化普法。'])).toEqual([]);
  });
});

describe('title', () => {
  it('lints the title and fixes it in the metadata', () => {
    const r = miniReport(t, {}, { title: '示例局2024 年法治政府建设年度报告' });
    const fs = lintReport(r);
    expect(fs.map((f) => [f.rule, f.sectionId])).toEqual([['stray-space', '@title']]);
    const next = applyFixes(r, fs);
    expect(next.meta.title).toBe('示例局2024年法治政府建设年度报告');
    expect(next.sections).toBe(r.sections);
  });
});

describe('成文日期 and 发文字号', () => {
  it('normalises date lines', () => {
    expect(normaliseDateLine('2024年01月05日')).toBe('2024年1月5日');
    expect(normaliseDateLine('二〇二四年十二月十二日')).toBe('2024年12月12日');
    expect(normaliseDateLine('2024.12.12')).toBe('2024年12月12日');
    expect(normaliseDateLine('2024年12月12日')).toBeNull();
    expect(normaliseDateLine('2024年我局开展工作')).toBeNull();
    expect(fixed('二〇二五年一月二十日')).toBe('2025年1月20日');
  });
  it('checks the 发文字号 and fixes what it safely can', () => {
    expect(normaliseDocNumber('吴科工贸[2025]03号')).toBe('吴科工贸〔2025〕3号');
    expect(normaliseDocNumber('吴科工贸（2025）第3号')).toBe('吴科工贸〔2025〕3号');
    expect(lint([], { docNumber: '吴科工贸〔2025〕3号' })).toEqual([]);
    const r = miniReport(t, {}, { docNumber: '吴科工贸(2025)第12号' });
    const fs = lintReport(r);
    expect(rules(fs)).toEqual(['doc-number']);
    expect(applyFixes(r, fs).meta.docNumber).toBe('吴科工贸〔2025〕12号');
    expect(lintReport(miniReport(t, {}, { docNumber: '第三号文件' }))[0]!.fix).toBeUndefined();
  });
});

describe('real 公文 text (issue 12)', () => {
  it('never joins the two organs of a joint title', () => {
    const fs = lintReport(
      miniReport(
        t,
        { work: ['正文。'] },
        { title: '中共某县县委  某县人民政府关于2024年度法治政府建设情况的报告' },
      ),
    );
    expect(rules(fs)).not.toContain('stray-space');
    const typo = lintReport(
      miniReport(t, { work: ['正文。'] }, { title: '某县人民 政府2024年法治政府建设年度报告' }),
    );
    expect(rules(typo)).toContain('stray-space');
  });
  it('a 纲要 cited with the wrong years, with a fix', () => {
    expect(fixed('对照《法治政府建设实施纲要（2020－2025年）》推进。')).toBe(
      '对照《法治政府建设实施纲要（2021－2025年）》推进。',
    );
    expect(fixed('落实法治政府建设实施纲要(2021-2035年)要求。')).toContain('（2021-2025年）');
    expect(rules(lint(['对照《法治政府建设实施纲要（2021－2025年）》推进。']))).toEqual([]);
    // A 纲要 after the last one known is a new one, in a 2025 report or a 2026 one: not judged.
    for (const year of [2025, 2026])
      expect(
        rules(
          lintReport(miniReport(t, { work: ['贯彻《法治政府建设实施纲要（2026－2030年）》。'] }, { year })),
        ),
      ).toEqual([]);
  });
  it('< > or ‹ > inside 《》 become 〈〉', () => {
    expect(fixed('印发《关于贯彻落实<法治政府建设实施纲要>的实施方案》。')).toBe(
      '印发《关于贯彻落实〈法治政府建设实施纲要〉的实施方案》。',
    );
    expect(fixed('印发《关于贯彻落实‹法治政府建设实施纲要>的实施方案》。')).toContain(
      '〈法治政府建设实施纲要〉',
    );
    expect(rules(lint(['数值a<b>c，不在书名号内。']))).not.toContain('angle-in-title');
  });
  it('a title without the issuing organ (7.3.1): offered with the organ in front, as the unit’s choice', () => {
    for (const title of [
      '2024年度法治政府建设工作报告',
      '关于2024年度法治政府建设情况的报告',
      '二〇二四年法治政府建设年度报告',
    ]) {
      const r = miniReport(t, { work: ['正文。'] }, { title });
      const fs = lintReport(r).filter((f) => f.rule === 'title-organ');
      expect(fs, title).toHaveLength(1);
      expect(fs[0]!.ownChoice).toBe(true);
      expect(fs[0]!.message).toContain(`应为“示例市示例局${title}”`);
      expect(applyFixes(r, fs).meta.title).toBe(`示例市示例局${title}`);
    }
    for (const title of [
      '示例市示例局2024年度法治政府建设工作报告',
      '示例局关于2024年度法治政府建设情况的报告',
    ])
      expect(rules(lintReport(miniReport(t, { work: ['正文。'] }, { title })))).not.toContain('title-organ');
    // The organ named after 关于: moved in front of it, by the 署名's full name when there is one.
    for (const [signature, moved] of [
      ['示例市示例局', '示例市示例局关于2024年度法治政府建设情况的报告'],
      [null, '示例市示例局关于2024年度法治政府建设情况的报告'],
    ] as const) {
      const r = miniReport(
        t,
        { work: ['正文。'] },
        { title: '关于示例市示例局2024年度法治政府建设情况的报告' },
      );
      r.meta.signature = signature;
      const fs = lintReport(r).filter((f) => f.rule === 'title-organ');
      expect(fs).toHaveLength(1);
      expect(fs[0]!.message).toContain(`应为“${moved}”`);
      expect(applyFixes(r, fs).meta.title).toBe(moved);
    }
    const township = miniReport(
      t,
      { work: ['正文。'] },
      { title: '关于石门乡2025年度法治政府建设情况的报告' },
    );
    township.meta.org = '石门乡';
    township.meta.signature = '石门乡人民政府';
    expect(
      applyFixes(
        township,
        lintReport(township).filter((f) => f.rule === 'title-organ'),
      ).meta.title,
    ).toBe('石门乡人民政府关于2025年度法治政府建设情况的报告');
    // No title typed: the outline's title names the organ.
    expect(rules(lintReport(miniReport(t, { work: ['正文。'] }, { title: null })))).not.toContain(
      'title-organ',
    );
  });
  it('a heading worded unlike the outline: a finding whose fix restores the prescribed wording', () => {
    const r = miniReport(t, { work: ['正文。'] });
    r.sections[0] = { ...r.sections[0]!, heading: '2023年度工作情况' };
    const fs = lintReport(r, t).filter((f) => f.rule === 'heading-wording');
    expect(fs).toHaveLength(1);
    expect(fs[0]!.message).toContain('2023年');
    expect(applyFixes(r, fs).sections[0]!.heading).toBe('2024年度工作情况');
    expect(lintReport(r).map((f) => f.rule)).not.toContain('heading-wording');
  });
  it('marks a heading worded otherwise (no wrong year) as the unit’s choice, a wrong year not', () => {
    const r = miniReport(t, { work: ['正文。'] });
    r.sections[0] = { ...r.sections[0]!, heading: '2023年度工作情况' };
    expect(lintReport(r, t).find((f) => f.rule === 'heading-wording')!.ownChoice).toBeUndefined();
    r.sections[0] = { ...r.sections[0]!, heading: '2024年度主要工作' };
    const own = lintReport(r, t).find((f) => f.rule === 'heading-wording')!;
    expect(own.ownChoice).toBe(true);
    expect(own.fix?.edits[0]!.replacement).toBe('2024年度工作情况');
  });
});

describe('a table row kept as text', () => {
  it('has no stray spaces between its cells; a sentence with the same spaces has', () => {
    const spaces = (text: string) => lint([text]).filter((f) => f.rule === 'stray-space');
    expect(spaces('项目\u3000\u30002023年\u3000\u30002024年\u3000\u3000增减')).toEqual([]);
    expect(spaces('行政处罚案件（件）\u3000\u300096\u3000\u3000118')).toEqual([]);
    expect(spaces('全年办理行政处罚案件\u3000\u3000118件，同比增长23%。')).toHaveLength(1);
  });
});

describe('list items numbered 1） and plans of numbered sentences', () => {
  it('takes the ） of 1）, ；2）, a） for a list number, not an unpaired bracket', () => {
    expect(rules(lint(['1）开展会前学法，全年11次；2）组织旁听庭审。']))).not.toContain('unpaired-mark');
    expect(rules(lint(['a）执法公示。']))).not.toContain('unpaired-mark');
    expect(rules(lint(['详见附件1）。']))).toContain('unpaired-mark');
  });

  it('does not call a list of numbered sentences headings written as text', () => {
    const plan = ['（一）推动节约用水条例立法调研。', '（二）开展执法人员轮训。', '（三）谋划九五普法规划。'];
    expect(rules(lint(plan))).not.toContain('heading-as-text');
    expect(rules(lint(['（一）推动节约用水条例立法调研']))).toContain('heading-as-text');
  });
});
