/**
 * Items numbered "1）" or "1)", a number closed by a bracket only, as real reports use them ("1）开展会前
 * 学法"): 7.3.3 has no such level, so an item takes the numbered level below the heading above it. One rule
 * for the text import (./text/lines.ts) and paste (./plain-blocks.ts), so a report pasted reads as it
 * imports.
 */
import {
  headingAfterLabel,
  runOnAfterLabel,
  stripMarkup,
  type HeadingLevel,
  type RecognisedHeading,
  type RunOnHeading,
} from './heading-patterns';

/** "1）" "12)": not "（1）" (a level of its own) nor "1.5" or "2024年". */
export const HALF_BRACKET_LABEL = /^[1-9]\d?[）)]/;

/**
 * The level of a "1）" item under a heading of `above` (1: a part, or no heading yet): under a part or a
 * （一） its 1. level (as "1、" would be), under a 1. its （1） level, under a （1） none is left: null,
 * numbered text. (The export writes each in its level's form.)
 */
export function halfBracketLevel(above: HeadingLevel): 3 | 4 | null {
  return above <= 2 ? 3 : above === 3 ? 4 : null;
}

/** A line's reading for `halfBracketLevels`: a heading's level, a "1）" item, or null for text. */
export type LevelOrItem = HeadingLevel | 'item' | null;

/**
 * The level each line takes, a run of lines top to bottom: an item's from the last heading above it that
 * is no item (`above` before the first: the heading the lines stand under); other lines keep theirs.
 */
export function halfBracketLevels(
  lines: readonly LevelOrItem[],
  above: HeadingLevel = 1,
): (HeadingLevel | null)[] {
  let last = above;
  return lines.map((l) => {
    if (l === 'item') return halfBracketLevel(last);
    if (l !== null) last = l;
    return l;
  });
}

/**
 * A "1）" line read as a heading (its level still to be placed: 4 until then), standing alone or with
 * text running on after its 。, as the numbered levels are read (heading-patterns.ts); null when it is
 * body text or no such item.
 */
export function recogniseHalfBracketItem(
  rawLine: string,
): { heading: RecognisedHeading; runOn: null } | { heading: null; runOn: RunOnHeading } | null {
  const line = stripMarkup(rawLine.trim());
  const m = HALF_BRACKET_LABEL.exec(line);
  if (!m) return null;
  const words = line.slice(m[0].length);
  const heading = headingAfterLabel(4, words);
  if (heading) return { heading, runOn: null };
  const runOn = runOnAfterLabel(4, words);
  return runOn ? { heading: null, runOn } : null;
}
