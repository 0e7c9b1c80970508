/**
 * What Word, WPS and LibreOffice really write, beyond plain runs: each structure imported as the clerk
 * sees it on screen (text once, nothing hidden or furniture taken for text, nothing dropped).
 */
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { blockText } from '../../model/content';
import type { Report } from '../../model/report';
import { acceptedBlocks } from '../../suggestions/resolve';
import { findTemplate } from '../../../templates/index';
import {
  NS,
  commentsXml,
  documentXml,
  makeDocx,
  p,
  r,
  stylesXml,
} from '../../../test/fixtures/docx/make-docx';
import {
  altChunk,
  br,
  face,
  field,
  footnoteRef,
  footnotesXml,
  hidden,
  inlineControl,
  mhtChunk,
  moveFrom,
  moveTo,
  pageBreak,
  row,
  ruby,
  simpleField,
  symbol,
  tab,
  table,
  vmlTextBox,
  wordTextBox,
  wordToc,
} from '../../../test/fixtures/docx/producer-xml';
import { DocxImportError, importDocx, readDocx } from './index';

const template = findTemplate('statutory-five')!;
const H1 = '一、2024年度推进法治政府建设的主要举措和成效';
const H2 = '二、2024年度推进法治政府建设存在的不足和原因';
const TITLE = '某某县司法局2024年法治政府建设年度报告';
const STUDY =
  '局党组把习近平法治思想纳入理论学习中心组年度学习计划，全年专题研究法治工作4次，会前学法12次，组织全局干部参加法治理论考试，合格率100%。';
const SHORTCOMING =
  '基层执法力量不足，全县仅有持证执法人员9名，主要原因是编制有限、人员老化，专业培训机会少，难以适应新形势下依法行政的要求。';

/** Import a body (or a whole package) onto the statutory five-part outline. */
function load(body: string, bytes: Uint8Array | null = null) {
  return importDocx(bytes ?? makeDocx({ document: documentXml(body) }), { template, fallbackYear: 2024 });
}

/** A section's blocks as "H2:text" for headings, the text for paragraphs. */
function section(report: Report, id: string): string[] {
  return report.sections
    .find((s) => s.id === id)!
    .blocks.map((b) => (b.type === 'heading' ? `H${b.level}:${blockText(b)}` : blockText(b)))
    .filter((t) => t !== '');
}

function allText(report: Report): string {
  return [report.preamble, ...report.sections.map((s) => s.blocks)].flat().map(blockText).join('\n');
}

describe('text boxes', () => {
  it("Word's box (DrawingML with a VML fallback) is read once, after the paragraph it is anchored in", () => {
    const body = [
      p(r(TITLE)),
      p(r(H1)),
      p(r('全年办理行政复议案件12件。') + wordTextBox(['复议案件数据', '（单位：件）'])),
      p(r('下一段正文。')),
    ].join('');
    const { report } = load(body);
    expect(section(report, 'measures')).toEqual([
      '全年办理行政复议案件12件。',
      '复议案件数据',
      '（单位：件）',
      '下一段正文。',
    ]);
  });

  it("WPS's VML-only box is read too, and a box anchored in an empty paragraph adds no empty one", () => {
    const body = [p(vmlTextBox(['某府〔2025〕3号'])), p(r(TITLE)), p(r(H1)), p(r('正文。'))].join('');
    const { report } = load(body);
    expect(report.meta.docNumber).toBe('某府〔2025〕3号');
    expect(section(report, 'measures')).toEqual(['正文。']);
  });
});

