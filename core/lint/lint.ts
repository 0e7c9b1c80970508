/**
 * lintReport: the 公文 lint over a whole report — punctuation, paired marks, spaces, heading
 * hierarchy, numbering style, 成文日期 and 发文字号. Pure; per-block results are memoised by block
 * object (the editor replaces a block when it changes), so re-linting after an edit is cheap.
 */
import { blockText, type Block } from '../model/content';
import type { Report } from '../model/report';
import type { Template } from '../templates/schema';
import { DOC_NUMBER_ID, PREAMBLE_ID, TITLE_ID, DATE_ID } from '../check/types';
import { lintPairs, lintPunctuation, lintSpaces, type TextFinding } from './punctuation';
import { arabicListStyle, lintHeadings } from './structure';
import { normaliseDateLine, normaliseDocNumber, validDocNumber } from './formats';
import type { LintFinding } from './types';

const byBlock = new WeakMap<Block, TextFinding[]>();

function lintText(text: string, paragraph: boolean): TextFinding[] {
  const out = [...lintPunctuation(text), ...lintPairs(text), ...lintSpaces(text)];
  if (paragraph) {
    const date = normaliseDateLine(text);
    if (date !== null)
      out.push({
        rule: 'date-format',
        message: `日期应写为“${date}”（阿拉伯数字，年份写全，月、日不编虚位）`,
        offset: 0,
        length: text.length,
        edits: [{ offset: 0, length: text.length, replacement: date }],
      });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function lintBlock(block: Block): TextFinding[] {
  let f = byBlock.get(block);
  if (!f) {
    f = lintText(blockText(block), block.type === 'paragraph');
    byBlock.set(block, f);
  }
  return f;
}

function located(sectionId: string, blockIndex: number, f: TextFinding): LintFinding {
  const out: LintFinding = {
    rule: f.rule,
    message: f.message,
    sectionId,
    blockIndex,
    offset: f.offset,
    length: f.length,
  };
  if (f.edits) out.fix = { edits: f.edits.map((e) => ({ sectionId, blockIndex, ...e })) };
  return out;
}

export function lintReport(report: Report, _template?: Template): LintFinding[] {
  const out: LintFinding[] = [];
  if (report.meta.title !== null)
    for (const f of lintText(report.meta.title, false)) out.push(located(TITLE_ID, 0, f));
  const units: { id: string; blocks: readonly Block[] }[] = [
    { id: PREAMBLE_ID, blocks: report.preamble },
    ...report.sections.map((s) => ({ id: s.id, blocks: s.blocks })),
  ];
  const listStarts: { id: string; blockIndex: number; style: '、' | '.'; length: number }[] = [];
  for (const u of units) {
    u.blocks.forEach((b, i) => {
      for (const f of lintBlock(b)) out.push(located(u.id, i, f));
      if (b.type === 'paragraph') {
        const s = arabicListStyle(blockText(b));
        if (s) listStarts.push({ id: u.id, blockIndex: i, ...s });
      }
    });
    for (const f of lintHeadings(u.blocks)) out.push(located(u.id, f.blockIndex, f));
  }
  // "1、" and "1." both used: GB/T 9704 numbers the third level "1.", so the "1、" ones change.
  if (listStarts.some((s) => s.style === '、') && listStarts.some((s) => s.style === '.')) {
    for (const s of listStarts.filter((x) => x.style === '、'))
      out.push({
        rule: 'mixed-numbering',
        message: '序号“1、”与“1.”混用，应统一为“1.”',
        sectionId: s.id,
        blockIndex: s.blockIndex,
        offset: s.length - 1,
        length: 1,
        fix: {
          edits: [
            { sectionId: s.id, blockIndex: s.blockIndex, offset: s.length - 1, length: 1, replacement: '.' },
          ],
        },
      });
  }
  const doc = report.meta.docNumber;
  if (doc !== null && doc.trim() !== '' && !validDocNumber(doc)) {
    const fixed = normaliseDocNumber(doc);
    const f: LintFinding = {
      rule: 'doc-number',
      message: fixed
        ? `发文字号应写为“${fixed}”（年份用六角括号〔〕，不编虚位，不加“第”）`
        : '发文字号格式应如“某发〔2025〕3号”（年份用六角括号〔〕，不编虚位，不加“第”）',
      sectionId: DOC_NUMBER_ID,
      blockIndex: 0,
      offset: 0,
      length: doc.length,
    };
    if (fixed)
      f.fix = {
        edits: [
          { sectionId: DOC_NUMBER_ID, blockIndex: 0, offset: 0, length: doc.length, replacement: fixed },
        ],
      };
    out.push(f);
  }
  const iso = report.meta.date;
  if (iso !== null) {
    const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
    const probe = new Date(Date.UTC(y, m - 1, d));
    if (probe.getUTCMonth() !== m - 1 || probe.getUTCDate() !== d)
      out.push({
        rule: 'date-format',
        message: `成文日期“${iso}”不是有效日期`,
        sectionId: DATE_ID,
        blockIndex: 0,
        offset: 0,
        length: iso.length,
      });
  }
  return out;
}
