/**
 * Text or Markdown (as pasted, or extracted from a PDF) → a Report on a template.
 *
 * What is recognised: the title at the top (and from it the org and year), a 主送机关 line and a 文号,
 * the preamble before 一、, section headings 一、… whatever their markup (a heading that runs on past
 * its first 。 is split there, the rest opening the section), sub-headings （一）/1./（1） (split the same
 * way, their run-on text becoming a paragraph), inline **bold**, paragraphs broken mid-sentence by PDF
 * extraction, and the closing 署名 and 成文日期.
 *
 * What is kept: everything but markup and whitespace. A section keeps its heading as the unit wrote it
 * (numbers are derived, never stored; the template's wording is the reference for the checks); a
 * heading that does not match the template becomes an extra section in place. Nothing is invented: no
 * 主送, 署名 or 成文日期 the text does not have (a missing 署名 is kept as '' for the checklist).
 *
 * The template is chosen by the unit's kind, the meaning of the headings and their order
 * (./choose.ts); when none fits well enough the report keeps its own outline (自拟提纲), carried in
 * `report.template`.
 */
import type { Block, TextLeaf } from '../../model/content';
import { paragraph } from '../../model/content';
import { SCHEMA_VERSION, type Report, type Section } from '../../model/report';
import { reportTitle, sectionHeading } from '../../templates/load';
import type { Template } from '../../templates/schema';
import { trailingAttachmentNote } from '../attachments';
import { MAX_SUB_HEADING_ALONE, MAX_SUB_HEADING_RUN_ON } from '../heading-patterns';
import {
  afterCoverLetter,
  parseTitle,
  takeAttachmentPages,
  SEAL_NOTE_WARNING,
  takeClosing,
  takeHeader,
  organOfSubject,
  otherKindNote,
  subjectOrganNote,
  type ParsedDate,
} from './closing';
import { leavesText, parseInline, splitLeaves, trimLeaves } from './inline';
import { joinWrapped, sentenceLists, sentencesBeforeHeadings, splitLines, type Line } from './lines';
import { htmlToText } from './page-clutter';
import { FULL_WIDTH_NOTE, halfWidthAlphanumerics, withoutInvisibles } from './width';
import { bestSectionScore, matchHeadings } from './match';
import { chooseTemplateFor, type TemplateChoice } from './choose';
import { EMPTY_VOCABULARY, unitKindOf, type Vocabulary } from '../../templates/vocabulary';
import { OWN_OUTLINE_ID, ownOutline } from '../../templates/own-outline';
import { sameHeadingWording } from '../../check/headings';

export interface ImportTextOptions {
  templates: readonly Template[];
  /** Use this template instead of choosing the best-matching one. */
  templateId?: string;
  /** Year to use when the text names none (the CLI passes last year). */
  fallbackYear?: number;
  /** Unit kinds, heading synonyms and choice weights (templates/outline-vocabulary.json). */
  vocabulary?: Vocabulary;
  /** The template whose items a 自拟提纲 gets (default: the one with id statutory-five). */
  statutoryTemplateId?: string;
}

/** Something in the source a reviewer should see that the report itself cannot hold. */
export interface SourceFinding {
  rule: 'duplicate-heading-number';
  message: string;
  /** The section the finding is about (its second occurrence). */
  sectionId: string;
}

export interface HeadingMapping {
  /** The heading as written, without its number and markup. */
  sourceHeading: string;
  /** The template section it went to, or "extra-N". */
  sectionId: string;
  score: number;
}

export interface ImportTextResult {
  report: Report;
  templateId: string;
  mapping: HeadingMapping[];
  /** What the import guessed or changed, in Chinese, for the user. */
  warnings: string[];
  /** How the template was chosen (null when the caller named it). */
  choice: TemplateChoice | null;
  /** What the source shows that the report no longer can (numbers are derived on import). */
  sourceFindings: SourceFinding[];
  /** False for a text with neither a report title nor an outline (a README, a note). */
  looksLikeReport: boolean;
}

export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}

/**
 * Sub-headings longer than this before their first 。 are numbered paragraphs, not headings, when text
 * runs on after them; standing alone on their line they may have up to MAX_SUB_HEADING_ALONE.
 */
const MAX_SUB_HEADING = MAX_SUB_HEADING_RUN_ON;

