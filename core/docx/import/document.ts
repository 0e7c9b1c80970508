/**
 * Reading word/document.xml: paragraphs in order (table cells and content controls flattened, a row of
 * one-line cells as one line, text boxes and footnotes after the paragraph they are anchored in, HTML
 * chunks as their lines, so nothing is dropped), their bold runs, faces, outline level, and where each
 * comment's range starts and ends as (paragraph, offset). What Word does not show is not read: hidden
 * text, placeholders, a table of contents, page-number fields. Text inside w:del is not part of the paragraph: it was deleted with
 * tracked changes; a comment whose range holds only deleted text is reported as such. Track changes
 * themselves (w:ins / w:del with author and date) are collected per paragraph as changes to place.
 */
import { attr, child, isOn, textOf, type XElement } from './xml';
import { parseLevel, styleNumPr, styleOutlineLevel, type StyleMap } from './styles';
import { ListCounters, type ListFormats, type NumberingMap } from './numbering';
import { isHiddenRun, runMark, textContent } from './run-content';
import { alternateBranch, textBoxesIn } from './drawing';
import { isTocStyleName, skipsContent } from './content-control';
import { fontKind, rPrFont, type FontKind } from './fonts';
import { flatRowCells } from './table-rows';
import type {
  CommentPosition,
  CommentRange,
  DocumentContent,
  DocxChange,
  DocxParagraph,
  DocxRun,
  Revision,
} from './document-types';

export type {
  CommentPosition,
  CommentRange,
  DocumentContent,
  DocxChange,
  DocxParagraph,
  DocxRun,
  Revision,
} from './document-types';
import { noteKey, notePrefix, type NoteMap } from './notes';
import { FieldStack, isLiveDate, skipsResult } from './fields';
import { chunkLines } from './alt-chunk';
import { CELL_GAP } from '../../model/table-row';

interface Walk {
  paragraphs: DocxParagraph[];
  ranges: Map<string, CommentRange>;
  open: Set<string>;
  styles: StyleMap;
  /** Character style id → outline level (readRunHeadingLevels). */
  runLevels: Map<string, number>;
  numbering: NumberingMap;
  lists: ListCounters;
  /** The paragraph being read. */
  runs: DocxRun[];
  /** The heading level of the run being read, if its character style is a heading's. */
  runLevel: number | undefined;
  /** Style id → 黑体/楷体 (readStyleFonts); the face of the paragraph's style, and of the run being read. */
  fonts: Map<string, FontKind>;
  boldStyles: Set<string>;
  paragraphFont: FontKind | undefined;
  runFont: FontKind | undefined;
  /** Text boxes and notes met in the paragraph being read: their paragraphs follow it. */
  boxes: { el: XElement; prefix: string }[];
  /** Text put before the next text read ("注：" before a footnote's). */
  prefix: string;
  /** The paragraph being read held a page number: left with no words, it was a page number line. */
  furniture: boolean;
  /** The paragraph being read shows a live date field's result (fields.ts isLiveDate). */
  liveDate: boolean;
  notes: NoteMap;
  chunks: Map<string, Uint8Array>;
  unreadChunks: number;
  fields: FieldStack;
  length: number;
  changes: DocxChange[];
}

function revisionOf(el: XElement): Revision {
  return { author: attr(el, 'author') ?? '', date: attr(el, 'date') ?? '' };
}

