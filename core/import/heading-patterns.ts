/**
 * Recognising the 一、/（一）/1./（1） hierarchy (GB/T 9704-2012 7.3.3) in plain lines of text, as real
 * reports carry no heading styles. Shared by paste in the editor and by text import.
 */

import signs from './body-line-signs.json';
import { smallNumber } from '../model/chinese-date';

export type HeadingLevel = 1 | 2 | 3 | 4;

export interface RecognisedHeading {
  level: HeadingLevel;
  /** The heading text without its number (the editor derives numbers itself). */
  text: string;
}

const CN = '[一二三四五六七八九十百]+';
const PATTERNS: readonly { level: HeadingLevel; re: RegExp }[] = [
  // "四 、": a space before the 、 as some typists leave it (the text import reads it so too).
  { level: 1, re: new RegExp(`^${CN}[ \u3000]?[、，,．.]\\s*`) },
  // "第一部分 主要举措和成效": the parts numbered in words (the export writes them 一、 as 7.3.3 asks).
  { level: 1, re: new RegExp(`^第${CN}部分[、，,．.：:\\s\u3000]*`) },
  // "【一】主要举措和成效", as some web pages number their parts.
  { level: 1, re: new RegExp(`^【${CN}】\\s*`) },
  { level: 2, re: new RegExp(`^[（(]${CN}[）)]\\s*`) },
  // "1." or "1．" or "1、", but not "1.5亿元" or "2024年"; "1.2025年度…" is 1. and a year.
  { level: 3, re: /^[1-9]\d?(?:[.．](?!\d(?!\d{3}年))|、)\s*/ },
  { level: 4, re: /^[（(][1-9]\d?[）)]\s*/ },
];

/** "第一部分" alone on its line, the part's name on the next (a centred two-line part heading). */
export const PART_LABEL_ALONE = new RegExp(`^第${CN}部分[：:]?$`, 'u');

/** Longest line still taken for a heading; longer numbered lines are body text that starts with a number. */
export const MAX_HEADING_CHARS = 80;

/**
 * Longest sub-heading （一）/1./（1） taken when it stands alone on its line (no text after its first 。);
 * one that runs on into text is held to a shorter limit by the importers.
 */
export const MAX_SUB_HEADING_ALONE = 60;

/** Longest sub-heading taken before its first 。 when text runs on after it on the same line (接排). */
export const MAX_SUB_HEADING_RUN_ON = 40;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const charClass = (chars: string) => `[${chars.replace(/[\]\\^-]/g, '\\$&')}]`;
/** An Arabic number counting something: "36件", "1500余人次", "1.2万余份", "8.3%" (not "2024年"). */
const COUNT = new RegExp(
  `\\d(?:\\.\\d+)?\\s*(?:余|多)?[万千亿]?(?:余|多)?\\s*(?:${[...signs.countUnits]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join('|')})`,
  'u',
);
const CLAUSE_BREAK = new RegExp(charClass(signs.clauseBreaks), 'u');
const CLAUSE_SPLIT = new RegExp(`${charClass(signs.clauseBreaks)}+`, 'u');
const TRAILING_BREAK = new RegExp(`${charClass(signs.trailingBreaks)}$`, 'u');
const REPORTING = new RegExp(signs.reportingWords.map(escape).join('|'), 'u');

/** A sub-heading of three clauses or more ("强化组织领导，压实主体责任，推动法治建设") stays this short. */
const MAX_MANY_CLAUSE_HEADING = 40;
/** A sub-heading of two clauses ("坚持依法决策，提升决策质量") stays this short. */
const MAX_TWO_CLAUSE_HEADING = 45;

/**
 * True when the words after a sub-heading's number (before its first 。, that 。 dropped) read as a
 * sentence of body text that starts with a number, not as a heading: a heading names a task in a clause
 * or two and reports nothing. A sentence stops on ，/、/；; counts something ("36件", "8.3%") across
 * clauses ("全年办理行政复议案件36件，纠错率8.3%") or reports in them ("…，我局高度重视…", "…，累计…"); leads
 * into a list ("…，具体如下："); or runs on through many or long clauses (body-line-signs.json holds the
 * units and words). Short clauses without counts ("坚持依法决策，提升决策质量") stay headings.
 */
export function readsAsSentence(words: string): boolean {
  const t = words.trim();
  if (TRAILING_BREAK.test(t)) return true;
  const clauses = t.split(CLAUSE_SPLIT).filter((c) => c !== '');
  const broken = CLAUSE_BREAK.test(t.replace(/[：:]$/u, ''));
  if (/[：:]$/u.test(t) && (broken || COUNT.test(t))) return true;
  if (broken && (COUNT.test(t) || REPORTING.test(t))) return true;
  const length = [...t].length;
  if (clauses.length >= 3 && length > MAX_MANY_CLAUSE_HEADING) return true;
  return clauses.length >= 2 && length > MAX_TWO_CLAUSE_HEADING;
}

