import { describe, expect, it } from 'vitest';
import { chineseNumeral, numberBlocks, sectionLabel } from './numbering';
import { paragraph, subHeading } from './content';

describe('numbering', () => {
  it('writes Chinese numerals', () => {
    expect([1, 7, 10, 11, 20, 23, 99].map(chineseNumeral)).toEqual([
      '一',
      '七',
      '十',
      '十一',
      '二十',
      '二十三',
      '九十九',
    ]);
    expect(sectionLabel(3)).toBe('四、');
  });

  it('derives labels from position and restarts deeper levels', () => {
    const blocks = [
      subHeading(2, 'a'),
      subHeading(3, 'b'),
      paragraph('x'),
      subHeading(3, 'c'),
      subHeading(4, 'd'),
      subHeading(2, 'e'),
      subHeading(3, 'f'),
    ];
    expect(numberBlocks(blocks).map((b) => b.label)).toEqual([
      '（一）',
      '1.',
      null,
      '2.',
      '（1）',
      '（二）',
      '1.',
    ]);
  });

  it('flags a skipped level', () => {
    const numbered = numberBlocks([subHeading(3, 'a'), subHeading(2, 'b'), subHeading(4, 'c')]);
    expect(numbered.map((b) => b.skippedLevel)).toEqual([true, false, true]);
  });
});
