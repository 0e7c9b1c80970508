import { describe, expect, it } from 'vitest';
import { pageOfCaret } from './page-of-caret';

const blocks = [
  { page: 1, text: '某局2024年法治政府建设年度报告' },
  { page: 1, text: '导语第一段。' },
  { page: 1, text: '一、学习贯彻情况' },
  { page: 1, text: '（一）加强学习。' },
  { page: 2, text: '全年组织学习十二次。' },
  { page: 2, text: '二、存在问题' },
  { page: 3, text: '（一）加强学习。' },
];

describe('pageOfCaret', () => {
  it('finds the block after its own heading, not an equal one earlier', () => {
    expect(pageOfCaret(blocks, '二、存在问题', '加强学习。')).toBe(3);
    expect(pageOfCaret(blocks, '一、学习贯彻情况', '加强学习。')).toBe(1);
    expect(pageOfCaret(blocks, '一、学习贯彻情况', '全年组织 学习十二次。')).toBe(2);
  });
  it('of two equal paragraphs in a section, the second is found as the second', () => {
    const repeated = [
      { page: 1, text: '一、学习贯彻情况' },
      { page: 1, text: '全年组织学习十二次。' },
      { page: 2, text: '其他工作。' },
      { page: 3, text: '全年组织学习十二次。' },
    ];
    const same = '全年组织学习十二次。';
    expect(pageOfCaret(repeated, '一、学习贯彻情况', same, [])).toBe(1);
    expect(pageOfCaret(repeated, '一、学习贯彻情况', same, [same, '其他工作。'])).toBe(3);
    // a longer earlier paragraph that holds the text counts too, as the rendered one does
    expect(pageOfCaret(repeated, '一、学习贯彻情况', '其他工作。', [same])).toBe(2);
    // more earlier matches than rendered ones: the last one found
    expect(pageOfCaret(repeated, '一、学习贯彻情况', same, [same, same, same])).toBe(3);
  });
  it('an empty block is on its heading page; the 导语 searches from the top', () => {
    expect(pageOfCaret(blocks, '二、存在问题', '')).toBe(2);
    expect(pageOfCaret(blocks, null, '导语第一段。')).toBe(1);
    expect(pageOfCaret([], null, 'x')).toBeNull();
  });
});
