/**
 * Checks that do not depend on where text sits (issue 12): an item looks in its section, then in the
 * whole report ("见第X部分"); keyword sets hold on real reports' wording; 行政执法三项制度 needs its
 * three parts and names the missing ones; 照搬去年内容 without a baseline is 不适用; heading wording.
 */
import { describe, expect, it } from 'vitest';
import { findTemplate } from '../../templates/index';
import { createReport } from '../model/report-helpers';
import { paragraph } from '../model/content';
import type { Report } from '../model/report';
import { evaluateChecklist } from './engine';

const TODAY = new Date(2025, 0, 20);

function report(templateId: string, texts: Record<string, string>): Report {
  const t = findTemplate(templateId)!;
  const r = createReport(t, { org: '某县某局', year: 2024 });
  r.sections = r.sections.map((s) => (texts[s.id] ? { ...s, blocks: [paragraph(texts[s.id]!)] } : s));
  return r;
}

function item(r: Report, id: string) {
  const t = findTemplate(r.templateId)!;
  return evaluateChecklist(r, t, { today: TODAY }).items.find((i) => i.id === id)!;
}

describe('items look past their own section', () => {
  it('finds the 第一责任人 paragraph written under 主要举措, and says where', () => {
    const r = report('statutory-five', {
      measures: '街道党政主要负责人认真履行推进法治建设第一责任人职责，亲自部署年度法治建设工作。',
      'first-responsible':
        '全年召开会议若干次，对有关工作提出要求，推动各项任务落到实处，取得了较好成效。'.repeat(3),
    });
    const res = item(r, 'first-responsible-duty');
    expect(res.status).toBe('pass');
    expect(res.message).toContain('见第一部分');
    expect(res.evidence.some((e) => e.sectionId === 'measures')).toBe(true);
  });

  it('still fails when the words are nowhere', () => {
    const r = report('statutory-five', {
      measures: '全年开展各项工作，取得一定成效。',
      'first-responsible':
        '全年召开会议若干次，对有关工作提出要求，推动各项任务落到实处，取得了较好成效。'.repeat(3),
    });
    expect(item(r, 'first-responsible-duty').status).toBe('fail');
  });
});

describe('keyword sets widened from real wording', () => {
  it('中心组专题学习习近平法治思想, 党组（党委）理论学习中心组学法 and 会前学法 are 领导干部学法', () => {
    const study = (text: string) =>
      item(report('statutory-five', { measures: text }), 'leaders-study-law').status;
    expect(study('局党组理论学习中心组专题学习习近平法治思想4次。')).toBe('pass');
    expect(study('党组（党委）理论学习中心组集体学习《中华人民共和国行政复议法》2次。')).toBe('pass');
    expect(study('局党组会议第一议题学习习近平法治思想和新修订的法律法规。')).toBe('pass');
    expect(study('局领导班子旁听行政诉讼案件庭审1次。')).toBe('pass');
    expect(study('全年开展各项工作，取得一定成效。')).toBe('warn');
  });

  it('the 第一责任人 item asks for the 主要负责人: a 副局长 or an 办公室主任 is not one', () => {
    const duty = (text: string) =>
      item(report('statutory-five', { 'first-responsible': text }), 'first-responsible-duty').status;
    expect(duty('分管副局长主持召开法治建设专题会议，听取各股室工作汇报。')).toBe('fail');
    expect(duty('办公室主任主持召开会议，研究部署普法工作。')).toBe('fail');
    expect(duty('局长主持召开局务会议，研究部署法治政府建设工作。')).toBe('pass');
    expect(duty('局党组书记、局长亲自部署，副局长具体抓落实。')).toBe('pass');
  });

  it('带头履行…研究审议法治建设重大问题 shows the 第一责任人 duty', () => {
    const r = report('statutory-five', {
      'first-responsible':
        '局党委书记带头履行法治建设第一责任人职责，先后召开19次局党委会研究审议法治建设重大问题，审定年度工作要点。',
    });
    expect(item(r, 'first-responsible-duty').status).toBe('pass');
  });

  it('常务会议每季度学法 and 专题学法讲座 show 领导干部学法', () => {
    expect(
      item(report('statutory-five', { measures: '县政府常务会议每季度学法。' }), 'leaders-study-law').status,
    ).toBe('pass');
    expect(
      item(report('statutory-five', { measures: '全年组织专题学法讲座4场。' }), 'leaders-study-law').status,
    ).toBe('pass');
  });

  it('会前学法 or a 专题讲座 is a form of studying 习近平法治思想, as 第一议题 and 中心组 are', () => {
    const words = (text: string) =>
      item(report('government-gangyao', { 'xi-thought': text }), 'xi-thought-words').status;
    expect(words('县政府常务会议会前学法专题学习习近平法治思想3次。')).toBe('pass');
    expect(words('举办习近平法治思想专题讲座2场，领导干部全员参加。')).toBe('pass');
    expect(words('深入学习贯彻习近平法治思想。')).toBe('fail');
  });

  it('规范性文件 经合法性审查并报备案 is 合法性审核 and 备案审查 in other words', () => {
    const status = (id: string, section: string, text: string) =>
      item(report('government-gangyao', { [section]: text }), id).status;
    expect(
      status('normative-documents', 'rules', '制定行政规范性文件3件，均经合法性审查后报市政府备案。'),
    ).toBe('pass');
    expect(status('normative-documents', 'rules', '制定行政规范性文件3件。')).toBe('fail');
    expect(status('major-decisions', 'decisions', '2项重大行政决策事项均经合法性审核和集体讨论。')).toBe(
      'pass',
    );
  });

  it('the principal leaders named by their posts (党组书记、局长; 镇党委书记、镇长) are the 第一责任人 of the part', () => {
    const duty = (text: string) =>
      item(report('statutory-five', { 'first-responsible': text }), 'first-responsible-duty').status;
    expect(duty('局党组书记、局长主持召开党组会议专题研究法治工作4次。')).toBe('pass');
    expect(duty('镇党委书记、镇长亲自部署法治建设重点任务。')).toBe('pass');
    expect(duty('全局干部职工主持召开会议研究法治工作。')).toBe('fail');
  });

  it('党组理论学习中心组学法 shows 领导干部学法 in every outline', () => {
    const text = '局长带头参加局党组理论学习中心组学法，讲授法治专题党课1次。';
    for (const [id, section] of [
      ['statutory-five', 'measures'],
      ['county-three', 'work'],
      ['township', 'measures'],
      ['government-gangyao', 'xi-thought'],
      ['zhanjiang-department', 'measures'],
    ] as const)
      expect(item(report(id, { [section]: text }), 'leaders-study-law').status, id).toBe('pass');
  });

  it('行政执法人员培训 alone does not show the 三项制度, and the missing parts are named', () => {
    const r = report('government-gangyao', { enforcement: '组织行政执法人员培训3期，培训执法人员96人次。' });
    const res = item(r, 'enforcement-three-systems');
    expect(res.status).toBe('fail');
    expect(res.message).toContain('执法公示');
    expect(res.message).toContain('全过程记录');
    expect(res.message).toContain('法制审核');
    const two = report('government-gangyao', {
      enforcement: '落实行政执法公示和执法全过程记录制度，组织行政执法人员培训3期。',
    });
    const partial = item(two, 'enforcement-three-systems');
    expect(partial.status).toBe('fail');
    expect(partial.message).toContain('法制审核');
    expect(partial.message).not.toContain('全过程记录”');
    const all = report('government-gangyao', {
      enforcement: '全面落实行政执法公示、执法全过程记录、重大执法决定法制审核制度。',
    });
    expect(item(all, 'enforcement-three-systems').status).toBe('pass');
  });
});

