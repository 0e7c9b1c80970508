import { describe, expect, it } from 'vitest';
import { paragraph, subHeading, type Block } from '../../core/model/content';
import { cleanBlocks } from './clean-blocks';

describe('cleanBlocks', () => {
  it('keeps the clean copy of every block an edit did not replace, so per-block results stay cached', () => {
    const blocks: Block[] = [subHeading(2, '（一）标题'), paragraph('第一段。'), paragraph('第二段。')];
    const first = cleanBlocks(blocks);
    // a keystroke in the last paragraph: Slate replaces that block only
    const edited = [blocks[0]!, blocks[1]!, paragraph('第二段。再')];
    const second = cleanBlocks(edited);
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[2]).toEqual(paragraph('第二段。再'));
  });

  it('drops what the schema refuses, as before', () => {
    const dirty = {
      type: 'paragraph',
      children: [{ text: 'a', bold: false, stray: 1 }],
    } as unknown as Block;
    expect(cleanBlocks([dirty])).toEqual([{ type: 'paragraph', children: [{ text: 'a' }] }]);
    expect(cleanBlocks([])).toEqual([{ type: 'paragraph', children: [{ text: '' }] }]);
  });

  it('keeps a heading’s 接排 (runIn) and the carried mark, and nothing of them on a paragraph', () => {
    const heading: Block = {
      type: 'heading',
      level: 2,
      children: [{ text: '加强组织领导' }],
      runIn: true,
      carried: true,
    };
    const stray = { type: 'paragraph', runIn: true, children: [{ text: 'a' }] } as unknown as Block;
    expect(cleanBlocks([heading, stray])).toEqual([
      heading,
      { type: 'paragraph', children: [{ text: 'a' }] },
    ]);
  });
});