interface SourceSection {
  heading: string;
  blocks: Block[];
}

/** A heading wrapped by PDF extraction spans at most this many more lines, and this many characters. */
const MAX_WRAPPED_LINES = 3;
const MAX_WRAPPED_HEADING = 120;

export function importText(input: string, options: ImportTextOptions): ImportTextResult {
  if (options.templates.length === 0) throw new ImportError('没有可用的模板 / no templates');
  const warnings: string[] = [];
  const width = halfWidthAlphanumerics(withoutInvisibles(input).text);
  if (width.changed) warnings.push(FULL_WIDTH_NOTE);
  let lines = splitLines(htmlToText(width.text));
  // A 报送函 with the report as its 附件: the report is what is imported.
  const attached = afterCoverLetter(lines);
  if (attached) {
    lines = attached;
    warnings.push('原文开头是报送函，未导入；导入的是作为附件的报告。');
  }

  const header = takeHeader(lines);
  // A PDF repeats the title at the top of each page (页眉): not text of the report.
  const titleKey = header.title?.replace(/[\s\u3000]/gu, '');
  const body = titleKey
    ? header.rest.filter((l) => l.kind !== 'text' || l.plain.replace(/[\s\u3000]/gu, '') !== titleKey)
    : header.rest;
  // 附件 pages after the 成文日期: other documents, not the report's text; kept as its 附件 (name and text).
  const pages = takeAttachmentPages(body);
  const closing = takeClosing(pages.rest, header.title);
  lines = closing.rest;
  const { title, docNumber, recipient, byline } = header;
  // The organ named under the title (题注) signs the report when its end has no 署名.
  const signature = closing.signature ?? byline?.organ ?? null;
  // A 题注 date under the title stands for the 成文日期 when the end has none.
  const date = closing.date ?? byline?.date ?? header.titleDate ?? null;
  // 附件说明 between the body and the 署名 (7.3.4): names, not body text
  const note = trailingAttachmentNote(lines.map((l) => l.plain));
  if (note) lines = lines.slice(0, note.start);
  if (pages.rest.length < body.length)
    warnings.push(
      `成文日期之后的附件${pages.names.length ? `（${pages.names.join('、')}）` : ''}是另附的页面，不是报告正文，已作为附件导入` +
        (note || pages.names.length === 0 ? '。' : '；附件名称已列入附件说明。'),
    );
  // Each 附件 named, with the text of its page when the page under that name came along (a table's rows).
  const attachments = (note ? note.names : pages.names).map((name, i) => {
    const page = note ? pages.texts[pages.names.indexOf(name)] : pages.texts[i];
    const blocks = (page ?? []).map((l) => block(trimLeaves(parseInline(l.raw))));
    return blocks.length > 0 ? { name, blocks } : { name };
  });
  if (byline)
    warnings.push(
      `标题下的“${byline.organ}”${byline.date ? '和日期' : ''}是题注，已作为${closing.signature === null ? '署名和' : ''}机关名称${byline.date && !closing.date ? '、成文日期' : ''}导入，请核对。`,
    );
  if (header.titleDate)
    warnings.push(
      closing.date
        ? '标题下括号中的日期不是报告正文，未导入；成文日期按文末日期导入。'
        : '标题下括号中的日期已作为成文日期导入，请核对。',
    );
  if (header.recipientRunOn)
    warnings.push(`主送机关“${recipient}”后接排的文字是报告的开头，已与主送机关分开导入。`);
  if (closing.sealNote) warnings.push(SEAL_NOTE_WARNING);
  if (closing.trailer.length > 0)
    warnings.push(`文末的附注和版记（${closing.trailer.join('；')}）不是报告正文，未导入。`);
  if (closing.badDate !== null) warnings.push(closing.badDate);

  const kind = otherKindNote(title);
  if (kind !== null) warnings.push(kind);
  const parsedTitle = title ? parseTitle(title) : null;
  let org = parsedTitle?.org ?? '';
  const organ = title ? organOfSubject(title, org, signature) : null;
  if (organ !== null) {
    warnings.push(subjectOrganNote(org, organ));
    org = organ;
  }
  if (org === '' && byline) org = byline.organ;
  if (org === '' && signature) org = signature;
  if (org === '') warnings.push('未能识别机关名称，请在“报告信息”中填写。');
  const year =
    parsedTitle?.year ?? yearFromText(width.text) ?? dateYear(date) ?? options.fallbackYear ?? 2024;
  if (!parsedTitle) warnings.push(`未能从标题识别年度，按 ${year} 年处理，请核对。`);
  if (date?.chineseNumerals) warnings.push('成文日期原为汉字数字，已按公文格式改为阿拉伯数字。');
  if (date?.numeric) warnings.push('成文日期原为“年.月.日”式的数字写法，已按公文格式改为“××××年×月×日”。');

  // Body: take back wrapped headings, join broken paragraphs, then cut into preamble and sections.
  const candidates = options.templateId
    ? options.templates.filter((t) => t.id === options.templateId)
    : options.templates;
  // A report without 一、: its parts headed in 【】, or numbered （一）（二）… or 1、2、… at its top level.
  if (!lines.some((l) => l.kind === 'section') && lines.filter((l) => l.bracketed).length >= 2) {
    // Parts headed in 【】 without numbers ("【主要举措和成效】"), as web articles set them; any （一）
    // under them stay their sub-headings.
    lines = lines.map((l) =>
      l.bracketed ? { raw: l.bracketed.raw, plain: l.bracketed.plain, kind: 'section', labelLength: 0 } : l,
    );
    warnings.push('原文的部分标题没有编号，以“【】”中的标题为部分标题导入，请核对。');
  } else if (!lines.some((l) => l.kind === 'section') && lines.filter((l) => l.kind === 'sub2').length >= 2) {
    lines = lines.map((l) => (l.kind === 'sub2' ? { ...l, kind: 'section' } : l));
    warnings.push('原文没有“一、”“二、”，以“（一）”“（二）”为部分标题导入，请核对。');
  } else if (!lines.some((l) => l.kind === 'section' || l.kind === 'sub2')) {
    // Numbered 1、2、… at the top ("1、2025年度…主要举措和成效" on its own line) and （1）（2）… under it:
    // the parts and their sub-headings, one level up. A "1、" line running on into text stays a paragraph.
    const standalone = (l: Line) => l.kind === 'sub3' && !hasRunOnText(l);
    if (lines.filter(standalone).length >= 2) {
      lines = lines.map((l) =>
        standalone(l) ? { ...l, kind: 'section' } : l.kind === 'sub4' ? { ...l, kind: 'sub2' } : l,
      );
      warnings.push('原文没有“一、”“二、”，以“1、”“2、”为部分标题、“（1）”“（2）”为小标题导入，请核对。');
    }
  }
  lines = rejoinWrappedHeadings(lines, candidates);
  const joined = sentenceLists(joinWrapped(lines));
  for (const l of sentencesBeforeHeadings(joined)) {
    const start = [...l.plain].slice(0, 20).join('');
    warnings.push(
      `原文“${start}${start.length < l.plain.length ? '…' : ''}”是以编号开头的一段话，按正文段落导入（不作小标题），其后同级小标题的编号随之提前，请核对。`,
    );
  }
  const preamble: Block[] = [];
  const sources: SourceSection[] = [];
  const labels: string[] = [];
  for (const l of joined) {
    const current = sources[sources.length - 1];
    if (l.kind === 'section') {
      const [head, rest] = splitHeading(l, false);
      if (l.labelLength > 0) labels.push(l.plain.slice(0, l.labelLength).replace(/[、．.]$/u, ''));
      sources.push({
        heading: leavesText(head),
        blocks: rest.length ? [block(rest)] : [],
      });
    } else {
      const target = current ? current.blocks : preamble;
      if (l.kind === 'text') target.push(block(trimLeaves(parseInline(l.raw))));
      else target.push(...subHeadingBlocks(l));
    }
  }
  for (const blocks of [preamble, ...sources.map((src) => src.blocks)]) markRunIn(blocks);

  // Template and mapping.
  const headings = sources.map((s) => s.heading);
  const vocab = options.vocabulary ?? EMPTY_VOCABULARY;
  let template: Template;
  let choice: TemplateChoice | null = null;
  let own: Template | null = null;
  if (options.templateId !== undefined) {
    const t = options.templates.find((x) => x.id === options.templateId);
    if (!t) throw new ImportError(`未知模板 ${options.templateId} / unknown template ${options.templateId}`);
    template = t;
  } else {
    const kind = unitKindOf(org, vocab) ?? (title ? unitKindOf(parsedTitle?.org ?? title, vocab) : null);
    choice = chooseTemplateFor(headings, options.templates, kind, vocab);
    template = choice.ranking[0]!.template;
    const statutory = options.templates.find(
      (t) => t.id === (options.statutoryTemplateId ?? 'statutory-five'),
    );
    if (choice.ownOutline && statutory) {
      own = ownOutline(headings, year, kind, statutory, vocab);
      template = own;
    }
  }
  if (sources.length === 0)
    warnings.push('没有识别到“一、”“二、”等部分标题：全文已放在开头部分，请分到各部分。');
  const matches = own
    ? headings.map((_, i) => ({ source: i, sectionId: `part-${i + 1}`, score: 1 }))
    : matchHeadings(headings, template, vocab);

  const mapping: HeadingMapping[] = [];
  const byId = new Map<string, Section>();
  const extrasAfter = new Map<string | null, Section[]>(); // extra sections, keyed by the matched section before them
  let lastMatched: string | null = null;
  let extraN = 0;
  let lastIndex = -1;
  let reordered = false;
  sources.forEach((src, i) => {
    const m = matches[i]!;
    const blocks = src.blocks.length ? src.blocks : [paragraph('')];
    if (m.sectionId !== null) {
      const idx = template.sections.findIndex((s) => s.id === m.sectionId);
      if (idx < lastIndex) reordered = true;
      lastIndex = idx;
      const ts = template.sections[idx]!;
      const rendered = sectionHeading(ts.heading, year);
      const kept = !sameHeadingWording(src.heading, rendered);
      byId.set(ts.id, kept ? { id: ts.id, heading: src.heading, blocks } : { id: ts.id, blocks });
      mapping.push({ sourceHeading: src.heading, sectionId: ts.id, score: round(m.score) });
      lastMatched = ts.id;
      if (kept) warnings.push(`标题“${src.heading}”按原文保留（提纲为“${rendered}”）。`);
    } else {
      const id = `extra-${++extraN}`;
      const section: Section = { id, heading: src.heading, blocks };
      const list = extrasAfter.get(lastMatched) ?? [];
      list.push(section);
      extrasAfter.set(lastMatched, list);
      mapping.push({ sourceHeading: src.heading, sectionId: id, score: round(m.score) });
      warnings.push(`标题“${src.heading}”在模板“${template.name}”中没有对应部分，已作为附加部分保留。`);
    }
  });
  if (reordered) warnings.push('各部分的顺序已按模板排列。');

  const sections: Section[] = [...(extrasAfter.get(null) ?? [])];
  for (const ts of template.sections) {
    const s = byId.get(ts.id);
    if (!s && sources.length > 0)
      warnings.push(`原文没有“${sectionHeading(ts.heading, year)}”部分，已留空。`);
    sections.push(s ?? { id: ts.id, blocks: [paragraph('')] });
    sections.push(...(extrasAfter.get(ts.id) ?? []));
  }

  // The same number twice in the source ("二、" … "二、"): numbers are derived from now on, so say it here.
  const sourceFindings: SourceFinding[] = [];
  const seenLabels = new Map<string, number>();
  labels.forEach((label, i) => {
    const first = seenLabels.get(label);
    if (first === undefined) {
      seenLabels.set(label, i);
      return;
    }
    const sectionId = mapping[i]?.sectionId ?? '';
    sourceFindings.push({
      rule: 'duplicate-heading-number',
      message: `原文有两个“${label}、”标题（“${headings[first]}”和“${headings[i]}”），编号已按顺序重排，请核对是否漏了一部分`,
      sectionId,
    });
  });
  for (const f of sourceFindings) warnings.push(f.message + '。');

  if (signature === null) warnings.push('原文没有署名：检查清单会提示补上（导出时暂按机关名称署名）。');
  const defaultTitle = reportTitle(template.titlePattern, org, year);
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    templateId: template.id,
    meta: {
      org,
      year,
      title: title !== null && squeeze(title) !== squeeze(defaultTitle) ? title : null,
      // '' = the source has no 署名 (a finding); null = the org, as written.
      signature: signature === null ? '' : signature !== org ? signature : null,
      date: date?.iso ?? null,
      recipient,
      docNumber,
    },
    preamble,
    sections,
    comments: [],
    suggestions: [],
    confirmations: [],
    baseline: null,
    ...(template.id === OWN_OUTLINE_ID || template.origin === 'user' ? { template } : {}),
    ...(attachments.length > 0 ? { attachments } : {}),
  };
  const looksLikeReport = title !== null || sources.length > 0;
  return { report, templateId: template.id, mapping, warnings, choice, sourceFindings, looksLikeReport };
}