/** Markdown and similar markup seen in pasted or exported drafts: leading #'s, ** wrappers. */
export function stripMarkup(line: string): string {
  let s = line.replace(/^#{1,6}\s*/, '');
  const bold = /^\*\*(.*)\*\*$/.exec(s);
  if (bold) s = bold[1]!;
  return s;
}

/**
 * The heading level of a line, or null for body text. A numbered line counts as a heading when it is
 * short and holds no full stop before its end, and its words do not read as a sentence (readsAsSentence)
 * unless its formatting marks it: a heading, not a paragraph that starts with a number.
 */
export function recogniseHeading(
  rawLine: string,
  /** The line's formatting marks it a heading (bold, a heading style): its words are not weighed. */
  options: { marked?: boolean } = {},
): RecognisedHeading | null {
  const line = stripMarkup(rawLine.trim());
  for (const { level, re } of PATTERNS) {
    const m = re.exec(line);
    if (m) return headingAfterLabel(level, line.slice(m[0].length), options);
  }
  return null;
}

/**
 * The words after a heading's label (markup stripped) as a heading of `level` standing alone, or null
 * when they are body text (recogniseHeading's test, for labels read elsewhere: ./half-bracket.ts).
 */
export function headingAfterLabel(
  level: HeadingLevel,
  words: string,
  options: { marked?: boolean } = {},
): RecognisedHeading | null {
  const text = words.trim();
  if (text.length === 0 || text.length > MAX_HEADING_CHARS) return null;
  const inner = text.replace(/[。.]$/, '');
  if (/[。；;！？]/.test(inner)) return null;
  if (level > 1 && !options.marked && readsAsSentence(inner)) return null;
  return { level, text };
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
    if (m) return runOnAfterLabel(level as 2 | 3 | 4, line.slice(m[0].length));
  }
  return null;
}

/** The words after a sub-heading's label as a heading with text running on after its 。, or null. */
export function runOnAfterLabel(level: 2 | 3 | 4, words: string): RunOnHeading | null {
  const text = words.replace(/^\s+/, '');
  const stop = text.indexOf('。');
  if (stop <= 0 || stop + 1 > MAX_SUB_HEADING_RUN_ON) return null;
  const head = text.slice(0, stop + 1);
  const rest = text.slice(stop + 1).trim();
  if (rest === '' || /[；;！？]/.test(head) || readsAsSentence(head.slice(0, -1))) return null;
  return { level, text: head, rest };
}

/** The level and number of a line's sub-heading label: "（二）…" → 2, 2; "3.…" → 3, 3; "（4）…" → 4, 4. */
export function subLabelOf(rawLine: string): { level: 2 | 3 | 4; n: number } | null {
  const line = stripMarkup(rawLine.trim());
  const m =
    /^(?:[（(]([一二三四五六七八九十]+)[）)]|([1-9]\d?)(?:[.．](?!\d(?!\d{3}年))|、)|[（(]([1-9]\d?)[）)])/u.exec(
      line,
    );
  if (!m) return null;
  if (m[1] !== undefined) {
    const n = smallNumber(m[1]);
    return n === null ? null : { level: 2, n };
  }
  return m[2] !== undefined ? { level: 3, n: Number(m[2]) } : { level: 4, n: Number(m[3]) };
}

/** Two numbered lines one after the other in one list: the same label, the next number. */
function listNeighbours(line: string, next: string): boolean {
  const a = subLabelOf(line);
  const b = subLabelOf(next);
  return a !== null && b !== null && a.level === b.level && b.n === a.n + 1;
}

/**
 * A numbered line a list item can be: its words (before its first 。) count something or report, or it
 * stops on 。 or ； as a sentence does ("3.在年终述职中报告履行第一责任人职责情况。"). A heading after a
 * numbered sentence stays one: "（二）强化执法监督，规范执法行为" has neither.
 */
function itemLike(line: string): boolean {
  const plain = stripMarkup(line.trim());
  const words = plain.split('。')[0]!;
  return COUNT.test(words) || REPORTING.test(words) || /[。；;]$/u.test(plain);
}

/**
 * True when `line` is the next item of the numbered list `previous` (a numbered line that reads as body
 * text) belongs to: the same label, the next number, and it reads as an item (itemLike).
 * "1.全年办理复议案件36件，纠错率8.3%；" then "2.审查规范性文件15件。": an item of that list too, not a
 * heading, however short; "（二）强化执法监督，规范执法行为" after a numbered sentence stays a heading.
 */
export function nextListItem(previous: string, line: string): boolean {
  return listNeighbours(previous, line) && itemLike(line);
}

/** The same the other way: `line`, item-like, before `next`, the list's next item in body text. */
export function firstListItem(line: string, next: string): boolean {
  return listNeighbours(line, next) && itemLike(line);
}