describe('runs Word shows differently from their XML', () => {
  it('hidden text (w:vanish) is not read; symbols (w:sym) and the base of 拼音指南 are, once', () => {
    const body =
      p(r(H1)) +
      p(r('开展执法检查') + hidden('（此处请删除：填写说明）') + r('46次。')) +
      p(symbol('Wingdings', 'F0FE') + r('已完成 ') + symbol('Wingdings', 'F0A8') + r('未完成')) +
      p(r('走访') + ruby('畲', 'shē') + r('族村寨8个。'));
    const { report } = load(body);
    expect(section(report, 'measures')).toEqual([
      '开展执法检查46次。',
      '☑已完成 □未完成',
      '走访畲族村寨8个。',
    ]);
  });

  it('a tab or spaces between the 署名 and a 成文日期 in Chinese numerals written with ○, or in full-width digits', () => {
    const body =
      p(r(TITLE)) +
      p(r(H1)) +
      p(r('正文。')) +
      `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>${r('某某县司法局')}${tab}${tab}${r('二○二五年一月十日')}</w:p>`;
    expect(load(body).report.meta).toMatchObject({ signature: null, date: '2025-01-10' });
    const apart =
      p(r(TITLE)) +
      p(r(H1)) +
      p(r('正文。')) +
      p(r('某某县司法局')) +
      `<w:p><w:pPr><w:ind w:right="1280"/><w:jc w:val="right"/></w:pPr>${r('二○二五年一月十日    ')}</w:p>`;
    expect(load(apart).report.meta).toMatchObject({ signature: null, date: '2025-01-10' });
    // Typed in the IME's full-width mode: ２０２５年１月１０日, alone or after the 署名.
    const wide = p(r(TITLE)) + p(r(H1)) + p(r('正文。')) + p(r('某某县司法局　　２０２５年１月１０日'));
    expect(load(wide).report.meta).toMatchObject({ signature: null, date: '2025-01-10' });
    const wideAlone = p(r(H1)) + p(r('正文。')) + p(r('某某县司法局')) + p(r('２０２５年１月１０日'));
    expect(load(wideAlone).report.meta).toMatchObject({
      org: '某某县司法局',
      signature: null,
      date: '2025-01-10',
    });
  });
});

describe('wrappers around runs and blocks', () => {
  it('smart tags, custom XML, w:cr breaks and a section break inside a paragraph are read through', () => {
    const body =
      p(r(H1)) +
      p(
        `<w:smartTag w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="PersonName"><w:smartTagPr><w:attr w:name="ProductID" w:val="张三"/></w:smartTagPr>${r('张三')}</w:smartTag>` +
          `<w:customXml w:uri="urn:gw" w:element="count"><w:customXmlPr/>${r('同志带队检查12次。')}</w:customXml>`,
      ) +
      `<w:customXml w:uri="urn:gw" w:element="block">${p(r('第一行') + '<w:r><w:cr/></w:r>' + r('第二行'))}</w:customXml>` +
      `<w:p><w:pPr><w:sectPr><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/></w:sectPr></w:pPr>${r('横排页的说明。')}</w:p>`;
    expect(section(load(body).report, 'measures')).toEqual([
      '张三同志带队检查12次。',
      '第一行',
      '第二行',
      '横排页的说明。',
    ]);
  });

  it('a comment on a cell of a row read as one line lands on that cell’s text', () => {
    const body =
      p(r(H1)) +
      table([
        row(['执法事项', '件数']),
        `<w:tr><w:tc>${p(r('行政处罚'))}</w:tc><w:tc><w:p><w:commentRangeStart w:id="1"/>${r('36')}<w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p></w:tc></w:tr>`,
      ]);
    const comments = commentsXml([
      { id: 1, author: '审阅人', date: '2025-01-10T09:00:00Z', text: '请核实件数', paraId: '1A2B3C4D' },
    ]);
    const { report } = load('', makeDocx({ document: documentXml(body), comments }));
    expect(report.comments.map((t) => [t.anchor.exact, t.detached])).toEqual([['36', false]]);
    const cell = report.sections[0]!.blocks[1]!.children.find((l) => l.comments?.length);
    expect(cell?.text).toBe('36');
  });
});