/**
 * PDF text wraps long headings: "一、深入学习贯彻……关于法治建设" / "重大部署的情况以及贯彻落实措施。".
 * The second line would read as the section's first paragraph. Take it back into the heading line when
 * the heading (up to the first 。) then matches a template heading clearly better than before.
 */
function rejoinWrappedHeadings(lines: readonly Line[], templates: readonly Template[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const take =
      l.kind === 'section' && !l.plain.includes('。')
        ? wrappedLines(lines, i, templates) || wrappedTail(lines, i)
        : 0;
    let merged = l;
    for (let k = 1; k <= take; k++) {
      const next = lines[i + k]!;
      merged = { ...merged, raw: merged.raw + next.raw, plain: merged.plain + next.plain };
    }
    out.push(merged);
    i += take;
  }
  return out;
}

/**
 * How many lines after the heading line at `i` belong to it (0 to MAX_WRAPPED_LINES): the count whose
 * joined heading (up to its first 。) matches a template heading best — clearly better than the line
 * alone, or now exactly. A complete heading never swallows the sentence after it.
 */
function wrappedLines(lines: readonly Line[], i: number, templates: readonly Template[]): number {
  const first = lines[i + 1];
  if (first?.kind === 'text' && first.plain.startsWith('。')) return 1; // only the closing 。 wrapped
  let heading = lines[i]!.plain.slice(lines[i]!.labelLength);
  const before = bestSectionScore(heading, templates, true);
  let best = { k: 0, score: before };
  for (let k = 1; k <= MAX_WRAPPED_LINES; k++) {
    const next = lines[i + k];
    if (!next || next.kind !== 'text' || next.numbered || /^[一二三四五六七八九十]+是/.test(next.plain))
      break;
    const stop = next.plain.indexOf('。');
    heading += stop < 0 ? next.plain : next.plain.slice(0, stop);
    if ([...heading].length > MAX_WRAPPED_HEADING) break;
    const score = bestSectionScore(heading, templates, true);
    if (score > best.score) best = { k, score };
    if (stop >= 0) break;
  }
  const clearly = best.score >= before + 0.05 || (best.score >= 0.999 && best.score > before);
  if (best.score < 0.9 || !clearly) return 0;
  // The heading's closing 。 may have wrapped onto a line of its own after the rest.
  const after = lines[i + best.k + 1];
  return after?.kind === 'text' && after.plain.startsWith('。') ? best.k + 1 : best.k;
}

