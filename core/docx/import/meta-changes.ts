/**
 * Track changes on the lines the import reads as the report's information — the title, 主送, 文号, 署名
 * and 成文日期, and the parts' 一、 headings (kept as the part's heading, whose number is derived) —: those lines are read as changed (inserted text in, deleted text out), and no text of the
 * report's parts holds them, so they are no suggestions to place (kept as 无法定位 they would say the text
 * was left unchanged, which it was not). They are taken as read, and the import says so.
 */
import type { ReportMeta } from '../../model/report';
import {
  docNumberOf,
  isLabelLine,
  parseDateLine,
  recipientOf,
  squashSpaces as squash,
} from '../../import/text/closing';
import type { DocxParagraph } from './document-types';

/** A part's typed number: not in the heading the report keeps. */
const PART_LABEL = /^[一二三四五六七八九十]{1,3}[、.．]/u;

/** A line of a paragraph that holds one of the report's information as read (the title's lines too). */
function isMetaLine(line: string, meta: ReportMeta, headings: readonly string[]): boolean {
  const t = squash(line);
  if (t !== '' && headings.some((h) => squash(h) === t.replace(PART_LABEL, ''))) return true;
  if (t === '' || (!isLabelLine(line.trim(), 60) && recipientOf(line.trim()) === null)) return false;
  if (meta.title !== null && t.length >= 4 && squash(meta.title).includes(t)) return true;
  if (meta.signature && squash(meta.signature).includes(t)) return true;
  if (meta.org !== '' && squash(meta.org) === t) return true;
  if (meta.date !== null && parseDateLine(line.trim())?.iso === meta.date) return true;
  if (meta.recipient !== null && recipientOf(line.trim()) === meta.recipient) return true;
  return meta.docNumber !== null && docNumberOf(line) === meta.docNumber;
}

/**
 * Which suggestions (by index) are on a paragraph every line of which is the report's information;
 * `headings` are the parts' headings as the report reads them.
 */
export function changesOnMetaLines(
  paragraphs: readonly DocxParagraph[],
  suggestionParagraphs: readonly number[],
  meta: ReportMeta,
  headings: readonly string[] = [],
): Set<number> {
  const onMeta = new Map<number, boolean>();
  const out = new Set<number>();
  suggestionParagraphs.forEach((p, i) => {
    if (!onMeta.has(p)) {
      const lines = (paragraphs[p]?.text ?? '').split('\n').filter((l) => squash(l) !== '');
      onMeta.set(p, lines.length > 0 && lines.every((l) => isMetaLine(l, meta, headings)));
    }
    if (onMeta.get(p)) out.add(i);
  });
  return out;
}