/** Record a change, joining it to the previous one when it continues it (same kind, reviewer, place). */
function recordChange(
  w: Walk,
  type: DocxChange['type'],
  rev: Revision,
  text: string,
  insertedBy: Revision | null = null,
): void {
  const paragraph = w.paragraphs.length;
  const last = w.changes[w.changes.length - 1];
  const at = type === 'insert' ? w.length - text.length : w.length;
  if (
    last &&
    last.type === type &&
    last.paragraph === paragraph &&
    last.author === rev.author &&
    last.date === rev.date &&
    last.end === at &&
    last.insertedBy?.author === insertedBy?.author &&
    last.insertedBy?.date === insertedBy?.date
  ) {
    last.text += text;
    if (type === 'insert') last.end += text.length;
    return;
  }
  w.changes.push({
    ...rev,
    type,
    paragraph,
    start: at,
    end: type === 'insert' ? at + text.length : at,
    text,
    ...(insertedBy ? { insertedBy } : {}),
  });
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

function pushText(w: Walk, text: string, bold: boolean, ins: Revision | null = null): void {
  if (w.prefix) {
    // A note's "注：" goes before its first text, the space Word puts after the note mark dropped.
    const t = text.replace(/^[\s\u3000]+/, '');
    if (t === '') return;
    const prefix = w.prefix;
    w.prefix = '';
    pushText(w, prefix, false);
    pushText(w, t, bold, ins);
    return;
  }
  if (text === '') return;
  const last = w.runs[w.runs.length - 1];
  const level = w.runLevel;
  const font = w.runFont;
  if (last && last.bold === bold && last.level === level && last.font === font) last.text += text;
  else w.runs.push({ text, bold, ...(level === undefined ? {} : { level }), ...(font ? { font } : {}) });
  w.length += text.length;
  for (const id of w.open) range(w, id).liveChars += text.length;
  if (ins) recordChange(w, 'insert', ins, text);
}

/** Text taken out with tracked changes (w:delText in w:del; w:t in w:moveFrom, moved away). */
function deletedText(w: Walk, t: string, del: Revision, ins: Revision | null): void {
  for (const id of w.open) range(w, id).deletedText += t;
  if (t !== '') recordChange(w, 'delete', del, t, ins);
}

/** Bold set on the run (w:b, w:bCs), else by its character style. */
function runBold(w: Walk, run: XElement): boolean {
  const rPr = child(run, 'w:rPr');
  const b = rPr && child(rPr, 'w:b');
  if (b) return isOn(b) || isOn(child(rPr!, 'w:bCs'));
  if (isOn(rPr && child(rPr, 'w:bCs'))) return true;
  const rStyle = attr(rPr && child(rPr, 'w:rStyle'), 'val');
  return rStyle !== undefined && w.boldStyles.has(rStyle);
}

function readRun(w: Walk, run: XElement, del: Revision | null, ins: Revision | null): void {
  const deleted = del !== null;
  const bold = runBold(w, run);
  const rPr = child(run, 'w:rPr');
  const rStyle = attr(rPr && child(rPr, 'w:rStyle'), 'val');
  w.runLevel = rStyle === undefined ? undefined : w.runLevels.get(rStyle);
  const face = rPrFont(rPr);
  const styleFont = rStyle === undefined ? undefined : w.fonts.get(rStyle);
  w.runFont = face !== undefined ? fontKind(face) : (styleFont ?? w.paragraphFont);
  // Hidden text is neither shown nor printed: not read (its comment marks still count). Nor is the
  // result of a page-number field or a table of contents.
  const hidden = isHiddenRun(run) || w.fields.hidesText;
  for (const c of run.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:t':
        if (w.fields.hidesText) w.furniture = true;
        if (w.fields.inLiveDate && !deleted) w.liveDate = true;
        if (!deleted && !hidden) pushText(w, textContent(c), bold, ins);
        else if (deleted && !hidden) deletedText(w, textContent(c), del, ins);
        break;
      case 'w:delText':
        if (deleted && !hidden) deletedText(w, textContent(c), del, ins);
        break;
      case 'w:ruby': {
        // Phonetic guide (拼音指南): the base text only, not the pinyin above it.
        const base = child(c, 'w:rubyBase');
        if (base) readInline(w, base, del, ins);
        break;
      }
      case 'w:commentReference': {
        const id = attr(c, 'id');
        if (id !== undefined) range(w, id).reference = here(w);
        break;
      }
      case 'w:drawing':
      case 'w:pict':
      case 'w:object':
      case 'mc:AlternateContent':
        // A text box: its paragraphs are read after this one, once whichever branches Word wrote.
        if (!deleted) w.boxes.push(...textBoxesIn(c).map((el) => ({ el, prefix: '' })));
        break;
      case 'w:footnoteReference':
      case 'w:endnoteReference': {
        const note = w.notes.get(noteKey(c) ?? '');
        if (note && !deleted) w.boxes.push({ el: note, prefix: notePrefix(note) });
        break;
      }
      case 'w:fldChar': {
        const type = attr(c, 'fldCharType');
        if (type === 'begin') w.fields.begin();
        else if (type === 'separate') w.fields.separate();
        else if (type === 'end') w.fields.end();
        break;
      }
      case 'w:instrText':
        w.fields.instr(textContent(c));
        break;
      default: {
        const mark = deleted || hidden ? null : runMark(c);
        if (mark !== null) pushText(w, mark, bold, ins);
      }
    }
  }
}

