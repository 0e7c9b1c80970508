import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import { createSectionEditor } from './create-editor';
import { setBlockLevel, toggleRunIn } from './commands';
import type { GwElement } from './slate-types';
import { blockSchemas } from '../../core/model/content';

function editorWith(blocks: GwElement[]) {
  const editor = createSectionEditor({ onHistoryBatch: () => {}, onNotice: () => {} });
  editor.children = blocks;
  return editor;
}
const heading = (text: string, runIn = false): GwElement => ({
  type: 'heading',
  level: 2,
  children: [{ text }],
  ...(runIn ? { runIn: true as const } : {}),
});
const para = (text: string): GwElement => ({ type: 'paragraph', children: [{ text }] });
const runIns = (e: ReturnType<typeof editorWith>) =>
  e.children.map((b) => ('runIn' in b ? (b as { runIn?: true }).runIn === true : false));
const valid = (e: ReturnType<typeof editorWith>) =>
  e.children.every((b) => blockSchemas().BlockSchema.safeParse(b).success);

describe('接排 (run-in sub-headings) in the editor', () => {
  it('the toolbar toggle sets 接排 on the selected headings, and takes it off when all have it', () => {
    const e = editorWith([
      heading('加强组织领导'),
      para('局党组召开会议。'),
      heading('推进依法决策'),
      para('聘请法律顾问。'),
    ]);
    Transforms.select(e, { anchor: { path: [0, 0], offset: 0 }, focus: { path: [2, 0], offset: 1 } });
    toggleRunIn(e);
    expect(runIns(e)).toEqual([true, false, true, false]);
    toggleRunIn(e);
    expect(runIns(e)).toEqual([false, false, false, false]);
    // A body paragraph alone: nothing to set.
    Transforms.select(e, { path: [1, 0], offset: 0 });
    toggleRunIn(e);
    expect(runIns(e)).toEqual([false, false, false, false]);
    expect(valid(e)).toBe(true);
  });

  it('a heading made body text, or the empty block after Enter, keeps no 接排 (the file stays valid)', () => {
    const e = editorWith([heading('加强组织领导', true), para('局党组召开会议。')]);
    Transforms.select(e, { path: [0, 0], offset: '加强组织领导'.length });
    Editor.insertBreak(e);
    expect(e.children.map((b) => (b as GwElement).type)).toEqual(['heading', 'paragraph', 'paragraph']);
    expect(runIns(e)).toEqual([true, false, false]);
    Transforms.select(e, { path: [0, 0], offset: 0 });
    setBlockLevel(e, 0);
    expect(runIns(e)).toEqual([false, false, false]);
    expect(valid(e)).toBe(true);
  });

  it('splitting a run-in heading in the middle leaves no body paragraph carrying the mark', () => {
    const e = editorWith([heading('加强组织领导', true), para('局党组召开会议。')]);
    Transforms.select(e, { path: [0, 0], offset: 2 });
    Editor.insertBreak(e);
    Transforms.select(e, { path: [1, 0], offset: 0 });
    setBlockLevel(e, 0);
    expect(valid(e)).toBe(true);
  });
});
