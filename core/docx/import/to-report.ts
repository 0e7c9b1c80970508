/**
 * DOCX paragraphs → a report on a template: title, org and year from the top, 一、 headings mapped to the
 * template's sections (extra sections for headings it lacks), （一）/1./（1） sub-headings from styles or
 * patterns (a bold run-on heading is split from its paragraph), 署名 and 成文日期 from the end.
 * Nothing is dropped: what is not a heading, title, signature or date becomes a paragraph.
 */
import { signatureOrgans } from '../../model/signature-organs';
import { subHeading, type Block, type Paragraph, type TextLeaf } from '../../model/content';
import { SCHEMA_VERSION, type Report, type Section } from '../../model/report';
import { reportTitle, sectionHeading } from '../../templates/load';
import type { Template } from '../../templates/schema';
import { trailingAttachmentNote } from '../../import/attachments';
import {
  badClosingDateNote,
  bylineOf,
  docNumberOf,
  closingTrailerStart,
  noDateNote,
  signatureLinesWithoutDate,
  isAttachmentMark,
  issuerMarkLines,
  joinTitleLines,
  isLabelLine,
  looksLikeSignature,
  organOfSubject,
  OTHER_KIND_TITLE,
  otherKindNote,
  parseDateLine,
  parseTitle,
  recipientOf,
  recipientRunOn,
  SEAL_NOTE_WARNING,
  signatureAndDate,
  squashSpaces,
  subjectOrganNote,
  TITLE_END,
  withoutSealNotes,
} from '../../import/text/closing';
import type { DocxParagraph, DocxRun } from './document';
import {
  headingOf,
  withBracketedHeadings,
  withoutBodyFace,
  withPartLabelsJoined,
  type Heading,
} from './headings';
import { firstListItem, nextListItem, subLabelOf } from '../../import/heading-patterns';
import { linesOf, runsBefore, runsFrom, trimRuns, WS, type Line } from './lines';
import { withTitleOffOutline } from './title-style';
import { joinCutLines, runningTitles } from './wrapped';
import { draftSheetOf, isFormHeadRow } from './draft-sheet';

import {
  isContentsLine,
  isMarkedPageNumber,
  isPageOfPages,
  isWebChrome,
} from '../../import/text/page-clutter';
import { matchHeadings } from '../../import/text/match';
import type { Vocabulary } from '../../templates/vocabulary';
import { sameHeadingWording } from '../../check/headings';
import { OWN_OUTLINE_ID } from '../../templates/own-outline';

export interface ParagraphsToReportOptions {
  /** Year when the document names none. */
  fallbackYear: number;
  /** Heading synonyms for matching (templates/outline-vocabulary.json). */
  vocabulary?: Vocabulary;
}

export interface Imported {
  report: Report;
  notes: string[];
}

function paragraphOf(runs: readonly DocxRun[]): Paragraph {
  const children: TextLeaf[] = runs.map((r) => (r.bold ? { text: r.text, bold: true } : { text: r.text }));
  return { type: 'paragraph', children: children.length ? children : [{ text: '' }] };
}

/**
 * The title as the top lines give it, before the header is read (up to three short lines ending in 报告
 * within the first few): enough to name the organ a 署名 with no date under it must name.
 */
function titleAbove(lines: readonly Line[]): string | null {
  for (let i = 0; i < Math.min(lines.length, 8); i++) {
    const t = lines[i]!.text;
    if (!isLabelLine(t, 60) || !TITLE_END.test(t)) continue;
    let title = t;
    for (let k = i - 1; k >= Math.max(0, i - 2) && isLabelLine(lines[k]!.text, 60); k--)
      title = lines[k]!.text + title;
    return title;
  }
  return null;
}

function mostCommonYear(text: string): number | null {
  const counts = new Map<number, number>();
  for (const m of text.matchAll(/(20\d{2})\s*年/g))
    counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)!) best = y;
  return best;
}

/** The 一、 headings of a document (text without numbers): what templates are chosen by. */
export function sectionHeadingsOf(paragraphs: readonly DocxParagraph[]): string[] {
  const out: string[] = [];
  // The report's own lines: a 附件's "附件1" in 黑体 after the date is no part of the outline.
  for (const l of reportLines(paragraphs).lines) {
    const h = headingOf(l);
    if (h?.level === 1) out.push(h.text);
  }
  return out;
}

