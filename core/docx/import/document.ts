/**
 * Reading word/document.xml: paragraphs in order (table cells and content controls flattened, so
 * nothing is dropped), their bold runs, outline level, and where each comment's range starts and
 * ends as (paragraph, offset). Text inside w:del is not part of the paragraph: it was deleted with
 * tracked changes; a comment whose range holds only deleted text is reported as such.
 */
import { attr, child, isOn, type XElement } from './xml';
import { parseLevel, styleOutlineLevel, type StyleMap } from './styles';
import type { NumberingMap } from './numbering';

export interface DocxRun {
  text: string;
  bold: boolean;
}

export interface DocxParagraph {
  runs: DocxRun[];
  text: string;
  styleId: string | null;
  /** 0-based outline level from the paragraph, its style chain or the style name; null for body text. */
  outlineLevel: number | null;
  /** Centred, or styled as a title: a hint for the document title. */
  titleLike: boolean;
  /** Level (1-4) shown by Word's automatic numbering label (一、/（一）/1./（1）), if numbered so. */
  listLevel: number | null;
}

export interface CommentPosition {
  paragraph: number;
  offset: number;
}

export interface CommentRange {
  start: CommentPosition | null;
  end: CommentPosition | null;
  /** Text deleted (tracked) inside the range, and whether any live text is inside it. */
  deletedText: string;
  liveChars: number;
  /** Where the comment's reference mark sits, for comments without a range. */
  reference: CommentPosition | null;
}

export interface DocumentContent {
  paragraphs: DocxParagraph[];
  ranges: Map<string, CommentRange>;
}

interface Walk {
  paragraphs: DocxParagraph[];
  ranges: Map<string, CommentRange>;
  open: Set<string>;
  styles: StyleMap;
  numbering: NumberingMap;
  /** The paragraph being read. */
  runs: DocxRun[];
  length: number;
}

function range(w: Walk, id: string): CommentRange {
  let r = w.ranges.get(id);
  if (!r) {
    r = { start: null, end: null, deletedText: '', liveChars: 0, reference: null };
    w.ranges.set(id, r);
  }
  return r;
}

function here(w: Walk): CommentPosition {
  return { paragraph: w.paragraphs.length, offset: w.length };
}

function pushText(w: Walk, text: string, bold: boolean): void {
  if (text === '') return;
  const last = w.runs[w.runs.length - 1];
  if (last && last.bold === bold) last.text += text;
  else w.runs.push({ text, bold });
  w.length += text.length;
  for (const id of w.open) range(w, id).liveChars += text.length;
}

function runBold(run: XElement): boolean {
  const rPr = child(run, 'w:rPr');
  return isOn(rPr && child(rPr, 'w:b')) || isOn(rPr && child(rPr, 'w:bCs'));
}

function readRun(w: Walk, run: XElement, deleted: boolean): void {
  const bold = runBold(run);
  for (const c of run.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:t':
        if (!deleted) pushText(w, c.children.filter((x) => typeof x === 'string').join(''), bold);
        break;
      case 'w:delText':
        if (deleted) {
          const t = c.children.filter((x) => typeof x === 'string').join('');
          for (const id of w.open) range(w, id).deletedText += t;
        }
        break;
      case 'w:tab':
        if (!deleted) pushText(w, '\t', bold);
        break;
      case 'w:br':
      case 'w:cr':
        // A manual line break inside a paragraph reads as a space: the model has no soft breaks.
        if (!deleted) pushText(w, ' ', bold);
        break;
      case 'w:noBreakHyphen':
        if (!deleted) pushText(w, '-', bold);
        break;
      case 'w:commentReference': {
        const id = attr(c, 'id');
        if (id !== undefined) range(w, id).reference = here(w);
        break;
      }
      default:
        break;
    }
  }
}

/** Inline content of a paragraph, including wrappers (hyperlinks, smart tags, insertions, fields). */
function readInline(w: Walk, el: XElement, deleted: boolean): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:r':
        readRun(w, c, deleted);
        break;
      case 'w:del':
      case 'w:moveFrom':
        readInline(w, c, true);
        break;
      case 'w:commentRangeStart': {
        const id = attr(c, 'id');
        if (id !== undefined) {
          range(w, id).start = here(w);
          w.open.add(id);
        }
        break;
      }
      case 'w:commentRangeEnd': {
        const id = attr(c, 'id');
        if (id !== undefined) {
          range(w, id).end = here(w);
          w.open.delete(id);
        }
        break;
      }
      case 'w:pPr':
      case 'w:rPr':
        break;
      default:
        // w:hyperlink, w:ins, w:moveTo, w:smartTag, w:fldSimple, w:sdt/w:sdtContent, w:customXml …
        readInline(w, c, deleted);
    }
  }
}

function readParagraph(w: Walk, p: XElement): void {
  w.runs = [];
  w.length = 0;
  const pPr = child(p, 'w:pPr');
  const styleId = attr(pPr && child(pPr, 'w:pStyle'), 'val') ?? null;
  readInline(w, p, false);
  const own = parseLevel(attr(pPr && child(pPr, 'w:outlineLvl'), 'val'));
  const level = own ?? styleOutlineLevel(w.styles, styleId);
  const styleName = styleId ? (w.styles.get(styleId)?.name ?? styleId) : '';
  const jc = attr(pPr && child(pPr, 'w:jc'), 'val');
  const numPr = pPr && child(pPr, 'w:numPr');
  const numId = attr(numPr && child(numPr, 'w:numId'), 'val');
  const ilvl = Number(attr(numPr && child(numPr, 'w:ilvl'), 'val') ?? 0);
  w.paragraphs.push({
    runs: w.runs,
    text: w.runs.map((r) => r.text).join(''),
    styleId,
    outlineLevel: level !== null && level <= 8 ? level : null,
    titleLike: jc === 'center' || /^(title|标题)$/i.test(styleName.trim()),
    listLevel: (numId !== undefined && w.numbering.get(numId)?.get(ilvl)) || null,
  });
  // Positions between paragraphs (block-level range marks) point at the start of the next one.
  w.runs = [];
  w.length = 0;
}

/** Block-level content: paragraphs, tables (cells flattened in reading order), content controls. */
function readBlocks(w: Walk, el: XElement): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    if (c.name === 'w:p') readParagraph(w, c);
    else if (c.name === 'w:sectPr') continue;
    else if (c.name === 'w:commentRangeStart' || c.name === 'w:commentRangeEnd' || c.name === 'w:del')
      readInline(w, { name: 'x', attrs: {}, children: [c] }, false);
    else readBlocks(w, c); // w:tbl, w:tr, w:tc, w:sdt, w:sdtContent, w:customXml, w:ins …
  }
}

export function readDocument(
  root: XElement,
  styles: StyleMap,
  numbering: NumberingMap = new Map(),
): DocumentContent {
  const body = child(root, 'w:body') ?? root;
  const w: Walk = {
    paragraphs: [],
    ranges: new Map(),
    open: new Set(),
    styles,
    numbering,
    runs: [],
    length: 0,
  };
  readBlocks(w, body);
  return { paragraphs: w.paragraphs, ranges: w.ranges };
}
