import { describe, expect, it } from 'vitest';
import { paragraph } from '../../model/content';
import { findTemplate } from '../../../templates/index';
import { completeReport, TODAY } from '../../../test/fixtures/check/complete-report';
import { evaluateChecklist } from '../engine';

const template = findTemplate('zhanjiang-department')!;
const status = (r: ReturnType<typeof completeReport>) =>
  evaluateChecklist(r, template, { today: TODAY }).items.find((i) => i.id === 'attachments')!;

describe('attachments rule (7.3.4, 7.3.7)', () => {
  it('passes without 附件, and with every 附件 attached', () => {
    const r = completeReport(template);
    expect(status(r).status).toBe('pass');
    r.attachments = [{ name: '执法数据统计表', blocks: [paragraph('全年办理案件42件。')] }];
    expect(status(r)).toMatchObject({ status: 'pass', message: '1 个附件均已附上' });
  });

  it('warns about an 附件 named but not attached', () => {
    const r = completeReport(template);
    r.attachments = [
      { name: '执法数据统计表', blocks: [paragraph('全年办理案件42件。')] },
      { name: '工作台账' },
    ];
    const item = status(r);
    expect(item.status).toBe('warn');
    expect(item.message).toContain('附件2“工作台账”只列了名称，没有附上内容');
  });

  it('warns about an 附件N the body cites that the 附件说明 does not list, pointing at the citation', () => {
    const r = completeReport(template);
    r.attachments = [{ name: '执法数据统计表', blocks: [paragraph('全年办理案件42件。')] }];
    r.sections[1]!.blocks = [...r.sections[1]!.blocks, paragraph('具体数据详见附件2。')];
    const item = status(r);
    expect(item.status).toBe('warn');
    expect(item.message).toContain('正文提到附件2，附件说明只列了 1 个附件');
    expect(item.evidence[0]).toMatchObject({ sectionId: r.sections[1]!.id, offset: 6, length: 3 });
  });

  it('passes an 附件 the notice has sent apart (述法报告, 数据统计表), listed by name with its year', () => {
    const withApart = {
      ...template,
      items: template.items.map((i) =>
        i.id === 'attachments'
          ? {
              ...i,
              rules: [{ kind: 'attachments' as const, apart: ['主要负责人述法报告', '主要数据统计表'] }],
            }
          : i,
      ),
    };
    const r = completeReport(template);
    r.attachments = [
      { name: '某市某局主要负责人2025年度述法报告' },
      { name: '2025年度主要数据统计表' },
      { name: '工作台账' },
    ];
    const item = evaluateChecklist(r, withApart, { today: TODAY }).items.find((i) => i.id === 'attachments')!;
    expect(item.status).toBe('warn');
    expect(item.message).toContain('附件3“工作台账”只列了名称');
    expect(item.message).not.toContain('述法报告');
    r.attachments = r.attachments.slice(0, 2);
    expect(
      evaluateChecklist(r, withApart, { today: TODAY }).items.find((i) => i.id === 'attachments')!.status,
    ).toBe('pass');
  });
});
