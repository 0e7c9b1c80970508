/**
 * The end of the document: 署名 and 成文日期 (7.3.5) and, optionally, the 版记 (7.4).
 */
import {
  AlignmentType,
  BorderStyle,
  HeightRule,
  Paragraph,
  type ParagraphChild,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Report } from '../../model/report';
import { formatChineseDate, resolvedSignature, signatureMissing } from '../../model/report-helpers';
import { signatureOrgans } from '../../model/signature-organs';
import type { ExportContext } from './export-context';
import { ptToTwips } from './profile';
import { signatureLayout } from './signature';
import { CLOSING_END_TWIPS, STYLE } from './styles-xml';
import { xmlSafe } from './text-safety';
import { emWidth, titleWidth } from './title-lines';
import { wrapLineInThreads } from './comment-ranges';

/** 署名 and 成文日期: without a seal (7.3.5.2) or with one (7.3.5.1); the date never zero-padded. */
export function signatureBlock(ctx: ExportContext, report: Report): Paragraph[] {
  const p = ctx.p;
  const signature = xmlSafe(resolvedSignature(report), ctx.dropped).trim();
  const date = report.meta.date ? formatChineseDate(report.meta.date) : '';
  if (!signature && !date) return [];
  if (!date) ctx.warnings.push('未填写成文日期，导出文件中没有成文日期');
  if (signature && signatureMissing(report))
    ctx.warnings.push(`报告没有署名，导出文件暂按机关名称“${signature}”署名，请核对`);
  const organs = signatureOrgans(signature);
  const onSignature = ctx.closingThreads?.signature ?? [];
  const onDate = ctx.closingThreads?.date ?? [];
  // 联合行文 with a seal (7.3.5.1): the organs side by side in order, each under its own seal, the last
  // centred over the date.
  if (ctx.options.seal && organs.length > 1) return sealedJointBlock(ctx, signature, organs, date);
  // 联合行文 without a seal (7.3.5.2): one organ per line, the lead organ first, all ending 2 characters
  // from the right; the date starts 2 characters right of the widest.
  const widest = organs.reduce((a, b) => (emWidth(b) > emWidth(a) ? b : a), '');
  const layout = signatureLayout(p, widest, date, ctx.options.seal, ctx.geo.bodyCharTwips);
  // kept with what follows: the blank lines (room for the seal, 7.3.5.1) with the 署名, the 署名 with
  // its date, so no page ends with a 署名 apart from its date, nor begins with them alone
  const out = blankLines(layout.blankLinesBefore);
  const at = organOffsets(signature, organs);
  organs.forEach((organ, i) =>
    out.push(
      new Paragraph({
        style: STYLE.signature,
        keepNext: i < organs.length - 1 || date !== '',
        indent: { right: layout.signatureRight },
        children: wrapLineInThreads(ctx, onSignature, [organ], { line: signature, from: at[i]! }),
      }),
    ),
  );
  // without a seal the date is written from its first character, 2 characters right of the 署名's
  // (7.3.5.2), whatever width its digits print at; with one, from the right, 4 characters in (7.3.5.1)
  if (date)
    out.push(
      ctx.options.seal
        ? dateParagraph(layout.dateRight, wrapLineInThreads(ctx, onDate, [date]))
        : new Paragraph({
            style: STYLE.signature,
            alignment: AlignmentType.LEFT,
            indent: { left: Math.max(0, ctx.geo.textWidth - layout.dateStart), right: 0, firstLine: 0 },
            children: wrapLineInThreads(ctx, onDate, [date]),
          }),
    );
  return out;
}

/** Where each organ begins in the 署名 as written (the line a thread's words were found on). */
function organOffsets(signature: string, organs: readonly string[]): number[] {
  let from = 0;
  return organs.map((o) => {
    const i = signature.indexOf(o, from);
    from = i + o.length;
    return i;
  });
}

/** Empty paragraphs kept with what follows. */
function blankLines(n: number): Paragraph[] {
  return Array.from({ length: n }, () => new Paragraph({ keepNext: true, children: [] }));
}

/** The 成文日期, `right` twips from the right edge of the text block. */
function dateParagraph(right: number, children: ParagraphChild[]): Paragraph {
  return new Paragraph({ style: STYLE.signature, indent: { right }, children });
}

/**
 * A sealed joint 署名 (7.3.5.1): rows of organs in their order, as many to a row as fit the text block
 * with their seals apart (the profile's centre distance); the last organ of the last row centred over
 * the date, 4 characters from the right, and each organ of a row one column further left. Each row is
 * one paragraph whose organs sit on centred tab stops.
 */
