import { describe, expect, it } from 'vitest';
import { createEditor, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import type { Block } from '../../core/model/content';
import type { GwEditor } from '../editor/slate-types';
import {
  addThreadMarks,
  blockOffset,
  markSegments,
  pointInBlock,
  removeThreadMarks,
  threadRange,
} from './slate-marks';

function editorWith(blocks: Block[]): GwEditor {
  const e = withHistory(createEditor()) as unknown as GwEditor;
  e.children = structuredClone(blocks);
  return e;
}

const BLOCKS: Block[] = [
  {
    type: 'paragraph',
    children: [{ text: '全年组织' }, { text: '法治培训', bold: true }, { text: '十二次。' }],
  },
  { type: 'paragraph', children: [{ text: '第二段文字。' }] },
];

describe('comment marks in a Slate editor', () => {
  it('marks a range across bold runs, finds it again, and removes it', () => {
    const e = editorWith(BLOCKS);
    const anchor = pointInBlock(e, 0, 2)!;
    const focus = pointInBlock(e, 0, 10)!;
    addThreadMarks(e, { anchor, focus }, 't-1');
    const leaves = (e.children[0] as Block).children;
    expect(
      leaves
        .filter((l) => l.comments?.includes('t-1'))
        .map((l) => l.text)
        .join(''),
    ).toBe('组织法治培训十二');
    expect(leaves.find((l) => l.text === '法治培训')).toMatchObject({ bold: true, comments: ['t-1'] });

    const r = threadRange(e, 't-1')!;
    expect(blockOffset(e, r.anchor)).toEqual({ blockIndex: 0, offset: 2 });
    expect(blockOffset(e, r.focus)).toEqual({ blockIndex: 0, offset: 10 });

    expect(removeThreadMarks(e, 't-1')).toBe(true);
    expect((e.children[0] as Block).children.every((l) => !l.comments)).toBe(true);
    expect(removeThreadMarks(e, 't-1')).toBe(false);
    expect(threadRange(e, 't-1')).toBeNull();
  });

  it('keeps other threads on overlapping text', () => {
    const e = editorWith(BLOCKS);
    addThreadMarks(e, { anchor: pointInBlock(e, 1, 0)!, focus: pointInBlock(e, 1, 4)! }, 'a');
    addThreadMarks(e, { anchor: pointInBlock(e, 1, 2)!, focus: pointInBlock(e, 1, 6)! }, 'b');
    removeThreadMarks(e, 'a');
    const leaves = (e.children[1] as Block).children;
    expect(
      leaves
        .filter((l) => l.comments?.includes('b'))
        .map((l) => l.text)
        .join(''),
    ).toBe('段文字。');
    expect(leaves.some((l) => l.comments?.includes('a'))).toBe(false);
  });

  it('moves with the text: typing before and inside the marked words', () => {
    const e = editorWith(BLOCKS);
    addThreadMarks(e, { anchor: pointInBlock(e, 1, 2)!, focus: pointInBlock(e, 1, 4)! }, 't');
    Transforms.insertText(e, '新的', { at: pointInBlock(e, 1, 0)! });
    const r = threadRange(e, 't')!;
    expect(blockOffset(e, r.anchor).offset).toBe(4);
    expect(blockOffset(e, r.focus).offset).toBe(6);
  });

  it('lists the segments of the wanted threads per block', () => {
    const blocks: Block[] = [
      {
        type: 'paragraph',
        children: [{ text: 'ab' }, { text: 'cd', comments: ['x'] }, { text: 'ef', comments: ['x', 'y'] }],
      },
      { type: 'paragraph', children: [{ text: 'gh', comments: ['x'] }] },
    ];
    expect(markSegments(blocks, new Set(['x']))).toEqual(
      new Map([
        [
          'x',
          [
            { blockIndex: 0, start: 2, end: 6 },
            { blockIndex: 1, start: 0, end: 2 },
          ],
        ],
      ]),
    );
    expect(markSegments(blocks, new Set(['z'])).size).toBe(0);
  });
});
