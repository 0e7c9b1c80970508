/**
 * Slate content → the file schema's blocks, dropping anything the strict schema would refuse (stray keys
 * from a foreign paste, `bold: false`), so a save never fails on the editor's leftovers.
 */
import type { Block, TextLeaf } from '../../core/model/content';

function cleanLeaf(leaf: TextLeaf): TextLeaf {
  const out: TextLeaf = { text: leaf.text };
  if (leaf.bold === true) out.bold = true;
  if (Array.isArray(leaf.comments) && leaf.comments.length > 0) out.comments = [...leaf.comments];
  // Suggestion (修订) marks.
  if (typeof leaf.ins === 'string' && leaf.ins !== '') out.ins = leaf.ins;
  if (typeof leaf.del === 'string' && leaf.del !== '') out.del = leaf.del;
  return out;
}

/**
 * Each editor block's clean copy, kept while the block lives. Slate replaces only the blocks an edit
 * touches, so after a keystroke every other block of the section keeps its clean copy — and with it the
 * lint's and the checklist's per-block results (core/lint memoises by block object). The copies are
 * never mutated (callers treat reports as immutable).
 */
const cleaned = new WeakMap<Block, Block>();

function cleanBlock(b: Block): Block {
  let c = cleaned.get(b);
  if (!c) {
    const children = b.children.length > 0 ? b.children.map(cleanLeaf) : [{ text: '' }];
    const carried = b.carried === true ? { carried: true as const } : {};
    c =
      b.type === 'heading'
        ? {
            type: 'heading',
            level: b.level,
            children,
            ...carried,
            ...(b.runIn === true ? { runIn: true } : {}),
          }
        : { type: 'paragraph', children, ...carried };
    cleaned.set(b, c);
  }
  return c;
}

export function cleanBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = blocks.map(cleanBlock);
  return out.length > 0 ? out : [{ type: 'paragraph', children: [{ text: '' }] }];
}
