/**
 * "Start this year's report from last year's": the year advances (headings and the default title follow
 * it, as they are derived), a custom title and extra-section headings have the year replaced, the text is
 * kept and marked carried over, and last year's text per section becomes the baseline the checklist's
 * carriedOver rule measures overlap against. Last year's comments, confirmations and date do not carry.
 */
import { acceptedText } from '../suggestions/resolve';
import type { Block } from '../model/content';
import type { Report } from '../model/report';
import { sectionText, blocksText } from '../model/report-helpers';
import { PREAMBLE_ID } from '../check/types';

/** Key of the preamble in the baseline: the checklist's id for the preamble unit. */
export const PREAMBLE_BASELINE_KEY = PREAMBLE_ID;

function nextYearText(text: string, year: number): string {
  // Only the report year itself: cited ranges such as 2021-2025年 keep their years.
  return text.replace(
    new RegExp(`(?<![\\d-－—])${year}(?=\\s*年)(?![\\d])(?!\\s*年?\\s*[-－—]\\s*\\d)`, 'g'),
    String(year + 1),
  );
}

function carried(blocks: readonly Block[]): Block[] {
  return blocks.map((b) => {
    const children = b.children.map((l) => {
      const leaf = { ...l };
      delete leaf.comments;
      return leaf;
    });
    const empty = children.every((l) => l.text === '');
    return empty ? { ...b, children } : { ...b, children, carried: true };
  });
}

export function startFromLastYear(input: Report): Report {
  // Last year's report as it was final: pending 修订 accepted, none carried.
  const last = acceptedText(input);
  const year = last.meta.year;
  const baseline: Record<string, string> = {};
  for (const s of last.sections) baseline[s.id] = sectionText(s);
  const pre = blocksText(last.preamble);
  if (pre.trim() !== '') baseline[PREAMBLE_BASELINE_KEY] = pre;
  // Last year's deleted comments stay with last year's file, as its comments do.
  const { deletedComments: _gone, ...kept } = last;
  return {
    ...kept,
    meta: {
      ...last.meta,
      year: Math.min(year + 1, 2100),
      title: last.meta.title === null ? null : nextYearText(last.meta.title, year),
      date: null,
      docNumber: null,
    },
    preamble: carried(last.preamble),
    sections: last.sections.map((s) => ({
      ...s,
      ...(s.heading !== undefined ? { heading: nextYearText(s.heading, year) } : {}),
      blocks: carried(s.blocks),
    })),
    comments: [],
    suggestions: [],
    confirmations: [],
    baseline: { year, sections: baseline },
  };
}
