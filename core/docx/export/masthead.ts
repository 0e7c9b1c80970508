/**
 * The 版头 of a formal 报告 (7.2): the red 发文机关标志 35 mm below the top of the text block, the
 * 发文字号 two lines below it (with the 签发人 on the same line for a 上行文), and the red separator line.
 */
import { AlignmentType, BorderStyle, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { Report } from '../../model/report';
import { blank, type ExportContext } from './export-context';
import { fontsFor, mmToTwips, ptToTwips } from './profile';
import { STYLE } from './styles-xml';
import { xmlSafe } from './text-safety';
import { emWidth } from './title-lines';

export /** 版头: red 发文机关标志, 发文字号 (with 签发人 for a 上行文) and the red separator line (7.2). */
function masthead(ctx: ExportContext, report: Report): Paragraph[] {
  const p = ctx.p;
  const m = p.masthead;
  const geo = ctx.geo;
  const org = xmlSafe(report.meta.org, ctx.dropped);
  const width = Math.max(1, emWidth(org));
  const pt = Math.min(p.type.mastheadMaxPt.value, Math.floor(geo.textWidth / 20 / width));
  const out: Paragraph[] = [
    new Paragraph({
      style: STYLE.title,
      alignment: AlignmentType.CENTER,
      spacing: {
        before: mmToTwips(m.topFromTextBlockMm.value),
        line: Math.round(pt * 20 * p.type.mastheadLineFactor.value),
        lineRule: 'exact',
      },
      children: [new TextRun({ text: org, color: m.color.value, size: pt * 2 })],
    }),
    ...blank(m.docNumberBlankLines.value),
  ];
  const docNumber = report.meta.docNumber ? xmlSafe(report.meta.docNumber, ctx.dropped) : '';
  if (!docNumber) ctx.warnings.push('版头缺少发文字号（元数据“发文字号”为空）');
  const side = m.sideIndentChars.value * ptToTwips(p.type.bodyPt.value);
  const redLine = {
    bottom: {
      style: BorderStyle.SINGLE,
      size: m.redLineEighthsPt.value,
      color: m.color.value,
      // w:space is in points: 4 mm below the 发文字号
      space: Math.round((m.redLineBelowMm.value / 25.4) * 72),
    },
  };
  const signer = ctx.options.signer ? xmlSafe(ctx.options.signer, ctx.dropped) : '';
  // 签发人's name in 楷体 (7.2.6)
  const kai = fontsFor(p, ctx.options.fonts).kai.name;
  if (signer) {
    // 上行文: 发文字号 1 char from the left, 签发人 1 char from the right on the same line (7.2.5, 7.2.6).
    // No paragraph indent (it would shorten the red line, a border of this paragraph): tab stops, which
    // Word and LibreOffice both measure from the margin here
    out.push(
      new Paragraph({
        border: redLine,
        tabStops: [
          { type: TabStopType.LEFT, position: side },
          { type: TabStopType.RIGHT, position: geo.textWidth - side },
        ],
        children: [
          new TextRun({ children: [new Tab(), docNumber] }),
          new TextRun({ children: [new Tab(), '签发人：'] }),
          new TextRun({
            text: signer,
            font: { ascii: kai, hAnsi: kai, eastAsia: kai, cs: kai, hint: 'eastAsia' },
          }),
        ],
      }),
    );
  } else {
    out.push(
      new Paragraph({ alignment: AlignmentType.CENTER, border: redLine, children: [new TextRun(docNumber)] }),
    );
  }
  // the title two lines below the red line (7.3.1)
  out.push(...blank(p.title.blankLinesAfterRedLine.value));
  return out;
}

/** Grid lines the 版头 takes, estimated (for keep-with-signature's page estimate). */
export function mastheadLines(ctx: ExportContext): number {
  const p = ctx.p;
  const m = p.masthead;
  const pitch = p.grid.linePitchTwips.value;
  const top =
    mmToTwips(m.topFromTextBlockMm.value) +
    ptToTwips(p.type.mastheadMaxPt.value) * p.type.mastheadLineFactor.value;
  const docNumber = pitch + mmToTwips(m.redLineBelowMm.value);
  return (
    Math.ceil(top / pitch) +
    m.docNumberBlankLines.value +
    Math.ceil(docNumber / pitch) +
    p.title.blankLinesAfterRedLine.value
  );
}