describe('content controls and fields', () => {
  it("a control still showing Word's placeholder is empty; a filled one is read", () => {
    const body =
      p(r(H1)) +
      p(r('填报单位：') + inlineControl('单位', null)) +
      p(r('联系科室：') + inlineControl('科室', '法制科'));
    const { report } = load(body);
    expect(section(report, 'measures')).toEqual(['填报单位：', '联系科室：法制科']);
    expect(allText(report)).not.toContain('单击或点击此处');
  });

  it("Word's table of contents is not read as headings: the body's headings are", () => {
    const styles = stylesXml([{ id: 'TOC1', name: 'toc 1' }]);
    const body =
      p(r(TITLE)) +
      wordToc([
        ['一、2024年度推进法治政府建设的主要举措和成效', 1],
        ['二、2024年度推进法治政府建设存在的不足和原因', 3],
      ]) +
      p(r(H1)) +
      p(r('正文一。')) +
      p(r(H2)) +
      p(r('正文二。'));
    const { report } = load('', makeDocx({ document: documentXml(body), styles }));
    expect(report.preamble.map(blockText).filter(Boolean)).toEqual([]);
    expect(section(report, 'measures')).toEqual(['正文一。']);
    expect(section(report, 'shortcomings')).toEqual(['正文二。']);
  });

  it('a page number field in the body is furniture; a hyperlink field keeps its text', () => {
    const body =
      p(r(H1)) +
      p(r('详见') + field('HYPERLINK "http://sfj.example.gov.cn/"', '县司法局网站') + r('。')) +
      p(r('— ') + field('PAGE \\* MERGEFORMAT', '3') + r(' —')) +
      p(r('第 ') + simpleField('PAGE', '4') + r(' 页 共 ') + simpleField('NUMPAGES', '9') + r(' 页'));
    const { report } = load(body);
    // "— 3 —" and "第 4 页" are page number lines: with the number gone, nothing of them is left.
    expect(section(report, 'measures')).toEqual(['详见县司法局网站。']);
  });
});

describe('line breaks, page breaks and tables', () => {
  it('a page pasted from the web into WPS (every line ended by Shift+Enter) reads line by line', () => {
    const lines = [
      '某某县司法局',
      '2024年法治政府建设年度报告',
      H1,
      '（一）加强组织领导',
      '局党组专题研究法治工作4次。',
      H2,
      '基层执法力量不足。',
    ];
    const body =
      p(lines.map((l) => r(l)).join(br)) +
      p(r('某某县司法局') + br + r('2025年1月10日')) +
      p(pageBreak + r('抄送：县委办公室。'));
    const { report } = load(body);
    expect(report.meta).toMatchObject({ org: '某某县司法局', date: '2025-01-10', signature: null });
    expect(section(report, 'measures')).toEqual(['H2:加强组织领导', '局党组专题研究法治工作4次。']);
    expect(section(report, 'shortcomings')).toEqual(['基层执法力量不足。']);
    expect(allText(report)).not.toContain('抄送');
  });

  it('a heading style broken by Shift+Enter is still one heading', () => {
    const styles = stylesXml([{ id: 'H1', name: 'heading 1' }]);
    const body =
      p(r('2024年度推进法治政府建设的') + br + r('主要举措和成效'), { style: 'H1' }) + p(r('正文。'));
    const { report } = load('', makeDocx({ document: documentXml(body), styles }));
    expect(section(report, 'measures')).toEqual(['正文。']);
  });

  it('a 署名 beside its date in a layout table, and a 版记 table after a page break', () => {
    const body =
      p(r(TITLE)) +
      p(r(H1)) +
      p(r('正文。')) +
      table([row(['某某县司法局', '2025年1月10日'], { right: true })]) +
      p(pageBreak) +
      table(
        [row(['抄送：县委办公室，县人大常委会办公室。']), row(['某某县司法局办公室', '2025年1月10日印发'])],
        {
          borders: true,
        },
      );
    const { report } = load(body);
    expect(report.meta).toMatchObject({ signature: null, date: '2025-01-10' });
    expect(section(report, 'measures')).toEqual(['正文。']);
  });

  it('a table of statistics reads a row per line, cells apart by two full-width spaces as in the text import', () => {
    const body =
      p(r(H1)) +
      p(r('全年执法情况如下：')) +
      table([row(['执法事项', '件数']), row(['行政处罚', '36']), row(['行政检查', '120'])], {
        borders: true,
      }) +
      p(r(H2)) +
      p(r('不足。'));
    const { report } = load(body);
    expect(section(report, 'measures')).toEqual([
      '全年执法情况如下：',
      '执法事项\u3000\u3000件数',
      '行政处罚\u3000\u300036',
      '行政检查\u3000\u3000120',
    ]);
  });
});

