import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { blockText, type Block, type TextLeaf } from '../model/content';
import type { Report } from '../model/report';
import { miniReport, miniTemplate } from '../../test/fixtures/check/mini';
import { lintReport } from './lint';
import { applyFixes, replaceInLeaves } from './fixes';
import type { LintEdit } from './types';

const t = miniTemplate([]);

/** Pieces of messy text as found in real drafts (the seed's spaces, half-width marks, dots and dashes). */
const PIECES = [
  '我局',
  '2024',
  ' 年',
  ', ',
  '(',
  ')',
  '...',
  '--',
  '共有 8 名',
  '“',
  '”',
  '法治',
  ':',
  '。',
  ' ',
  'APP',
  '《纲要》',
  '1、',
  '1.',
];

const leafArb: fc.Arbitrary<TextLeaf> = fc
  .record({ parts: fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 }), bold: fc.boolean() })
  .map(({ parts, bold }) =>
    bold ? { text: parts.join(''), bold: true as const } : { text: parts.join('') },
  );
const blockArb: fc.Arbitrary<Block> = fc
  .array(leafArb, { minLength: 1, maxLength: 4 })
  .map((children) => ({ type: 'paragraph' as const, children }));

function reportOf(work: Block[], plans: Block[]): Report {
  const r = miniReport(t, {});
  r.sections = [
    { id: 'work', blocks: work },
    { id: 'plans', blocks: plans },
  ];
  return r;
}

/** Bold flag of every character of a block's text. */
function marks(b: Block): boolean[] {
  return b.children.flatMap((l) => [...l.text].map(() => l.bold === true));
}

function splice(text: string, edits: readonly LintEdit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.offset - a.offset))
    out = out.slice(0, e.offset) + e.replacement + out.slice(e.offset + e.length);
  return out;
}

describe('applyFixes', () => {
  it('one fix changes exactly its range; marks elsewhere and every other block stay as they were', () => {
    fc.assert(
      fc.property(
        fc.array(blockArb, { minLength: 1, maxLength: 4 }),
        fc.array(blockArb, { minLength: 1, maxLength: 2 }),
        (work, plans) => {
          const report = reportOf(work, plans);
          for (const f of lintReport(report).filter((x) => x.fix && x.sectionId === 'work')) {
            const next = applyFixes(report, [f]);
            expect(next.sections[1]).toBe(report.sections[1]);
            expect(next.preamble).toBe(report.preamble);
            expect(next.meta).toBe(report.meta);
            next.sections[0]!.blocks.forEach((b, i) => {
              const before = report.sections[0]!.blocks[i]!;
              const edits = f.fix!.edits.filter((e) => e.blockIndex === i);
              if (edits.length === 0) return expect(b).toBe(before);
              expect(blockText(b)).toBe(splice(blockText(before), edits));
              const first = Math.min(...edits.map((e) => e.offset));
              const last = Math.max(...edits.map((e) => e.offset + e.length));
              const grow = edits.reduce((n, e) => n + e.replacement.length - e.length, 0);
              const mb = marks(before);
              const ma = marks(b);
              expect(ma.slice(0, first)).toEqual(mb.slice(0, first));
              expect(ma.slice(last + grow)).toEqual(mb.slice(last));
            });
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('all fixes at once equal the non-overlapping edits applied right to left', () => {
    fc.assert(
      fc.property(fc.array(blockArb, { minLength: 1, maxLength: 4 }), (work) => {
        const report = reportOf(work, [{ type: 'paragraph', children: [{ text: '无。' }] }]);
        const findings = lintReport(report);
        const next = applyFixes(report, findings);
        next.sections[0]!.blocks.forEach((b, i) => {
          const edits: LintEdit[] = [];
          for (const f of findings)
            for (const e of f.fix?.edits ?? [])
              if (
                e.sectionId === 'work' &&
                e.blockIndex === i &&
                !edits.some((k) => e.offset < k.offset + k.length && k.offset < e.offset + e.length)
              )
                edits.push(e);
          expect(blockText(b)).toBe(splice(blockText(report.sections[0]!.blocks[i]!), edits));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('keeps bold around the edit when the range spans leaves', () => {
    const leaves: TextLeaf[] = [{ text: '我局', bold: true }, { text: ' ' }, { text: '共有', bold: true }];
    expect(replaceInLeaves(leaves, 2, 1, '')).toEqual([
      { text: '我局', bold: true },
      { text: '共有', bold: true },
    ]);
    expect(replaceInLeaves(leaves, 1, 3, 'X')).toEqual([
      { text: '我X', bold: true },
      { text: '有', bold: true },
    ]);
  });

  it('fixing the seed-like paragraph leaves its words untouched', () => {
    const r = miniReport(t, { work: ['截至目前，我局共有 8 名执法证人员, 参考率达 100%...'] });
    const next = applyFixes(r, lintReport(r));
    expect(blockText(next.sections[0]!.blocks[0]!)).toBe('截至目前，我局共有8名执法证人员，参考率达100%……');
    expect(lintReport(next)).toEqual([]);
  });
});
