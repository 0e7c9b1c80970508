import { describe, expect, it } from 'vitest';
import type { Rule } from '../templates/schema';
import { miniReport, miniTemplate } from '../../test/fixtures/check/mini';
import { evaluateChecklist } from './engine';
import type { ItemResult } from './types';
import { validIdNumber } from './rules/secrecy';
import { findDuplicates } from './rules/slips';

type Sections = Parameters<typeof miniReport>[1];

function check(
  rule: Rule,
  sections: Sections,
  opts: {
    section?: string | null;
    severity?: 'fail' | 'warn';
    meta?: Parameters<typeof miniReport>[2];
    today?: Date;
  } = {},
): ItemResult {
  const t = miniTemplate([{ rule, section: opts.section, severity: opts.severity }]);
  const r = miniReport(t, sections, opts.meta);
  return evaluateChecklist(r, t, { today: opts.today ?? new Date(2025, 0, 10) }).items[0]!;
}

describe('maxLength (a notice’s 字数 ceiling)', () => {
  it('passes at the ceiling and fails above it, counting as minLength does', () => {
    expect(check({ kind: 'maxLength', chars: 11 }, { work: ['我局共有 8 名执法人员。'] }).status).toBe(
      'pass',
    );
    const r = check({ kind: 'maxLength', chars: 10 }, { work: ['我局共有 8 名执法人员。'] });
    expect(r.status).toBe('fail');
    expect(r.message).toContain('超过通知要求的10字');
  });
});

describe('present and minLength', () => {
  it('passes when the section has text, fails at its start when empty', () => {
    expect(check({ kind: 'present' }, { work: ['无。'] }).status).toBe('pass');
    const r = check({ kind: 'present' }, { work: ['   '] });
    expect(r.status).toBe('fail');
    expect(r.section).toBe('一');
    expect(r.evidence).toEqual([{ sectionId: 'work', blockIndex: 0, offset: 0, length: 0 }]);
    expect(r.message).toContain('尚未填写');
  });
  it('counts characters the way Word does (numbers one each, spaces none)', () => {
    expect(check({ kind: 'minLength', chars: 11 }, { work: ['我局共有 8 名执法人员。'] }).status).toBe(
      'pass',
    );
    const r = check({ kind: 'minLength', chars: 12 }, { work: ['我局共有 8 名执法人员。'] });
    // Written but thin: the content is there, it asks for more (warn); below half the minimum it fails.
    expect(r.status).toBe('warn');
    expect(r.message).toContain('只有11字，至少应写12字');
    expect(check({ kind: 'minLength', chars: 23 }, { work: ['我局共有 8 名执法人员。'] }).status).toBe(
      'fail',
    );
  });
  it('warns instead of failing for advice items', () => {
    expect(check({ kind: 'present' }, { work: [] }, { severity: 'warn' }).status).toBe('warn');
  });
});

describe('keywords naming a set only as a whole', () => {
  const rule: Rule = {
    kind: 'keywords',
    match: 'all',
    groups: [
      ['行政执法公示', '公示制度'],
      ['执法全过程记录', '全过程记录'],
      ['重大执法决定法制审核', '法制审核'],
    ],
    collective: ['行政执法三项制度', '三项制度'],
  };
  it('reminds (提醒) a report that writes only the set to write out each part; fails one that names none', () => {
    const only = check(
      rule,
      { work: ['全面落实行政执法三项制度，执法行为进一步规范。'] },
      { severity: 'fail' },
    );
    expect(only.status).toBe('warn');
    expect(only.message).toContain('只笼统提到“行政执法三项制度”');
    expect(only.evidence[0]).toMatchObject({ sectionId: 'work', blockIndex: 0, offset: 4 });
    expect(check(rule, { work: ['执法行为进一步规范。'] }, { severity: 'fail' }).status).toBe('fail');
    const all = check(
      rule,
      {
        work: ['落实行政执法三项制度：执法信息全部公示制度上网，执法全过程记录，重大执法决定法制审核12件。'],
      },
      { severity: 'fail' },
    );
    expect(all.status).toBe('pass');
  });
});

