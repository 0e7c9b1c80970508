/** Word's automatic numbering: the labels a numbered paragraph shows, counted as Word counts them. */
import { describe, expect, it } from 'vitest';
import {
  documentXml,
  makeDocx,
  NS,
  numbered,
  numberingXml,
  p,
  r,
} from '../../../test/fixtures/docx/make-docx';
import { readDocx } from './read';
import { formatListNumber, ListCounters, type ListFormats, type ListLevelFormat } from './numbering';

const lvl = (numFmt: string, lvlText: string, start = 1): ListLevelFormat => ({
  numFmt,
  lvlText,
  start,
  legal: false,
});

describe('formatListNumber', () => {
  it('writes the numbers of the formats Chinese documents use', () => {
    expect([1, 2, 9, 10, 11, 20, 21, 99].map((n) => formatListNumber(n, 'chineseCounting'))).toEqual([
      '一',
      '二',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
    expect(formatListNumber(105, 'chineseCountingThousand')).toBe('一百零五');
    expect(formatListNumber(110, 'chineseCountingThousand')).toBe('一百一十');
    expect([1, 10, 12].map((n) => formatListNumber(n, 'ideographDigital'))).toEqual(['一', '一〇', '一二']);
    expect(formatListNumber(3, 'chineseLegalSimplified')).toBe('叁');
    expect(formatListNumber(3, 'ideographLegalTraditional')).toBe('參');
    expect(formatListNumber(12, 'taiwaneseCountingThousand')).toBe('十二');
    expect(formatListNumber(3, 'decimalEnclosedParen')).toBe('⑶');
    expect(formatListNumber(12, 'decimal')).toBe('12');
    expect(formatListNumber(12, 'decimalFullWidth')).toBe('１２');
    expect(formatListNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatListNumber(2, 'ideographTraditional')).toBe('乙');
    expect(formatListNumber(4, 'upperRoman')).toBe('IV');
    expect(formatListNumber(27, 'lowerLetter')).toBe('aa');
    expect(formatListNumber(1, 'bullet')).toBeNull();
  });
});

describe('ListCounters', () => {
  it('counts per list and level, restarts a level when a higher one counts on, and honours start', () => {
    const outline = new Map([
      [0, lvl('chineseCounting', '%1、')],
      [1, lvl('chineseCounting', '（%2）')],
      [2, lvl('decimal', '%1.%3')],
    ]);
    const formats: ListFormats = new Map([
      ['1', { counter: 'a', levels: outline }],
      ['2', { counter: 'b', levels: new Map([[0, lvl('decimal', '%1.', 3)]]) }],
      ['3', { counter: 'c', levels: new Map([[0, lvl('bullet', '•')]]) }],
      // Another instance of list 1's abstractNum: it counts on with it.
      ['4', { counter: 'a', levels: outline }],
    ]);
    const c = new ListCounters(formats);
    expect([
      c.next('1', 0),
      c.next('1', 1),
      c.next('1', 1),
      c.next('1', 2),
      c.next('2', 0),
      c.next('1', 0),
      c.next('1', 1),
      c.next('2', 0),
      c.next('3', 0),
      c.next('9', 0),
      c.next('4', 0),
    ]).toEqual(['一、', '（一）', '（二）', '一.1', '3.', '二、', '（一）', '4.', null, null, '三、']);
  });
});

describe('readDocx', () => {
  it('gives paragraphs numbered by a Word list their rendered labels, kept out of the text', () => {
    const numbering = numberingXml([
      ['chineseCounting', '%1、'],
      ['chineseCounting', '（%2）'],
      ['decimal', '%3.'],
    ]);
    const body = [
      numbered(0, r('报送时间')),
      p(r('正文。')),
      numbered(0, r('报告内容')),
      numbered(1, r('主要举措和成效')),
      numbered(2, r('依法决策')),
      numbered(2, r('严格执法')),
      numbered(1, r('存在的不足')),
      numbered(0, r('有关要求')),
      numbered(1, r('按时报送。')),
    ].join('');
    const { paragraphs } = readDocx(makeDocx({ document: documentXml(body), numbering }));
    expect(paragraphs.map((x) => `${x.listLabel ?? ''}${x.text}`)).toEqual([
      '一、报送时间',
      '正文。',
      '二、报告内容',
      '（一）主要举措和成效',
      '1.依法决策',
      '2.严格执法',
      '（二）存在的不足',
      '三、有关要求',
      '（一）按时报送。',
    ]);
    expect(paragraphs[3]!.text).toBe('主要举措和成效');
  });

  it('numbers paragraphs whose style is linked to a list (Word heading styles), numId 0 switching it off', () => {
    const numbering = numberingXml([
      ['chineseCounting', '%1、'],
      ['chineseCounting', '（%2）'],
    ]);
    const styles =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}>` +
      '<w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:basedOn w:val="H2Base"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="H2Base"><w:name w:val="h2 base"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>' +
      '</w:styles>';
    const body = [
      p(r('报告内容'), { style: 'H1' }),
      p(r('主要举措和成效'), { style: 'H2' }),
      p(r('存在的不足'), { style: 'H2' }),
      `<w:p><w:pPr><w:pStyle w:val="H2"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>${r('不编号')}</w:p>`,
      p(r('有关要求'), { style: 'H1' }),
    ].join('');
    const { paragraphs } = readDocx(makeDocx({ document: documentXml(body), styles, numbering }));
    expect(paragraphs.map((x) => `${x.listLabel ?? ''}${x.text}`)).toEqual([
      '一、报告内容',
      '（一）主要举措和成效',
      '（二）存在的不足',
      '不编号',
      '二、有关要求',
    ]);
  });

  it('counts the instances of one list together, and an instance restarted (startOverride) on its own', () => {
    const numbering =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NS}>` +
      '<w:abstractNum w:abstractNumId="7"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>' +
      '<w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
      '</w:numbering>';
    const num = (id: number, text: string) =>
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="${id}"/></w:numPr></w:pPr>${r(text)}</w:p>`;
    const body = [num(1, '甲'), num(2, '乙'), num(3, '丙'), num(3, '丁'), num(1, '戊')].join('');
    const { paragraphs } = readDocx(makeDocx({ document: documentXml(body), numbering }));
    expect(paragraphs.map((x) => `${x.listLabel ?? ''}${x.text}`)).toEqual([
      '一、甲',
      '二、乙',
      '一、丙',
      '二、丁',
      '三、戊',
    ]);
  });
});

/** numbering.xml of one abstractNum (levels as [numFmt, lvlText, extra XML in the w:lvl]) and its w:nums. */
function numberingWith(levels: readonly [string, string, string?][], nums: readonly string[]): string {
  const lvls = levels
    .map(
      ([fmt, text, extra], i) =>
        `<w:lvl w:ilvl="${i}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/>${extra ?? ''}</w:lvl>`,
    )
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NS}>` +
    `<w:abstractNum w:abstractNumId="7">${lvls}</w:abstractNum>${nums.join('')}</w:numbering>`
  );
}
const numPara = (numId: number, ilvl: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr>${r(text)}</w:p>`;
const labelled = (numbering: string, body: string[]) =>
  readDocx(makeDocx({ document: documentXml(body.join('')), numbering })).paragraphs.map(
    (x) => `${x.listLabel ?? ''}${x.text}`,
  );

describe("Word's restart rules", () => {
  it('w:lvlRestart: 0 never restarts a level; n restarts it only after the levels above n', () => {
    const numbering = numberingWith(
      [
        ['chineseCounting', '%1、'],
        ['chineseCounting', '（%2）', '<w:lvlRestart w:val="0"/>'],
        ['decimal', '%3.', '<w:lvlRestart w:val="1"/>'],
        // Naming itself or a lower level: ignored, the default (after any higher level) holds.
        ['decimal', '(%4)', '<w:lvlRestart w:val="6"/>'],
      ],
      ['<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>'],
    );
    expect(
      labelled(numbering, [
        numPara(1, 0, '总体要求'),
        numPara(1, 1, '指导思想'),
        numPara(1, 2, '甲'),
        numPara(1, 3, '子'),
        numPara(1, 2, '乙'),
        numPara(1, 3, '丑'),
        numPara(1, 1, '工作目标'),
        numPara(1, 2, '丙'),
        numPara(1, 0, '主要任务'),
        numPara(1, 1, '依法决策'),
        numPara(1, 2, '丁'),
      ]),
    ).toEqual([
      '一、总体要求',
      '（一）指导思想',
      '1.甲',
      '(1)子',
      '2.乙',
      '(1)丑',
      '（二）工作目标',
      // restarts only after 一、-level paragraphs: counts on under （二）
      '3.丙',
      '二、主要任务',
      // never restarts
      '（三）依法决策',
      '1.丁',
    ]);
  });

  it('w:startOverride sets the shared counter where its instance is first used; the list counts on from it', () => {
    // Word's 重新开始编号 gives only the clicked paragraph a new instance (numId 2), the paragraphs after it
    // keep theirs and count on from the restarted number; 设置编号值 (numId 3) the same with any value.
    const numbering = numberingWith(
      [
        ['chineseCounting', '%1、'],
        ['chineseCounting', '（%2）'],
      ],
      [
        '<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>',
        '<w:num w:numId="2"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>',
        '<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="3"/></w:lvlOverride></w:num>',
        '<w:num w:numId="4"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="1"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
      ],
    );
    expect(
      labelled(numbering, [
        numPara(1, 0, '报送时间'),
        numPara(1, 0, '报告内容'),
        numPara(2, 0, '主要举措和成效'),
        numPara(1, 0, '第一责任人职责'),
        // the restarted instance again (a pasted paragraph): counts on, no second restart
        numPara(2, 0, '存在的不足'),
        numPara(1, 0, '主要安排'),
        numPara(3, 0, '有关要求'),
        numPara(1, 1, '按时报送'),
        numPara(4, 1, '严格审核'),
        numPara(1, 1, '主动公开'),
      ]),
    ).toEqual([
      '一、报送时间',
      '二、报告内容',
      '一、主要举措和成效',
      '二、第一责任人职责',
      '三、存在的不足',
      '四、主要安排',
      '三、有关要求',
      '（一）按时报送',
      '（五）严格审核',
      '（六）主动公开',
    ]);
  });
});