/** Inline content of a paragraph, including wrappers (hyperlinks, smart tags, insertions, fields). */
function readInline(w: Walk, el: XElement, del: Revision | null, ins: Revision | null = null): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    switch (c.name) {
      case 'w:r':
        readRun(w, c, del, ins);
        break;
      case 'w:del':
      case 'w:moveFrom':
        readInline(w, c, del ?? revisionOf(c), ins);
        break;
      case 'w:ins':
      case 'w:moveTo':
        readInline(w, c, del, revisionOf(c));
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
      case 'w:sdtPr':
      case 'w:sdtEndPr':
      case 'w:customXmlPr':
      case 'w:smartTagPr':
        break;
      case 'w:sdt':
        if (!skipsContent(c)) readInline(w, c, del, ins);
        break;
      case 'w:fldSimple':
        if (isLiveDate(attr(c, 'instr') ?? '') && textOf(c).trim() !== '') w.liveDate = true;
        if (!skipsResult(attr(c, 'instr') ?? '')) readInline(w, c, del, ins);
        else w.furniture = true;
        break;
      case 'mc:AlternateContent': {
        const branch = alternateBranch(c);
        if (branch) readInline(w, branch, del, ins);
        break;
      }
      default:
        // w:hyperlink, w:smartTag, w:sdtContent, w:customXml …
        readInline(w, c, del, ins);
    }
  }
}

/**
 * One paragraph; or, for a table row whose cells hold a line each (a 署名 and its date side by side, a row
 * of statistics), the row's cells read as one paragraph with two full-width spaces between them, properties from the first.
 */
function readParagraph(w: Walk, p: XElement, row: readonly XElement[] = [p]): void {
  w.runs = [];
  w.length = 0;
  const outerBoxes = w.boxes;
  w.boxes = [];
  w.furniture = false;
  w.liveDate = false;
  const pPr = child(p, 'w:pPr');
  const styleId = attr(pPr && child(pPr, 'w:pStyle'), 'val') ?? null;
  const styleName = styleId ? (w.styles.get(styleId)?.name ?? styleId) : '';
  row.forEach((cell, i) => {
    if (i > 0) {
      w.runLevel = undefined;
      w.runFont = undefined;
      pushText(w, CELL_GAP, false);
    }
    const cellStyle = attr(child(cell, 'w:pPr') && child(child(cell, 'w:pPr')!, 'w:pStyle'), 'val');
    w.paragraphFont = cellStyle ? w.fonts.get(cellStyle) : undefined;
    readInline(w, cell, null);
  });
  const own = parseLevel(attr(pPr && child(pPr, 'w:outlineLvl'), 'val'));
  const level = own ?? styleOutlineLevel(w.styles, styleId);
  const jc = attr(pPr && child(pPr, 'w:jc'), 'val');
  // The paragraph's own numbering, else its style's (a heading style linked to a list).
  const numPr = pPr && child(pPr, 'w:numPr');
  const styled = styleNumPr(w.styles, styleId);
  const numId = attr(numPr && child(numPr, 'w:numId'), 'val') ?? styled?.numId;
  const ilvl = Number(
    attr(numPr && child(numPr, 'w:ilvl'), 'val') ?? (styled?.numId === numId ? styled?.ilvl : 0) ?? 0,
  );
  // What is left of a page number line ("— 3 —", "第 3 页 共 9 页" without the numbers) is not text.
  const left = w.runs
    .map((r) => r.text)
    .join('')
    .replace(/第|页|共|page|of/giu, '');
  if (w.furniture && !/[\p{L}\p{N}]/u.test(left)) w.runs = [];
  if (pPr && hasLeaderTab(pPr)) leaderBeforePageNumber(w.runs);
  w.paragraphs.push({
    runs: w.runs,
    text: w.runs.map((r) => r.text).join(''),
    styleId,
    outlineLevel: level !== null && level <= 8 ? level : null,
    titleLike: jc === 'center' || /^(title|标题)$/i.test(styleName.trim()),
    listLevel: (numId !== undefined && w.numbering.get(numId)?.get(ilvl)) || null,
    // numId 0 takes a numbering away (a paragraph of a numbered style left unnumbered).
    listLabel:
      numId !== undefined && numId !== '0' && Number.isInteger(ilvl) ? w.lists.next(numId, ilvl) : null,
    ...(w.liveDate ? { liveDate: true as const } : {}),
  });
  // Positions between paragraphs (block-level range marks) point at the start of the next one.
  w.runs = [];
  w.length = 0;
  w.fields.endParagraph();
  const boxes = w.boxes;
  w.boxes = outerBoxes;
  for (const box of boxes) {
    w.prefix = box.prefix;
    readBlocks(w, box.el);
    w.prefix = '';
  }
}

/** A tab stop that draws a leader (dots, dashes, a rule) up to it: a 目录's, typed by hand. */
function hasLeaderTab(pPr: XElement): boolean {
  const tabs = child(pPr, 'w:tabs');
  return (tabs?.children ?? []).some(
    (t) => typeof t !== 'string' && t.name === 'w:tab' && !['none', undefined].includes(attr(t, 'leader')),
  );
}

/**
 * A 目录 entry typed by hand ("一、主要举措和成效", a tab to a stop with a dot leader, "3"): the tab before
 * the page number shows as the leader's dots, and is read as them (……), so the line is known for a 目录's
 * as when its dots were typed. Any other tab is left as it is (a 署名 set at a tab stop).
 */
