/**
 * Heading hierarchy (GB/T 9704-2012 7.3.3): no skipped level; numbers are derived, so a number typed
 * into a heading shows twice; a short numbered body line is a heading written as text; "1、" mixed
 * with "1.".
 */
import { blockText, type Block } from '../model/content';
import { readsAsSentence } from '../import/heading-patterns';
import { numberBlocks } from '../model/numbering';
import type { TextFinding } from './punctuation';

const CN = '[一二三四五六七八九十]+';
/** Typed numbers at the start of a line, by level (2: （一）, 3: 1. or 1、, 4: （1）, 1: 一、). */
const TYPED: { level: 1 | 2 | 3 | 4; re: RegExp; name: string }[] = [
  { level: 1, re: new RegExp(`^${CN}、[ \\u3000]*`, 'u'), name: '一、' },
  { level: 2, re: new RegExp(`^[（(]${CN}[）)][ \\u3000]*`, 'u'), name: '（一）' },
  { level: 3, re: /^[1-9]\d?(?:[.．](?!\d(?!\d{3}年))|、)[ \u3000]*/u, name: '1.' },
  { level: 4, re: /^[（(][1-9]\d?[）)][ \u3000]*/u, name: '（1）' },
];

const LEVEL_NAME: Record<number, string> = { 2: '（一）', 3: '1.', 4: '（1）' };

export function typedNumber(text: string): { level: 1 | 2 | 3 | 4; length: number; name: string } | null {
  for (const t of TYPED) {
    const m = t.re.exec(text);
    if (m) return { level: t.level, length: m[0].length, name: m[0].trim() };
  }
  return null;
}

/** A short numbered line with no sentence inside: a heading, not a paragraph that starts with a number. */
function looksLikeHeading(text: string, typed: { level: number; length: number }): boolean {
  const rest = text.slice(typed.length).trim();
  if (rest.length === 0 || rest.length > 40) return false;
  // "1、加强培训，提升能力。" is a list item in the body; 1./（1） lines count only when bare titles.
  if (typed.level >= 3) return !/[，。；！？：、]/u.test(rest);
  // "（一）全年办理案件36件，纠错率8.3%": a sentence, as the import reads it (heading-patterns.ts).
  const words = rest.replace(/[。.]$/u, '');
  return !/[。；！？]/u.test(words) && !readsAsSentence(words);
}

/** A numbered paragraph ending in 。 ("（一）推动节约用水条例立法调研。"). */
function sentenceItem(b: Block | undefined, level: number): boolean {
  if (b?.type !== 'paragraph') return false;
  const text = blockText(b);
  return text.endsWith('。') && typedNumber(text)?.level === level;
}

/**
 * One of a list of numbered sentences, each ending in 。 (a plan's items "（一）…。（二）…。"): the import
 * keeps such a list as paragraphs (core/import/text/lines.ts sentenceLists), and so does the writer.
 */
function inSentenceList(blocks: readonly Block[], i: number, level: number): boolean {
  return (
    sentenceItem(blocks[i], level) &&
    (sentenceItem(blocks[i - 1], level) || sentenceItem(blocks[i + 1], level))
  );
}

export interface BlockFinding extends TextFinding {
  blockIndex: number;
}

export function lintHeadings(blocks: readonly Block[]): BlockFinding[] {
  const out: BlockFinding[] = [];
  const numbered = numberBlocks(blocks);
  blocks.forEach((b, blockIndex) => {
    const text = blockText(b);
    const typed = typedNumber(text);
    if (b.type === 'heading') {
      if (numbered[blockIndex]!.skippedLevel)
        out.push({
          rule: 'heading-skip',
          message: `“${LEVEL_NAME[b.level]}”级标题上面缺少“${LEVEL_NAME[b.level - 1]}”级标题，层级跳过了一级`,
          blockIndex,
          offset: 0,
          length: text.length,
        });
      if (typed)
        out.push({
          rule: 'heading-number-typed',
          message: `标题编号由软件自动生成，手写的“${typed.name}”会重复显示`,
          blockIndex,
          offset: 0,
          length: typed.length,
          edits: [{ offset: 0, length: typed.length, replacement: '' }],
        });
    } else if (typed && looksLikeHeading(text, typed) && !inSentenceList(blocks, blockIndex, typed.level)) {
      out.push({
        rule: 'heading-as-text',
        message: `这一段以“${typed.name}”开头，像是写成正文的标题：请设为相应级别的标题，编号会自动生成`,
        blockIndex,
        offset: 0,
        length: typed.length,
      });
    }
  });
  return out;
}

/** Where a block starts with "1、" or "1." (body text or heading text). */
export function arabicListStyle(text: string): { style: '、' | '.'; length: number } | null {
  const m = /^([1-9]\d?)([、.．])(?!\d)/u.exec(text);
  if (!m) return null;
  return { style: m[2] === '、' ? '、' : '.', length: m[0].length };
}
