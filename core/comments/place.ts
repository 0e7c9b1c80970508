/**
 * Where a thread without a place in the text sits when it is on the title, the 主送机关, a part's
 * heading, the 署名 or the 成文日期: a reviewer in Word comments on any paragraph, but the report keeps those lines as
 * metadata, outside the section text that threads are anchored in. Such a thread is detached (no
 * marks), yet its text is not gone: it is shown and exported on that line instead of as 原文已删除.
 * Derived from the quote and its context, never stored, so a line changed since makes it 原文已删除
 * again, truthfully.
 */
import { sectionLabel } from '../model/numbering';
import { formatChineseDate, headingOf, resolvedSignature, resolvedTitle } from '../model/report-helpers';
import type { QuoteAnchor, Report, Thread } from '../model/report';
import type { Template } from '../templates/schema';

export type MetaPlace = 'title' | 'recipient' | 'heading' | 'signature' | 'date';

export interface LinePlace {
  place: MetaPlace;
  /** The part whose heading it is ('heading' only). */
  sectionId: string | null;
}

export const META_PLACE_LABEL: Record<MetaPlace, string> = {
  title: '标题',
  recipient: '主送机关',
  heading: '部分标题',
  signature: '署名',
  date: '成文日期',
};

/** Whitespace, line breaks and full-width spaces do not count: Word breaks a long title over lines. */
function squeeze(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/** The context ends (prefix) or begins (suffix) a line: nothing but spaces up to a line break. */
const endsLine = (prefix: string) => /(^|\n)[^\S\n]*$/.test(prefix);
const beginsLine = (suffix: string) => /^[^\S\n]*(\n|$)/.test(suffix);

/**
 * Where `quote` is in `line` at a place where the quote's own context agrees with the line around it
 * (-1 when nowhere): what precedes it in the line ends the prefix, what follows begins the suffix (or
 * the suffix, when shorter, begins what follows), and where the quote starts or ends the line its
 * context does too. A phrase deleted from the body that happens to recur in the title or a heading has
 * other context. An empty context (the quote began or ended the document, or its line) agrees only with
 * the line's own start or end: a comment on the whole 署名 is not on the title that begins with it.
 * `line` and `quote` are squeezed; the index is in the squeezed line.
 */
function indexIn(line: string, quote: string, prefix: string, suffix: string): number {
  if (quote === '' || line === '') return -1;
  const pre = squeeze(prefix);
  const suf = squeeze(suffix);
  for (let i = line.indexOf(quote); i >= 0; i = line.indexOf(quote, i + 1)) {
    const before = line.slice(0, i);
    const after = line.slice(i + quote.length);
    const prefixAgrees =
      before === '' ? endsLine(prefix) : pre !== '' && (pre.endsWith(before) || before.endsWith(pre));
    const suffixAgrees =
      after === '' ? beginsLine(suffix) : suf !== '' && (suf.startsWith(after) || after.startsWith(suf));
    if (prefixAgrees && suffixAgrees) return i;
  }
  return -1;
}

function sitsIn(line: string, quote: string, prefix: string, suffix: string): boolean {
  return indexIn(line, quote, prefix, suffix) >= 0;
}

/** The line — title, 主送机关, a heading, 署名 or 成文日期 — a detached thread's quote sits on, or null. */
export function linePlaceOf(
  report: Report,
  template: Template | undefined,
  thread: Thread,
): LinePlace | null {
  if (!thread.detached) return null;
  const quote = squeeze(thread.anchor.exact);
  if (quote.length === 0) return null;
  const { prefix, suffix } = thread.anchor;
  const on = (line: string) => sitsIn(squeeze(line), quote, prefix, suffix);
  if (on(resolvedTitle(report, template))) return { place: 'title', sectionId: null };
  // 主送机关 is kept without its closing colon; the line has it.
  const recipient = report.meta.recipient?.replace(/[:：]$/, '');
  if (recipient && (on(`${recipient}：`) || on(recipient))) return { place: 'recipient', sectionId: null };
  for (const [i, section] of report.sections.entries()) {
    const heading = headingOf(section, report, template);
    // With its 一、 as typed, or without it when Word's list numbering drew it.
    if (heading.trim() !== '' && (on(sectionLabel(i) + heading) || on(heading)))
      return { place: 'heading', sectionId: section.id };
  }
  if (on(resolvedSignature(report))) return { place: 'signature', sectionId: null };
  if (report.meta.date && on(formatChineseDate(report.meta.date))) return { place: 'date', sectionId: null };
  return null;
}

export function metaPlaceOf(
  report: Report,
  template: Template | undefined,
  thread: Thread,
): MetaPlace | null {
  return linePlaceOf(report, template, thread)?.place ?? null;
}

/** The lines a reviewer comments on in the app's 报告信息 fields: all but the headings. */
export type LineField = Exclude<MetaPlace, 'heading'>;

/**
 * The line as the document prints it (the export's, the page's), or null when it is not printed. A
 * part's heading (`sectionId`) with its 一、, as the page and the export print it.
 */
export function lineText(
  report: Report,
  template: Template | undefined,
  place: MetaPlace,
  sectionId: string | null = null,
): string | null {
  switch (place) {
    case 'heading': {
      const i = report.sections.findIndex((s) => s.id === sectionId);
      const heading = i < 0 ? '' : headingOf(report.sections[i]!, report, template);
      return heading.trim() === '' ? null : sectionLabel(i) + heading;
    }
    case 'title':
      return resolvedTitle(report, template) || null;
    case 'recipient': {
      const r = report.meta.recipient?.trim().replace(/[:：]$/, '');
      return r ? `${r}：` : null;
    }
    case 'signature':
      return resolvedSignature(report).trim() || null;
    case 'date':
      return report.meta.date ? formatChineseDate(report.meta.date) : null;
  }
}

/**
 * Where on `line` (raw offsets, start and end) a thread's quote sits with its context agreeing, or null.
 * Found on the squeezed line, as linePlaceOf finds it, and mapped back onto the line as written.
 */
export function spanOnLine(line: string, anchor: QuoteAnchor): { start: number; end: number } | null {
  const quote = squeeze(anchor.exact);
  const raw: number[] = [];
  let squeezed = '';
  for (let i = 0; i < line.length; i++) {
    if (/[\s\u3000]/.test(line[i]!)) continue;
    raw.push(i);
    squeezed += line[i];
  }
  const at = indexIn(squeezed, quote, anchor.prefix, anchor.suffix);
  if (at < 0) return null;
  return { start: raw[at]!, end: raw[at + quote.length - 1]! + 1 };
}
