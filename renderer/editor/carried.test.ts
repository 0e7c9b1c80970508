import { describe, expect, it } from 'vitest';
import { Transforms } from 'slate';
import { createSectionEditor } from './create-editor';
import type { GwElement } from './slate-types';

function editorWith(texts: string[]) {
  const editor = createSectionEditor({ onHistoryBatch: () => {}, onNotice: () => {} });
  editor.children = texts.map((text) => ({ type: 'paragraph', carried: true, children: [{ text }] }));
  return editor;
}
const carried = (e: ReturnType<typeof editorWith>) =>
  e.children.map((b) => (b as GwElement).carried === true);

describe('text carried over from last year', () => {
  it('keeps its mark until the block is edited; the mark goes with the edit and undo brings it back', () => {
    const e = editorWith(['去年第一段。', '去年第二段。']);
    Transforms.select(e, { path: [1, 0], offset: 0 });
    expect(carried(e)).toEqual([true, true]);
    Transforms.insertText(e, '今年');
    expect(carried(e)).toEqual([true, false]);
    e.undo();
    expect(carried(e)).toEqual([true, true]);
    expect((e.children[1] as GwElement).children[0]!.text).toBe('去年第二段。');
  });
  it('deleting or splitting counts as an edit; moving the caret and changing the level do not', () => {
    const e = editorWith(['去年第一段。', '去年第二段。', '去年第三段。']);
    Transforms.select(e, { path: [0, 0], offset: 2 });
    Transforms.setNodes(e, { type: 'heading', level: 2 } as never, { at: [0] });
    expect(carried(e)).toEqual([true, true, true]);
    Transforms.delete(e, { at: { path: [2, 0], offset: 0 }, distance: 1 });
    expect(carried(e)).toEqual([true, true, false]);
    Transforms.splitNodes(e, { at: { path: [1, 0], offset: 2 } });
    expect(carried(e)).toEqual([true, false, false, false]);
  });
});
