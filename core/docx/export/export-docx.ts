/**
 * Report + template + options → an official-format DOCX (GB/T 9704-2012), as bytes. Pure: runs in the
 * browser (in-app preview) and in Node (CLI, service). The `docx` library builds the body, comments and
 * properties; styles, font table and footers are written as strings (overrides) because the library
 * cannot express them exactly (cached PAGE results, altName, a Normal style without theme fonts).
 */
import {
  Document,
  DocumentGridType,
  Footer,
  Paragraph,
  SectionType,
  type ISectionOptions,
  type Table,
} from 'docx';
import type { ExportOptions } from '../../api/contract';
import type { Report } from '../../model/report';
import { resolvedTitle } from '../../model/report-helpers';
import type { Template } from '../../templates/schema';
import { attachmentNote, attachmentNoteLines, attachmentPages, writtenAttachments } from './attachments';
import { blockParagraphs, recipientParagraph, sectionParagraphs, titleParagraph } from './body';
import { closingBlock, signatureBlock } from './closing';
import { locateThreads } from './comment-ranges';
import { linePlaceOf, lineText, spanOnLine } from '../../comments/place';
import { addCommentParts } from './comments-extended';
import { anchoredThreadIds, planComments } from './comments';
import { blank, writes, type ExportContext } from './export-context';
import { bodyBlocks, signatureWouldBeAlone, tailKeys } from './keep-with-signature';
import { masthead, mastheadLines } from './masthead';
import { officialTitleLines } from './official-title';
import { fontTableXml, footerXml } from './parts-xml';
import { fontsFor, gbt9704Profile, mmToTwips, pageGeometry } from './profile';
import { APP_PART, appXml, CORE_PART, coreXml, documentTime, fixZipTimes } from './stable-package';
import { footerLineTwips, stylesXml } from './styles-xml';
import { droppedWarning, newDropped, xmlSafe } from './text-safety';
import { packDocx, type ZipCodec } from './zip-package';
import { prepareChanges } from './tracked-changes';

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

/**
 * `codec`: how the parts are deflated and checksummed (default: pure JavaScript, fflate). The CLI and
 * the service pass Node's CRC-32 with the same deflate (electron/service/zip-codec.ts): the same bytes.
 */
