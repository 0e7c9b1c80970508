import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paragraph } from '../model/content';
import type { Report } from '../model/report';
import { findTemplate } from '../../templates/index';
import { completeReport, TODAY } from '../../test/fixtures/check/complete-report';
import { evaluateChecklist } from './engine';

const template = findTemplate('zhanjiang-department')!;

function editSection(report: Report, sectionId: string, text: string): Report {
  return {
    ...report,
    sections: report.sections.map((s) =>
      s.id === sectionId ? { ...s, blocks: [...s.blocks, paragraph(text)] } : s,
    ),
  };
}

describe('confirmations', () => {
  it('a manual item is manual until confirmed, then pass with the confirmation', () => {
    const r = completeReport(template);
    const before = evaluateChecklist(r, template, { today: TODAY }).items.find(
      (i) => i.id === 'leadership-review',
    )!;
    expect(before.status).toBe('manual');
    r.confirmations = [
      { itemId: 'leadership-review', note: '1月15日党组会审议通过', by: '张三', at: '2025-01-15T09:00:00Z' },
    ];
    const after = evaluateChecklist(r, template, { today: TODAY }).items.find(
      (i) => i.id === 'leadership-review',
    )!;
    expect(after.status).toBe('pass');
    expect(after.confirmed).toEqual({
      note: '1月15日党组会审议通过',
      by: '张三',
      at: '2025-01-15T09:00:00Z',
    });
    expect(after.message).toContain('已人工确认');
  });
  it('a confirmation overrides a failing rule and still shows what software found', () => {
    const r = completeReport(template, { omit: 'shortcomings-causes' });
    r.confirmations = [
      { itemId: 'shortcomings-causes', note: '原因在第二段', by: '李四', at: '2025-01-16T09:00:00Z' },
    ];
    const item = evaluateChecklist(r, template, { today: TODAY }).items.find(
      (i) => i.id === 'shortcomings-causes',
    )!;
    expect(item.status).toBe('pass');
    expect(item.confirmed?.by).toBe('李四');
    expect(item.message).toContain('软件检查');
  });
});

describe('structure', () => {
  it('reports the outline number from the report order, and a missing section as missing', () => {
    const r = completeReport(template);
    const moved = { ...r, sections: [r.sections[4]!, ...r.sections.filter((_, i) => i !== 4)] };
    const items = evaluateChecklist(moved, template, { today: TODAY }).items;
    expect(items.find((i) => i.id === 'shortcomings-present')!.section).toBe('一');
    const without = { ...r, sections: r.sections.filter((s) => s.id !== 'other') };
    const other = evaluateChecklist(without, template, { today: TODAY }).items.find(
      (i) => i.id === 'other-present',
    )!;
    expect(other.status).toBe('fail');
    expect(other.section).toBeNull();
    expect(other.message).toContain('报告中没有“其他需要报告的情况”这一部分');
  });
});

describe('incremental evaluation', () => {
  it('re-uses the work of untouched sections by identity, and after a copy by content', () => {
    const r = completeReport(template);
    const first = evaluateChecklist(r, template, { today: TODAY });
    const edited = editSection(r, 'measures', '新增一段：组织培训3次。');
    const second = evaluateChecklist(edited, template, { today: TODAY, previous: first.cache });
    const entry = (c: typeof first.cache, blocks: Report['sections'][number]['blocks']) =>
      c.byBlocks.get(blocks);
    for (const s of r.sections.filter((x) => x.id !== 'measures'))
      expect(entry(second.cache, s.blocks)).toBe(entry(first.cache, s.blocks));
    const m = edited.sections.find((s) => s.id === 'measures')!;
    expect(entry(second.cache, m.blocks)).not.toBe(
      entry(first.cache, r.sections.find((s) => s.id === 'measures')!.blocks),
    );

    // Items of untouched sections are not evaluated again; those reading the edited section or the whole report are.
    const byId = (items: typeof first.items, id: string) => items.find((i) => i.id === id);
    expect(byId(second.items, 'shortcomings-causes')).toBe(byId(first.items, 'shortcomings-causes'));
    expect(byId(second.items, 'measures-data')).not.toBe(byId(first.items, 'measures-data'));
    expect(byId(second.items, 'duplicate-phrase')).not.toBe(byId(first.items, 'duplicate-phrase'));

    const copy = JSON.parse(JSON.stringify(edited)) as Report;
    const third = evaluateChecklist(copy, template, { today: TODAY, previous: second.cache });
    expect(entry(third.cache, copy.sections[0]!.blocks)).toBe(
      entry(second.cache, edited.sections[0]!.blocks),
    );
    expect(third.items).toEqual(second.items);
  });

  it('gives the same results as a fresh evaluation after any sequence of edits', () => {
    const snippets = [
      '2023年，我局开展普法。',
      '究其原因，主要是人员不足。',
      '组织培训12次，办理案件35件。',
      '联系电话13812345678。',
      '深入贯彻二十届三中全会和二十届二中全会、三中全会精神。',
      '无。',
    ];
    const ids = template.sections.map((s) => s.id);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            section: fc.constantFrom(...ids),
            text: fc.constantFrom(...snippets),
            replace: fc.boolean(),
          }),
          {
            maxLength: 8,
          },
        ),
        (edits) => {
          let report = completeReport(template);
          let cache = evaluateChecklist(report, template, { today: TODAY }).cache;
          for (const e of edits) {
            report = e.replace
              ? {
                  ...report,
                  sections: report.sections.map((s) =>
                    s.id === e.section ? { ...s, blocks: [paragraph(e.text)] } : s,
                  ),
                }
              : editSection(report, e.section, e.text);
            const inc = evaluateChecklist(report, template, { today: TODAY, previous: cache });
            cache = inc.cache;
            expect(inc.items).toEqual(evaluateChecklist(report, template, { today: TODAY }).items);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('sections with equal text keep their own evidence', () => {
    const r = completeReport(template);
    const same = [paragraph('无。')];
    const twin = {
      ...r,
      sections: r.sections.map((s) =>
        s.id === 'other' || s.id === 'next-year' ? { ...s, blocks: same } : s,
      ),
    };
    const items = evaluateChecklist(twin, template, { today: TODAY }).items;
    expect(items.find((i) => i.id === 'other-present')!.evidence[0]!.sectionId).toBe('other');
    expect(items.find((i) => i.id === 'next-year-present')!.evidence[0]!.sectionId).toBe('next-year');
  });
});
