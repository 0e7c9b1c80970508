/**
 * Report + template + options → an official-format DOCX (GB/T 9704-2012), as bytes. Pure: runs in the
 * browser (in-app preview) and in Node (CLI, service). The `docx` library builds the body, comments and
 * properties; styles, font table and footers are written as strings (overrides) because the library
 * cannot express them exactly (cached PAGE results, altName, a Normal style without theme fonts).
 */
import {
  AlignmentType,
  BorderStyle,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  DocumentGridType,
  Footer,
  OverlapType,
  Packer,
  Paragraph,
  RelativeHorizontalPosition,
  TabStopType,
  Tab,
  Table,
  TableAnchorType,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { ExportOptions } from '../../api/contract';
import type { Block, TextLeaf } from '../../model/content';
import { numberBlocks } from '../../model/numbering';
import type { Report } from '../../model/report';
import { formatChineseDate, headingOf, resolvedSignature, resolvedTitle } from '../../model/report-helpers';
import { sectionLabel } from '../../model/numbering';
import type { Template } from '../../templates/schema';
import { addCommentsExtended } from './comments-extended';
import { anchoredThreadIds, planComments, type CommentPlan } from './comments';
import { fontTableXml, footerXml } from './parts-xml';
import { fontsFor, gbt9704Profile, mmToTwips, pageGeometry, ptToTwips, type FormatProfile } from './profile';
import { signatureLayout } from './signature';
import { STYLE, footerLineTwips, stylesXml } from './styles-xml';
import { droppedWarning, newDropped, xmlSafe, type DroppedChars } from './text-safety';
import { breakTitle, emWidth } from './title-lines';

export interface ExportResult {
  bytes: Uint8Array;
  /** What was dropped or changed, in Chinese, for the user. */
  warnings: string[];
}

/** Paths the docx library gives the parts we override (checked by the tests). */
export const PART = {
  styles: 'word/styles.xml',
  fontTable: 'word/fontTable.xml',
  footerOdd: 'word/footer1.xml',
  footerEven: 'word/footer2.xml',
} as const;

/** Only blocks with visible text are written: empty editor paragraphs would be stray blank lines. */
function writes(text: string): boolean {
  return text.trim().length > 0;
}

interface Ctx {
  p: FormatProfile;
  options: ExportOptions;
  dropped: DroppedChars;
  warnings: string[];
  comments: CommentPlan | null;
  /** Thread id → ids not yet opened / not yet closed, to place range starts and ends. */
  firstLeaf: Map<string, string>;
  lastLeaf: Map<string, string>;
}

function leafKey(blockKey: string, leafIndex: number): string {
  return `${blockKey}#${leafIndex}`;
}

/** Runs of one leaf: newlines inside a leaf become line breaks, tabs become spaces. */
function leafRuns(ctx: Ctx, leaf: TextLeaf, bold: boolean): TextRun[] {
  const text = xmlSafe(leaf.text, ctx.dropped).replace(/\t/g, ' ');
  const lines = text.split(/\r\n|\r|\n/);
  return lines.map(
    (line, i) =>
      new TextRun({
        text: line,
        ...(bold || leaf.bold ? { bold: true } : {}),
        ...(i > 0 ? { break: 1 } : {}),
      }),
  );
}

function rangeStarts(ctx: Ctx, key: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  if (!ctx.comments) return out;
  for (const [thread, first] of ctx.firstLeaf) {
    if (first !== key) continue;
    for (const id of ctx.comments.ids.get(thread) ?? []) out.push(new CommentRangeStart(id));
  }
  return out;
}

function rangeEnds(ctx: Ctx, key: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  if (!ctx.comments) return out;
  for (const [thread, last] of ctx.lastLeaf) {
    if (last !== key) continue;
    const ids = ctx.comments.ids.get(thread) ?? [];
    for (const id of ids) out.push(new CommentRangeEnd(id));
    for (const id of ids)
      out.push(new TextRun({ style: 'CommentReference', children: [new CommentReference(id)] }));
  }
  return out;
}

/** Wrap whole-paragraph children in the ranges of the given threads (detached threads on a heading). */
function wrapInThreads(ctx: Ctx, threads: readonly string[], children: ParagraphChild[]): ParagraphChild[] {
  if (!ctx.comments || threads.length === 0) return children;
  const ids = threads.flatMap((t) => ctx.comments!.ids.get(t) ?? []);
  return [
    ...ids.map((id) => new CommentRangeStart(id)),
    ...children,
    ...ids.map((id) => new CommentRangeEnd(id)),
    ...ids.map((id) => new TextRun({ style: 'CommentReference', children: [new CommentReference(id)] })),
  ];
}

function blockChildren(
  ctx: Ctx,
  blockKey: string,
  block: Block,
  label: string | null,
  bold: boolean,
): ParagraphChild[] {
  const children: ParagraphChild[] = [];
  if (label) children.push(new TextRun({ text: label, ...(bold ? { bold: true } : {}) }));
  block.children.forEach((leaf, i) => {
    const key = leafKey(blockKey, i);
    children.push(...rangeStarts(ctx, key), ...leafRuns(ctx, leaf, bold), ...rangeEnds(ctx, key));
  });
  return children;
}

function blockParagraphs(ctx: Ctx, keyPrefix: string, blocks: readonly Block[]): Paragraph[] {
  const numbered = numberBlocks(blocks);
  const out: Paragraph[] = [];
  blocks.forEach((block, i) => {
    const text = block.children.map((l) => l.text).join('');
    if (!writes(text)) return;
    const key = `${keyPrefix}/${i}`;
    if (block.type === 'heading') {
      const bold = block.level === 3 && ctx.options.boldLevel3;
      out.push(
        new Paragraph({
          style: STYLE.heading[block.level],
          children: blockChildren(ctx, key, block, numbered[i]!.label, bold),
        }),
      );
    } else {
      out.push(new Paragraph({ style: STYLE.body, children: blockChildren(ctx, key, block, null, false) }));
    }
  });
  return out;
}

function blank(n: number): Paragraph[] {
  return Array.from({ length: n }, () => new Paragraph({ children: [] }));
}

/** First and last leaf of every thread, in document order, so a range spans all its marked text. */
function locateThreads(ctx: Ctx, report: Report): void {
  const visit = (prefix: string, blocks: readonly Block[]) => {
    blocks.forEach((b, i) => {
      if (!writes(b.children.map((l) => l.text).join(''))) return;
      b.children.forEach((leaf, j) => {
        const key = leafKey(`${prefix}/${i}`, j);
        for (const id of leaf.comments ?? []) {
          if (!ctx.comments?.ids.has(id)) continue;
          if (!ctx.firstLeaf.has(id)) ctx.firstLeaf.set(id, key);
          ctx.lastLeaf.set(id, key);
        }
      });
    });
  };
  visit('preamble', report.preamble);
  report.sections.forEach((s, i) => visit(`s${i}`, s.blocks));
}

function titleParagraph(
  ctx: Ctx,
  report: Report,
  template: Template | undefined,
  detached: string[],
): Paragraph {
  const p = ctx.p;
  const title = xmlSafe(resolvedTitle(report, template), ctx.dropped);
  const capacity = Math.floor(pageGeometry(p).textWidth / ptToTwips(p.type.titlePt.value));
  const { lines, hardBreaks } = breakTitle(
    title,
    capacity,
    p.titleBreaks,
    report.meta.org,
    p.title.maxLines.value,
  );
  if (hardBreaks) ctx.warnings.push('标题过长，找不到合适的回行位置，已按行宽断开，请检查标题排列');
  const runs: ParagraphChild[] = lines.map(
    (line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }),
  );
  return new Paragraph({ style: STYLE.title, children: wrapInThreads(ctx, detached, runs) });
}

