import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import { createSectionEditor } from './create-editor';
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
const shape = (e: ReturnType<typeof editorWith>) =>
  e.children.map((b) => `${(b as GwElement).type}:${Editor.string(e, [e.children.indexOf(b)])}`);

describe('Backspace at the start of a sub-heading', () => {
  it('first takes the number off (body text), and only the next Backspace joins it to the paragraph above', () => {
    const e = editorWith([
      heading('甲标题'),
      para('乙标题的正文内容。'),
      heading('丙标题', true),
      para('丙的正文。'),
    ]);
    Transforms.select(e, { path: [2, 0], offset: 0 });
    Editor.deleteBackward(e);
    expect(shape(e)).toEqual([
      'heading:甲标题',
      'paragraph:乙标题的正文内容。',
      'paragraph:丙标题',
      'paragraph:丙的正文。',
    ]);
    // the heading's keys went with its number: the file stays valid
    expect(e.children.every((b) => blockSchemas().BlockSchema.safeParse(b).success)).toBe(true);
    Editor.deleteBackward(e);
    expect(shape(e)).toEqual([
      'heading:甲标题',
      'paragraph:乙标题的正文内容。丙标题',
      'paragraph:丙的正文。',
    ]);
  });

  it('deletes as usual inside a heading, in body text, and over a selection', () => {
    const e = editorWith([heading('甲标题'), para('正文。')]);
    Transforms.select(e, { path: [0, 0], offset: 2 });
    Editor.deleteBackward(e);
    expect(shape(e)).toEqual(['heading:甲题', 'paragraph:正文。']);
    Transforms.select(e, { path: [1, 0], offset: 0 });
    Editor.deleteBackward(e);
    expect(shape(e)).toEqual(['heading:甲题正文。']);
  });
});
