import { describe, expect, it } from 'vitest';
import { shippedTemplates } from '../../templates/index';
import { completeReport, TODAY } from '../../test/fixtures/check/complete-report';
import { evaluateChecklist } from './engine';

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