describe('不适用 and requirement-worded titles', () => {
  it('照搬去年内容 is 不适用 without last year’s report', () => {
    const res = item(report('statutory-five', {}), 'carried-over');
    expect(res.status).toBe('na');
    expect(res.message).toContain('不适用');
  });

  it('no item title reads as a fault', () => {
    for (const id of [
      'statutory-five',
      'zhanjiang-department',
      'government-gangyao',
      'county-three',
      'township',
    ])
      for (const i of findTemplate(id)!.items)
        expect(i.title, `${id}/${i.id}`).not.toMatch(/^(套话过多|重复字词|未删除|照搬去年内容$)/u);
  });
});

describe('headings as written', () => {
  it('a wrong year in a heading fails; other wording warns', () => {
    const r = report('township', {});
    r.sections[0] = { ...r.sections[0]!, heading: '2023年推进法治政府建设的主要举措和成效' };
    const res = item(r, 'headings');
    expect(res.status).toBe('fail');
    expect(res.message).toContain('2023年');
    r.sections[0] = { ...r.sections[0]!, heading: '工作开展情况' };
    expect(item(r, 'headings').status).toBe('warn');
    r.sections[0] = { ...r.sections[0]!, heading: '2024年推进法治政府建设的主要举措和成效' };
    expect(item(r, 'headings').status).toBe('pass');
  });

  it('the next year written out for 下一年度, or 年 for 年度, is the prescribed heading', () => {
    const r = report('statutory-five', {});
    const at = (id: string) => r.sections.findIndex((s) => s.id === id);
    r.sections[at('next-year')] = {
      ...r.sections[at('next-year')]!,
      heading: '2025年度推进法治政府建设的主要安排',
    };
    r.sections[at('measures')] = {
      ...r.sections[at('measures')]!,
      heading: '2024年推进法治政府建设的主要举措和成效',
    };
    expect(item(r, 'headings').status).toBe('pass');
    r.sections[at('next-year')] = {
      ...r.sections[at('next-year')]!,
      heading: '2026年度推进法治政府建设的主要安排',
    };
    expect(item(r, 'headings').status).toBe('fail');
  });

  it('a part written under another part’s heading ("…主要安排及其他需要报告的情况") is there, and says where', () => {
    const r = report('statutory-five', { 'next-year': '2025年，加强执法培训。无其他需要报告的情况。' });
    const at = r.sections.findIndex((s) => s.id === 'next-year');
    expect(item(r, 'other-present').status).toBe('fail');
    r.sections[at] = {
      ...r.sections[at]!,
      heading: '2025年度推进法治政府建设的主要安排及其他需要报告的情况',
    };
    const other = item(r, 'other-present');
    expect(other.status).toBe('pass');
    expect(other.message).toContain('与第四部分合并写');
    // the merged part's own text is still checked; an empty part its heading names is not
    r.sections[at] = { ...r.sections[at]!, blocks: [paragraph('')] };
    expect(item(r, 'other-present').status).toBe('fail');
  });

  it('the next year written out for 下一步 ("2025年工作打算" for 下一步工作打算) is the prescribed heading', () => {
    const r = report('county-three', {});
    const at = r.sections.findIndex((s) => s.id === 'plans');
    r.sections[at] = { ...r.sections[at]!, heading: '2025年工作打算' };
    expect(item(r, 'headings').status).toBe('pass');
    r.sections[at] = { ...r.sections[at]!, heading: '2023年工作打算' };
    expect(item(r, 'headings').status).toBe('fail');
  });
});
