import { describe, expect, it } from 'vitest';
import { plainTextToBlocks, removeControlChars } from './plain-blocks';
import { recogniseHeading } from './heading-patterns';
import { blockText, type Block } from '../model/content';
import { splitLines } from './text/lines';

describe('recogniseHeading', () => {
  it('recognises the four levels and strips the numbers', () => {
    expect(recogniseHeading('一、总体情况')).toEqual({ level: 1, text: '总体情况' });
    expect(recogniseHeading('第二部分 存在的不足和原因')).toEqual({ level: 1, text: '存在的不足和原因' });
    expect(recogniseHeading('第三部分：下一年度工作安排')).toEqual({ level: 1, text: '下一年度工作安排' });
    expect(recogniseHeading('第一部分所列工作中，宣传不够。原因是形式单一。')).toBeNull();
    expect(recogniseHeading('（二）加强规范性文件管理')).toEqual({ level: 2, text: '加强规范性文件管理' });
    expect(recogniseHeading('(3) 半角括号')).toEqual({ level: 4, text: '半角括号' });
    expect(recogniseHeading('12.严格执法')).toEqual({ level: 3, text: '严格执法' });
    expect(recogniseHeading('1、严格执法')).toEqual({ level: 3, text: '严格执法' });
    expect(recogniseHeading('## **（一）标记过的标题**')).toEqual({ level: 2, text: '标记过的标题' });
  });
  it('leaves body text alone', () => {
    expect(recogniseHeading('2024年，我局坚持以习近平法治思想为指导。')).toBeNull();
    expect(recogniseHeading('1.5亿元资金全部到位')).toBeNull();
    expect(recogniseHeading('一、我局共办理案件12件。其中行政处罚8件，行政许可4件。')).toBeNull();
    expect(recogniseHeading('（一）')).toBeNull();
  });
});

describe('plainTextToBlocks', () => {
  it('turns lines into paragraphs and sub-headings, dropping blank lines and indentation', () => {
    const r = plainTextToBlocks(
      '（一）加强学习\r\n\r\n　　我局组织学习12次。\n1.第一议题\n\t（1）制度建设\n',
    );
    expect(r.blocks).toEqual([
      { type: 'heading', level: 2, children: [{ text: '加强学习' }] },
      { type: 'paragraph', children: [{ text: '我局组织学习12次。' }] },
      { type: 'heading', level: 3, children: [{ text: '第一议题' }] },
      { type: 'heading', level: 4, children: [{ text: '制度建设' }] },
    ]);
    expect(r.headings).toBe(3);
  });

  it('splits a sub-heading from the text running on after its 。 and marks it 接排, as the import does', () => {
    const r = plainTextToBlocks(
      '（一）加强组织领导。局党组召开会议4次。\n1.健全学法制度。\n（1）全年办理案件30件，其中复议5件。\n（二）很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的句子。后文。',
    );
    expect(r.blocks).toEqual([
      { type: 'heading', level: 2, children: [{ text: '加强组织领导。' }], runIn: true },
      { type: 'paragraph', children: [{ text: '局党组召开会议4次。' }] },
      // Nothing runs on after the 。: a heading standing alone, as before.
      { type: 'heading', level: 3, children: [{ text: '健全学法制度。' }] },
      // A sentence that counts something across clauses: a numbered paragraph (readsAsSentence).
      { type: 'paragraph', children: [{ text: '（1）全年办理案件30件，其中复议5件。' }] },
      // Over 40 characters before the 。: a numbered paragraph, not a heading.
      {
        type: 'paragraph',
        children: [
          {
            text: '（二）很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的句子。后文。',
          },
        ],
      },
    ]);
    expect(r.headings).toBe(2);
  });
  it('removes control and zero-width characters and counts them', () => {
    expect(removeControlChars('a\u0000b\u200Bc\u0007\uFEFF')).toEqual({ text: 'abc', removed: 4 });
    const r = plainTextToBlocks('执法\u000B公示\u0001');
    expect(r.blocks).toEqual([{ type: 'paragraph', children: [{ text: '执法公示' }] }]);
    expect(r.removedControls).toBe(2);
  });
  it('keeps a level-1 line as a paragraph', () => {
    expect(plainTextToBlocks('二、存在的不足').blocks).toEqual([
      { type: 'paragraph', children: [{ text: '二、存在的不足' }] },
    ]);
  });
  it('handles a 100,000-character paste in one pass', () => {
    const line = '我局严格落实行政执法公示制度，全年公示执法信息共计一百二十条。';
    const text = Array.from({ length: Math.ceil(100_000 / line.length) }, () => line).join('\n');
    const r = plainTextToBlocks(text);
    expect(r.blocks.length).toBe(Math.ceil(100_000 / line.length));
  });
});