/**
 * The 附件 pages after the 成文日期 (as gwdraft and GB/T 9704 7.3.7 write them): from the first line
 * that is only "附件", "附件N" or "附表" right after a date line, each label, its title on the next line and its
 * text up to the next label. They are cut off `lines`; nothing is cut when there are none.
 */
function attachmentPages(lines: Line[]): { title: string; lines: Line[] }[] {
  const label = (l: Line) => isAttachmentMark(l.text);
  const start = lines.findIndex((l, i) => i > 0 && label(l) && parseDateLine(lines[i - 1]!.text) !== null);
  if (start < 0) return [];
  const pages: { title: string; lines: Line[] }[] = [];
  for (const l of lines.splice(start)) {
    if (label(l)) pages.push({ title: '', lines: [] });
    else if (pages.at(-1)!.title === '') pages.at(-1)!.title = l.text;
    else pages.at(-1)!.lines.push(l);
  }
  return pages;
}

/** A 目录's head (目录, 目  录, 目次) and an entry under it: words, a gap, a page number or range. */
const CONTENTS_HEAD = /^(?:目[\s\u3000]*录|目[\s\u3000]*次)$/u;
const CONTENTS_ENTRY = /^\S.{0,120}?[\s\u3000.．·・…⋯_]\d{1,3}(?:[-–—~～]\d{1,3})?$/u;

/**
 * The lines of the report itself and what is left out of them: a page's numbers and a website's chrome
 * (来源/发布时间, 【打印】【关闭】), what follows the 成文日期 in an official document (the 附注, a
 * 联系人/电话 line and the 版记: 抄送, 印发) and the 附件 pages before the 版记 ("附件1", its title, its text).
 */
function reportLines(paragraphs: readonly DocxParagraph[]): {
  lines: Line[];
  clutter: Line[];
  trailer: Line[];
  pages: { title: string; lines: Line[] }[];
} {
  const kept: Line[] = [];
  const clutter: Line[] = [];
  let inContents = false;
  for (const l of withTitleOffOutline(
    withBracketedHeadings(
      withPartLabelsJoined(withoutBodyFace(paragraphs.flatMap(linesOf)).filter((x) => x.text !== '')),
    ),
  )) {
    // Numbers alone are kept: in a Word file they are figures (a table cell, or a row of them read as one
    // line, "5  8" with ideographic spaces), not a page number. Only a marked one (— 3 —, 第3页) or 3/8 is.
    // Under a 目录's head, its entries however their page numbers are set off: a tab with no leader, a
    // table's second column, a page range (3-4); up to the first line that ends in no page number.
    inContents = CONTENTS_HEAD.test(l.text.trim()) || (inContents && CONTENTS_ENTRY.test(l.text));
    const chrome =
      inContents ||
      isMarkedPageNumber(l.text) ||
      isPageOfPages(l.text) ||
      isWebChrome(l.text) ||
      isContentsLine(l.text);
    (chrome ? clutter : kept).push(l);
  }
  // A file made from a PDF: the title repeated on each page is clutter, lines cut by the page are joined.
  const repeated = runningTitles(kept);
  for (const i of repeated) clutter.push(kept[i]!);
  const lines = joinCutLines(kept.filter((_, i) => !repeated.has(i)));
  const trailer: Line[] = [];
  trailer.push(...lines.splice(closingTrailerStart(lines.map((l) => l.text))));
  const pages = attachmentPages(lines);
  return { lines, clutter, trailer, pages };
}