/** A heading line this long (after its number) may have wrapped; its tail on the next line is this short. */
const MIN_WRAPPED_HEADING_LINE = 16;
const MAX_HEADING_TAIL = 8;

/**
 * A heading no template has (a provincial outline's "三、法治政府建设示范创建和重点改革任务落实情况")
 * wrapped by a PDF: a long heading line, then a few characters with no punctuation, no space and no
 * number ("实情况"), then more of the report. 1 when the next line is that tail, else 0. Text under a
 * heading is a sentence or a row: it has punctuation or spaces, or runs longer.
 */
function wrappedTail(lines: readonly Line[], i: number): number {
  const head = lines[i]!.plain.slice(lines[i]!.labelLength);
  const next = lines[i + 1];
  if ([...head].length < MIN_WRAPPED_HEADING_LINE || /[，,、；;：:]$/u.test(head)) return 0;
  if (!next || next.kind !== 'text' || next.numbered || lines[i + 2] === undefined) return 0;
  const tail = next.plain;
  return [...tail].length <= MAX_HEADING_TAIL && !/[\p{P}\s\u3000\d]/u.test(tail) ? 1 : 0;
}

/** Text after the first 。 of a numbered line (a heading standing alone has none). */
function hasRunOnText(l: Line): boolean {
  const stop = l.plain.indexOf('。', l.labelLength);
  return stop >= 0 && stop < l.plain.length - 1;
}

