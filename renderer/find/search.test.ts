import { describe, expect, it } from 'vitest';
import { findInBlocks, offsetToPoint } from './search';
import type { Block } from '../../core/model/content';

const blocks: Block[] = [
  {
    type: 'paragraph',
    children: [{ text: '行政' }, { text: '执法', bold: true }, { text: '公示，行政执法' }],
  },
  { type: 'heading', level: 2, children: [{ text: '规范APP执法' }] },
];

describe('findInBlocks', () => {
  it('finds matches across bold boundaries and in every block', () => {
    expect(findInBlocks(blocks, '行政执法')).toEqual([
      { block: 0, start: 0, end: 4 },
      { block: 0, start: 7, end: 11 },
    ]);
    expect(findInBlocks(blocks, '执法').length).toBe(3);
    expect(findInBlocks(blocks, 'app')).toEqual([{ block: 1, start: 2, end: 5 }]);
    expect(findInBlocks(blocks, '')).toEqual([]);
  });
  it('maps offsets to leaf points, start to the later leaf and end to the earlier one at boundaries', () => {
    const b = blocks[0]!;
    expect(offsetToPoint(b, 0, 0, 'start')).toEqual({ path: [0, 0], offset: 0 });
    expect(offsetToPoint(b, 0, 2, 'start')).toEqual({ path: [0, 1], offset: 0 });
    expect(offsetToPoint(b, 0, 2, 'end')).toEqual({ path: [0, 0], offset: 2 });
    expect(offsetToPoint(b, 0, 4, 'end')).toEqual({ path: [0, 1], offset: 2 });
    expect(offsetToPoint(b, 0, 11, 'end')).toEqual({ path: [0, 2], offset: 7 });
  });
});
