import { describe, expect, it } from 'vitest';
import { paragraph, subHeading, type Block } from '../../core/model/content';
import { countChars } from '../../core/model/count';
import { blocksText } from '../../core/model/report-helpers';
import { acceptedBlocks } from '../../core/suggestions/resolve';
import { SectionCounter } from './section-count';

const whole = (blocks: readonly Block[]) => countChars(blocksText(acceptedBlocks(blocks)));

describe('SectionCounter', () => {
  it('counts a section as the whole-text count does, block by block', () => {
    const blocks: Block[] = [
      subHeading(2, '一是强化执法监督'),
      paragraph('全年开展执法检查36次，办理行政许可120件。'),
      paragraph('abc'),
      paragraph('def 3.5% ok'),
      paragraph(''),
      paragraph('  空格  与\t制表符 '),
    ];
    expect(new SectionCounter().count(blocks)).toBe(whole(blocks));
  });

  it('recounts only the blocks that changed, and follows edits', () => {
    const counter = new SectionCounter();
    const a = paragraph('甲乙丙');
    const b = paragraph('丁戊');
    expect(counter.count([a, b])).toBe(5);
    // Slate replaces an edited block's object and keeps the others: the new one is counted afresh.
    const b2 = paragraph('丁戊己庚');
    expect(counter.count([a, b2])).toBe(7);
    expect(counter.count([a])).toBe(3);
  });

  it('counts a section with pending 修订 as its text reads with every change accepted', () => {
    const blocks: Block[] = [
      paragraph('前文'),
      {
        type: 'paragraph',
        children: [{ text: '保留' }, { text: '删去的字', del: 's1' }, { text: '新增', ins: 's2' }],
      },
    ];
    const n = new SectionCounter().count(blocks);
    expect(n).toBe(whole(blocks));
    expect(n).toBe(2 + 2 + 2);
  });
});
