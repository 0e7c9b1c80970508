/**
 * Plain text → section blocks: one paragraph per non-empty line, sub-headings recognised by pattern,
 * control characters removed (and counted, so the UI can say so). Pure and linear in the input size, so
 * a 100,000-character paste costs one pass.
 */
import { paragraph, subHeading, type Block } from '../model/content';
import {
  firstListItem,
  nextListItem,
  recogniseHeading,
  recogniseRunOnHeading,
  stripMarkup,
  subLabelOf,
} from './heading-patterns';

/** C0 controls except tab/newline/CR, DEL, C1 controls, zero-width characters and BOM. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B-\u200D\u2060\uFEFF]/g;

export interface CleanResult {
  text: string;
  removed: number;
}

export function removeControlChars(text: string): CleanResult {
  let removed = 0;
  const out = text.replace(CONTROL, () => {
    removed += 1;
    return '';
  });
  return { text: out, removed };
}

export interface PlainBlocksResult {
  blocks: Block[];
  /** How many control characters were dropped. */
  removedControls: number;
  /** How many lines were recognised as sub-headings. */
  headings: number;
}

/**
 * The non-blank lines of `text`, control characters dropped and trimmed: tabs and indentation (spaces,
 * full-width spaces) carry no meaning, as the page indents by style. Markup is left on.
 */
function trimmedLines(text: string): { lines: string[]; removedControls: number } {
  const { text: clean, removed } = removeControlChars(text);
  const lines: string[] = [];
  for (const rawLine of clean.split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const line = rawLine.replace(/\t/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (line !== '') lines.push(line);
  }
  return { lines, removedControls: removed };
}

/**
 * The cleaned lines of pasted text, numbers and all (control characters dropped, indentation trimmed,
 * blank lines skipped, markup stripped): for 修订模式, where a paste is text inserted as suggestions and
 * never becomes headings, so a typed "（一）" stays in the text.
 */
export function plainTextLines(text: string): { lines: string[]; removedControls: number } {
  const { lines, removedControls } = trimmedLines(text);
  return { lines: lines.map(stripMarkup), removedControls };
}

/**
 * Lines → blocks. A level-1 line (一、…) cannot become a block (section headings are the template's), so
 * it stays a paragraph with its text as written.
 */
export function plainTextToBlocks(text: string): PlainBlocksResult {
  const { lines, removedControls: removed } = trimmedLines(text);
  const blocks: Block[] = [];
  let headings = 0;
  const read = lines.map((line) => {
    const h = recogniseHeading(line);
    return { h, runOn: h ? null : recogniseRunOnHeading(line) };
  });
  const numberedText = (i: number) => !read[i]!.h && !read[i]!.runOn && subLabelOf(lines[i]!) !== null;
  // The items of a numbered list of sentences, its short ones too (heading-patterns.ts nextListItem).
  for (let i = 1; i < lines.length; i++)
    if (numberedText(i - 1) && nextListItem(lines[i - 1]!, lines[i]!)) read[i] = { h: null, runOn: null };
  for (let i = lines.length - 2; i >= 0; i--)
    if (numberedText(i + 1) && firstListItem(lines[i]!, lines[i + 1]!)) read[i] = { h: null, runOn: null };
  lines.forEach((line, i) => {
    const { h, runOn } = read[i]!;
    if (h && h.level > 1) {
      blocks.push(subHeading(h.level as 2 | 3 | 4, h.text));
      headings += 1;
    } else if (runOn) {
      // As the text import reads it: the heading, marked 接排, then the text that ran on.
      blocks.push({ ...subHeading(runOn.level, runOn.text), runIn: true }, paragraph(runOn.rest));
      headings += 1;
    } else {
      blocks.push(paragraph(stripMarkup(line)));
    }
  });
  return { blocks, removedControls: removed, headings };
}