describe('keywords', () => {
  const rule: Rule = {
    kind: 'keywords',
    match: 'all',
    groups: [
      ['第一责任人', '党政主要负责人', '主要负责同志'],
      ['听取…汇报', '专题研究'],
    ],
  };
  it('all: every group by any synonym, gaps within a clause', () => {
    const r = check(rule, { work: ['局党组书记作为**第一责任人**，定期听取法治建设工作汇报。'] });
    expect(r.status).toBe('pass');
    expect(r.evidence[0]).toEqual({ sectionId: 'work', blockIndex: 0, offset: 7, length: 5 });
  });
  it('all: names the missing group; a gap does not cross a full stop', () => {
    const r = check(rule, { work: ['主要负责同志亲自部署。听取意见。年终汇报。'] });
    expect(r.status).toBe('fail');
    expect(r.message).toContain('“听取…汇报”或“专题研究”');
  });
  it('any with min counts distinct groups', () => {
    const any: Rule = {
      kind: 'keywords',
      match: 'any',
      min: 2,
      groups: [['述法'], ['学法考试'], ['旁听庭审']],
    };
    expect(check(any, { work: ['开展述法，组织学法考试。'] }).status).toBe('pass');
    const r = check(any, { work: ['开展述法，再次述法。'] });
    expect(r.status).toBe('fail');
    expect(r.message).toContain('至少2项，现有1项');
  });
  it('whole-report scope reads the preamble and every section', () => {
    const kw: Rule = { kind: 'keywords', match: 'any', groups: [['谁执法谁普法']] };
    const r = check(kw, { plans: ['落实“谁执法谁普法”责任制。'] }, { section: null });
    expect(r.status).toBe('pass');
    expect(r.section).toBeNull();
    expect(r.evidence[0]!.sectionId).toBe('plans');
  });
});

describe('causes', () => {
  const rule: Rule = { kind: 'causes', words: ['原因', '究其原因', '主要是由于', '根源'] };
  it('passes when causes are named', () => {
    expect(check(rule, { work: ['学法不够深入。究其原因，主要是培训不足。'] }).status).toBe('pass');
  });
  it('fails on problems only, and does not take the heading echo 不足和原因 for a cause', () => {
    const r = check(rule, { work: ['存在的不足和原因如下：', '学法用法本领有待提高。'] });
    expect(r.status).toBe('fail');
    expect(r.message).toContain('没有分析原因');
  });
});

describe('dataDensity', () => {
  const rule: Rule = {
    kind: 'dataDensity',
    units: ['次', '件', '名', '%', '万元', '场', '学时'],
    perThousand: 20,
  };
  it('counts numbers with units, spaced or not, Arabic or Chinese', () => {
    const r = check(rule, {
      work: ['组织学习 11 次，共有8名执法人员，参考率达 100%，投入3.5万元，举办三场讲座。'],
    });
    expect(r.status).toBe('pass');
    expect(r.message).toContain('5处带单位的数字');
  });
  it('does not count fixed expressions such as 两个维护 or years', () => {
    const r = check(rule, { work: ['树牢“四个意识”，做到“两个维护”，2024年扎实开展工作，一项重要任务。'] });
    expect(r.status).toBe('fail');
    expect(r.message).toContain('只有0处');
  });
});

describe('yearConsistency', () => {
  const rule: Rule = { kind: 'yearConsistency' };
  const ok = (work: string[], plans: string[] = []) => check(rule, { work, plans }, { section: null });
  it('accepts the seed-like uses of other years', () => {
    const r = ok(
      [
        '2024 年，我局贯彻落实《法治政府建设实施纲要（2021-2025 年）》。',
        '根据《广东省提升行政执法质量三年行动实施计划（2023—2025 年）》要求，较2023年增长15%。',
        '自2019年以来持续开展，于2022年出台办法，截至2025年1月已办结。',
        '2022年出台的《条例》明确了职责。2023年度考核中我局获评优秀。',
      ],
      ['2025年，我局将加强学法培训。'],
    );
    expect(r.status, r.message).toBe('pass');
  });
  it('flags last year written as this year, in body and sub-heading', () => {
    const r = ok(['2023年，我局组织开展法治宣传。', '@2 2023年度工作亮点']);
    expect(r.status).toBe('fail');
    expect(r.message).toContain('2023年');
    expect(r.evidence).toEqual([
      { sectionId: 'work', blockIndex: 0, offset: 0, length: 5 },
      { sectionId: 'work', blockIndex: 1, offset: 0, length: 6 },
    ]);
  });
  it('flags the next year outside the next-year section, and a wrong year in the title', () => {
    expect(ok(['2025年，我局将完成改革。']).status).toBe('fail');
    const r = check(
      rule,
      { work: ['工作情况良好。'] },
      { section: null, meta: { title: '示例局2023年法治政府建设年度报告' } },
    );
    expect(r.status).toBe('fail');
    expect(r.evidence[0]!.sectionId).toBe('@title');
  });
});

