import { describe, expect, it } from 'vitest';
import {
  addAttachment,
  attachmentNumber,
  hasText,
  moveAt,
  removeAt,
  renameAt,
  setTextAt,
  textOf,
} from './attachments-model';

describe('附件 list', () => {
  it('numbers 附件 by their order, none when there is only one (7.3.4)', () => {
    expect(attachmentNumber(0, 1)).toBe('');
    expect([0, 1, 2].map((i) => attachmentNumber(i, 3))).toEqual(['1.', '2.', '3.']);
  });

  it('adds, renames, moves and removes; the numbers follow the order', () => {
    let list = addAttachment(addAttachment([]));
    list = renameAt(list, 0, '统计表');
    list = renameAt(list, 1, '工作\n台账');
    expect(list.map((a) => a.name)).toEqual(['统计表', '工作台账']);
    list = moveAt(list, 1, -1);
    expect(list.map((a) => a.name)).toEqual(['工作台账', '统计表']);
    expect(moveAt(list, 0, -1)).toEqual(list);
    list = removeAt(list, 0);
    expect(list).toEqual([{ name: '统计表' }]);
  });

  it('attaches text as one paragraph a line, and empty text detaches it', () => {
    let list = setTextAt([{ name: '统计表' }], 0, '全年办理案件42件。\n行政复议0件。');
    expect(list[0]!.blocks).toHaveLength(2);
    expect(textOf(list[0]!)).toBe('全年办理案件42件。\n行政复议0件。');
    expect(hasText(list[0]!)).toBe(true);
    list = setTextAt(list, 0, '  ');
    expect(list[0]).toEqual({ name: '统计表' });
  });
});