/** 版头: red 发文机关标志, 发文字号 (with 签发人 for a 上行文) and the red separator line (7.2). */
function masthead(ctx: Ctx, report: Report): Paragraph[] {
  const p = ctx.p;
  const m = p.masthead;
  const geo = pageGeometry(p);
  const org = xmlSafe(report.meta.org, ctx.dropped);
  const width = Math.max(1, emWidth(org));
  const pt = Math.min(p.type.mastheadMaxPt.value, Math.floor(geo.textWidth / 20 / width));
  const out: Paragraph[] = [
    new Paragraph({
      style: STYLE.title,
      alignment: AlignmentType.CENTER,
      spacing: {
        before: mmToTwips(m.topFromTextBlockMm.value),
        line: Math.round(pt * 20 * 1.15),
        lineRule: 'exact',
      },
      children: [new TextRun({ text: org, color: m.color.value, size: pt * 2 })],
    }),
    ...blank(m.docNumberBlankLines.value - 1),
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
    // 上行文: 发文字号 1 char from the left, 签发人 1 char from the right on the same line (7.2.5, 7.2.6)
    out.push(
      new Paragraph({
        indent: { left: side, right: side },
        border: redLine,
        tabStops: [{ type: TabStopType.RIGHT, position: geo.textWidth - 2 * side }],
        children: [
          new TextRun(docNumber),
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
  out.push(...blank(2));
  return out;
}

/**
 * 版记: 抄送 and 印发机关/印发日期 between rules as wide as the text block (7.4), as a one-column table
 * floated to the bottom of the text block of the last page (7.4.1), its text one character in.
 */
function closingBlock(ctx: Ctx, report: Report): Table {
  const p = ctx.p;
  const c = p.closingBlock;
  const geo = pageGeometry(p);
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

function signatureBlock(ctx: Ctx, report: Report): Paragraph[] {
  const p = ctx.p;
  const signature = xmlSafe(resolvedSignature(report), ctx.dropped).trim();
  const date = report.meta.date ? formatChineseDate(report.meta.date) : '';
  if (!signature && !date) return [];
  if (!date) ctx.warnings.push('未填写成文日期，导出文件中没有成文日期');
  const geo = pageGeometry(p);
  const layout = signatureLayout(p, signature, date, ctx.options.seal, geo.bodyCharTwips);
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

export async function exportDocx(
  report: Report,
  template: Template | undefined,
  options: ExportOptions,
): Promise<ExportResult> {
  const p = gbt9704Profile();
  const geo = pageGeometry(p);
  const fonts = fontsFor(p, options.fonts);
  const ctx: Ctx = {
    p,
    options,
    dropped: newDropped(),
    warnings: [],
    comments: null,
    firstLeaf: new Map(),
    lastLeaf: new Map(),
  };

  // Comments: which threads sit on text that is written, which are detached.
  const detachedBySection = new Map<number, string[]>();
  const detachedOnTitle: string[] = [];
  if (options.comments && report.comments.length > 0) {
    const anchored = anchoredThreadIds(report, writes);
    const detached = new Set(
      report.comments.filter((t) => t.detached || !anchored.has(t.id)).map((t) => t.id),
    );
    ctx.comments = planComments(report.comments, detached, ctx.dropped);
    locateThreads(ctx, report);
    for (const t of report.comments) {
      if (!detached.has(t.id)) continue;
      ctx.firstLeaf.delete(t.id);
      ctx.lastLeaf.delete(t.id);
      const idx = report.sections.findIndex((s) => s.id === t.anchor.sectionId);
      if (idx >= 0) detachedBySection.set(idx, [...(detachedBySection.get(idx) ?? []), t.id]);
      else detachedOnTitle.push(t.id);
    }
    if (detached.size > 0)
      ctx.warnings.push(
        `${detached.size} 条批注的原文已找不到，已挂在所在部分的标题（或文件标题）上，批注中注明了原文`,
      );
  }

  const children: (Paragraph | Table)[] = [];
  if (options.header) children.push(...masthead(ctx, report));
  children.push(titleParagraph(ctx, report, template, detachedOnTitle));
  children.push(...blank(p.title.blankLinesAfter.value));
  if (report.meta.recipient && report.meta.recipient.trim()) {
    let r = xmlSafe(report.meta.recipient.trim(), ctx.dropped);
    if (!/[：:]$/.test(r)) r += '：';
    children.push(new Paragraph({ style: STYLE.recipient, children: [new TextRun(r.replace(/:$/, '：'))] }));
  }
  children.push(...blockParagraphs(ctx, 'preamble', report.preamble));
  report.sections.forEach((section, i) => {
    const heading = xmlSafe(sectionLabel(i) + headingOf(section, report, template), ctx.dropped);
    const runs: ParagraphChild[] = [new TextRun(heading)];
    children.push(
      new Paragraph({
        style: STYLE.heading[1],
        children: wrapInThreads(ctx, detachedBySection.get(i) ?? [], runs),
      }),
    );
    children.push(...blockParagraphs(ctx, `s${i}`, section.blocks));
    if (numberBlocks(section.blocks).some((b) => b.skippedLevel))
      ctx.warnings.push(
        `第${sectionLabel(i).replace('、', '')}部分的小标题跳级（如没有（一）就出现 1.），编号可能不符合 7.3.3`,
      );
  });
  children.push(...signatureBlock(ctx, report));
  // a floating table needs a paragraph after it to anchor to (Word and LibreOffice alike)
  if (options.footerBlock) children.push(closingBlock(ctx, report), new Paragraph({ children: [] }));

  const year = String(report.meta.year);
  const org = xmlSafe(report.meta.org, ctx.dropped);
  const title = xmlSafe(resolvedTitle(report, template), ctx.dropped);
  // The dash line 7 mm below the text block (7.5): the footer line's middle sits there, so the footer's
  // distance from the page edge is the bottom margin − 7 mm − half the footer line.
  const footerDistance = Math.round(
    mmToTwips(p.page.marginBottomMm.value - p.pageNumber.dashBelowTextMm.value) - footerLineTwips(p) / 2,
  );

  const doc = new Document({
    title,
    subject: `${year}年法治政府建设年度报告`,
    creator: org,
    lastModifiedBy: org,
    keywords: `法治政府建设年度报告 ${year}`,
    description: 'gwdraft',
    customProperties: [
      { name: 'year', value: year },
      { name: 'templateId', value: report.templateId },
      { name: 'generator', value: 'gwdraft' },
    ],
    evenAndOddHeaderAndFooters: true,
    ...(ctx.comments && ctx.comments.options.length > 0
      ? { comments: { children: ctx.comments.options } }
      : {}),
    theme: { fonts: { headings: fonts.fang.name, body: fonts.fang.name } },
    sections: [
      {
        properties: {
          page: {
            size: { width: geo.width, height: geo.height },
            margin: {
              top: geo.top,
              right: geo.right,
              bottom: geo.bottom,
              left: geo.left,
              header: 851,
              footer: footerDistance,
              gutter: 0,
            },
          },
          grid: { type: DocumentGridType.LINES, linePitch: p.grid.linePitchTwips.value },
        },
        footers: {
          default: new Footer({ children: [new Paragraph({ children: [] })] }),
          even: new Footer({ children: [new Paragraph({ children: [] })] }),
        },
        children,
      },
    ],
  });

  let bytes = await Packer.pack(doc, 'uint8array', false, [
    { path: PART.styles, data: stylesXml(p, fonts, options.boldLevel3) },
    { path: PART.fontTable, data: fontTableXml(fonts) },
    { path: PART.footerOdd, data: footerXml(p, 'odd') },
    { path: PART.footerEven, data: footerXml(p, 'even') },
  ]);
  const opts = ctx.comments?.options ?? [];
  if (opts.some((c) => c.resolved) && !opts.some((c) => c.parentId !== undefined))
    bytes = addCommentsExtended(
      bytes,
      opts.map((c) => c.resolved === true),
    );
  const dw = droppedWarning(ctx.dropped);
  if (dw) ctx.warnings.unshift(dw);
  return { bytes, warnings: ctx.warnings };
}