describe('nextYear', () => {
  const rule: Rule = { kind: 'nextYear', words: ['下一年度', '明年'] };
  it('passes on the following year or the words; on a heading that says so when no year is written', () => {
    expect(check(rule, { plans: ['2025年，我局将加强培训。'] }, { section: 'plans' }).status).toBe('pass');
    expect(check(rule, { plans: ['明年重点抓好培训。'] }, { section: 'plans' }).status).toBe('pass');
    expect(check(rule, { plans: ['我局将全面推动各项工作。'] }, { section: 'plans' }).status).toBe('pass');
  });
  it('fails when the plans are written for the report year', () => {
    const r = check(rule, { plans: ['2024年，我局将加强培训。'] }, { section: 'plans' });
    expect(r.status).toBe('fail');
    expect(r.message).toContain('应写2025年');
  });
  it('reads plans that name no year as next year’s, whatever the heading', () => {
    expect(check(rule, { work: ['我局将全面推动各项工作。'] }).status).toBe('pass');
  });
});

describe('signature and date', () => {
  it('署名 equal to the org of the title', () => {
    expect(check({ kind: 'signature' }, {}, { section: null }).status).toBe('pass');
    const r = check({ kind: 'signature' }, {}, { section: null, meta: { signature: '示例市司法局' } });
    expect(r.status).toBe('fail');
    expect(r.message).toContain('“示例市司法局”与标题中的机关“示例市示例局”不一致');
    expect(
      check({ kind: 'signature' }, {}, { section: null, meta: { signature: ' ', org: '' } }).status,
    ).toBe('fail');
  });
  it('an organ signed without the place names its title puts before it is a look, not a fail', () => {
    const sign = (org: string, signature: string) =>
      check({ kind: 'signature' }, {}, { section: null, meta: { org, signature } });
    const prefixed = sign('黔东南苗族侗族自治州凯里市人民政府', '凯里市人民政府');
    expect(prefixed.status).toBe('warn');
    expect(prefixed.message).toContain('繁简不一');
    expect(sign('青羊湖国有林场', '湖南省青羊湖国有林场').status).toBe('warn');
    // A joint title signed by one organ, or another organ of the same place, still fails.
    expect(sign('中共某县委某县人民政府', '某县人民政府').status).toBe('fail');
    expect(sign('某县交通运输局', '某县司法局').status).toBe('fail');
  });
  it('成文日期 present, valid, after the year; inside the year only asks for a look', () => {
    expect(check({ kind: 'date' }, {}, { section: null }).status).toBe('pass');
    expect(check({ kind: 'date' }, {}, { section: null, meta: { date: null } }).status).toBe('fail');
    expect(check({ kind: 'date' }, {}, { section: null, meta: { date: '2025-02-30' } }).status).toBe('fail');
    expect(check({ kind: 'date' }, {}, { section: null, meta: { date: '2023-12-01' } }).status).toBe('fail');
    const inYear = check({ kind: 'date' }, {}, { section: null, meta: { date: '2024-12-12' } });
    expect(inYear.status).toBe('warn');
    expect(inYear.message).toContain('2024年12月12日');
  });
});

describe('deadlines set for some units only (a notice’s 县政府各部门 and 各乡镇 dates)', () => {
  const run = (org: string) => {
    const t = miniTemplate([{ rule: { kind: 'deadlines' }, section: null, severity: 'warn' }]);
    t.deadlines = [
      { id: 'filing', title: '报送', month: 1, day: 15, orgs: ['局$', '办公室$'] },
      { id: 'filing', title: '报送', month: 1, day: 25, orgs: ['(镇|乡)(人民政府)?$', '街道(办事处)?$'] },
      { id: 'publishing', title: '向社会公开', month: 3, day: 25 },
    ];
    return evaluateChecklist(miniReport(t, {}, { org }), t, { today: new Date(2025, 0, 18) }).items[0]!;
  };
  it('judges each 机关 by its own date', () => {
    expect(run('某县青山镇人民政府').message).toContain('2025年1月25日前报送：只剩7天');
    expect(run('某县青山镇人民政府').message).not.toContain('1月15日');
    expect(run('某县应急管理局').message).toContain('2025年1月15日前报送：已超过3天');
  });
  it('a 机关 none of the dates names gets them all', () => {
    const r = run('某县人民政府');
    expect(r.message).toContain('1月15日前报送');
    expect(r.message).toContain('1月25日前报送');
  });
});

