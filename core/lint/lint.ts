/**
 * lintReport: the 公文 lint over a whole report — punctuation, paired marks, spaces, heading
 * hierarchy, numbering style, 成文日期 and 发文字号. Pure; per-block results are memoised by block
 * object (the editor replaces a block when it changes), so re-linting after an edit is cheap.
 */
import { blockText, type Block } from '../model/content';
import type { Report } from '../model/report';
import type { Template } from '../templates/schema';
import { headingFindings } from '../check/headings';
import { chineseNumeral } from '../model/numbering';
import { DOC_NUMBER_ID, PREAMBLE_ID, TITLE_ID, DATE_ID } from '../check/types';
import { lintPairs, lintPunctuation, lintSpaces, type TextFinding } from './punctuation';
import { arabicListStyle, lintHeadings } from './structure';
import { normaliseDateLine, normaliseDocNumber, validDocNumber } from './formats';
import type { LintFinding } from './types';

const byBlock = new WeakMap<Block, TextFinding[]>();
const listStyleByBlock = new WeakMap<Block, ReturnType<typeof arabicListStyle>>();

/** arabicListStyle of a paragraph, memoised like the per-block findings. */
function listStyleOf(block: Block): ReturnType<typeof arabicListStyle> {
  if (listStyleByBlock.has(block)) return listStyleByBlock.get(block) as ReturnType<typeof arabicListStyle>;
  const style = arabicListStyle(blockText(block));
  listStyleByBlock.set(block, style);
  return style;
}

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

/** Where a title names two organs side by side ("中共某县县委  某县人民政府"): the space separates them. */
const ORGAN_BEFORE_SPACE = /(?:委|委员会|政府|局|办|办公室|办事处|党组|党委|党工委|院|厅)$/u;

/**
 * 《法治政府建设实施纲要（2021－2025年）》 is the current one (《…（2015－2020年）》 before it): a citation
 * with other years is a slip. Reports of years no 纲要 of these covers are not judged.
 */
const GANGYAO = /法治政府建设实施纲要[（(]((?:19|20)\d{2})([\s]*[-－—–~～至][\s]*)((?:19|20)\d{2})年?[）)]/gu;
const GANGYAO_PERIODS: readonly [number, number][] = [
  [2015, 2020],
  [2021, 2025],
];
const LATEST_GANGYAO_END = Math.max(...GANGYAO_PERIODS.map(([, b]) => b));

function gangyaoFindings(text: string, year: number): TextFinding[] {
  const period = GANGYAO_PERIODS.find(([a, b]) => year >= a && year <= b + 1);
  if (!period || !text.includes('纲要')) return [];
  const out: TextFinding[] = [];
  for (const m of text.matchAll(GANGYAO)) {
    const from = Number(m[1]);
    const to = Number(m[3]);
    if (GANGYAO_PERIODS.some(([a, b]) => a === from && b === to)) continue;
    // A 纲要 starting after the last one known (2026－2030年): a new one, not a slip.
    if (from > LATEST_GANGYAO_END) continue;
    const offset = m.index + m[0].indexOf(m[1]!);
    const length = m[1]!.length + m[2]!.length + m[3]!.length;
    const right = `${period[0]}${m[2]}${period[1]}`;
    out.push({
      rule: 'gangyao-years',
      message: `纲要的年份写错了：现行的是《法治政府建设实施纲要（${period[0]}－${period[1]}年）》`,
      offset,
      length,
      edits: [{ offset, length, replacement: right }],
    });
  }
  return out;
}

/** 《关于贯彻落实<法治政府建设实施纲要>的实施方案》: a title inside a title takes 〈〉, not < > or ‹ >. */
function angleFindings(text: string): TextFinding[] {
  if (!text.includes('《')) return [];
  const out: TextFinding[] = [];
  for (const t of text.matchAll(/《[^《》]*》/gu)) {
    for (const m of t[0].matchAll(/([<‹〈＜])([^<>‹›〈〉＜＞《》]+)([>›〉＞])/gu)) {
      if (m[1] === '〈' && m[3] === '〉') continue;
      const offset = t.index + m.index;
      const length = m[0].length;
      out.push({
        rule: 'angle-in-title',
        message: `书名号内的书名应用单书名号“〈${m[2]}〉”，不用“${m[1]}${m[3]}”`,
        offset,
        length,
        edits: [{ offset, length, replacement: `〈${m[2]}〉` }],
      });
    }
  }
  return out;
}