function block(leaves: TextLeaf[]): Block {
  return { type: 'paragraph', children: leaves.length ? leaves : [{ text: '' }] };
}

/**
 * Cut a numbered line into its heading (number dropped) and the text running on after the first 。.
 * Section headings lose that 。 (the template supplies the heading); sub-headings keep it, as written.
 */
function splitHeading(line: Line, keepStop: boolean): [TextLeaf[], TextLeaf[]] {
  const leaves = parseInline(line.raw);
  // The label is in the plain text; find where it ends in the raw leaves (markup may precede it).
  const [, afterLabel] = splitLeaves(leaves, labelEnd(leaves, line.labelLength));
  const text = leavesText(afterLabel);
  // A part's heading may end in a colon ("五、其他需要报告的情况：无。"): the colon ends it as 。 does, and
  // goes with it.
  const colon = keepStop ? -1 : text.search(/[：:]/u);
  if (colon > 0 && (text.indexOf('。') < 0 || colon < text.indexOf('。'))) {
    const [head, rest] = splitLeaves(afterLabel, colon + 1);
    return [headingLeaves(splitLeaves(head, colon)[0]), trimLeaves(rest)];
  }
  const stop = text.indexOf('。');
  if (stop < 0) return [headingLeaves(afterLabel), []];
  const [head, rest] = splitLeaves(afterLabel, stop + 1);
  const headText = leavesText(head);
  const cleanHead = keepStop ? head : splitLeaves(head, headText.length - 1)[0];
  return [headingLeaves(cleanHead), trimLeaves(rest)];
}

