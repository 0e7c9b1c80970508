/**
 * Derived numbering of the 一、/（一）/1./（1） hierarchy (GB/T 9704-2012 7.3.3).
 * Numbers are computed from position and never stored, so insert, delete and move renumber for free.
 */
import type { Block, SubHeadingLevel } from './content';

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`chineseNumeral: ${n}`);
  if (n < 10) return DIGITS[n]!;
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return (tens === 1 ? '' : DIGITS[tens]!) + '十' + (ones ? DIGITS[ones]! : '');
  }
  return String(n);
}

/** The label of a section heading: "一、". */
export function sectionLabel(index: number): string {
  return `${chineseNumeral(index + 1)}、`;
}

/** The label of a sub-heading given its 1-based ordinal at its level. */
export function subHeadingLabel(level: SubHeadingLevel, ordinal: number): string {
  switch (level) {
    case 2:
      return `（${chineseNumeral(ordinal)}）`;
    case 3:
      return `${ordinal}.`;
    case 4:
      return `（${ordinal}）`;
  }
}

export interface NumberedBlock {
  /** Label such as "（一）", or null for body paragraphs. */
  label: string | null;
  /** Set when the heading skips a level (a 1. with no （一） above it in the section). */
  skippedLevel: boolean;
}

/**
 * Number the sub-headings of one section. A heading restarts the count of every deeper level.
 * A level whose parent level has not appeared yet in the section is numbered anyway but flagged,
 * so the editor and the lint can show the skip.
 */
export function numberBlocks(blocks: readonly Block[]): NumberedBlock[] {
  const counters: Record<SubHeadingLevel, number> = { 2: 0, 3: 0, 4: 0 };
  const seen: Record<SubHeadingLevel, boolean> = { 2: false, 3: false, 4: false };
  return blocks.map((b) => {
    if (b.type !== 'heading') return { label: null, skippedLevel: false };
    const level = b.level;
    counters[level] += 1;
    for (const deeper of [3, 4] as const) if (deeper > level) counters[deeper] = 0;
    for (const deeper of [3, 4] as const) if (deeper > level) seen[deeper] = false;
    seen[level] = true;
    const skippedLevel = level === 3 ? !seen[2] : level === 4 ? !seen[3] : false;
    return { label: subHeadingLabel(level, counters[level]), skippedLevel };
  });
}