/** A title that opens with its matter (关于…, or the year) where the issuing organ's name should stand. */
const TITLE_WITHOUT_ORGAN = /^(?:关于|(?:19|20)\d{2}\s*年|[〇零一二][〇零一二三四五六七八九]{3}年)/u;

/**
 * GB/T 9704-2012 7.3.1: the title is made of the issuing organ's name, the matter and the kind of document.
 * A title typed without the organ gets it put in front (the unit's own title: offered, never 全部修正).
 */
function titleOrganFinding(title: string, org: string, signature: string | null): LintFinding | null {
  const organ = org.trim();
  if (organ === '' || !TITLE_WITHOUT_ORGAN.test(title.trim())) return null;
  const offset = title.length - title.trimStart().length;
  // "关于石门乡2025年度…的报告": the organ is named, inside the matter. It moves in front of 关于, by its
  // full name when the 署名 gives one ("石门乡人民政府关于2025年度…"), instead of standing there twice.
  const inside = `关于${organ}`;
  const moved = title.trim().startsWith(inside);
  const full = signature && signature.startsWith(organ) ? signature : organ;
  const replacement = moved ? `${full}关于` : organ;
  const length = moved ? inside.length : 0;
  const suggested = replacement + title.trim().slice(length);
  return {
    rule: 'title-organ',
    message: moved
      ? `标题中的发文机关名称应在“关于”之前，应为“${suggested}”（标题由发文机关名称、事由和文种组成）`
      : `标题缺少发文机关名称，应为“${suggested}”（标题由发文机关名称、事由和文种组成）`,
    sectionId: TITLE_ID,
    blockIndex: 0,
    offset,
    length,
    ownChoice: true,
    fix: { edits: [{ sectionId: TITLE_ID, blockIndex: 0, offset, length, replacement }] },
  };
}

export function lintReport(report: Report, template?: Template): LintFinding[] {
  const out: LintFinding[] = [];
  const title = report.meta.title;
  const organ = title === null ? null : titleOrganFinding(title, report.meta.org, report.meta.signature);
  if (organ) out.push(organ);
  if (title !== null)
    for (const f of lintText(title, false)) {
      // A joint title's two organs stand apart on purpose: no "fix" joins them.
      if (f.rule === 'stray-space' && f.offset > 0 && ORGAN_BEFORE_SPACE.test(title.slice(0, f.offset)))
        continue;
      out.push(located(TITLE_ID, 0, f));
    }
  if (template)
    for (const h of headingFindings(report, template))
      out.push({
        rule: 'heading-wording',
        message:
          h.kind === 'year'
            ? `第${chineseNumeral(h.index + 1)}部分标题中的“${h.wrongYears.join('”“')}”与报告年度不符，提纲为“${h.prescribed}”`
            : `第${chineseNumeral(h.index + 1)}部分标题“${h.written}”与提纲“${h.prescribed}”措辞不同`,
        sectionId: h.sectionId,
        blockIndex: -1,
        offset: 0,
        length: h.written.length,
        ...(h.kind === 'wording' ? { ownChoice: true as const } : {}),
        fix: {
          edits: [
            {
              sectionId: h.sectionId,
              blockIndex: -1,
              offset: 0,
              length: h.written.length,
              replacement: h.prescribed,
            },
          ],
        },
      });
  const units: { id: string; blocks: readonly Block[] }[] = [
    { id: PREAMBLE_ID, blocks: report.preamble },
    ...report.sections.map((s) => ({ id: s.id, blocks: s.blocks })),
  ];
  const listStarts: { id: string; blockIndex: number; style: '、' | '.'; length: number }[] = [];
  for (const u of units) {
    u.blocks.forEach((b, i) => {
      for (const f of lintBlock(b)) out.push(located(u.id, i, f));
      const text = blockText(b);
      for (const f of [...gangyaoFindings(text, report.meta.year), ...angleFindings(text)])
        out.push(located(u.id, i, f));
      if (b.type === 'paragraph') {
        const s = listStyleOf(b);
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