/** Offset in the joined leaves just after the first `labelLength` non-space characters. */
function labelEnd(leaves: readonly TextLeaf[], labelLength: number): number {
  if (labelLength === 0) return 0;
  const text = leavesText(leaves);
  let seen = 0;
  for (let i = 0; i < text.length; i++) {
    if (/[\s\u3000]/.test(text[i]!)) continue;
    seen++;
    if (seen === labelLength) return i + 1;
  }
  return text.length;
}

/** Heading text carries no marks: its style makes it bold or not. */
function headingLeaves(leaves: readonly TextLeaf[]): TextLeaf[] {
  const text = leavesText(trimLeaves(leaves));
  return text ? [{ text }] : [];
}

function subHeadingBlocks(line: Line): Block[] {
  const [head, rest] = splitHeading(line, true);
  const headText = leavesText(head);
  const limit = rest.length ? MAX_SUB_HEADING : MAX_SUB_HEADING_ALONE;
  if (headText === '' || [...headText].length > limit) {
    // A numbered paragraph, not a heading: kept whole, number included, as written.
    return [block(trimLeaves(parseInline(line.raw)))];
  }
  const level = line.kind === 'sub2' ? 2 : line.kind === 'sub3' ? 3 : 4;
  // Text that ran on after the heading on its line stays run on in print (接排).
  const out: Block[] = [
    {
      type: 'heading',
      level,
      children: [{ text: headText }],
      ...(rest.length ? { runIn: true as const } : {}),
    },
  ];
  if (rest.length) out.push(block(rest));
  return out;
}

/**
 * A sub-heading on a line of its own that ends with 。 ("**（一）强化学法用法。**", its paragraph on the
 * next line) was run on into that paragraph where it was written (a heading standing alone takes no
 * 。): it is marked 接排, as one that ran on in the source is.
 */
function markRunIn(blocks: Block[]): void {
  blocks.forEach((b, i) => {
    if (b.type !== 'heading' || b.runIn || blocks[i + 1]?.type !== 'paragraph') return;
    if (leavesText(b.children).endsWith('。')) blocks[i] = { ...b, runIn: true };
  });
}

function squeeze(s: string): string {
  return s.replace(/[\s\u3000]/g, '');
}

function yearFromText(text: string): number | null {
  const m = /(20\d{2})[\s\u3000]*年/.exec(text.slice(0, 2000));
  return m ? Number(m[1]) : null;
}

function dateYear(date: ParsedDate | null): number | null {
  if (!date) return null;
  const [y, mo] = date.iso.split('-').map(Number) as [number, number];
  return mo <= 6 ? y - 1 : y; // reports are dated after the year they cover, usually by spring
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
