/**
 * What reading word/document.xml gives: paragraphs with their runs and outline hints, where comment
 * ranges start and end, and the tracked changes to place (document.ts reads them).
 */
import type { FontKind } from './fonts';

export interface DocxRun {
  text: string;
  bold: boolean;
  /** 0-based outline level of the heading style the run's character style is linked to (接排 headings). */
  level?: number;
  /** Set in 黑体 or 楷体 (directly or by its style): how reports without heading styles mark headings. */
  font?: FontKind;
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
  /**
   * The label Word's automatic numbering shows before the text ("一、", "（二）", "3."), counted in
   * document order; null when the paragraph is not numbered (or is a bullet). Not part of `text`.
   */
  listLabel: string | null;
  /** Text of the paragraph is a live date field's result (fields.ts isLiveDate): set only when so. */
  liveDate?: true;
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

/** Who made a tracked change, and when. */
export interface Revision {
  author: string;
  date: string;
}

/**
 * A tracked change in one paragraph. Offsets are in the paragraph's text (inserted text in, deleted text
 * out): an insertion spans [start, end); a deletion stands at the point start (= end) with its text.
 */
export interface DocxChange extends Revision {
  type: 'insert' | 'delete';
  paragraph: number;
  start: number;
  end: number;
  text: string;
  /** A deletion of text that was itself inserted with tracked changes (w:del inside w:ins): by whom. */
  insertedBy?: Revision;
}

export interface DocumentContent {
  paragraphs: DocxParagraph[];
  ranges: Map<string, CommentRange>;
  changes: DocxChange[];
  /** w:altChunk content that could not be read (RTF, a nested .docx, a missing part). */
  unreadChunks: number;
}