describe('deadlines', () => {
  const dl = (today: Date) => check({ kind: 'deadlines' }, {}, { section: null, today, severity: 'warn' });
  it('passes well before, says how many days remain', () => {
    const r = dl(new Date(2025, 0, 10));
    expect(r.status).toBe('pass');
    expect(r.message).toContain('2025年3月1日前报送：还有50天');
  });
  it('warns when close or past', () => {
    expect(dl(new Date(2025, 1, 20)).message).toContain('只剩9天');
    const past = dl(new Date(2025, 2, 5));
    expect(past.status).toBe('warn');
    expect(past.message).toContain('已超过4天');
    expect(past.message).toContain('2025年4月1日前公开：还有27天');
  });
});

describe('guidanceLeft', () => {
  const rule: Rule = { kind: 'guidanceLeft' };
  it('finds the guidance or a long clause of it in the body', () => {
    const r = check(
      rule,
      { work: ['写明本年度推进法治政府建设的主要举措和成效，我局……'] },
      { section: null },
    );
    expect(r.status).toBe('fail');
    expect(r.evidence[0]).toMatchObject({ sectionId: 'work', blockIndex: 0, offset: 0 });
  });
  it('finds a long prefix of it with the rest typed over', () => {
    const r = check(
      rule,
      { work: ['写明本年度推进法治政府建设的主要工作：我局全年组织培训3次。'] },
      { section: null },
    );
    expect(r.status).toBe('fail');
    expect(r.evidence[0]).toEqual({ sectionId: 'work', blockIndex: 0, offset: 0, length: 16 });
  });
  it('passes on text that only shares words with it', () => {
    expect(
      check(rule, { work: ['本年度推进法治政府建设取得成效，用数字说话。'] }, { section: null }).status,
    ).toBe('pass');
  });
  it('looks block by block: a clause split over two blocks is no hit, one in a later block is', () => {
    // the section is searched at once (its blocks joined by newlines); a hit is still one block's
    const split = { work: ['我局写明本年度推进法治', '政府建设的主要举措和成效'] };
    expect(check(rule, split, { section: null }).status).toBe('pass');
    const later = { work: ['我局全年组织培训3次。', '我局写明本年度推进法治政府建设的主要举措和成效'] };
    const r = check(rule, later, { section: null });
    expect(r.status).toBe('fail');
    expect(r.evidence[0]).toMatchObject({ sectionId: 'work', blockIndex: 1, offset: 2 });
  });
});

describe('guidanceLeft on a notice’s outline (a user template quotes the notice’s guidance)', () => {
  const rule: Rule = { kind: 'guidanceLeft' };
  const run = (text: string) => {
    const t = { ...miniTemplate([{ rule, section: null }]), origin: 'user' as const };
    t.sections = t.sections.map((s, i) =>
      i === 0
        ? {
            ...s,
            guidance:
              '对照《法治政府建设实施纲要（2021－2025年）》和省、市实施方案，围绕依法行政、严格执法等方面逐项写明工作举措和成效。要有具体数据。',
          }
        : s,
    );
    return evaluateChecklist(miniReport(t, { work: [text] }), t, { today: new Date(2025, 0, 10) }).items[0]!;
  };
  it('passes a report that echoes the notice’s phrases, as reports do', () => {
    expect(
      run('我局对照《法治政府建设实施纲要（2021－2025年）》和省、市实施方案，全年办理案件42件。').status,
    ).toBe('pass');
  });
  it('finds a whole sentence of it left in', () => {
    const r = run(
      '对照《法治政府建设实施纲要（2021－2025年）》和省、市实施方案，围绕依法行政、严格执法等方面逐项写明工作举措和成效。我局……',
    );
    expect(r.status).toBe('fail');
  });
});