function sealedJointBlock(
  ctx: ExportContext,
  signature: string,
  organs: readonly string[],
  date: string,
): Paragraph[] {
  const s = ctx.p.signature;
  const char = ctx.geo.bodyCharTwips;
  const textChars = ctx.geo.textWidth / char;
  const dateRight = s.sealDateRightIndentChars.value;
  // centre of the rightmost column, in characters from the right edge of the text block
  const right = dateRight + (date ? titleWidth(date) : emWidth(organs[organs.length - 1]!)) / 2;
  const gap = Math.max(
    s.jointSealCentreChars.value,
    ...organs.slice(1).map((o, i) => (emWidth(o) + emWidth(organs[i]!)) / 2 + 1),
  );
  const perRow = Math.max(1, Math.floor((textChars - right - gap / 2) / gap) + 1);
  const rows: string[][] = [];
  for (let i = 0; i < organs.length; i += perRow) rows.push(organs.slice(i, i + perRow));
  const out = blankLines(s.sealBlankLinesBefore.value);
  const at = organOffsets(signature, organs);
  const onSignature = ctx.closingThreads?.signature ?? [];
  rows.forEach((row, r) => {
    if (r > 0) out.push(...blankLines(s.jointSealRowGapLines.value));
    // the row's last organ in the rightmost column, the others one column further left each
    const centres = row.map((_, i) => Math.round((textChars - right - (row.length - 1 - i) * gap) * char));
    out.push(
      new Paragraph({
        style: STYLE.signature,
        alignment: AlignmentType.LEFT,
        keepNext: r < rows.length - 1 || date !== '',
        indent: { left: 0, right: 0 },
        tabStops: centres.map((position) => ({ type: TabStopType.CENTER, position })),
        // each thread's range around its own organ's words (or across the organs it is on)
        children: row.flatMap((organ, i) => [
          new TextRun({ children: [new Tab()] }),
          ...wrapLineInThreads(ctx, onSignature, [organ], { line: signature, from: at[r * perRow + i]! }),
        ]),
      }),
    );
  });
  if (date)
    out.push(
      dateParagraph(
        Math.round(dateRight * char),
        wrapLineInThreads(ctx, ctx.closingThreads?.date ?? [], [date]),
      ),
    );
  return out;
}

/**
 * 版记: 抄送 and 印发机关/印发日期 between rules as wide as the text block (7.4), so that the last rule
 * sits on the bottom edge of the text block of the last page however many lines they take (7.4.1).
 *
 * Construction: the 版记 is the only content of a last section that starts on an even page
 * (w:type="evenPage": Word and LibreOffice insert a blank page when needed) and whose footers are
 * empty (no number on the 版记 page nor on that blank page, 7.5). In it, one borderless table cell of
 * exact height (the text block less the end paragraph below) with its content aligned to the bottom
 * (w:vAlign="bottom" on the cell). Both Word and LibreOffice honour a cell's vertical alignment; a
 * section's w:vAlign, a frame's yAlign and a floating table's tblpYSpec are all ignored by
 * LibreOffice 7.x, and an offset computed here would assume how 抄送 wraps. The rules are paragraphs
 * of their own (a border on a text paragraph would be shortened by its one-character indent).
 */
export function closingBlock(ctx: ExportContext, report: Report): (Table | Paragraph)[] {
  const p = ctx.p;
  const c = p.closingBlock;
  const geo = ctx.geo;
  const charTwips = ptToTwips(p.type.closingBlockPt.value);
  const side = c.sideIndentChars.value * charTwips;
  const printer = xmlSafe(ctx.options.printer ?? report.meta.org, ctx.dropped);
  const isoDate = ctx.options.printDate ?? report.meta.date;
  const printDate = isoDate ? `${formatChineseDate(isoDate)}印发` : '';
  if (!printDate) ctx.warnings.push('版记缺少印发日期（未填写成文日期或印发日期）');
  const cc = (ctx.options.cc ?? []).map((s) => xmlSafe(s, ctx.dropped).trim()).filter(Boolean);
  const rule = (eighths: number, where: 'top' | 'bottom') =>
    new Paragraph({
      style: STYLE.closingRule,
      border: { [where]: { style: BorderStyle.SINGLE, size: eighths, color: '000000', space: 0 } },
      children: [],
    });
  const inCell: Paragraph[] = [rule(c.outerLineEighthsPt.value, 'top')];
  if (cc.length > 0) {
    // wrapped lines align after "抄送：" (a hanging indent of the label's width), 1 char in on both sides
    const label = '抄送：';
    const hang = Math.round(emWidth(label) * charTwips);
    inCell.push(
      new Paragraph({
        style: STYLE.closing,
        indent: { left: side + hang, hanging: hang, right: side },
        children: [new TextRun(`${label}${cc.join('，')}。`)],
      }),
      rule(c.innerLineEighthsPt.value, 'top'),
    );
  }
  // 印发机关 one character from the left, 印发日期 one from the right (7.4.3); a long 印发机关 wraps
  // under its own first character
  inCell.push(
    new Paragraph({
      style: STYLE.closing,
      indent: { left: side, right: side },
      tabStops: [{ type: TabStopType.RIGHT, position: geo.textWidth - side }],
      children: [new TextRun({ children: [printer, new Tab(), printDate] })],
    }),
    rule(c.outerLineEighthsPt.value, 'bottom'),
  );
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  return [
    new Table({
      width: { size: geo.textWidth, type: WidthType.DXA },
      columnWidths: [geo.textWidth],
      layout: TableLayoutType.FIXED,
      margins: { left: 0, right: 0, top: 0, bottom: 0 },
      borders: {
        top: none,
        bottom: none,
        left: none,
        right: none,
        insideHorizontal: none,
        insideVertical: none,
      },
      rows: [
        new TableRow({
          cantSplit: true,
          height: { value: geo.textHeight - 2 * CLOSING_END_TWIPS, rule: HeightRule.EXACT },
          children: [
            new TableCell({
              width: { size: geo.textWidth, type: WidthType.DXA },
              verticalAlign: VerticalAlign.BOTTOM,
              children: inCell,
            }),
          ],
        }),
      ],
    }),
    new Paragraph({ style: STYLE.closingEnd, children: [] }),
  ];
}
