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

export function cleanBlocks(blocks: readonly Block[]): Block[] {
  const out: Block[] = blocks.map((b) => {
    const children = b.children.length > 0 ? b.children.map(cleanLeaf) : [{ text: '' }];
    const carried = b.carried === true ? { carried: true as const } : {};
    return b.type === 'heading'
      ? { type: 'heading', level: b.level, children, ...carried }
      : { type: 'paragraph', children, ...carried };
  });
  return out.length > 0 ? out : [{ type: 'paragraph', children: [{ text: '' }] }];
}