export function paragraphsToReport(
  paragraphs: readonly DocxParagraph[],
  template: Template,
  opts: ParagraphsToReportOptions,
): Imported {
  const notes: string[] = [];
  const { lines, clutter, trailer, pages } = reportLines(paragraphs);
  if (clutter.length > 0)
    notes.push(
      `文中的页码和网页栏目（${clutter
        .slice(0, 3)
        .map((l) => `“${l.text.slice(0, 20)}”`)
        .join('、')}${clutter.length > 3 ? ` 等 ${clutter.length} 行` : ''}）不是报告正文，未导入。`,
    );

  // The 附注, 联系人 and 版记 after the date are dropped, and said so, as the text import says it.
  if (trailer.length > 0)
    notes.push(`文末的附注和版记（${trailer.map((l) => l.text).join('；')}）不是报告正文，未导入。`);
  // "（单位盖章）" by the 署名 or the date: a note for whoever seals the paper, not the report.
  const sealed = withoutSealNotes(
    lines,
    (l) => l.text,
    (l, kept) => {
      const runs = trimRuns(runsBefore(l.runs, kept.length));
      return { ...l, runs, text: runs.map((r) => r.text).join('') };
    },
  );
  if (sealed.found) {
    lines.splice(0, lines.length, ...sealed.lines);
    notes.push(SEAL_NOTE_WARNING);
  }

  // 署名 and 成文日期: a date line at the end (Arabic or Chinese numerals), with a short line before it.
  let date: string | null = null;
  let signature: string | null = null;
  const lastLine = lines[lines.length - 1];
  const parsedDate = lastLine ? parseDateLine(lastLine.text) : null;
  // Both in one paragraph, apart by a line break (Shift+Enter) or spaces.
  const both = lastLine && !parsedDate && !headingOf(lastLine) ? signatureAndDate(lastLine.text) : null;
  if (both && looksLikeSignature(both.signature, null)) {
    date = both.date.iso;
    signature = both.signature;
    lines.pop();
  } else if (parsedDate) {
    date = parsedDate.iso;
    lines.pop();
    const sig = lines[lines.length - 1];
    if (sig && isLabelLine(sig.text) && !headingOf(sig)) {
      signature = sig.text;
      lines.pop();
      // 联合行文: the other organs on the lines above (中共某县委 / 某县人民政府), or rows of them
      for (
        let above = lines.at(-1);
        above && isJointSignatureLine(above, sig, signature, lines);
        above = lines.at(-1)
      ) {
        signature = `${above.text} ${signature}`;
        lines.pop();
      }
    }
  } else if (
    lastLine &&
    signatureLinesWithoutDate(
      lines.slice(-3).map((l) => l.text),
      titleAbove(lines),
    ) > 0
  ) {
    // The 署名 (a joint one's organs, one a line) with no date under it (a date field with nothing
    // saved): the 署名, and said, as the text import says it.
    const n = signatureLinesWithoutDate(
      lines.slice(-3).map((l) => l.text),
      titleAbove(lines),
    );
    signature = lines
      .splice(-n)
      .map((l) => l.text)
      .join(' ');
    notes.push(noDateNote(signature));
  } else if (lastLine) {
    // "2026年1月" (no day) or "2月30日": said, as the text import says it; the line stays text.
    const bad = badClosingDateNote(lastLine.text);
    if (bad !== null) notes.push(bad);
  }

  // 附件说明 between the body and the 署名 (7.3.4): names, not body text
  const note = trailingAttachmentNote(lines.map((l) => l.text));
  if (note) lines.splice(note.start);
  const names = note ? note.names : pages.map((p) => p.title).filter((t) => t !== '');
  if (!note && names.length > 0)
    notes.push(`成文日期之后的附件（${names.join('、')}）已作为附件导入，附件名称列入附件说明。`);

  // The title: up to three short lines at the top, complete when they end in 报告 (the org often
  // stands on its own line above "2024年法治政府建设年度报告"); then a 主送机关 line, as text import does.
  const firstSection = lines.findIndex((l) => headingOf(l)?.level === 1);
  const head = firstSection < 0 ? lines.length : firstSection;
  let org = '';
  let year: number | null = null;
  let title: string | null = null;
  let recipient: string | null = null; // never invented: only what the document says
  let docNumber: string | null = null;
  const skip = new Set<number>();
  {
    let acc = '';
    let first = 0;
    // An OA 发文稿纸 above the title (签发, 核稿, 主送 … rows): not the report; its 主送 and 文号 kept.
    const sheet = draftSheetOf(lines.slice(0, head).map((l) => l.text));
    if (sheet && sheet.end < head) {
      for (; first < sheet.end; first++) skip.add(first);
      recipient = sheet.recipient;
      docNumber = sheet.docNumber;
      notes.push(
        '文首的发文稿纸（签发、核稿、主送等栏目）不是报告正文，未导入；其中的主送机关和文号已导入，请核对。',
      );
    }
    // The report sent as the 附件 of a cover letter starts with its mark ("附件2") above the title.
    if (lines[0] && isAttachmentMark(lines[0].text) && head > 0) skip.add(first++);
    // A 红头文件's 版头 ("某某市人民政府文件", or a joint one's organs and "文件") and 发文字号 (with its
    // 签发人) above the title.
    const mark = issuerMarkLines(lines.slice(first, Math.min(head, first + 8)).map((l) => l.text));
    if (mark > 0 && head > first + mark - 1) for (let k = 0; k < mark; k++) skip.add(first++);
    const number = lines[first] && head > first ? docNumberOf(lines[first]!.text) : null;
    if (number !== null) {
      docNumber = number;
      skip.add(first++);
    }
    for (let i = first; i < Math.min(head, first + 3); i++) {
      const t = lines[i]!.text;
      if (!isLabelLine(t, 60) || headingOf(lines[i]!)) break;
      acc = joinTitleLines(acc, t);
      // "…工作总结" / "…工作情况" is a title too (said in the notes), unless the next line ends it in 报告.
      const more = lines[i + 1];
      const otherKind =
        OTHER_KIND_TITLE.test(acc) &&
        !(more && i + 1 < head && isLabelLine(more.text, 60) && TITLE_END.test(acc + more.text));
      if (TITLE_END.test(acc) || otherKind) {
        title = acc;
        const parsed = parseTitle(acc);
        if (parsed) {
          org = parsed.org;
          year = parsed.year;
        }
        for (let k = first; k <= i; k++) skip.add(k);
        let after = i + 1;
        // The organ and date under a title that names no organ (题注), as the text import reads them.
        const by =
          org === '' ? bylineOf(lines.slice(after, Math.min(head, after + 2)).map((l) => l.text)) : null;
        if (by) {
          org = by.organ;
          signature ??= by.organ;
          if (by.date && date === null) date = by.date.iso;
          for (let k = after; k < after + (by.date ? 2 : 1); k++) skip.add(k);
          after += by.date ? 2 : 1;
          notes.push(`标题下的“${by.organ}”${by.date ? '和日期' : ''}是题注，已作为机关名称导入，请核对。`);
        }
        const next = lines[after];
        const to = next && after < head ? recipientOf(next.text) : null;
        // The opening sentence run on after the 主送's colon: the 主送机关, and the sentence the 导语.
        const runOn = next && after < head && to === null ? recipientRunOn(next.text) : null;
        if (to) {
          recipient = to;
          skip.add(after++);
        } else if (runOn && next) {
          recipient = runOn.recipient;
          const runs = trimRuns(runsFrom(next.runs, runOn.restAt));
          lines[after] = { ...next, runs, text: runs.map((r) => r.text).join('') };
          notes.push(`主送机关“${runOn.recipient}”后接排的文字是报告的开头，已与主送机关分开导入。`);
        }
        // A form's head rows under the title (单位名称, 填报日期 … and their entries): not the report.
        const rows: string[] = [];
        for (; after < head && isFormHeadRow(lines[after]!.text); after++) {
          rows.push(lines[after]!.text);
          skip.add(after);
        }
        if (rows.length > 0)
          notes.push(`标题下的表格栏目（${rows.map((r) => `“${r}”`).join('、')}）不是报告正文，未导入。`);
        break;
      }
    }
  }
  const kind = otherKindNote(title);
  if (kind !== null) notes.push(kind);
  year ??= mostCommonYear(lines.map((l) => l.text).join('\n')) ?? opts.fallbackYear;
  if (year < 2000 || year > 2100) year = opts.fallbackYear;
  const preambleLines = lines.slice(0, head).filter((_, i) => !skip.has(i));
  // "关于阿克苏地区温宿县…的报告" signed 温宿县人民政府: the place is the subject, the 署名 the organ.
  const organ = title !== null ? organOfSubject(title, org, signature) : null;
  if (organ !== null) {
    notes.push(subjectOrganNote(org, organ));
    org = organ;
  }
  if (signature !== null && org === '') org = signature;
  // A 署名 spaced out to the date's width ("分 水 镇 人 民 政 府"), or organs side by side in a table row
  // (two full-width spaces between), is the organ or organs the title names.
  if (signature !== null && signatureOrgans(signature).length > 1)
    signature = signature.replace(/[\s\u3000]+/gu, ' ');
  else if (signature !== null && squashSpaces(signature) === squashSpaces(org)) signature = org;

  const blocksOf = (ls: readonly Line[]): Block[] => {
    const out: Block[] = [];
    const hs = sentenceListsOff(ls, ls.map(headingOf));
    for (const [i, l] of ls.entries()) {
      const h = hs[i]!;
      if (h && h.level > 1) {
        const heading = subHeading(h.level as 2 | 3 | 4, h.text);
        if (h.rest.length) out.push({ ...heading, runIn: true }, paragraphOf(h.rest));
        else out.push(heading);
      } else if (l.listLabel !== null && h === null) {
        // A numbered list item that stays body text keeps the number Word showed before it.
        out.push(paragraphOf([{ text: l.listLabel, bold: false }, ...l.runs]));
      } else out.push(paragraphOf(l.runs));
    }
    return out;
  };

  // Sections: each 一、 heading starts one; headings go to template sections one-to-one, as in text import.
  const sectionHeadings: { at: number; h: Heading }[] = [];
  for (let i = head; i < lines.length; i++) {
    const h = headingOf(lines[i]!);
    if (h?.level === 1) sectionHeadings.push({ at: i, h });
  }
  const matches = matchHeadings(
    sectionHeadings.map((x) => x.h.text),
    template,
    opts.vocabulary,
  );
  const used = new Set<string>();
  const found: { id: string; heading?: string; lines: Line[]; lead: DocxRun[] }[] = [];
  let next = 0;
  for (let i = head; i < lines.length; i++) {
    const l = lines[i]!;
    if (sectionHeadings[next]?.at === i) {
      const h = sectionHeadings[next]!.h;
      const sectionId = matches[next]!.sectionId;
      next += 1;
      if (sectionId !== null) {
        used.add(sectionId);
        const k = template.sections.findIndex((s) => s.id === sectionId);
        // The unit's wording is kept; the template's is the reference for the checks.
        const prescribed = sectionHeading(template.sections[k]!.heading, year);
        const kept = sameHeadingWording(h.text, prescribed) ? {} : { heading: h.text };
        found.push({ id: sectionId, ...kept, lines: [], lead: h.rest });
        notes.push(`“${h.text.slice(0, 24)}…”对应模板第${k + 1}部分“${template.sections[k]!.short}”。`);
      } else {
        const n = found.filter((f) => f.id.startsWith('extra-')).length + 1;
        found.push({ id: `extra-${n}`, heading: h.text, lines: [], lead: h.rest });
        notes.push(`标题“${h.text.slice(0, 24)}”在模板中没有对应部分，已作为附加部分保留。`);
      }
      continue;
    }
    found[found.length - 1]?.lines.push(l);
  }

  const byId = new Map<string, Section>();
  for (const f of found) {
    const blocks = [...(f.lead.length ? [paragraphOf(f.lead)] : []), ...blocksOf(f.lines)];
    const section: Section = { id: f.id, blocks: blocks.length ? blocks : [paragraphOf([])] };
    if (f.heading !== undefined) section.heading = f.heading;
    byId.set(f.id, section);
  }
  // Template sections in template order; an extra section follows the section it followed in the file.
  const sections: Section[] = template.sections.map(
    (s) => byId.get(s.id) ?? { id: s.id, blocks: [paragraphOf([])] },
  );
  for (let k = 0; k < found.length; k++) {
    const f = found[k]!;
    if (!f.id.startsWith('extra-')) continue;
    // Right after the section it followed in the file (earlier extras are placed already); first if none.
    const prev = k > 0 ? found[k - 1]! : undefined;
    const at = prev ? sections.findIndex((s) => s.id === prev.id) + 1 : 0;
    sections.splice(at, 0, byId.get(f.id)!);
  }
  for (const s of template.sections)
    if (!used.has(s.id))
      notes.push(`模板第${template.sections.indexOf(s) + 1}部分“${s.short}”在文档中没有找到，留空待写。`);
  if (found.length === 0) notes.push('文档中没有识别到“一、”级标题，全文放在开头部分。');

  const computedTitle = reportTitle(template.titlePattern, org, year);
  const report: Report = {
    schemaVersion: SCHEMA_VERSION,
    templateId: template.id,
    meta: {
      org,
      year,
      // The default title, whether written on one line or with the org on the line above: null (follows the
      // year). A title written without its organ is kept as written, as the text import keeps it (the lint
      // asks for the organ): the export prints what the source said.
      title: title !== null && computedTitle.replace(/\s/g, '') !== title.replace(/\s/g, '') ? title : null,
      // '' = the document has no 署名 (a finding); null = the org, as written.
      signature: signature === null ? '' : signature !== org ? signature : null,
      date,
      recipient,
      docNumber,
    },
    preamble: blocksOf(preambleLines),
    sections,
    comments: [],
    suggestions: [],
    confirmations: [],
    baseline: null,
    ...(template.id === OWN_OUTLINE_ID || template.origin === 'user' ? { template } : {}),
    // The 附件说明 names the 附件; without one, the pages' own titles do (a 附表 put after the date).
    ...(names.length > 0
      ? {
          attachments: names.map((name, i) => {
            const blocks = pages[i] ? blocksOf(pages[i].lines) : [];
            return blocks.length > 0 ? { name, blocks } : { name };
          }),
        }
      : {}),
  };
  return { report, notes };
}

