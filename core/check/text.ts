/**
 * Small text helpers shared by the checklist rules and the lint: character classes and match search
 * over blocks, so every match comes back as a location the editor can jump to.
 */
import { blockText } from '../model/content';
import { countChars } from '../model/count';
import type { RuleContext, Unit } from './context';
import type { Evidence } from './types';

/** CJK ideographs (incl. extension A and compatibility) and the 〇 numeral. */
export const CJK = '\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const CJK_RE = new RegExp(`[${CJK}]`, 'u');

export function isCjk(ch: string | undefined): boolean {
  return ch !== undefined && CJK_RE.test(ch);
}

/** Full-width punctuation of Chinese text (GB/T 15834). */
export const FULL_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】〔〕…—·「」『』';

export function isFullPunct(ch: string | undefined): boolean {
  return ch !== undefined && FULL_PUNCT.includes(ch);
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A synonym as a pattern. "听取…汇报" means 听取, then 汇报 later in the same clause: an ellipsis in a
 * keyword is a gap of up to 30 characters that does not cross 。；！？.
 */
export function synonymSource(word: string): string {
  return word
    .split('…')
    .filter((p) => p.length > 0)
    .map(escapeRegExp)
    .join('[^。；！？\\n]{0,30}?');
}

/** One regular expression matching any of the words (longest first, so 述职述法 wins over 述法). */
export function anyWordRegExp(words: readonly string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length);
  return new RegExp(sorted.map(synonymSource).join('|'), 'gu');
}

export interface BlockMatch extends Evidence {
  text: string;
}

/** The plain text of each block of a unit, computed once per content. */
export function unitTexts(unit: Unit, ctx: RuleContext): readonly string[] {
  return ctx.memo(unit, 'texts', () => unit.blocks.map(blockText));
}

/** Counted characters of a unit (core/model/count.ts), computed once per content. */
export function unitChars(unit: Unit, ctx: RuleContext): number {
  return ctx.memo(unit, 'chars', () => countChars(unitTexts(unit, ctx).join('\n')));
}

/** A unit's block texts joined by newlines, with where each block starts. */
export interface JoinedText {
  text: string;
  starts: number[];
}

export function joinTexts(texts: readonly string[]): JoinedText {
  const starts: number[] = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 1;
  }
  return { text: texts.join('\n'), starts };
}

/** The joined text of a unit, computed once per content. */
export function unitJoined(unit: Unit, ctx: RuleContext): JoinedText {
  return ctx.memo(unit, 'joined', () => joinTexts(unitTexts(unit, ctx)));
}

/** The block whose text holds position `at` of the joined text (binary search over the starts). */
export function blockAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Every match of a global regex in each block's text, as locations. One scan of the unit's text joined
 * by newlines (unitJoined) rather than one per block (a one-shot `gwdraft check` runs this cold, per rule and unit):
 * the same matches, because no keyword pattern matches a newline (words are literal, and the gap of
 * `synonymSource` excludes \n), so none spans two blocks.
 */
export function matchBlocks(
  sectionId: string,
  { text, starts }: JoinedText,
  re: RegExp,
  limit = Infinity,
): BlockMatch[] {
  const out: BlockMatch[] = [];
  if (limit <= 0 || starts.length === 0) return out;
  re.lastIndex = 0;
  for (const m of text.matchAll(re)) {
    if (m[0].length === 0) continue;
    const i = blockAt(starts, m.index);
    out.push({ sectionId, blockIndex: i, offset: m.index - starts[i]!, length: m[0].length, text: m[0] });
    if (out.length >= limit) break;
  }
  return out;
}

export function toEvidence(m: BlockMatch): Evidence {
  return { sectionId: m.sectionId, blockIndex: m.blockIndex, offset: m.offset, length: m.length };
}

/** Where a missing item belongs: the start of its section. */
export function sectionStart(sectionId: string): Evidence {
  return { sectionId, blockIndex: 0, offset: 0, length: 0 };
}

/** Show at most this many evidence locations per item: enough to jump to, not a wall of highlights. */
export const MAX_EVIDENCE = 20;

/** Quoted words for messages: “述法”“述职述法” (at most `max`; the message says 等 where it fits). */
export function quoteList(words: readonly string[], max = 4): string {
  const shown = words.slice(0, max).map((w) => `“${w}”`);
  return shown.join('');
}
