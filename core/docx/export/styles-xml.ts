/**
 * word/styles.xml, written whole: an explicit Normal style at 16 pt, no theme fonts anywhere, all four
 * rFonts slots plus hint="eastAsia" (or Word sets “” in the Latin font), widow control off, and the
 * first-line indent only on body and heading styles so it never leaks into footers.
 */
import { escapeXml } from './text-safety';
import { ptToTwips, type FontRole, type FontSpec, type FormatProfile } from './profile';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Height of the 版记's rule paragraphs and of the paragraph that ends the document after it. */
export const CLOSING_END_TWIPS = 20;

export const STYLE = {
  body: 'GwBody',
  title: 'GwTitle',
  recipient: 'GwRecipient',
  heading: { 1: 'GwHeading1', 2: 'GwHeading2', 3: 'GwHeading3', 4: 'GwHeading4' },
  /** A sub-heading set run in (接排) at the start of a body paragraph: the heading's font as a run style. */
  headingRun: { 2: 'GwHeading2Char', 3: 'GwHeading3Char', 4: 'GwHeading4Char' },
  signature: 'GwSignature',
  footer: 'Footer',
  comment: 'CommentText',
  closing: 'GwClosing',
  closingEnd: 'GwClosingEnd',
  closingRule: 'GwClosingRule',
  attachmentNote: 'GwAttachmentNote',
  attachmentLabel: 'GwAttachmentLabel',
  /** The text of a table's cells (a report's table of figures): centred, no first-line indent. */
  tableText: 'GwTableText',
} as const;

export function rFonts(name: string): string {
  const n = escapeXml(name);
  return `<w:rFonts w:ascii="${n}" w:hAnsi="${n}" w:eastAsia="${n}" w:cs="${n}" w:hint="eastAsia"/>`;
}

function size(pt: number): string {
  const half = Math.round(pt * 2);
  return `<w:sz w:val="${half}"/><w:szCs w:val="${half}"/>`;
}

