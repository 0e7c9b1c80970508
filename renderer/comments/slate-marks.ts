/**
 * Comment marks (`comments: [threadId]` on text leaves) inside one section's Slate editor: adding them
 * over a range, removing a thread's, finding where a thread is, and block offsets of Slate points. Done
 * as Slate operations, so they move with the text and take part in undo like any edit.
 */
import { Editor, Text, Transforms, type Point, type Range } from 'slate';
import type { TextLeaf } from '../../core/model/content';
import type { GwEditor } from '../editor/slate-types';

/** Mark `range` with `threadId` (text leaves are split at its edges). */
export function addThreadMarks(editor: GwEditor, range: Range, threadId: string): void {
  Transforms.setNodes<TextLeaf>(
    editor,
    (node) => ({ comments: [...(node.comments ?? []).filter((x) => x !== threadId), threadId] }),
    { at: range, match: Text.isText, split: true },
  );
}

/** Remove `threadId` from every leaf of the editor; returns whether anything was marked. */
export function removeThreadMarks(editor: GwEditor, threadId: string): boolean {
  const marked = (n: unknown) => Text.isText(n) && !!n.comments?.includes(threadId);
  if (Editor.nodes(editor, { at: [], match: marked }).next().done) return false;
  Transforms.setNodes<TextLeaf>(
    editor,
    (node) => {
      const rest = (node.comments ?? []).filter((x) => x !== threadId);
      return { comments: rest.length > 0 ? rest : null };
    },
    { at: [], match: marked },
  );
  return true;
}

/** From the first to the last leaf marked with `threadId`, or null when the editor has none. */
export function threadRange(editor: GwEditor, threadId: string): Range | null {
  let anchor: Point | null = null;
  let focus: Point | null = null;
  for (const [node, path] of Editor.nodes(editor, {
    at: [],
    match: (n) => Text.isText(n) && !!n.comments?.includes(threadId) && n.text !== '',
  })) {
    const text = node as TextLeaf;
    if (!anchor) anchor = { path, offset: 0 };
    focus = { path, offset: text.text.length };
  }
  return anchor && focus ? { anchor, focus } : null;
}

/** A Slate point as (top-level block index, plain-text offset in that block). */
export function blockOffset(editor: GwEditor, point: Point): { blockIndex: number; offset: number } {
  const blockIndex = point.path[0] ?? 0;
  let offset = 0;
  for (const [node, path] of Editor.nodes(editor, { at: [blockIndex], match: Text.isText })) {
    if (Editor.isEditor(node)) continue;
    const cmp = comparePaths(path, point.path);
    if (cmp < 0) offset += (node as TextLeaf).text.length;
    else if (cmp === 0) offset += point.offset;
  }
  return { blockIndex, offset };
}

function comparePaths(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** The Slate point at a plain-text offset of block `blockIndex` (the end of a leaf wins at a boundary). */
export function pointInBlock(editor: GwEditor, blockIndex: number, offset: number): Point | null {
  if (!editor.children[blockIndex]) return null;
  let pos = 0;
  let last: Point | null = null;
  for (const [node, path] of Editor.nodes(editor, { at: [blockIndex], match: Text.isText })) {
    const len = (node as TextLeaf).text.length;
    if (offset <= pos + len) return { path, offset: offset - pos };
    pos += len;
    last = { path, offset: len };
  }
  return offset === pos ? last : null;
}

/**
 * Segments of each thread's marks in a list of blocks, as (block, start, end) plain-text offsets:
 * how a merged report's new marks are replayed onto the open editors.
 */
export function markSegments(
  blocks: readonly { children: readonly TextLeaf[] }[],
  wanted: ReadonlySet<string>,
): Map<string, { blockIndex: number; start: number; end: number }[]> {
  const out = new Map<string, { blockIndex: number; start: number; end: number }[]>();
  blocks.forEach((block, blockIndex) => {
    let off = 0;
    for (const leaf of block.children) {
      const start = off;
      off += leaf.text.length;
      if (leaf.text === '') continue;
      for (const id of leaf.comments ?? []) {
        if (!wanted.has(id)) continue;
        const list = out.get(id) ?? [];
        const prev = list[list.length - 1];
        if (prev && prev.blockIndex === blockIndex && prev.end === start) prev.end = off;
        else list.push({ blockIndex, start, end: off });
        out.set(id, list);
      }
    }
  });
  return out;
}