/**
 * Numbered lines of one level standing alone, each a sentence ending in 。, one after another with no
 * text under any of them and none after the last (a plan's "1、…。" "2、…。" items): a list of sentences,
 * not sub-headings — as the text import reads them (core/import/text/lines.ts sentenceLists); and a typed
 * list's items beside one kept as text (nextListItem, firstListItem). Lines in a heading style stay
 * headings. The headings given, with those lines' set to null.
 */
function sentenceListsOff(lines: readonly Line[], headings: readonly (Heading | null)[]): (Heading | null)[] {
  const out = [...headings];
  const item = (i: number) => {
    const h = headings[i];
    return (
      h !== null &&
      h !== undefined &&
      h.level > 1 &&
      h.rest.length === 0 &&
      lines[i]!.styleLevel === null &&
      lines[i]!.text.endsWith('。')
    );
  };
  for (let i = 0; i < lines.length;) {
    let j = i;
    while (j < lines.length && item(j) && headings[j]!.level === headings[i]!.level) j++;
    if (j - i >= 2 && (j === lines.length || headings[j] !== null)) for (let k = i; k < j; k++) out[k] = null;
    i = Math.max(j, i + 1);
  }
  // The items of a typed numbered list of sentences, its short ones too, as the text import and paste
  // read them (heading-patterns.ts nextListItem): "1.审查规范性文件5件，…；" kept as text, then
  // "2.法律顾问审核合同46份。" is its next item, not a sub-heading.
  const text = (i: number) => lines[i]!.text.replace(WS, '');
  const typed = (i: number) => lines[i]!.styleLevel === null && lines[i]!.listLevel === null;
  const numberedText = (i: number) => out[i] === null && typed(i) && subLabelOf(text(i)) !== null;
  const shortItem = (i: number) => typed(i) && out[i]?.rest.length === 0;
  for (let i = 1; i < lines.length; i++)
    if (shortItem(i) && numberedText(i - 1) && nextListItem(text(i - 1), text(i))) out[i] = null;
  for (let i = lines.length - 2; i >= 0; i--)
    if (shortItem(i) && numberedText(i + 1) && firstListItem(text(i), text(i + 1))) out[i] = null;
  return out;
}

/**
 * The line above a 署名 (`signature` so far, read from `sig` and the lines below it) holds more organs
 * of a joint 署名 when every part of both names an organ, and the line either shares the 署名's paragraph
 * style (gwdraft's export writes each line of organs in 署名 style) or the organs stand together at the
 * top of the document (the title or 版头 "中共某县委  某县人民政府关于…").
 */
function isJointSignatureLine(above: Line, sig: Line, signature: string, lines: readonly Line[]): boolean {
  if (!isLabelLine(above.text) || headingOf(above)) return false;
  if (signatureOrgans(`${above.text} ${signature}`).length < 2) return false;
  if (above.styleId !== null && above.styleId === sig.styleId) return true;
  const top = squashSpaces(
    lines
      .slice(0, 4)
      .map((l) => l.text)
      .join(''),
  );
  return top.includes(squashSpaces(above.text + signature));
}
