/**
 * A flat view of a report's text for anchoring: the preamble's blocks, then every section's blocks,
 * joined by "\n". Offsets in the flat string map back to (sectionId, blockIndex, offset); the preamble
 * has sectionId null.
 */
import { blockText, type Block } from '../model/content';
import type { Report } from '../model/report';

export interface FlatBlock {
  sectionId: string | null;
  blockIndex: number;
  /** Where the block's text starts in the flat string. */
  start: number;
  text: string;
  block: Block;
}

export interface FlatText {
  text: string;
  blocks: FlatBlock[];
}

export function flatten(report: Report): FlatText {
  const blocks: FlatBlock[] = [];
  let pos = 0;
  const add = (sectionId: string | null, list: readonly Block[]) => {
    list.forEach((block, blockIndex) => {
      const text = blockText(block);
      blocks.push({ sectionId, blockIndex, start: pos, text, block });
      pos += text.length + 1;
    });
  };
  add(null, report.preamble);
  for (const s of report.sections) add(s.id, s.blocks);
  return { text: blocks.map((b) => b.text).join('\n'), blocks };
}

/** The block holding flat offset `pos` (a separator belongs to the block before it). */
export function blockAt(flat: FlatText, pos: number): FlatBlock | undefined {
  let lo = 0;
  let hi = flat.blocks.length - 1;
  let found: FlatBlock | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = flat.blocks[mid]!;
    if (b.start <= pos) {
      found = b;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Flat offset of a block position, or undefined when the block does not exist. */
export function flatOffset(
  flat: FlatText,
  sectionId: string | null,
  blockIndex: number,
  offset: number,
): number | undefined {
  const b = flat.blocks.find((x) => x.sectionId === sectionId && x.blockIndex === blockIndex);
  if (!b) return undefined;
  return b.start + Math.max(0, Math.min(offset, b.text.length));
}