export function stylesXml(p: FormatProfile, fonts: Record<FontRole, FontSpec>, boldLevel3: boolean): string {
  const pitch = p.grid.linePitchTwips.value;
  const body = p.type.bodyPt.value;
  const spacing = p.grid.charSpacingTwips.value;
  const widow = p.grid.widowControl.value ? '' : '<w:widowControl w:val="0"/>';
  const exact = `<w:spacing w:before="0" w:after="0" w:line="${pitch}" w:lineRule="exact"/>`;
  const indentChars = p.body.firstLineChars.value;
  const firstLine = `<w:ind w:firstLineChars="${indentChars * 100}" w:firstLine="${indentChars * ptToTwips(body)}"/>`;
  const pnPt = p.type.pageNumberPt.value;
  const style = (type: 'paragraph' | 'character', id: string, name: string, inner: string, extra = '') =>
    `<w:style w:type="${type}" w:styleId="${id}"${extra}><w:name w:val="${name}"/>${inner}</w:style>`;
  const heading = (level: 1 | 2 | 3 | 4, role: FontRole, bold: boolean) =>
    style(
      'paragraph',
      STYLE.heading[level],
      `gw heading ${level}`,
      `<w:basedOn w:val="${STYLE.body}"/><w:next w:val="${STYLE.body}"/><w:qFormat/>` +
        `<w:pPr>${p.grid.keepHeadingsWithNext.value ? '<w:keepNext/>' : ''}<w:outlineLvl w:val="${level - 1}"/></w:pPr>` +
        `<w:rPr>${rFonts(fonts[role].name)}${bold ? '<w:b/><w:bCs/>' : ''}</w:rPr>`,
    );
  // Linked to its paragraph style, as Word links "标题 2" and "标题 2 字符": an importer (ours included)
  // reads a run in it as that heading run on into its paragraph.
  const headingRun = (level: 2 | 3 | 4, role: FontRole, bold: boolean) =>
    style(
      'character',
      STYLE.headingRun[level],
      `gw heading ${level} run-in`,
      `<w:basedOn w:val="DefaultParagraphFont"/><w:link w:val="${STYLE.heading[level]}"/>` +
        `<w:rPr>${rFonts(fonts[role].name)}${bold ? '<w:b/><w:bCs/>' : ''}</w:rPr>`,
    );
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:styles xmlns:w="${W_NS}" xmlns:r="${R_NS}">` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${rFonts(fonts.fang.name)}${size(body)}` +
    `<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr>${widow}</w:pPr></w:pPrDefault></w:docDefaults>` +
    style(
      'paragraph',
      'Normal',
      'Normal',
      `<w:qFormat/><w:pPr>${widow}${exact}<w:jc w:val="both"/></w:pPr>` +
        `<w:rPr>${rFonts(fonts.fang.name)}<w:spacing w:val="${spacing}"/><w:kern w:val="0"/>${size(body)}</w:rPr>`,
      ' w:default="1"',
    ) +
    style(
      'character',
      'DefaultParagraphFont',
      'Default Paragraph Font',
      '<w:uiPriority w:val="1"/><w:semiHidden/>',
      ' w:default="1"',
    ) +
    style(
      'paragraph',
      STYLE.body,
      'gw body',
      `<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr>${firstLine}</w:pPr>`,
    ) +
    style(
      'paragraph',
      STYLE.title,
      'gw title',
      `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:snapToGrid w:val="0"/><w:jc w:val="center"/></w:pPr>` +
        `<w:rPr>${rFonts(fonts.title.name)}<w:spacing w:val="0"/>${size(p.type.titlePt.value)}</w:rPr>`,
    ) +
    style(
      'paragraph',
      STYLE.recipient,
      'gw recipient',
      `<w:basedOn w:val="Normal"/><w:next w:val="${STYLE.body}"/><w:pPr><w:jc w:val="left"/></w:pPr>`,
    ) +
    style(
      'paragraph',
      STYLE.attachmentNote,
      'gw attachment note',
      `<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="left"/></w:pPr>`,
    ) +
    style(
      'paragraph',
      STYLE.attachmentLabel,
      'gw attachment label',
      `<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:jc w:val="left"/></w:pPr><w:rPr>${rFonts(fonts.hei.name)}</w:rPr>`,
    ) +
    heading(1, 'hei', false) +
    heading(2, 'kai', false) +
    heading(3, 'fang', boldLevel3) +
    heading(4, 'fang', false) +
    headingRun(2, 'kai', false) +
    headingRun(3, 'fang', boldLevel3) +
    headingRun(4, 'fang', false) +
    style(
      'paragraph',
      STYLE.tableText,
      'gw table text',
      `<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr>`,
    ) +
    style(
      'paragraph',
      STYLE.signature,
      'gw signature',
      `<w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="right"/></w:pPr>`,
    ) +
    style(
      'paragraph',
      STYLE.closing,
      'gw closing block',
      `<w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="${pitch}" w:lineRule="exact"/><w:jc w:val="left"/></w:pPr>` +
        `<w:rPr><w:spacing w:val="0"/>${size(p.type.closingBlockPt.value)}</w:rPr>`,
    ) +
    // a rule of the 版记: a paragraph one point high that only carries its top border
    style(
      'paragraph',
      STYLE.closingRule,
      'gw closing rule',
      `<w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/><w:ind w:left="0" w:right="0" w:firstLine="0"/></w:pPr>` +
        `<w:rPr><w:spacing w:val="0"/><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>`,
    ) +
    // the paragraph a document must end with after the 版记's table: as low as Word and LibreOffice allow
    style(
      'paragraph',
      STYLE.closingEnd,
      'gw closing end',
      `<w:basedOn w:val="Normal"/><w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="${CLOSING_END_TWIPS}" w:lineRule="exact"/></w:pPr>` +
        `<w:rPr><w:spacing w:val="0"/><w:sz w:val="2"/><w:szCs w:val="2"/></w:rPr>`,
    ) +
    // Footers sit outside the grid: own fonts, no character spacing, and an explicit zero first-line indent.
    style(
      'paragraph',
      STYLE.footer,
      'footer',
      `<w:uiPriority w:val="99"/><w:pPr>${widow}<w:snapToGrid w:val="0"/>` +
        `<w:spacing w:before="0" w:after="0" w:line="${footerLineTwips(p)}" w:lineRule="exact"/>` +
        `<w:ind w:left="0" w:right="0" w:firstLine="0" w:firstLineChars="0"/></w:pPr>` +
        `<w:rPr>${rFonts(fonts.song.name)}<w:spacing w:val="0"/><w:kern w:val="0"/>${size(pnPt)}</w:rPr>`,
    ) +
    style(
      'paragraph',
      STYLE.comment,
      'annotation text',
      `<w:pPr><w:snapToGrid w:val="0"/><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
        `<w:rPr><w:spacing w:val="0"/>${size(p.type.commentPt.value)}</w:rPr>`,
    ) +
    style(
      'character',
      'CommentReference',
      'annotation reference',
      `<w:rPr>${size(p.type.commentPt.value)}</w:rPr>`,
    ) +
    style(
      'character',
      'FootnoteReference',
      'footnote reference',
      '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
    ) +
    style(
      'character',
      'EndnoteReference',
      'endnote reference',
      '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>',
    ) +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>` +
    `<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `</w:styles>`
  );
}

/** The footer line: exact, a little taller than the 4号 digits so Word does not clip them. */
export function footerLineTwips(p: FormatProfile): number {
  return Math.round(ptToTwips(p.type.pageNumberPt.value) * p.type.pageNumberLineFactor.value);
}