describe('headings marked only by direct formatting', () => {
  it('a line in 黑体 is a 一、 heading, a line in 楷体 a （一） heading; the title in 黑体 stays the title', () => {
    const body =
      `<w:p><w:pPr><w:jc w:val="center"/></w:pPr>${face('黑体', TITLE)}</w:p>` +
      p(face('黑体', '2024年度推进法治政府建设的主要举措和成效')) +
      p(face('楷体_GB2312', '加强组织领导')) +
      p(face('仿宋_GB2312', STUDY)) +
      p(face('黑体', '2024年度推进法治政府建设存在的不足和原因')) +
      p(face('仿宋_GB2312', SHORTCOMING));
    const { report } = load(body);
    expect(report.meta.org).toBe('某某县司法局');
    expect(section(report, 'measures')).toEqual(['H2:加强组织领导', STUDY]);
    expect(section(report, 'shortcomings')).toEqual([SHORTCOMING]);
  });

  it('in a report set in 楷体 throughout, 楷体 marks nothing: its short lines stay text, the 署名 a 署名', () => {
    const kai = (t: string) => p(face('楷体_GB2312', t));
    const body =
      kai(TITLE) +
      kai(H1) +
      kai('加强组织领导') +
      kai(STUDY) +
      kai(SHORTCOMING) +
      kai('某某县司法局') +
      kai('2025年1月10日');
    const { report } = load(body);
    expect(section(report, 'measures')).toEqual(['加强组织领导', STUDY, SHORTCOMING]);
    expect(report.meta).toMatchObject({ org: '某某县司法局', signature: null, date: '2025-01-10' });
  });

  it('a 楷体 lead run before 仿宋 text, and a typed （一） run on after its 。 in the body face, are 接排 headings', () => {
    const body =
      p(r(H1)) +
      p(face('楷体_GB2312', '加强组织领导。') + face('仿宋_GB2312', '局党组专题研究法治工作4次。')) +
      p(r('（二）规范行政执法。全年开展执法检查46次，查处案件12件。'));
    const { report } = load(body);
    const measures = report.sections.find((s) => s.id === 'measures')!;
    expect(section(report, 'measures')).toEqual([
      'H2:加强组织领导。',
      '局党组专题研究法治工作4次。',
      'H2:规范行政执法。',
      '全年开展执法检查46次，查处案件12件。',
    ]);
    expect(measures.blocks.filter((b) => b.type === 'heading').every((b) => 'runIn' in b && b.runIn)).toBe(
      true,
    );
  });

  it('a face given by the paragraph style (WPS "标题样式" without an outline level)', () => {
    const styles =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}>` +
      '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr></w:style>' +
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="yiji"><w:name w:val="一级标题（黑体）"/><w:basedOn w:val="a"/><w:rPr><w:rFonts w:ascii="黑体" w:eastAsia="黑体"/></w:rPr></w:style>' +
      '</w:styles>';
    const body = p(r('2024年度推进法治政府建设的主要举措和成效'), { style: 'yiji' }) + p(r(STUDY));
    const { report } = load('', makeDocx({ document: documentXml(body), styles }));
    expect(section(report, 'measures')).toEqual([STUDY]);
  });

  it('a short line in 黑体 with a sentence in it stays text', () => {
    const body = p(r(H1)) + p(face('黑体', '特别提示：本年度无重大行政决策事项。请知悉。'));
    expect(section(load(body).report, 'measures')).toEqual(['特别提示：本年度无重大行政决策事项。请知悉。']);
  });
});

describe('bold from a character style', () => {
  it("Word's 要点 (Strong) character style is bold: a numbered lead set in it is a 接排 heading", () => {
    const styles =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}>` +
      '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="character" w:styleId="a4"><w:name w:val="Strong"/><w:rPr><w:b/><w:bCs/></w:rPr></w:style>' +
      '</w:styles>';
    const strong = (t: string) =>
      `<w:r><w:rPr><w:rStyle w:val="a4"/></w:rPr><w:t xml:space="preserve">${t}</w:t></w:r>`;
    const body =
      p(r(H1)) +
      p(strong('（一）加强组织领导') + r(STUDY)) +
      p(r('信访事项') + strong('按期办结率100%') + r('。'));
    const { report } = load('', makeDocx({ document: documentXml(body), styles }));
    expect(section(report, 'measures')).toEqual(['H2:加强组织领导', STUDY, '信访事项按期办结率100%。']);
    expect(report.sections[0]!.blocks[2]!.children).toEqual([
      { text: '信访事项' },
      { text: '按期办结率100%', bold: true },
      { text: '。' },
    ]);
  });

  it('Wingdings 2 check boxes are not read as Wingdings', () => {
    const body =
      p(r(H1)) +
      p(symbol('Wingdings 2', 'F052') + r('已公开 ') + symbol('Wingdings 2', 'F0A3') + r('未公开'));
    expect(section(load(body).report, 'measures')).toEqual(['☑已公开 □未公开']);
  });
});

