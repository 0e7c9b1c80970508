import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockText, paragraph, subHeading, type Block } from '../model/content';
import type { Report } from '../model/report';
import { shippedTemplates } from '../../templates/index';
import { completeReport, TODAY } from '../../test/fixtures/check/complete-report';
import { lintReport } from '../lint/lint';
import { evaluateChecklist } from './engine';
import { PREAMBLE_ID, type Evidence } from './types';

/** Messy pieces: the seed's spaces and marks, years, numbers, secrets, emoji, control characters. */
const PIECES = [
  '我局',
  '2024 年',
  '2023年，',
  '（2021-2025年）',
  '《纲要》',
  '三中全会和二中全会、三中全会',
  '究其原因',
  '11 次',
  '8名',
  '100%',
  '13812345678',
  '11010519491231002X',
  ', ',
  '...',
  '--',
  '“',
  '》',
  '（一）',
  '1、',
  '\u0007',
  '😀',
  '\u3000',
  '下一年度',
  '高度重视',
  '谁执法谁普法',
  '第一责任人',
  '听取',
  '汇报',
  '。',
  '\n',
];
const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((p) => p.join(''));
const blockArb: fc.Arbitrary<Block> = fc.oneof(
  textArb.map((t) => paragraph(t)),
  fc
    .tuple(fc.constantFrom(2, 3, 4) as fc.Arbitrary<2 | 3 | 4>, textArb)
    .map(([l, t]) => subHeading(l, t || '标题')),
);

function inRange(report: Report, e: Evidence): boolean {
  if (e.sectionId.startsWith('@') && e.sectionId !== PREAMBLE_ID) return true; // metadata fields
  const blocks =
    e.sectionId === PREAMBLE_ID ? report.preamble : report.sections.find((s) => s.id === e.sectionId)?.blocks;
  if (!blocks) return false;
  if (e.blockIndex === -1) return true;
  const b = blocks[e.blockIndex];
  if (!b) return blocks.length === 0 && e.blockIndex === 0;
  return e.offset >= 0 && e.length >= 0 && e.offset + e.length <= blockText(b).length;
}

describe('evidence and lint locations', () => {
  it.each(shippedTemplates().map((t) => [t.id, t] as const))(
    'always point inside the text (%s)',
    (_id, template) => {
      fc.assert(
        fc.property(
          fc.array(fc.array(blockArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }),
          (contents) => {
            const report = completeReport(template);
            report.sections = report.sections.map((s, i) =>
              i < contents.length ? { ...s, blocks: contents[i]! } : s,
            );
            const { items } = evaluateChecklist(report, template, { today: TODAY });
            for (const item of items)
              for (const e of item.evidence) expect(inRange(report, e), JSON.stringify(e)).toBe(true);
            for (const f of lintReport(report)) {
              expect(inRange(report, f), JSON.stringify(f)).toBe(true);
              for (const e of f.fix?.edits ?? []) expect(inRange(report, e)).toBe(true);
            }
          },
        ),
        { numRuns: 60 },
      );
    },
  );
});

describe('huge input', () => {
  it('a 100,000-character paste in one paragraph is checked and linted', () => {
    const template = shippedTemplates()[0]!;
    const report = completeReport(template);
    const big = '我局组织培训 3 次,落实“谁执法谁普法”责任制。'.repeat(4000);
    report.sections[0] = { ...report.sections[0]!, blocks: [paragraph(big)] };
    const { items } = evaluateChecklist(report, template, { today: TODAY });
    expect(items.length).toBe(template.items.length);
    const findings = lintReport(report);
    expect(findings.filter((f) => f.rule === 'half-width-punct')).toHaveLength(4000);
  });
});
