/**
 * The outline corpus: template choice, heading findings, item statuses and lint on realistic reports
 * of every outline family and unit kind (test/fixtures/corpus/expected.json says what a reviewer expects).
 */
import { describe, expect, it } from 'vitest';
import { evaluateCorpus } from './evaluate';
import { blockText } from '../../core/model/content';
import { resolvedTitle } from '../../core/model/report-helpers';
import { templateOf } from '../../templates/index';

const { cases, metrics } = evaluateCorpus();

describe('outline corpus', () => {
  it('has at least 25 reports across the outline families, some of them Word files', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.filter((c) => c.expected.file.endsWith('.docx')).length).toBeGreaterThanOrEqual(2);
    expect(new Set(cases.map((c) => c.expected.template)).size).toBeGreaterThanOrEqual(5);
  });

  for (const c of cases) {
    const e = c.expected;
    describe(e.file, () => {
      it(`is a ${e.unitKind} report on ${e.template}`, () => {
        expect({ kind: c.unitKind, template: c.templateId, reason: c.reason }).toMatchObject({
          kind: e.unitKind,
          template: e.template,
        });
        expect(c.report.meta.org).toBe(e.org);
      });
      it('reads the title and the parts', () => {
        if (e.title !== undefined) expect(resolvedTitle(c.report, templateOf(c.report))).toBe(e.title);
        if (e.parts !== undefined) expect(c.report.sections.length).toBe(e.parts);
      });
      it('invents no 主送 or 署名', () => {
        if (e.recipient !== undefined) expect(c.report.meta.recipient).toBe(e.recipient);
        if (e.signature !== undefined) expect(c.report.meta.signature).toBe(e.signature);
      });
      it('reads the year, 成文日期, 文号 and 附件, and takes no page clutter for text', () => {
        if (e.year !== undefined) expect(c.report.meta.year).toBe(e.year);
        if (e.date !== undefined) expect(c.report.meta.date).toBe(e.date);
        if (e.docNumber !== undefined) expect(c.report.meta.docNumber).toBe(e.docNumber);
        if (e.attachments !== undefined)
          expect((c.report.attachments ?? []).map((a) => a.name)).toEqual(e.attachments);
        const text = [
          c.report.meta.title ?? '',
          ...[c.report.preamble, ...c.report.sections.map((s) => s.blocks)].flat().map(blockText),
        ].join('\n');
        for (const junk of e.absent ?? []) expect(text).not.toContain(junk);
      });
      it('finds the heading differences a reviewer would', () => {
        expect(c.headings).toEqual(e.headings);
      });
      it('fails exactly the items a reviewer would fail', () => {
        const fails = c.items
          .filter((i) => i.status === 'fail')
          .map((i) => `${i.id}: ${i.message}`)
          .sort();
        expect(fails.map((f) => f.split(':')[0])).toEqual([...e.fails].sort());
      });
      it('gives the expected statuses', () => {
        const got = Object.fromEntries(
          Object.keys(e.items).map((id) => [id, c.items.find((i) => i.id === id)?.status ?? 'absent']),
        );
        expect(got).toEqual(e.items);
      });
      it('lints as expected', () => {
        for (const rule of e.lint ?? []) expect(c.lintRules).toContain(rule);
        for (const rule of e.noLint ?? []) expect(c.lintRules).not.toContain(rule);
      });
    });
  }

  it('reports template-choice accuracy and false fails', () => {
    const accuracy = metrics.templateCorrect / metrics.reports;
    console.log(
      `corpus: template choice ${metrics.templateCorrect}/${metrics.reports} (${Math.round(accuracy * 100)}%), ` +
        `false fails ${metrics.falseFails.length}, missed fails ${metrics.missedFails.length}`,
    );
    for (const f of metrics.falseFails) console.log(`  false fail ${f.file} ${f.item}: ${f.message}`);
    expect(accuracy).toBe(1);
    expect(metrics.falseFails).toEqual([]);
    expect(metrics.missedFails).toEqual([]);
  });
});
