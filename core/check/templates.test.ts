import { describe, expect, it } from 'vitest';
import { shippedTemplates } from '../../templates/index';
import { completeReport, TODAY } from '../../test/fixtures/check/complete-report';
import { evaluateChecklist } from './engine';
import { paragraph } from '../model/content';

describe.each(shippedTemplates().map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  it('a complete report meets every item (manual ones wait for a person)', () => {
    const { items } = evaluateChecklist(completeReport(template), template, { today: TODAY });
    const notPassing = items.filter((i) => !['pass', 'manual', 'na'].includes(i.status));
    expect(notPassing.map((i) => `${i.id}: ${i.message}`)).toEqual([]);
    for (const i of items)
      if (template.items.find((t) => t.id === i.id)!.rules.length === 0) expect(i.status).toBe('manual');
  });

  const checked = template.items.filter((i) => i.rules.length > 0);
  it.each(checked.map((i) => [i.id, i] as const))('leaving out %s makes it fail', (itemId, item) => {
    const { items } = evaluateChecklist(completeReport(template, { omit: itemId }), template, {
      today: TODAY,
    });
    const result = items.find((i) => i.id === itemId)!;
    // A wrong year in a heading fails even where the item is advice (see rules/headings.ts).
    expect(result.status, result.message).toBe(item.severity);
    expect(result.message).toMatch(/[\u4e00-\u9fff]/u);
    if (item.section !== null) {
      expect(result.section).toMatch(/^[一二三四五六七八九十]+$/u);
      expect(result.evidence.length).toBeGreaterThan(0);
    }
  });
});

describe('普法 in the words a report uses', () => {
  const township = shippedTemplates().find((t) => t.id === 'township')!;
  const pufa = (text: string) => {
    const report = completeReport(township, { omit: 'pufa' });
    report.sections[0]!.blocks.push(paragraph(text));
    return evaluateChecklist(report, township, { today: TODAY }).items.find((i) => i.id === 'pufa')!.status;
  };

  it('passes a 乡镇 that tells its 普法 work, the 八五 or 九五 plan quoted any way', () => {
    expect(pufa('开展普法活动18场，培育“法律明白人”90名。')).toBe('pass');
    expect(pufa('完成‘八五’普法总结验收。')).toBe('pass');
    expect(pufa('启动“九五”普法规划编制。')).toBe('pass');
    expect(pufa('组织法治宣传进村入户。')).toBe('pass');
  });

  it('still fails a report that says nothing of it', () => {
    expect(pufa('全年召开党委会议研究法治工作4次。')).toBe('fail');
  });
});

describe('causes in the words a report uses', () => {
  const template = shippedTemplates().find((t) => t.id === 'statutory-five')!;
  const causes = (text: string) => {
    const report = completeReport(template, { omit: 'shortcomings-causes' });
    report.sections.find((s) => s.id === 'shortcomings')!.blocks.push(paragraph(text));
    return evaluateChecklist(report, template, { today: TODAY }).items.find(
      (i) => i.id === 'shortcomings-causes',
    )!.status;
  };

  it('passes causes given as 主要在于, 症结, 主观上/客观上 or 导致', () => {
    expect(causes('一是执法人员不足，主要在于编制未随职责调整。')).toBe('pass');
    expect(causes('问题的症结是考核机制不完善。')).toBe('pass');
    expect(causes('从主观上看，部分干部学法不够主动。')).toBe('pass');
    expect(causes('培训针对性不强，导致执法文书错误较多。')).toBe('pass');
  });

  it('still fails problems listed without a cause', () => {
    expect(causes('一是执法人员不足；二是普法形式单一。')).toBe('fail');
  });
});

describe('第一责任人 duty in the words a report uses', () => {
  const template = shippedTemplates().find((t) => t.id === 'statutory-five')!;
  const duty = (text: string) => {
    const report = completeReport(template, { omit: 'first-responsible-duty' });
    report.sections.find((s) => s.id === 'first-responsible')!.blocks.push(paragraph(text));
    return evaluateChecklist(report, template, { today: TODAY }).items.find(
      (i) => i.id === 'first-responsible-duty',
    )!.status;
  };

  it('passes the 主要领导 chairing a meeting on 法治 work, or writing a 批示', () => {
    expect(duty('局主要领导主持党组会议研究法治政府建设工作3次。')).toBe('pass');
    expect(duty('局主要负责人召开专题会议研究行政执法问题2次。')).toBe('pass');
    expect(duty('主要负责人对重大执法案件作出批示5件。')).toBe('pass');
  });

  it('still fails a 主要负责人 who is only said to attach importance', () => {
    expect(duty('局主要负责人高度重视法治工作。')).toBe('fail');
  });
});

describe('a missing 成文日期', () => {
  it.each(shippedTemplates().map((t) => [t.id, t] as const))(
    '%s: the message gives one example date, the report year’s next, not a second fixed year',
    (_id, template) => {
      const report = completeReport(template);
      const dated = template.items.find((i) => i.rules.some((r) => r.kind === 'date'))!;
      const { items } = evaluateChecklist({ ...report, meta: { ...report.meta, date: null } }, template, {
        today: TODAY,
      });
      const message = items.find((i) => i.id === dated.id)!.message;
      const years = [...message.matchAll(/(\d{4})年\d{1,2}月\d{1,2}日/gu)].map((m) => Number(m[1]));
      expect(years).toEqual([report.meta.year + 1]);
    },
  );
});
