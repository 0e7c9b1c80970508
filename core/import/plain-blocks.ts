/**
 * Plain text → section blocks: one paragraph per non-empty line, sub-headings recognised by pattern,
 * control characters removed (and counted, so the UI can say so), and the web-page and 公众号 clutter
 * the text import leaves out left out here too (./paste-clutter.ts). Pure and linear in the input size,
 * so a 100,000-character paste costs one pass.
 */
import { paragraph, subHeading, type Block } from '../model/content';
import { halfBracketLevels, recogniseHalfBracketItem } from './half-bracket';
import {
  firstListItem,
  nextListItem,
  recogniseHeading,
  recogniseRunOnHeading,
  stripMarkup,
  subLabelOf,
  type HeadingLevel,
  type RecognisedHeading,
  type RunOnHeading,
} from './heading-patterns';
import { cleanPastedLines, type PastedLine } from './paste-clutter';

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
  /** Lines left out as web-page or 公众号 clutter (点击蓝字关注, 编辑：…), as they were. */
  droppedClutter: string[];
  /** Headings whose markers (▌ ★ 【】) were taken off. */
  unmarkedHeadings: number;
  /** Headings written in 【】 without a number, taken as sub-headings. */
  bracketHeadings: number;
}

/**
 * The non-blank lines of `text`, control characters dropped and trimmed: tabs and indentation (spaces,
 * full-width spaces) carry no meaning, as the page indents by style. Markup is left on.
 */
function trimmedLines(
  text: string,
  leaveOutClutter = true,
): {
  lines: PastedLine[];
  removedControls: number;
  droppedClutter: string[];
  unmarkedHeadings: number;
} {
  const { text: clean, removed } = removeControlChars(text);
  // Blank lines are kept until the clutter is judged (one ends the list under 往期推荐); tabs (cells of
  // a row) are judged before they become spaces.
  const all = clean.split(/\r\n|\r|\n|\u2028|\u2029/).map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
  const cleaned = leaveOutClutter
    ? cleanPastedLines(all)
    : { lines: all.map((l) => ({ text: l })), dropped: [], unmarked: 0 };
  const lines: PastedLine[] = [];
  for (const l of cleaned.lines) {
    const line = l.text.replace(/\t/g, ' ');
    if (line !== '') lines.push({ ...l, text: line });
  }
  return {
    lines,
    removedControls: removed,
    droppedClutter: cleaned.dropped,
    unmarkedHeadings: cleaned.unmarked,
  };
}

/**
 * The cleaned lines of pasted text, numbers and all (control characters dropped, indentation trimmed,
 * blank lines skipped, markup stripped): for 修订模式, where a paste is text inserted as suggestions and
 * never becomes headings, so a typed "（一）" stays in the text. `clean`: false for text from gwdraft itself
 * (its own fragment), which has no web-page clutter to leave out.
 */
export function plainTextLines(
  text: string,
  clean = true,
): {
  lines: string[];
  removedControls: number;
  droppedClutter: string[];
  unmarkedHeadings: number;
} {
  const { lines, ...rest } = trimmedLines(text, clean);
  // A 【】 heading stays in the text as written (修订模式 makes no headings).
  return { lines: lines.map((l) => stripMarkup(l.bracketHeading ? `【${l.text}】` : l.text)), ...rest };
}

/**
 * Lines → blocks. A level-1 line (一、…) cannot become a block (section headings are the template's), so
 * it stays a paragraph with its text as written. `above`: the level of the heading the paste lands under
 * (1, the section's, by default), which places items numbered "1）" before any heading of the paste's own.
 */
export function plainTextToBlocks(text: string, options: { above?: HeadingLevel } = {}): PlainBlocksResult {
  const { lines, removedControls: removed, droppedClutter, unmarkedHeadings } = trimmedLines(text);
  const texts = lines.map((l) => l.text);
  const blocks: Block[] = [];
  let headings = 0;
  let bracketHeadings = 0;
  const read: { h: RecognisedHeading | null; runOn: RunOnHeading | null; item?: true }[] = lines.map(
    ({ text: line, bracketHeading }) => {
      if (bracketHeading) return { h: null, runOn: null };
      const h = recogniseHeading(line);
      if (h) return { h, runOn: null };
      const runOn = recogniseRunOnHeading(line);
      if (runOn) return { h: null, runOn };
      // "1）…": its level is placed below (halfBracketLevels), as the text import places it.
      const item = recogniseHalfBracketItem(line);
      return item ? { h: item.heading, runOn: item.runOn, item: true } : { h: null, runOn: null };
    },
  );
  const numberedText = (i: number) =>
    !lines[i]!.bracketHeading && !read[i]!.h && !read[i]!.runOn && subLabelOf(texts[i]!) !== null;
  // The items of a numbered list of sentences, its short ones too (heading-patterns.ts nextListItem).
  for (let i = 1; i < lines.length; i++)
    if (numberedText(i - 1) && nextListItem(texts[i - 1]!, texts[i]!)) read[i] = { h: null, runOn: null };
  for (let i = lines.length - 2; i >= 0; i--)
    if (numberedText(i + 1) && firstListItem(texts[i]!, texts[i + 1]!)) read[i] = { h: null, runOn: null };
  const levels = halfBracketLevels(
    read.map(({ h, runOn, item }, i) =>
      lines[i]!.bracketHeading ? 2 : item ? 'item' : (h?.level ?? runOn?.level ?? null),
    ),
    options.above,
  );
  lines.forEach(({ text: line, bracketHeading }, i) => {
    if (bracketHeading) {
      blocks.push(subHeading(2, line));
      headings += 1;
      bracketHeadings += 1;
      return;
    }
    const { h, runOn } = read[i]!;
    const level = levels[i];
    if (h && level && level > 1) {
      blocks.push(subHeading(level as 2 | 3 | 4, h.text));
      headings += 1;
    } else if (runOn && level) {
      // As the text import reads it: the heading, marked 接排, then the text that ran on.
      blocks.push({ ...subHeading(level as 2 | 3 | 4, runOn.text), runIn: true }, paragraph(runOn.rest));
      headings += 1;
    } else {
      // Body text, a part's 一、 line, or a "1）" item with no level left: as written.
      blocks.push(paragraph(stripMarkup(line)));
    }
  });
  return { blocks, removedControls: removed, headings, droppedClutter, unmarkedHeadings, bracketHeadings };
}