describe('Word and WPS numbering', () => {
  const NUM_STYLE_LINKED =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>` +
    // The list style's own definition, with its levels…
    '<w:abstractNum w:abstractNumId="0"><w:nsid w:val="1F2A3B4C"/><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="gwList"/>' +
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体" w:hint="eastAsia"/></w:rPr></w:lvl>' +
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/></w:lvl>' +
    '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimalEnclosedParen"/><w:lvlText w:val="%3"/><w:lvlJc w:val="left"/></w:lvl>' +
    '</w:abstractNum>' +
    // …and the list the paragraphs use, which only links to it.
    '<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5D6E7F80"/><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="gwList"/></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
    '</w:numbering>';
  const numbered = (ilvl: number, text: string) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="2"/></w:numPr></w:pPr>${r(text)}</w:p>`;

  it('a list defined by a list style (numStyleLink) numbers headings; ⑴ (decimalEnclosedParen) is a （1） heading', () => {
    const body = [
      numbered(0, '2024年度推进法治政府建设的主要举措和成效'),
      numbered(1, '加强组织领导'),
      numbered(2, '健全学法制度'),
      p(r('全年学法10次。')),
      numbered(0, '2024年度推进法治政府建设存在的不足和原因'),
      p(r('不足。')),
    ].join('');
    const bytes = makeDocx({ document: documentXml(body), numbering: NUM_STYLE_LINKED });
    expect(readDocx(bytes).paragraphs.map((x) => x.listLabel)).toEqual([
      '一、',
      '（一）',
      '⑴',
      null,
      '二、',
      null,
    ]);
    const { report } = importDocx(bytes, { template, fallbackYear: 2024 });
    expect(section(report, 'measures')).toEqual(['H2:加强组织领导', 'H4:健全学法制度', '全年学法10次。']);
    expect(section(report, 'shortcomings')).toEqual(['不足。']);
  });

  it('a number format Word 2010+ writes as mc:AlternateContent (custom in Choice) is read from its fallback', () => {
    const numbering =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="w14">` +
      '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>' +
      '<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14"><w:numFmt w:val="custom" w:format="一, 二, 三, ..."/></mc:Choice>' +
      '<mc:Fallback><w:numFmt w:val="chineseCounting"/></mc:Fallback></mc:AlternateContent><w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/></w:lvl>' +
      '</w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>';
    const body =
      p(r(H1)) +
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="3"/></w:numPr></w:pPr>${r('加强组织领导')}</w:p>`;
    const bytes = makeDocx({ document: documentXml(body), numbering });
    expect(readDocx(bytes).paragraphs[1]!.listLabel).toBe('（一）');
    expect(section(load('', bytes).report, 'measures')).toEqual(['H2:加强组织领导']);
  });

  it("an instance's level override with its own format decides the heading level", () => {
    const numbering =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}>` +
      '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="●"/></w:lvl></w:abstractNum>' +
      '<w:num w:numId="7"><w:abstractNumId w:val="3"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%1）"/></w:lvl></w:lvlOverride></w:num>' +
      '</w:numbering>';
    const body =
      p(r(H1)) +
      `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr></w:pPr>${r('加强组织领导')}</w:p>`;
    const { report } = load('', makeDocx({ document: documentXml(body), numbering }));
    expect(section(report, 'measures')).toEqual(['H2:加强组织领导']);
  });
});

describe('track changes and notes', () => {
  it('text moved with track changes on is a pending deletion where it was and an insertion where it went', () => {
    const body =
      p(r(H1)) +
      p(r('全年开展执法检查46次。') + moveFrom('查处案件12件。')) +
      p(r('规范执法程序。') + moveTo('查处案件12件。'));
    const bytes = makeDocx({ document: documentXml(body) });
    expect(readDocx(bytes).suggestions.map((s) => [s.type, s.anchor.exact])).toEqual([
      ['delete', '查处案件12件。'],
      ['insert', '查处案件12件。'],
    ]);
    const { report } = importDocx(bytes, { template, fallbackYear: 2024 });
    const blocks = report.sections.find((s) => s.id === 'measures')!.blocks;
    expect(acceptedBlocks(blocks).map(blockText)).toEqual([
      '全年开展执法检查46次。',
      '规范执法程序。查处案件12件。',
    ]);
  });

  it('an endnote is kept the same way', () => {
    const endnotes =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes ${NS}>` +
      '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>' +
      `<w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r>${r(' 数据来源：县统计局。')}</w:p></w:endnote></w:endnotes>`;
    const body =
      p(r(H1)) + p(r('全年新增就业1260人') + '<w:r><w:endnoteReference w:id="1"/></w:r>' + r('。'));
    const { report } = load(
      '',
      makeDocx({ document: documentXml(body), extra: { 'word/endnotes.xml': endnotes } }),
    );
    expect(section(report, 'measures')).toEqual(['全年新增就业1260人。', '注：数据来源：县统计局。']);
  });

  it('a footnote is kept as 注 after the paragraph that refers to it; separator notes are not text', () => {
    const body = p(r(H1)) + p(r('行政复议纠错率为8.3%') + footnoteRef(1) + r('。')) + p(r('下一段。'));
    const bytes = makeDocx({
      document: documentXml(body),
      footnotes: footnotesXml(NS, [[1, '纠错率按撤销、变更、确认违法和责令履行的案件数计算。']]),
    });
    const { report } = importDocx(bytes, { template, fallbackYear: 2024 });
    expect(section(report, 'measures')).toEqual([
      '行政复议纠错率为8.3%。',
      '注：纠错率按撤销、变更、确认违法和责令履行的案件数计算。',
      '下一段。',
    ]);
  });
});