describe('plainTextToBlocks: numbered sentences', () => {
  it('keeps list items and paragraphs that start with a number as paragraphs, its short first and last items too', () => {
    const r = plainTextToBlocks(
      [
        '（一）坚持依法决策，提升决策质量',
        '（1）作出重大行政决策3项。',
        '（2）审核合同46份，提出法律意见120条；',
        '1.全年办理行政复议案件36件，纠错率8.3%；',
        '2.审查规范性文件15件。',
        '（二）坚持党的领导，全面加强组织建设，局党组专题研究法治政府建设工作3次，听取汇报2次',
      ].join('\n'),
    );
    expect(r.blocks.map((b) => (b.type === 'heading' ? `${b.level}:${blockText(b)}` : blockText(b)))).toEqual(
      [
        '2:坚持依法决策，提升决策质量',
        // Short, but the first item of a list of sentences.
        '（1）作出重大行政决策3项。',
        '（2）审核合同46份，提出法律意见120条；',
        '1.全年办理行政复议案件36件，纠错率8.3%；',
        '2.审查规范性文件15件。',
        '（二）坚持党的领导，全面加强组织建设，局党组专题研究法治政府建设工作3次，听取汇报2次',
      ],
    );
    expect(r.headings).toBe(1);
  });
});

describe('plainTextToBlocks: items numbered 1）, read as the text import reads them', () => {
  const shape = (blocks: readonly Block[]) =>
    blocks.map((b) =>
      b.type === 'heading' ? `h${b.level}${b.runIn ? '接排' : ''}:${blockText(b)}` : blockText(b),
    );

  it('1） under a （一） is its 1. level, run-on text split off as the import does', () => {
    const r = plainTextToBlocks(
      [
        '（一）抓学习，筑牢法治思想根基',
        '1）开展会前学法。局长办公会会前学法11次，学习法律法规17部。',
        '2）组织旁听庭审',
        '组织干部42人次旁听行政诉讼案件庭审。',
      ].join('\n'),
    );
    expect(shape(r.blocks)).toEqual([
      'h2:抓学习，筑牢法治思想根基',
      'h3接排:开展会前学法。',
      '局长办公会会前学法11次，学习法律法规17部。',
      'h3:组织旁听庭审',
      '组织干部42人次旁听行政诉讼案件庭审。',
    ]);
    expect(r.headings).toBe(3);
  });

  it('1） under a 1. is its （1） level; under a （1） it stays numbered text; at the top a 1.', () => {
    const r = plainTextToBlocks(
      [
        '1）加强学习',
        '（一）抓制度',
        '1.规范性文件管理',
        '1）合法性审核',
        '2）备案审查',
        '（1）备案',
        '1）报送备案',
      ].join('\n'),
    );
    expect(shape(r.blocks)).toEqual([
      'h3:加强学习',
      'h2:抓制度',
      'h3:规范性文件管理',
      'h4:合法性审核',
      'h4:备案审查',
      'h4:备案',
      '1）报送备案',
    ]);
  });

  it('takes the level below the heading the paste lands under', () => {
    expect(shape(plainTextToBlocks('1）合法性审核\n2）备案审查', { above: 3 }).blocks)).toEqual([
      'h4:合法性审核',
      'h4:备案审查',
    ]);
    expect(shape(plainTextToBlocks('1）报送备案', { above: 4 }).blocks)).toEqual(['1）报送备案']);
    expect(shape(plainTextToBlocks('1）合法性审核', { above: 2 }).blocks)).toEqual(['h3:合法性审核']);
  });

  it('keeps a 1） sentence as a numbered paragraph', () => {
    expect(
      shape(plainTextToBlocks('（一）抓执法\n1）全年办理行政处罚案件36件，纠错率8.3%；').blocks),
    ).toEqual(['h2:抓执法', '1）全年办理行政处罚案件36件，纠错率8.3%；']);
  });

  it('gives the levels the text import gives (one rule: core/import/half-bracket.ts)', () => {
    const lines = [
      '1）加强学习',
      '（一）抓制度',
      '1）开展会前学法',
      '1.规范性文件管理',
      '1）合法性审核',
      '（1）备案',
      '1）报送备案',
      '（二）抓执法',
      '2）组织旁听庭审',
    ];
    const imported = splitLines(lines.join('\n')).map((l) =>
      l.kind === 'text'
        ? l.plain
        : `h${{ section: 1, sub2: 2, sub3: 3, sub4: 4 }[l.kind]}:${l.plain.slice(l.labelLength)}`,
    );
    expect(shape(plainTextToBlocks(lines.join('\n')).blocks)).toEqual(imported);
  });
});
