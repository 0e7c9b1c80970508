/**
 * The end of the document: 署名 and 成文日期 (7.3.5) and, optionally, the 版记 (7.4).
 */
import {
  BorderStyle,
  OverlapType,
  Paragraph,
  RelativeHorizontalPosition,
  Tab,
  TabStopType,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Report } from '../../model/report';
import { formatChineseDate, resolvedSignature, signatureMissing } from '../../model/report-helpers';
import { blank, type ExportContext } from './export-context';
import { ptToTwips } from './profile';
import { signatureLayout } from './signature';
import { STYLE } from './styles-xml';
import { xmlSafe } from './text-safety';

/** 署名 and 成文日期: without a seal (7.3.5.2) or with one (7.3.5.1); the date never zero-padded. */
export function signatureBlock(ctx: ExportContext, report: Report): Paragraph[] {
  const p = ctx.p;
  const signature = xmlSafe(resolvedSignature(report), ctx.dropped).trim();
  const date = report.meta.date ? formatChineseDate(report.meta.date) : '';
  if (!signature && !date) return [];
  if (!date) ctx.warnings.push('未填写成文日期，导出文件中没有成文日期');
  if (signature && signatureMissing(report))
    ctx.warnings.push(`报告没有署名，导出文件暂按机关名称“${signature}”署名，请核对`);
  const layout = signatureLayout(p, signature, date, ctx.options.seal, ctx.geo.bodyCharTwips);
  const out = blank(layout.blankLinesBefore);
  if (signature)
    out.push(
      new Paragraph({
        style: STYLE.signature,
        indent: { right: layout.signatureRight },
        children: [new TextRun(signature)],
      }),
    );
  if (date)
    out.push(
      new Paragraph({
        style: STYLE.signature,
        indent: { right: layout.dateRight },
        children: [new TextRun(date)],
      }),
    );
  return out;
}

export /**
 * 版记: 抄送 and 印发机关/印发日期 between rules as wide as the text block (7.4), as a one-column table
 * floated to the bottom of the text block of the last page (7.4.1), its text one character in.
 */
function closingBlock(ctx: ExportContext, report: Report): Table {
  const p = ctx.p;
  const c = p.closingBlock;
  const geo = ctx.geo;
  const side = c.sideIndentChars.value * ptToTwips(p.type.closingBlockPt.value);
  const rule = (eighths: number) => ({ style: BorderStyle.SINGLE, size: eighths, color: '000000' });
  const none = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const printer = xmlSafe(ctx.options.printer ?? report.meta.org, ctx.dropped);
  const isoDate = ctx.options.printDate ?? report.meta.date;
  const printDate = isoDate ? `${formatChineseDate(isoDate)}印发` : '';
  if (!printDate) ctx.warnings.push('版记缺少印发日期（未填写成文日期或印发日期）');
  const cc = (ctx.options.cc ?? []).map((s) => xmlSafe(s, ctx.dropped).trim()).filter(Boolean);
  const cell = (children: ParagraphChild[], tab: boolean) =>
    new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          width: { size: geo.textWidth, type: WidthType.DXA },
          children: [
            new Paragraph({
              style: STYLE.closing,
              ...(tab ? { tabStops: [{ type: TabStopType.RIGHT, position: geo.textWidth - 2 * side }] } : {}),
              children,
            }),
          ],
        }),
      ],
    });
  const rows: TableRow[] = [];
  const ruleTwips = Math.round(
    ((2 * c.outerLineEighthsPt.value + (cc.length > 0 ? c.innerLineEighthsPt.value : 0)) / 8) * 20,
  );
  if (cc.length > 0) rows.push(cell([new TextRun(`抄送：${cc.join('，')}。`)], false));
  rows.push(cell([new TextRun({ children: [printer, new Tab(), printDate] })], true));
  return new Table({
    width: { size: geo.textWidth, type: WidthType.DXA },
    columnWidths: [geo.textWidth],
    layout: TableLayoutType.FIXED,
    margins: { left: side, right: side, top: 0, bottom: 0 },
    float: {
      horizontalAnchor: TableAnchorType.MARGIN,
      verticalAnchor: TableAnchorType.MARGIN,
      relativeHorizontalPosition: RelativeHorizontalPosition.CENTER,
      // an absolute offset rather than tblpYSpec="bottom", which LibreOffice ignores: the table's last
      // rule lands on the bottom edge of the text block (rows are exact grid lines, rules ≈ 1 pt each)
      absoluteVerticalPosition: Math.max(
        0,
        geo.textHeight - rows.length * p.grid.linePitchTwips.value - ruleTwips,
      ),
      overlap: OverlapType.NEVER,
    },
    borders: {
      top: rule(c.outerLineEighthsPt.value),
      bottom: rule(c.outerLineEighthsPt.value),
      insideHorizontal: rule(c.innerLineEighthsPt.value),
      left: none,
      right: none,
      insideVertical: none,
    },
    rows,
  });
}
