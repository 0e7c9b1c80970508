/**
 * A section's Slate editor: React + history, chunked rendering for long sections, Enter after a
 * sub-heading continues with body text, paste cleaned to plain blocks, and text carried over from last
 * year's report losing its mark once the block is edited.
 */
import { createEditor, Editor, Element, Node, Range, Transforms } from 'slate';
import { withReact } from 'slate-react';
import { HistoryEditor, withHistory } from 'slate-history';
import type { GwEditor, GwElement } from './slate-types';
import { insertPastedData } from './paste';
import { setBlockLevel } from './commands';
import { withSuggestions } from '../suggestions/with-suggestions';

export interface EditorHooks {
  /** A new undo batch began in this editor (for the global undo order). */
  onHistoryBatch(): void;
  /** Something the user should know about a paste (Chinese). */
  onNotice(message: string): void;
}

/**
 * Blocks per chunk: long sections render in nested, memoised chunks (a key re-renders the chunks on the
 * way to its block, not every block of the section), and the browser skips style, layout and paint of
 * chunks off screen (render.tsx). 20 is about the square root of a long section's block count (~120 at
 * 50 pages, ~500 at 200): fewer chunks to walk and fewer blocks per chunk. Measured against 300 (one
 * chunk for most sections) in BENCHMARKS.md.
 */
const CHUNK_SIZE = 20;

export function createSectionEditor(hooks: EditorHooks): GwEditor {
  const editor = withHistory(withReact(createEditor())) as GwEditor;

  const { writeHistory, insertBreak, deleteBackward, normalizeNode } = editor;
  editor.writeHistory = (stack, batch) => {
    writeHistory(stack, batch);
    if (stack === 'undos') hooks.onHistoryBatch();
  };

  // A block carried over from last year's report is marked until its text is edited: the mark goes in
  // the same undo step as the edit (undo brings both back).
  const { apply } = editor;
  editor.apply = (op) => {
    apply(op);
    // Undo and redo replay recorded operations (the mark's own removal among them): nothing to add.
    if (HistoryEditor.isSaving(editor) === false) return;
    let touched: number[] = [];
    if (op.type === 'insert_text' || op.type === 'remove_text') touched = [op.path[0]!];
    else if (op.type === 'split_node')
      touched = op.path.length === 1 ? [op.path[0]!, op.path[0]! + 1] : [op.path[0]!];
    else if (op.type === 'merge_node') touched = [op.path.length === 1 ? op.path[0]! - 1 : op.path[0]!];
    else if ((op.type === 'insert_node' || op.type === 'remove_node') && op.path.length > 1)
      touched = [op.path[0]!];
    for (const i of touched) {
      const block = editor.children[i] as GwElement | undefined;
      if (block?.carried) Transforms.unsetNodes(editor, 'carried', { at: [i] });
    }
  };

  editor.getChunkSize = (node) => (Editor.isEditor(node) ? CHUNK_SIZE : null);

  // Enter at the end of a sub-heading starts body text, as in Word's "style for following paragraph".
  editor.insertBreak = () => {
    const entry = Editor.above(editor, { match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) });
    insertBreak();
    if (entry && (entry[0] as GwElement).type === 'heading') {
      const after = Editor.above(editor, { match: (n) => Element.isElement(n) && Editor.isBlock(editor, n) });
      if (after && (after[0] as GwElement).type === 'heading' && Node.string(after[0]) === '')
        Transforms.setNodes(editor, { type: 'paragraph', level: undefined } as never, { at: after[1] });
    }
  };

  // Backspace at the very start of a sub-heading takes its number off (the block becomes body text), as
  // Word does with a numbered paragraph: the caret sits right after the （二） the clerk sees, so the key
  // means "delete the number". Merging the heading into the paragraph above ("…内容。丙标题") is the
  // next Backspace.
  editor.deleteBackward = (unit) => {
    const { selection } = editor;
    if (selection && Range.isCollapsed(selection) && selection.anchor.path.length === 2) {
      const block = editor.children[selection.anchor.path[0]!] as GwElement | undefined;
      if (
        block?.type === 'heading' &&
        Editor.isStart(editor, selection.anchor, [selection.anchor.path[0]!])
      ) {
        setBlockLevel(editor, 0); // 设为正文, on the block the caret is in
        return;
      }
    }
    deleteBackward(unit);
  };

  // Only paragraphs and sub-headings at the top; anything else that slips in (a foreign fragment)
  // becomes a paragraph, and stray keys are dropped so saving never fails the file schema.
  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (path.length === 1 && Element.isElement(node)) {
      const el = node as unknown as Record<string, unknown>;
      const ok = el.type === 'paragraph' || (el.type === 'heading' && [2, 3, 4].includes(el.level as number));
      if (!ok) {
        Transforms.setNodes(editor, { type: 'paragraph' } as never, { at: path });
        Transforms.unsetNodes(editor, 'level', { at: path });
        return;
      }
      if (el.type === 'paragraph' && ('level' in el || 'runIn' in el)) {
        // A heading made body text (or split into one) keeps no heading keys: the schema refuses them.
        Transforms.unsetNodes(editor, ['level', 'runIn'], { at: path });
        return;
      }
    }
    if (path.length === 2 && Element.isElement(node)) {
      // No nesting: a nested element is unwrapped into its block.
      Transforms.unwrapNodes(editor, { at: path });
      return;
    }
    normalizeNode(entry, options);
  };

  editor.insertData = (data) => insertPastedData(editor, data, hooks.onNotice);

  // 修订模式 (renderer/suggestions): typing, deleting and pasting become suggestions while it is on.
  return withSuggestions(editor);
}