describe('the 成文日期', () => {
  it('a date picker content control holding the 成文日期 is read; one still showing its placeholder is no date', () => {
    const picker = (text: string | null) =>
      '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:sdt><w:sdtPr><w:alias w:val="成文日期"/>' +
      (text === null ? '<w:showingPlcHdr/>' : '') +
      '<w:date w:fullDate="2025-01-10T00:00:00Z"><w:dateFormat w:val="yyyy\'年\'M\'月\'d\'日\'"/><w:lid w:val="zh-CN"/><w:calendar w:val="gregorian"/></w:date></w:sdtPr>' +
      `<w:sdtContent>${r(text ?? '单击或点击此处输入日期。')}</w:sdtContent></w:sdt></w:p>`;
    const base = p(r(TITLE)) + p(r(H1)) + p(r('正文。')) + p(r('某某县司法局'));
    expect(load(base + picker('2025年1月10日')).report.meta).toMatchObject({
      date: '2025-01-10',
      signature: null,
    });
    const empty = load(base + picker(null));
    expect(empty.report.meta.date).toBeNull();
    expect(allText(empty.report)).not.toContain('单击或点击此处');
  });

  it('a closing date without its day is kept as text with the note the text import gives', () => {
    const body = p(r(TITLE)) + p(r(H1)) + p(r('正文。')) + p(r('某某县司法局')) + p(r('2026年1月'));
    const { report, notes } = load(body);
    expect(report.meta.date).toBeNull();
    expect(section(report, 'measures')).toContain('2026年1月');
    expect(notes).toContain(
      '文末“2026年1月”缺少日，不是完整的成文日期，已作为正文保留；请在报告信息中填写成文日期。',
    );
  });

  it('a closing date without its day typed in full-width digits is noted the same', () => {
    const body = p(r(H1)) + p(r('正文。')) + p(r('某某县司法局')) + p(r('２０２６年１月'));
    expect(load(body).notes).toContain(
      '文末“２０２６年１月”缺少日，不是完整的成文日期，已作为正文保留；请在报告信息中填写成文日期。',
    );
  });

  it('a date the calendar lacks is noted too', () => {
    const body = p(r(H1)) + p(r('正文。')) + p(r('某某县司法局')) + p(r('2026年2月30日'));
    expect(load(body).notes).toContain('文末“2026年2月30日”不是有效日期，已作为正文保留。');
  });
});