describe('duplicatePhrase', () => {
  const rule: Rule = { kind: 'duplicatePhrase', minChars: 4 };
  it('finds the seed slip and back-to-back repeats', () => {
    const r = check(
      rule,
      { work: ['深入贯彻党的二十届三中全会和二十届二中全会、三中全会精神。'] },
      { section: null },
    );
    expect(r.status).toBe('fail');
    expect(r.message).toContain('“三中全会”');
    expect(r.evidence[0]).toEqual({ sectionId: 'work', blockIndex: 0, offset: 9, length: 17 });
    expect(findDuplicates('坚持依法行政依法行政，', 4)[0]!.phrase).toBe('依法行政');
  });
  it('leaves parallel structures and lists of titles alone', () => {
    const text = [
      '学习《习近平法治思想学习问答》《习近平法治思想学习纲要》《习近平法治思想概论》。',
      '完成省级行政职权事项和市级行政职权事项的承接，落实决策公开、执行公开、管理公开。',
      '深入学习贯彻习近平总书记重要讲话重要指示精神，深入学习贯彻党的二十届三中全会精神。',
    ];
    expect(check(rule, { work: text }, { section: null }).status).toBe('pass');
  });
});

describe('secrecy', () => {
  const rule: Rule = { kind: 'secrecy', words: ['涉密', '内部资料', '秘密'] };
  it('finds words, valid ID numbers and mobile numbers', () => {
    const r = check(
      rule,
      { work: ['本材料为内部资料。', '联系人身份证11010519491231002X，手机13912345678。'] },
      { section: null },
    );
    expect(r.status).toBe('fail');
    expect(r.message).toContain('身份证号');
    expect(r.message).toContain('手机号');
    expect(r.evidence).toHaveLength(3);
  });
  it('ignores law titles, invalid check digits and other numbers', () => {
    expect(validIdNumber('11010519491231002X')).toBe(true);
    expect(validIdNumber('110105194912310021')).toBe(false);
    const r = check(
      rule,
      {
        work: [
          '学习《中华人民共和国保守国家秘密法》，编号110105194912310021，电话0759-12345678，投入2024123456元。',
          '依法查处侵犯商业秘密案件2件，教育干部严格保守国家秘密。',
        ],
      },
      { section: null },
    );
    expect(r.status, r.message).toBe('pass');
  });
});

describe('stockPhrases', () => {
  const rule: Rule = { kind: 'stockPhrases', words: ['高度重视', '进一步', '切实'], maxPerThousand: 30 };
  it('passes sparse use, fails dense boilerplate', () => {
    expect(
      check(rule, { work: ['我局组织培训12次，进一步规范执法行为，办理案件35件，覆盖全部执法人员。'] })
        .status,
    ).toBe('pass');
    const r = check(rule, { work: ['高度重视，进一步加强，切实抓好，进一步落实。'] });
    expect(r.status).toBe('fail');
    expect(r.evidence).toHaveLength(4);
  });
});

describe('carriedOver', () => {
  const rule: Rule = { kind: 'carriedOver', maxShare: 0.6 };
  const lastYear =
    '我局坚持以习近平法治思想为指导，组织全局干部职工认真学习宪法和民法典，全面推行行政机关工作人员学法用法制度，开展普法宣传活动多场。';
  it('does not apply without a baseline, and passes with rewritten text', () => {
    const na = check(rule, { work: [lastYear] }, { section: null });
    expect(na.status).toBe('na');
    expect(na.message).toContain('不适用');
    const t = miniTemplate([{ rule, section: null }]);
    const r = miniReport(t, {
      work: [
        '本年度我局围绕企业服务日开展送法进企业活动，编印案例汇编，组织旁听庭审，覆盖下属单位和重点企业。',
      ],
    });
    r.baseline = { year: 2023, sections: { work: lastYear } };
    expect(evaluateChecklist(r, t, { today: new Date(2025, 0, 10) }).items[0]!.status).toBe('pass');
  });
  it('fails when a section is mostly last year’s text', () => {
    const t = miniTemplate([{ rule, section: null }]);
    const r = miniReport(t, { work: [lastYear.replace('多场', '十余场')] });
    r.baseline = { year: 2023, sections: { work: lastYear } };
    const item = evaluateChecklist(r, t, { today: new Date(2025, 0, 10) }).items[0]!;
    expect(item.status).toBe('fail');
    expect(item.message).toMatch(/第一部分（工作情况）有\d+%与2023年报告相同/u);
  });
});

describe('duplicatePhrase on listed items (issue 12)', () => {
  it('does not take listed items sharing a word for a slip', () => {
    expect(findDuplicates('组织常务会议、常务会议学法活动12次', 4)).toEqual([]);
    expect(findDuplicates('深入学习贯彻党的二十届三中全会和二十届二中全会、三中全会精神', 4)).not.toEqual([]);
  });
});
