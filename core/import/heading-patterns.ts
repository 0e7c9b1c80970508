/**
 * Recognising the 一、/（一）/1./（1） hierarchy (GB/T 9704-2012 7.3.3) in plain lines of text, as real
 * reports carry no heading styles. Shared by paste in the editor and by text import.
 */

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface RecognisedHeading {
  level: HeadingLevel;
  /** The heading text without its number (the editor derives numbers itself). */
  text: string;
}

const CN = '[一二三四五六七八九十百]+';
const PATTERNS: readonly { level: HeadingLevel; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^${CN}[、，,．.]\\s*`) },
  // "第一部分 主要举措和成效": the parts numbered in words (the export writes them 一、 as 7.3.3 asks).
  { level: 1, re: new RegExp(`^第${CN}部分[、，,．.：:\\s\u3000]*`) },
  { level: 2, re: new RegExp(`^[（(]${CN}[）)]\\s*`) },
  // "1." or "1．" or "1、", but not "1.5亿元" or "2024年".
  { level: 3, re: /^[1-9]\d?(?:[.．](?!\d)|、)\s*/ },
  { level: 4, re: /^[（(][1-9]\d?[）)]\s*/ },
];

/** Longest line still taken for a heading; longer numbered lines are body text that starts with a number. */
export const MAX_HEADING_CHARS = 80;

/**
 * Longest sub-heading （一）/1./（1） taken when it stands alone on its line (no text after its first 。);
 * one that runs on into text is held to a shorter limit by the importers.
 */
export const MAX_SUB_HEADING_ALONE = 60;

/** Longest sub-heading taken before its first 。 when text runs on after it on the same line (接排). */
export const MAX_SUB_HEADING_RUN_ON = 40;

/** Markdown and similar markup seen in pasted or exported drafts: leading #'s, ** wrappers. */
export function stripMarkup(line: string): string {
  let s = line.replace(/^#{1,6}\s*/, '');
  const bold = /^\*\*(.*)\*\*$/.exec(s);
  if (bold) s = bold[1]!;
  return s;
}

/**
 * The heading level of a line, or null for body text. A numbered line counts as a heading when it is
 * short and holds no full stop before its end (a heading, not a paragraph that starts with a number).
 */
export function recogniseHeading(rawLine: string): RecognisedHeading | null {
  const line = stripMarkup(rawLine.trim());
  for (const { level, re } of PATTERNS) {
    const m = re.exec(line);
    if (!m) continue;
    const text = line.slice(m[0].length).trim();
    if (text.length === 0 || text.length > MAX_HEADING_CHARS) return null;
    const inner = text.replace(/[。.]$/, '');
    if (/[。；;！？]/.test(inner)) return null;
    return { level, text };
  }
  return null;
}

export interface RunOnHeading extends RecognisedHeading {
  level: 2 | 3 | 4;
  /** The text that ran on after the heading's 。 on its line. */
  rest: string;
}

/**
 * A sub-heading with text running on after its first 。 ("（一）加强组织领导。局党组……"): the heading with its
 * 。 and the rest, as the text import splits it; null when the line is not one.
 */
export function recogniseRunOnHeading(rawLine: string): RunOnHeading | null {
  const line = stripMarkup(rawLine.trim());
  for (const { level, re } of PATTERNS) {
    if (level === 1) continue;
    const m = re.exec(line);
    if (!m) continue;
    const text = line.slice(m[0].length);
    const stop = text.indexOf('。');
    if (stop <= 0 || stop + 1 > MAX_SUB_HEADING_RUN_ON) return null;
    const head = text.slice(0, stop + 1);
    const rest = text.slice(stop + 1).trim();
    if (rest === '' || /[；;！？]/.test(head)) return null;
    return { level: level as 2 | 3 | 4, text: head, rest };
  }
  return null;
}
