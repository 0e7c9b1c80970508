/**
 * DOCX paragraphs → the lines the importer reads. A paragraph broken by line breaks (Shift+Enter, as a
 * page pasted from the web into WPS is) is several lines: a heading, its text, the 署名 and the date
 * each on their own. A paragraph in a heading style is one heading however it is broken.
 */
import type { DocxParagraph, DocxRun } from './document';
import { removeControlChars } from '../../import/plain-blocks';

export interface Line {
  runs: DocxRun[];
  text: string;
  /** From styles, 1..4, or null. */
  styleLevel: number | null;
  /** From Word's automatic numbering label, 1..4, or null. */
  listLevel: number | null;
  /** The label Word's numbering shows before the line ("1.", "（二）"): not part of `text`. */
  listLabel: string | null;
  titleLike: boolean;
  /** The paragraph's style: the lines of a joint 署名 share theirs. */
  styleId: string | null;
}

export const WS = /^[\s\u3000]+|[\s\u3000]+$/g;

/** Runs without control characters, tabs as spaces, blank runs and spaces at both ends cut. */
export function trimRuns(runs: readonly DocxRun[]): DocxRun[] {
  const out = runs.map((r) => ({ ...r, text: removeControlChars(r.text).text.replace(/\t/g, ' ') }));
  while (out.length && out[0]!.text.replace(WS, '') === '') out.shift();
  while (out.length && out[out.length - 1]!.text.replace(WS, '') === '') out.pop();
  if (out.length) {
    out[0] = { ...out[0]!, text: out[0]!.text.replace(/^[\s\u3000]+/, '') };
    const last = out.length - 1;
    out[last] = { ...out[last]!, text: out[last]!.text.replace(/[\s\u3000]+$/, '') };
  }
  return out;
}

/** The runs from character `from` of their joined text on. */
export function runsFrom(runs: readonly DocxRun[], from: number): DocxRun[] {
  const out: DocxRun[] = [];
  let pos = 0;
  for (const r of runs) {
    const end = pos + r.text.length;
    if (end > from) out.push(pos >= from ? r : { ...r, text: r.text.slice(from - pos) });
    pos = end;
  }
  return out;
}

/** The runs of the first `to` characters of their joined text. */
export function runsBefore(runs: readonly DocxRun[], to: number): DocxRun[] {
  const out: DocxRun[] = [];
  let pos = 0;
  for (const r of runs) {
    if (pos >= to) break;
    out.push(pos + r.text.length <= to ? r : { ...r, text: r.text.slice(0, to - pos) });
    pos += r.text.length;
  }
  return out;
}

/** The runs of a paragraph cut at its line breaks. */
function splitAtBreaks(runs: readonly DocxRun[]): DocxRun[][] {
  const out: DocxRun[][] = [[]];
  for (const r of runs) {
    const parts = r.text.split('\n');
    parts.forEach((text, i) => {
      if (i > 0) out.push([]);
      if (text !== '') out[out.length - 1]!.push({ ...r, text });
    });
  }
  return out;
}

function line(runs: DocxRun[], p: DocxParagraph, first: boolean, styleLevel: number | null): Line {
  const trimmed = trimRuns(runs);
  return {
    runs: trimmed,
    text: trimmed.map((r) => r.text).join(''),
    styleLevel,
    // The list's label stands before the first line only.
    listLevel: first ? p.listLevel : null,
    listLabel: first ? p.listLabel : null,
    titleLike: p.titleLike,
    styleId: p.styleId,
  };
}

/** The lines of one paragraph (one unless it holds line breaks). */
export function linesOf(p: DocxParagraph): Line[] {
  const styleLevel = p.outlineLevel !== null && p.outlineLevel <= 3 ? p.outlineLevel + 1 : null;
  if (styleLevel !== null) {
    const joined = p.runs.map((r) => ({ ...r, text: r.text.replace(/\n/g, '') }));
    return [line(joined, p, true, styleLevel)];
  }
  return splitAtBreaks(p.runs).map((runs, i) => line(runs, p, i === 0, null));
}