export async function exportDocx(
  input: Report,
  template: Template | undefined,
  options: ExportOptions,
  codec?: ZipCodec,
): Promise<ExportResult> {
  const p = gbt9704Profile();
  const geo = pageGeometry(p);
  const fonts = fontsFor(p, options.fonts);
  const ctx: ExportContext = {
    p,
    geo,
    options,
    dropped: newDropped(),
    warnings: [],
    comments: null,
    startsAt: new Map(),
    endsAt: new Map(),
    keepWithSignature: new Set(),
  };
  // Pending suggestions: track changes in the review copy; otherwise refused, or accepted first.
  const prepared = prepareChanges(input, options, ctx.warnings);
  input = prepared.report;
  ctx.changes = prepared.plan;
  // The metadata is used in several places (title, 署名, 版头, properties): clean it once, so each
  // dropped character is counted once.
  const clean = (s: string | null) => (s === null ? null : xmlSafe(s, ctx.dropped));
  const m = input.meta;
  const report: Report = {
    ...input,
    meta: {
      ...m,
      org: xmlSafe(m.org, ctx.dropped),
      title: clean(m.title),
      signature: clean(m.signature),
      recipient: clean(m.recipient),
      docNumber: clean(m.docNumber),
    },
  };

  // Comments: which threads sit on text that is written, which are detached.
  const detachedBySection = new Map<number, string[]>();
  const detachedOnTitle: string[] = [];
  if (options.comments && report.comments.length > 0) {
    const anchored = anchoredThreadIds(report, writes);
    const detached = new Set(
      report.comments.filter((t) => t.detached || !anchored.has(t.id)).map((t) => t.id),
    );
    // A thread from Word on the title, a heading, the 署名 or the date goes back on that line, without
    // the note that its text is gone (it is not).
    const places = new Map(
      report.comments.flatMap((t) => {
        const line = detached.has(t.id) ? linePlaceOf(report, template, t) : null;
        return line ? [[t.id, line] as const] : [];
      }),
    );
    // Their ranges go around their own words on the line (a reviewer's comment on 2025年 in the title).
    ctx.lineSpans = new Map();
    for (const t of report.comments) {
      const at = places.get(t.id);
      const line = at ? lineText(report, template, at.place, at.sectionId) : null;
      const span = line === null ? null : spanOnLine(line, t.anchor);
      if (line !== null && span) ctx.lineSpans.set(t.id, { line, ...span });
    }
    const gone = new Set([...detached].filter((id) => !places.has(id)));
    ctx.comments = planComments(report.comments, gone, ctx.dropped, options.commentZoneOffset);
    locateThreads(ctx, report, detached);
    ctx.closingThreads = { signature: [], date: [] };
    for (const t of report.comments) {
      if (!detached.has(t.id)) continue;
      const line = places.get(t.id);
      if (line?.place === 'title') detachedOnTitle.push(t.id);
      if (line?.place === 'recipient') (ctx.recipientThreads ??= []).push(t.id);
      if (line?.place === 'signature' || line?.place === 'date') ctx.closingThreads[line.place].push(t.id);
      if (line && line.place !== 'heading') continue;
      const idx = report.sections.findIndex((s) => s.id === (line?.sectionId ?? t.anchor.sectionId));
      if (idx >= 0) detachedBySection.set(idx, [...(detachedBySection.get(idx) ?? []), t.id]);
      else detachedOnTitle.push(t.id);
    }
    if (gone.size > 0)
      ctx.warnings.push(
        `${gone.size} 条批注的原文已找不到，已挂在所在部分的标题（或文件标题）上，批注中注明了原文`,
      );
  }

  const attachments = writtenAttachments(ctx, report);
  const names = attachments.map((a) => a.name);
  const signature = signatureBlock(ctx, report);
  if (signature.length > 0) {
    const body = bodyBlocks(p, report, template);
    ctx.keepWithSignature = tailKeys(body);
    const titleLines = officialTitleLines(resolvedTitle(report, template), report.meta.org, p).lines.length;
    const before =
      (options.header ? mastheadLines(ctx) : 0) +
      titleLines +
      p.title.blankLinesAfter.value +
      (report.meta.recipient?.trim() ? 1 : 0) +
      body.reduce((n, b) => n + b.lines, 0) +
      attachmentNoteLines(p, names);
    const gap = options.seal ? p.signature.sealBlankLinesBefore.value : p.signature.blankLinesBefore.value;
    if (signatureWouldBeAlone(p, before, gap))
      ctx.warnings.push(
        '为避免署名页只有署名和成文日期，正文最后两行已移到署名所在页（7.3.5），上一页会少排一两行',
      );
  }

  const children: (Paragraph | Table)[] = [];
  if (options.header) children.push(...masthead(ctx, report));
  children.push(titleParagraph(ctx, report, template, detachedOnTitle));
  children.push(...blank(p.title.blankLinesAfter.value));
  if (report.meta.recipient?.trim()) children.push(recipientParagraph(ctx, report.meta.recipient));
  children.push(...blockParagraphs(ctx, 'preamble', report.preamble));
  report.sections.forEach((section, i) =>
    children.push(...sectionParagraphs(ctx, report, template, section, i, detachedBySection.get(i) ?? [])),
  );
  children.push(...attachmentNote(ctx, names, signature.length > 0));
  children.push(...signature);
  children.push(...attachmentPages(ctx, attachments));

  const year = String(report.meta.year);
  const org = xmlSafe(report.meta.org, ctx.dropped);
  const title = xmlSafe(resolvedTitle(report, template), ctx.dropped);
  // The dash line 7 mm below the text block (7.5): the footer line's middle sits there, so the footer's
  // distance from the page edge is the bottom margin − 7 mm − half the footer line.
  const footerDistance = Math.round(
    mmToTwips(p.page.marginBottomMm.value - p.pageNumber.dashBelowTextMm.value) - footerLineTwips(p) / 2,
  );

  const pageProperties = {
    page: {
      size: { width: geo.width, height: geo.height },
      margin: {
        top: geo.top,
        right: geo.right,
        bottom: geo.bottom,
        left: geo.left,
        header: mmToTwips(p.page.headerDistanceMm.value),
        footer: footerDistance,
        gutter: 0,
      },
    },
    grid: { type: DocumentGridType.LINES, linePitch: p.grid.linePitchTwips.value },
  };
  const emptyFooters = () => ({
    default: new Footer({ children: [new Paragraph({ children: [] })] }),
    even: new Footer({ children: [new Paragraph({ children: [] })] }),
  });
  const sections: ISectionOptions[] = [{ properties: pageProperties, footers: emptyFooters(), children }];
  // 版记: a last section on an even page, bottom-aligned, without page numbers (7.4.1, 7.5)
  if (options.footerBlock)
    sections.push({
      properties: {
        ...pageProperties,
        type: SectionType.EVEN_PAGE,
      },
      footers: emptyFooters(),
      children: closingBlock(ctx, report),
    });

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
    sections,
  });

  // the document's own time, not the time of export: the same draft and options give the same bytes
  const time = documentTime(options.documentTime, report.meta.date, report.meta.year);
  let bytes = await packDocx(
    doc,
    [
      {
        path: CORE_PART,
        data: coreXml({
          title,
          subject: `${year}年法治政府建设年度报告`,
          creator: org,
          keywords: `法治政府建设年度报告 ${year}`,
          description: 'gwdraft',
          time,
        }),
      },
      { path: APP_PART, data: appXml(org) },
      { path: PART.styles, data: stylesXml(p, fonts, options.boldLevel3) },
      { path: PART.fontTable, data: fontTableXml(fonts) },
      { path: PART.footerOdd, data: footerXml(p, 'odd') },
      { path: PART.footerEven, data: footerXml(p, 'even') },
    ],
    new Date(time),
    // the theme (8 KB of XML, a large tree to build) depends only on its fonts
    [{ path: 'word/theme/theme1.xml', key: fonts.fang.name }],
    codec,
  );
  const opts = ctx.comments?.options ?? [];
  if (ctx.comments && opts.length > 0)
    bytes = await addCommentParts(bytes, {
      done: opts.map((c) => c.resolved === true),
      utc: ctx.comments.utc,
    });
  // Entry times as the document's own (also after addCommentParts re-zipped), in any time zone.
  bytes = fixZipTimes(bytes, time);
  const dw = droppedWarning(ctx.dropped);
  if (dw) ctx.warnings.unshift(dw);
  return { bytes, warnings: ctx.warnings };
}
