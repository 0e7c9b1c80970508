/**
 * Where a thread without a place in the text sits when it is on the title, the 署名 or the 成文日期: a
 * reviewer in Word comments on any paragraph, but the report keeps those lines as metadata, outside the
 * section text that threads are anchored in. Such a thread is detached (no marks), yet its text is not
 * gone: it is shown and exported on that line instead of as 原文已删除. Derived from the quote and its
 * context, never stored, so a title changed since makes it 原文已删除 again, truthfully.
 */
import { formatChineseDate, resolvedSignature, resolvedTitle } from '../model/report-helpers';
import type { Report, Thread } from '../model/report';
import type { Template } from '../templates/schema';

export type MetaPlace = 'title' | 'signature' | 'date';

export const META_PLACE_LABEL: Record<MetaPlace, string> = {
  title: '标题',
  signature: '署名',
  date: '成文日期',
};

/** Whitespace, line breaks and full-width spaces do not count: Word breaks a long title over lines. */
function squeeze(s: string): string {
  return s.replace(/[\s\u3000]+/g, '');
}

/**
 * True when `quote` is in `line` at a place where the quote's own context agrees with the line around
 * it: what precedes it in the line ends the prefix, what follows begins the suffix (or the suffix, when
 * shorter, begins what follows). A short phrase deleted from the body that happens to recur in the title
 * has other context and is not taken for a comment on the title.
 */
function sitsIn(line: string, quote: string, prefix: string, suffix: string): boolean {
  if (quote === '' || line === '') return false;
  for (let i = line.indexOf(quote); i >= 0; i = line.indexOf(quote, i + 1)) {
    const before = line.slice(0, i);
    const after = line.slice(i + quote.length);
    const prefixAgrees = prefix.endsWith(before) || before.endsWith(prefix);
    const suffixAgrees = suffix.startsWith(after) || after.startsWith(suffix);
    if (prefixAgrees && suffixAgrees) return true;
  }
  return false;
}

/** The title, 署名 or 成文日期 a detached thread's quote sits on, or null (its text is really gone). */
export function metaPlaceOf(
  report: Report,
  template: Template | undefined,
  thread: Thread,
): MetaPlace | null {
  if (!thread.detached) return null;
  const quote = squeeze(thread.anchor.exact);
  if (quote.length === 0) return null;
  const prefix = squeeze(thread.anchor.prefix);
  const suffix = squeeze(thread.anchor.suffix);
  const lines: [MetaPlace, string][] = [
    ['title', resolvedTitle(report, template)],
    ['signature', resolvedSignature(report)],
    ['date', report.meta.date ? formatChineseDate(report.meta.date) : ''],
  ];
  for (const [place, line] of lines) if (sitsIn(squeeze(line), quote, prefix, suffix)) return place;
  return null;
}
