/**
 * The body: the title (broken into a trapezoid, 7.3.1), the 主送机关 (7.3.2), section headings and the
 * blocks of each section with their derived 一、/（一）/1./（1） labels (7.3.3).
 */
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Block, TextLeaf } from '../../model/content';
import { numberBlocks, sectionLabel } from '../../model/numbering';
import type { Report, Section } from '../../model/report';
import { headingOf, resolvedTitle } from '../../model/report-helpers';
import type { Template } from '../../templates/schema';
import { rangeEnds, rangeStarts, wrapLineInThreads } from './comment-ranges';
import { blockWrites, leafKey, type ExportContext } from './export-context';
import { STYLE } from './styles-xml';
import { xmlSafe } from './text-safety';
import { officialTitleLines } from './official-title';
import { isTableRow, tableCells } from '../../model/table-row';
import { trackedRuns } from './tracked-changes';

const LINE_BREAKS = /[\t\r\n]/;

/**
 * Runs of one leaf: newlines inside a leaf become line breaks, tabs become spaces. `style` is a character
 * style for every run (a run-in heading's font).
 */
function leafRuns(ctx: ExportContext, leaf: TextLeaf, bold: boolean, style?: string): ParagraphChild[] {
  const text = xmlSafe(leaf.text, ctx.dropped);
  const lines = LINE_BREAKS.test(text) ? text.replace(/\t/g, ' ').split(/\r\n|\r|\n/) : [text];
  const isBold = bold || Boolean(leaf.bold);
  if (ctx.changes && (leaf.ins || leaf.del)) {
    const tracked = trackedRuns(
      ctx.changes,
      leaf,
      lines.map((line, i) => ({ text: line, bold: isBold, break: i > 0, ...(style ? { style } : {}) })),
    );
    if (tracked) return tracked;
  }
  const styled = style ? { style } : {};
  if (lines.length === 1)
    return [new TextRun(isBold ? { text, bold: true, ...styled } : { text, ...styled })];
  return lines.map(
    (line, i) =>
      new TextRun({
        text: line,
        ...(isBold ? { bold: true } : {}),
        ...(i > 0 ? { break: 1 } : {}),
        ...styled,
      }),
  );
}

function blockChildren(
  ctx: ExportContext,
  blockKey: string,
  block: Block,
  label: string | null,
  bold: boolean,
  style?: string,
): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  const styled = style ? { style } : {};
  if (label) children.push(new TextRun({ text: label, ...(bold ? { bold: true } : {}), ...styled }));
  const ranges = ctx.startsAt.size > 0 || ctx.endsAt.size > 0;
  block.children.forEach((leaf, i) => {
    if (!ranges) {
      for (const run of leafRuns(ctx, leaf, bold, style)) children.push(run);
      return;
    }
    const key = leafKey(blockKey, i);
    children.push(...rangeStarts(ctx, key), ...leafRuns(ctx, leaf, bold, style), ...rangeEnds(ctx, key));
  });
  return children;
}

/** A run-in heading ends with its own stop before the text runs on; one is added when it has none. */
const ENDS_SENTENCE = /[。．.：:！？!?；;]$/;

function runInStop(block: Block): string {
  let text = '';
  for (const leaf of block.children) if (!leaf.del) text += leaf.text;
  return ENDS_SENTENCE.test(text.trimEnd()) ? '' : '。';
}

/** Keep-with-next and widow control on the last lines of 正文 (see ExportContext.keepWithSignature). */
function keep(ctx: ExportContext, key: string): { keepNext?: true; widowControl?: true } {
  return ctx.keepWithSignature.has(key) ? { keepNext: true, widowControl: true } : {};
}

/**
 * The cells of a paragraph that is a row of a table kept as text (cells apart by two ideographic spaces
 * or a tab, as the imports and paste write a row), or null. A row with a comment or a 修订 on it stays a
 * paragraph, so that the review copy keeps them where they are.
 */
function rowCells(block: Block): string[] | null {
  if (block.type !== 'paragraph' || block.children.some((l) => l.comments?.length || l.ins || l.del))
    return null;
  const text = block.children.map((l) => l.text).join('');
  return isTableRow(text) ? tableCells(text) : null;
}

const CELL_BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;

