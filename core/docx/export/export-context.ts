/**
 * What every part of one export shares: the profile, the options, the warnings collected so far, the
 * characters dropped, and where comment ranges open and close.
 */
import { Paragraph } from 'docx';
import type { ExportOptions } from '../../api/contract';
import type { CommentPlan } from './comments';
import type { ChangePlan } from './tracked-changes';
import type { FormatProfile, PageGeometry } from './profile';
import type { DroppedChars } from './text-safety';

export interface ExportContext {
  p: FormatProfile;
  geo: PageGeometry;
  options: ExportOptions;
  dropped: DroppedChars;
  /** For the user, in Chinese. */
  warnings: string[];
  comments: CommentPlan | null;
  /** Leaf key → threads whose range opens before that leaf / closes after it. */
  startsAt: Map<string, string[]>;
  endsAt: Map<string, string[]>;
  /** Pending suggestions written as track changes (review copy only). */
  changes?: ChangePlan | null;
  /**
   * Block keys of the last paragraphs of 正文, kept with the 署名 (keep-with-next, and widow control
   * so a split leaves two lines with it): the 署名 page never holds only 署名 and 成文日期 (7.3.5).
   */
  keepWithSignature: Set<string>;
  /** Threads Word had on the 署名 and on the 成文日期 (core/comments/place.ts), written there again. */
  closingThreads?: { signature: string[]; date: string[] };
  /** Threads Word had on the 主送机关. */
  recipientThreads?: string[];
  /**
   * Where on its line (as lineText prints it) a thread on the title, 主送机关, a heading, 署名 or 成文日期
   * sits: its range is written around those characters when the line is written as that text.
   */
  lineSpans?: Map<string, { line: string; start: number; end: number }>;
}

/** Only blocks with visible text are written: empty editor paragraphs would be stray blank lines. */
export function writes(text: string): boolean {
  return text.trim().length > 0;
}

const VISIBLE = /\S/;

/** `writes` of the block's text, without joining its leaves (\S is what trim() does not remove). */
export function blockWrites(block: { children: readonly { text: string }[] }): boolean {
  for (const leaf of block.children) if (VISIBLE.test(leaf.text)) return true;
  return false;
}

/** `n` empty lines (each one grid line high through the Normal style). */
export function blank(n: number): Paragraph[] {
  return Array.from({ length: n }, () => new Paragraph({ children: [] }));
}

export function leafKey(blockKey: string, leafIndex: number): string {
  return `${blockKey}#${leafIndex}`;
}
