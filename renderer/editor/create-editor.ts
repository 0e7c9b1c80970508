/**
 * A section's Slate editor: React + history, chunked rendering for long sections, Enter after a
 * sub-heading continues with body text, and paste cleaned to plain blocks.
 */
import { createEditor, Editor, Element, Node, Transforms } from 'slate';
import { withReact } from 'slate-react';
import { withHistory } from 'slate-history';
import type { GwEditor, GwElement } from './slate-types';
import { insertPastedData } from './paste';
import { withSuggestions } from '../suggestions/with-suggestions';

export interface EditorHooks {
  /** A new undo batch began in this editor (for the global undo order). */
  onHistoryBatch(): void;
  /** Something the user should know about a paste (Chinese). */
  onNotice(message: string): void;
}

/** Blocks per chunk: long sections render in chunks the browser can skip while off screen. */
const CHUNK_SIZE = 300;

export function createSectionEditor(hooks: EditorHooks): GwEditor {
  const editor = withHistory(withReact(createEditor())) as GwEditor;

  const { writeHistory, insertBreak, normalizeNode } = editor;
  editor.writeHistory = (stack, batch) => {
    writeHistory(stack, batch);
    if (stack === 'undos') hooks.onHistoryBatch();
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
      if (el.type === 'paragraph' && 'level' in el) {
        Transforms.unsetNodes(editor, 'level', { at: path });
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
