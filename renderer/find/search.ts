/**
 * Find over section blocks, on each block's plain text, so a match may span bold and plain runs.
 * Pure: offsets in, Slate points out.
 */
import type { Block } from '../../core/model/content';

export interface BlockMatch {
  block: number;
  start: number;
  end: number;
}

export interface LeafPoint {
  path: [number, number];
  offset: number;
}

/** Non-overlapping matches of `query` in each block, in order. Case-insensitive for Latin letters. */
export function findInBlocks(blocks: readonly Block[], query: string, limit = 10_000): BlockMatch[] {
  const out: BlockMatch[] = [];
  if (query === '') return out;
  const q = query.toLowerCase();
  for (let b = 0; b < blocks.length && out.length < limit; b++) {
    let text = '';
    for (const leaf of blocks[b]!.children) text += leaf.text;
    const hay = text.toLowerCase();
    let from = 0;
    for (;;) {
      const i = hay.indexOf(q, from);
      if (i < 0 || out.length >= limit) break;
      out.push({ block: b, start: i, end: i + q.length });
      from = i + q.length;
    }
  }
  return out;
}

/**
 * A block-text offset as a point in a leaf. At a boundary between two leaves, a start point goes to
 * the later leaf and an end point to the earlier one, so a range never starts or ends on an empty edge.
 */
export function offsetToPoint(
  block: Block,
  blockIndex: number,
  offset: number,
  edge: 'start' | 'end',
): LeafPoint {
  let acc = 0;
  const leaves = block.children;
  for (let i = 0; i < leaves.length; i++) {
    const len = leaves[i]!.text.length;
    const inside = edge === 'start' ? offset < acc + len : offset <= acc + len;
    if (inside) return { path: [blockIndex, i], offset: offset - acc };
    acc += len;
  }
  const last = Math.max(0, leaves.length - 1);
  return { path: [blockIndex, last], offset: leaves[last]?.text.length ?? 0 };
}
