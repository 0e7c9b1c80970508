/**
 * 附件说明 (7.3.4) under the body and the 附件 themselves (7.3.7), each on pages of its own.
 *
 * 附件说明: one blank line under the body, two characters in, "附件：" then "1.名称", the next names
 * "2.名称" under "1.", a name that wraps aligned under its own first character (hanging indents
 * measured in body characters: 16 pt less the grid's character spacing; half-width digits half that),
 * no punctuation after the names.
 * 附件: a new page; "附件1" in 3号黑体 at the top left, its title on the third line (title style,
 * 2号小标宋 centred), one blank line, then its text as body text.
 */
import { Paragraph, TextRun, type Table } from 'docx';
import type { Block } from '../../model/content';
import type { Report } from '../../model/report';
import { blank, writes, type ExportContext } from './export-context';
import { blockParagraphs } from './body';
import { estimateLines } from './keep-with-signature';
import { ptToTwips, type FormatProfile } from './profile';
import { STYLE } from './styles-xml';
import { xmlSafe } from './text-safety';

const LABEL = '附件：';

/** Twips a run of body text takes: full-width characters one body character, ASCII half of one. */
function widthTwips(p: FormatProfile, s: string): number {
  const full = ptToTwips(p.type.bodyPt.value);
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0)! < 0x100 ? full / 2 : full) + p.grid.charSpacingTwips.value;
  return Math.round(w);
}

export interface WrittenAttachment {
  name: string;
  blocks: readonly Block[];
}

/**
 * The 附件 written, numbered in this order: those with a name, the name cleaned and without closing
 * punctuation (7.3.4).
 */
export function writtenAttachments(ctx: ExportContext, report: Report): WrittenAttachment[] {
  return (report.attachments ?? [])
    .map((a) => ({
      name: xmlSafe(a.name, ctx.dropped)
        .replace(/[\s\u3000]+/g, ' ')
        .trim()
        .replace(/[。；;，,、.．：:]+$/, ''),
      blocks: a.blocks ?? [],
    }))
    .filter((a) => writes(a.name));
}

/** `keep`: kept together and with the 署名 that follows (none when there is no 署名). */
export function attachmentNote(ctx: ExportContext, names: readonly string[], keep: boolean): Paragraph[] {
  if (names.length === 0) return [];
  const p = ctx.p;
  const indent = p.attachments.noteIndentChars.value * ctx.geo.bodyCharTwips;
  const label = widthTwips(p, LABEL);
  const several = names.length > 1;
  const out = Array.from(
    { length: p.attachments.noteBlankLinesBefore.value },
    () => new Paragraph({ keepNext: keep, children: [] }),
  );
  names.forEach((name, i) => {
    const number = several ? `${i + 1}.` : '';
    const num = widthTwips(p, number);
    out.push(
      new Paragraph({
        style: STYLE.attachmentNote,
        keepNext: keep,
        indent: { left: indent + label + num, hanging: (i === 0 ? label : 0) + num },
        children: [new TextRun(`${i === 0 ? LABEL : ''}${number}${name}`)],
      }),
    );
  });
  return out;
}

/** Grid lines the 附件说明 takes, estimated (for the 署名 page estimate). */
export function attachmentNoteLines(p: FormatProfile, names: readonly string[]): number {
  if (names.length === 0) return 0;
  const indent = p.attachments.noteIndentChars.value + 3 + 1;
  return (
    p.attachments.noteBlankLinesBefore.value +
    names.reduce((n, name) => n + estimateLines(p, name, indent), 0)
  );
}

/** The 附件 with text, each from a new page. */
export function attachmentPages(
  ctx: ExportContext,
  list: readonly WrittenAttachment[],
): (Paragraph | Table)[] {
  const p = ctx.p;
  const out: (Paragraph | Table)[] = [];
  const numbered = list.length > 1;
  list.forEach((a, i) => {
    if (!a.blocks.some((b) => writes(b.children.map((l) => l.text).join('')))) return;
    out.push(
      new Paragraph({
        style: STYLE.attachmentLabel,
        pageBreakBefore: true,
        keepNext: true,
        children: [new TextRun(numbered ? `附件${i + 1}` : '附件')],
      }),
      ...Array.from(
        { length: p.attachments.titleLine.value - 2 },
        () => new Paragraph({ keepNext: true, children: [] }),
      ),
      new Paragraph({ style: STYLE.title, keepNext: true, children: [new TextRun(a.name)] }),
      ...blank(p.title.blankLinesAfter.value),
      ...blockParagraphs(ctx, `a${i}`, a.blocks),
    );
  });
  return out;
}