describe('packages', () => {
  const body =
    p(r(TITLE)) + p(r(H1)) + p(r('全年办理复议案件12件。')) + p(r('某某县司法局')) + p(r('2025年1月10日'));
  const expectRead = (bytes: Uint8Array) => {
    const { report } = importDocx(bytes, { template, fallbackYear: 2020 });
    expect(report.meta).toMatchObject({ org: '某某县司法局', year: 2024, date: '2025-01-10' });
    expect(section(report, 'measures')).toEqual(['全年办理复议案件12件。']);
  };

  it('Strict Open XML (purl.oclc.org namespaces and relationship types), saved as .docx', () => {
    const strictNs = 'xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"';
    const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${strictNs} w:conformance="strict"><w:body>${body}</w:body></w:document>`;
    expectRead(
      makeDocx({
        document,
        styles: stylesXml([]).replace(/xmlns:w="[^"]*"/, strictNs),
        relationshipNamespace: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
      }),
    );
  });

  it('WordprocessingML under another prefix or as the default namespace', () => {
    const ns = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
    const other = `<ns0:document xmlns:ns0="${ns}"><ns0:body>${body.replace(/<(\/?)w:/g, '<$1ns0:').replace(/ w:/g, ' ns0:')}</ns0:body></ns0:document>`;
    expectRead(makeDocx({ document: other }));
    const plain = `<document xmlns="${ns}"><body>${body.replace(/<(\/?)w:/g, '<$1').replace(/ w:(?!space)/g, ' ')}</body></document>`;
    expectRead(makeDocx({ document: plain }));
  });

  it('a macro-enabled .docm renamed .docx: the text is read, the macros never', () => {
    expectRead(
      makeDocx({
        document: documentXml(body),
        documentContentType: 'application/vnd.ms-word.document.macroEnabled.main+xml',
        extra: { 'word/vbaProject.bin': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3]) },
      }),
    );
  });

  it('a main document named by the relationships, not word/document.xml', () => {
    expectRead(makeDocx({ document: documentXml(body), documentName: 'word/document2.xml' }));
  });

  it('a web page, MHT, RTF or PDF named .docx (a website\'s or OA system\'s "Word" download) says what it is', () => {
    const codeOf = (text: string) => {
      try {
        readDocx(strToU8(text));
        return 'read';
      } catch (e) {
        return (e as DocxImportError).code;
      }
    };
    const wordHtml =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">\n' +
      '<head><meta charset="utf-8"><title>报告</title></head><body><p>某某县司法局2024年法治政府建设年度报告</p></body></html>';
    expect(codeOf(wordHtml)).toBe('web-page');
    expect(codeOf(`\uFEFF<!DOCTYPE html>\n<html><body><p>正文</p></body></html>`)).toBe('web-page');
    const mht =
      'MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="----=_NextPart_01DB"\r\n\r\n' +
      '------=_NextPart_01DB\r\nContent-Type: text/html; charset="utf-8"\r\n\r\n<html><body>正文</body></html>';
    expect(codeOf(mht)).toBe('web-page');
    expect(codeOf('{\\rtf1\\ansi\\ansicpg936 {\\fonttbl}正文}')).toBe('rtf');
    expect(codeOf('%PDF-1.7\n%âãÏÓ\n1 0 obj')).toBe('pdf');
    expect(codeOf('某某县司法局2024年法治政府建设年度报告')).toBe('not-zip');
    expect(() => readDocx(strToU8(wordHtml))).toThrow(
      /这是网页（HTML 或 MHT）格式的文件.*另存为” \.docx \/ an HTML or MHT web page/,
    );
  });

  it('an Excel or OpenDocument file named .docx says what it is', () => {
    const xlsx = zipSync({
      '[Content_Types].xml': strToU8('<Types/>'),
      'xl/workbook.xml': strToU8('<workbook/>'),
    });
    expect(() => readDocx(xlsx)).toThrow(DocxImportError);
    expect(() => readDocx(xlsx)).toThrow(/Excel 表格.*\/ an Excel workbook/);
    const odt = zipSync({
      mimetype: strToU8('application/vnd.oasis.opendocument.text'),
      'content.xml': strToU8('<office:document-content/>'),
    });
    expect(() => readDocx(odt)).toThrow(/OpenDocument 文档（\.odt）.*另存为/);
  });
});

describe('content Word imports on opening (w:altChunk)', () => {
  const page =
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>报告</title><style>p { font-family: 仿宋; }</style></head><body>' +
    '<p style="text-align:center">某某县司法局2024年法治政府建设年度报告</p>' +
    '<p>县委、县政府：</p><p>　　现将有关情况报告如下：</p>' +
    `<h2>${H1}</h2>` +
    '<p>　　<strong>（一）加强组织领导。</strong>局党组专题研究法治工作4次&nbsp;，全年会前学法12次。</p>' +
    '<table><tr><td>事项</td><td>件数</td></tr><tr><td>行政复议</td><td>12</td></tr></table>' +
    `<h2>${H2}</h2><p>\u3000\u3000基层执法力量不足。<br>人员老化。</p>` +
    '<p style="text-align:right">某某县司法局<br>2025年1月10日</p></body></html>';

  it('a web app\'s "下载为 Word" (an MHT page in a .docx, html-docx-js style) is read as its paragraphs', () => {
    const bytes = makeDocx({
      document: documentXml(altChunk('htmlChunk')),
      relationships: [['htmlChunk', 'aFChunk', 'afchunk.mht']],
      extra: { 'word/afchunk.mht': mhtChunk(page) },
    });
    const { report, notes } = load('', bytes);
    expect(report.meta).toMatchObject({
      org: '某某县司法局',
      recipient: '县委、县政府',
      date: '2025-01-10',
      signature: null,
    });
    expect(section(report, 'measures')).toEqual([
      'H2:加强组织领导。',
      '局党组专题研究法治工作4次 ，全年会前学法12次。',
      '事项\u3000\u3000件数',
      '行政复议\u3000\u300012',
    ]);
    expect(section(report, 'shortcomings')).toEqual(['基层执法力量不足。', '人员老化。']);
    expect(allText(report)).not.toContain('font-family');
    expect(notes.join('')).not.toContain('未能导入');
  });

  it("an HTML chunk next to the body's own paragraphs keeps its place; an RTF chunk is said not read", () => {
    const bytes = makeDocx({
      document: documentXml(p(r(H1)) + altChunk('c1') + p(r('正文之后。')) + altChunk('c2')),
      relationships: [
        ['c1', 'aFChunk', 'chunk1.htm'],
        ['c2', 'aFChunk', 'chunk2.rtf'],
      ],
      extra: {
        'word/chunk1.htm': '<html><body><p>插入的段落。</p></body></html>',
        'word/chunk2.rtf': '{\\rtf1\\ansi 正文}',
      },
    });
    const { report, notes } = load('', bytes);
    expect(section(report, 'measures')).toEqual(['插入的段落。', '正文之后。']);
    expect(notes).toContain(
      '文档中有 1 处以其他格式（如 RTF）嵌入的内容未能导入：请在 Word 或 WPS 中打开并“另存为” .docx 后再导入。',
    );
  });
});

describe('page clutter', () => {
  it('a page pasted from a website or converted from a PDF: its chrome and page numbers are dropped, and said so', () => {
    const body =
      p(r(TITLE)) +
      p(r('来源：某某县司法局　发布时间：2025-01-20 09:30　浏览次数：')) +
      p(r('【字体：大 中 小】【打印本页】【关闭窗口】')) +
      p(r(H1)) +
      p(r('全年办理复议案件12件。')) +
      p(r('36')) +
      p(r('5\u3000\u30008')) +
      p(r('— 2 —')) +
      p(r('第3页 共8页')) +
      p(r('某某县司法局')) +
      p(r('2025年1月10日'));
    const { report, notes } = load(body);
    expect(report.preamble.map(blockText).filter(Boolean)).toEqual([]);
    // A bare number is a figure in a Word file (a cell of a one-column table), not a page number: kept.
    // Nor is a row of figures read as one line.
    expect(section(report, 'measures')).toEqual(['全年办理复议案件12件。', '36', '5\u3000\u30008']);
    expect(report.meta.date).toBe('2025-01-10');
    expect(notes.find((n) => n.startsWith('文中的页码和网页栏目'))).toContain('等 4 行');
  });
});