/** Rows of the same number of cells as a table as wide as the text block, its columns alike. */
function figuresTable(ctx: ExportContext, rows: readonly string[][]): Table {
  const columns = rows[0]!.length;
  const width = Math.floor(ctx.geo.textWidth / columns);
  const borders = {
    top: CELL_BORDER,
    bottom: CELL_BORDER,
    left: CELL_BORDER,
    right: CELL_BORDER,
    insideHorizontal: CELL_BORDER,
    insideVertical: CELL_BORDER,
  };
  return new Table({
    width: { size: width * columns, type: WidthType.DXA },
    columnWidths: rows[0]!.map(() => width),
    layout: TableLayoutType.FIXED,
    borders,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          cantSplit: true,
          // the first row names the columns: Word repeats it on each page the table runs onto
          ...(r === 0 ? { tableHeader: true } : {}),
          children: cells.map(
            (cell) =>
              new TableCell({
                width: { size: width, type: WidthType.DXA },
                children: [
                  new Paragraph({
                    style: STYLE.tableText,
                    children: [new TextRun(xmlSafe(cell, ctx.dropped))],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

export function blockParagraphs(
  ctx: ExportContext,
  keyPrefix: string,
  blocks: readonly Block[],
): (Paragraph | Table)[] {
  const numbered = numberBlocks(blocks);
  const out: (Paragraph | Table)[] = [];
  // Blocks before this one are written already (the paragraph a 接排 heading took in, a table's rows).
  let from = 0;
  blocks.forEach((block, i) => {
    if (i < from || !blockWrites(block)) return;
    // A table kept as text (two or more rows of as many cells) is written as a Word table.
    const first = rowCells(block);
    if (first) {
      const rows = [first];
      for (let j = i + 1; j < blocks.length; j++) {
        const cells = blockWrites(blocks[j]!) ? rowCells(blocks[j]!) : null;
        if (!cells || cells.length !== first.length) break;
        rows.push(cells);
      }
      if (rows.length >= 2) {
        out.push(figuresTable(ctx, rows));
        from = i + rows.length;
        return;
      }
    }
    const key = `${keyPrefix}/${i}`;
    const next = blocks[i + 1];
    const bold = block.type === 'heading' && block.level === 3 && ctx.options.boldLevel3;
    if (block.type === 'heading' && block.runIn && next?.type === 'paragraph' && blockWrites(next)) {
      // 接排: one body paragraph, the heading in its own font, then the next paragraph's text.
      const style = STYLE.headingRun[block.level];
      const stop = runInStop(block);
      const nextKey = `${keyPrefix}/${i + 1}`;
      out.push(
        new Paragraph({
          style: STYLE.body,
          ...keep(ctx, nextKey),
          children: [
            ...blockChildren(ctx, key, block, numbered[i]!.label, bold, style),
            ...(stop ? [new TextRun({ text: stop, ...(bold ? { bold: true } : {}), style })] : []),
            ...blockChildren(ctx, nextKey, next, null, false),
          ],
        }),
      );
      from = i + 2;
      return;
    }
    if (block.type === 'heading') {
      out.push(
        new Paragraph({
          style: STYLE.heading[block.level],
          ...keep(ctx, key),
          children: blockChildren(ctx, key, block, numbered[i]!.label, bold),
        }),
      );
    } else {
      out.push(
        new Paragraph({
          style: STYLE.body,
          ...keep(ctx, key),
          children: blockChildren(ctx, key, block, null, false),
        }),
      );
    }
  });
  return out;
}

export function titleParagraph(
  ctx: ExportContext,
  report: Report,
  template: Template | undefined,
  detached: string[],
): Paragraph {
  const title = xmlSafe(resolvedTitle(report, template), ctx.dropped);
  const { lines, hardBreaks } = officialTitleLines(title, report.meta.org, ctx.p);
  if (hardBreaks) ctx.warnings.push('标题过长，找不到合适的回行位置，已按行宽断开，请检查标题排列');
  return new Paragraph({ style: STYLE.title, children: wrapLineInThreads(ctx, detached, lines) });
}

/** 主送机关: flush left, ending with a full-width colon (7.3.2). */
export function recipientParagraph(ctx: ExportContext, recipient: string): Paragraph {
  let r = xmlSafe(recipient.trim(), ctx.dropped).replace(/:$/, '：');
  if (!r.endsWith('：')) r += '：';
  return new Paragraph({
    style: STYLE.recipient,
    children: wrapLineInThreads(ctx, ctx.recipientThreads ?? [], [r]),
  });
}

/** A section: its 一、 heading (with any detached threads on it) and its blocks. */
export function sectionParagraphs(
  ctx: ExportContext,
  report: Report,
  template: Template | undefined,
  section: Section,
  index: number,
  detachedThreads: readonly string[],
): (Paragraph | Table)[] {
  const heading = xmlSafe(sectionLabel(index) + headingOf(section, report, template), ctx.dropped);
  const out = [
    new Paragraph({
      style: STYLE.heading[1],
      children: wrapLineInThreads(ctx, detachedThreads, [heading]),
    }),
    ...blockParagraphs(ctx, `s${index}`, section.blocks),
  ];
  if (numberBlocks(section.blocks).some((b) => b.skippedLevel))
    ctx.warnings.push(
      `第${sectionLabel(index).replace('、', '')}部分的小标题跳级（如没有（一）就出现 1.），编号可能不符合 7.3.3`,
    );
  return out;
}