function leaderBeforePageNumber(runs: DocxRun[]): void {
  const text = runs.map((r) => r.text).join('');
  const m = /\S[^\n]*\t[\s\u3000]*\d{1,3}$/u.exec(text);
  if (!m) return;
  let at = m.index + m[0].lastIndexOf('\t');
  for (const [i, r] of runs.entries()) {
    if (at < r.text.length) {
      runs[i] = { ...r, text: `${r.text.slice(0, at)}………${r.text.slice(at + 1)}` };
      return;
    }
    at -= r.text.length;
  }
}

/** An imported chunk (HTML or MHT) as paragraphs, one per line; any other kind counted as unread. */
function readChunk(w: Walk, id: string | undefined): void {
  const data = id === undefined ? undefined : w.chunks.get(id);
  const lines = data ? chunkLines(data) : null;
  if (lines === null) {
    w.unreadChunks += 1;
    return;
  }
  for (const line of lines) {
    w.runs = [];
    w.length = 0;
    for (const run of line) pushText(w, run.text, run.bold);
    w.paragraphs.push({
      runs: w.runs,
      text: w.runs.map((r) => r.text).join(''),
      styleId: null,
      outlineLevel: null,
      titleLike: false,
      listLevel: null,
      listLabel: null,
    });
  }
  w.runs = [];
  w.length = 0;
}

/** A line of a table of contents (style "toc 1" …): the heading it repeats is read in the body. */
function isToc(w: Walk, p: XElement): boolean {
  const pPr = child(p, 'w:pPr');
  const id = attr(pPr && child(pPr, 'w:pStyle'), 'val');
  return id !== undefined && isTocStyleName(w.styles.get(id)?.name ?? id);
}

/** Block-level content: paragraphs, tables (cells flattened in reading order), content controls. */
function readBlocks(w: Walk, el: XElement): void {
  for (const c of el.children) {
    if (typeof c === 'string') continue;
    const cells = c.name === 'w:tr' ? flatRowCells(c) : null;
    if (c.name === 'w:p') {
      if (!isToc(w, c)) readParagraph(w, c);
    } else if (c.name === 'w:sectPr' || c.name === 'w:sdtPr' || c.name === 'w:sdtEndPr') continue;
    else if (c.name === 'w:sdt' && skipsContent(c)) continue;
    else if (c.name === 'w:altChunk') readChunk(w, attr(c, 'id'));
    else if (c.name === 'mc:AlternateContent') {
      const branch = alternateBranch(c);
      if (branch) readBlocks(w, branch);
    } else if (cells) readParagraph(w, cells[0]!, cells);
    else if (c.name === 'w:commentRangeStart' || c.name === 'w:commentRangeEnd' || c.name === 'w:del')
      readInline(w, { name: 'x', attrs: {}, children: [c] }, null);
    else readBlocks(w, c); // w:tbl, w:tr, w:tc, w:sdt, w:sdtContent, w:customXml, w:ins …
  }
}

/** What the body is read with, from the package's other parts. */
export interface DocumentParts {
  numbering: NumberingMap;
  formats: ListFormats;
  /** Character style id → outline level (readRunHeadingLevels). */
  runLevels: Map<string, number>;
  fonts: Map<string, FontKind>;
  /** Character styles that make their runs bold (readBoldStyles). */
  boldStyles: Set<string>;
  notes: NoteMap;
  /** w:altChunk parts by relationship id. */
  chunks: Map<string, Uint8Array>;
}

export function readDocument(
  root: XElement,
  styles: StyleMap,
  parts: Partial<DocumentParts> = {},
): DocumentContent {
  const body = child(root, 'w:body') ?? root;
  const w: Walk = {
    paragraphs: [],
    ranges: new Map(),
    open: new Set(),
    styles,
    runLevels: parts.runLevels ?? new Map(),
    numbering: parts.numbering ?? new Map(),
    lists: new ListCounters(parts.formats ?? new Map()),
    runs: [],
    runLevel: undefined,
    fonts: parts.fonts ?? new Map(),
    boldStyles: parts.boldStyles ?? new Set(),
    paragraphFont: undefined,
    runFont: undefined,
    boxes: [],
    prefix: '',
    furniture: false,
    liveDate: false,
    notes: parts.notes ?? new Map(),
    chunks: parts.chunks ?? new Map(),
    unreadChunks: 0,
    fields: new FieldStack(),
    length: 0,
    changes: [],
  };
  readBlocks(w, body);
  return { paragraphs: w.paragraphs, ranges: w.ranges, changes: w.changes, unreadChunks: w.unreadChunks };
}
