/**
 * The 署名 page never holds only 署名 and 成文日期 (7.3.5): the last paragraphs of 正文, up to two lines,
 * are kept with the 署名 (keep-with-next plus widow control, so a split paragraph leaves two lines).
 * Which page the 署名 lands on is only estimated here (28 characters a line, 22 lines a page, half-width
 * characters half an em), to tell the user when the export had to move text onto the 署名 page.
 */
import type { Block } from '../../model/content';
import { numberBlocks, sectionLabel } from '../../model/numbering';
import { headingOf } from '../../model/report-helpers';
import type { Template } from '../../templates/schema';
import type { Report } from '../../model/report';
import { blockWrites } from './export-context';
import type { FormatProfile } from './profile';
import { emWidth } from './title-lines';

/** Lines of 正文 kept with the 署名. */
export const KEEP_LINES = 2;

export interface WrittenBlock {
  key: string;
  lines: number;
}

/** Lines a paragraph of `text` takes, with `indentChars` of first-line indent. */
export function estimateLines(p: FormatProfile, text: string, indentChars: number): number {
  const perLine = p.grid.charsPerLine.value;
  return Math.max(1, Math.ceil((indentChars + emWidth(text)) / perLine));
}

function writtenBlocks(p: FormatProfile, prefix: string, blocks: readonly Block[]): WrittenBlock[] {
  const labels = numberBlocks(blocks);
  const out: WrittenBlock[] = [];
  blocks.forEach((b, i) => {
    if (!blockWrites(b)) return;
    const text = b.children.length === 1 ? b.children[0]!.text : b.children.map((l) => l.text).join('');
    out.push({
      key: `${prefix}/${i}`,
      lines: estimateLines(p, (labels[i]?.label ?? '') + text, p.body.firstLineChars.value),
    });
  });
  return out;
}

/**
 * The written paragraphs of 正文 in order (preamble, then each section's heading and blocks), keyed as
 * body.ts keys blocks; a section heading (`h<index>`, one line, always kept with its text) counts as 正文.
 */
export function bodyBlocks(p: FormatProfile, report: Report, template: Template | undefined): WrittenBlock[] {
  const indent = p.body.firstLineChars.value;
  return [
    ...writtenBlocks(p, 'preamble', report.preamble),
    ...report.sections.flatMap((s, i) => [
      { key: `h${i}`, lines: estimateLines(p, sectionLabel(i) + headingOf(s, report, template), indent) },
      ...writtenBlocks(p, `s${i}`, s.blocks),
    ]),
  ];
}

/** Keys of the last blocks of 正文 that together take at least KEEP_LINES lines. */
export function tailKeys(blocks: readonly WrittenBlock[]): Set<string> {
  const keys = new Set<string>();
  let lines = 0;
  for (let i = blocks.length - 1; i >= 0 && lines < KEEP_LINES; i--) {
    keys.add(blocks[i]!.key);
    lines += blocks[i]!.lines;
  }
  return keys;
}

/**
 * True when, by the estimate, the last line of 正文 would end a page and the 署名 start the next: the
 * keeps then move the last lines of 正文 onto the 署名's page. `linesBefore` counts every grid line up
 * to the last line of 正文; `gap` the blank lines between it and the 署名.
 */
export function signatureWouldBeAlone(p: FormatProfile, linesBefore: number, gap: number): boolean {
  const perPage = p.grid.linesPerPage.value;
  const lastBodyLine = (linesBefore - 1) % perPage; // 0-based line on its page
  return lastBodyLine + gap + 1 >= perPage;
}
