import { acceptedBlocks } from '../../suggestions/resolve';
import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { blockText } from '../../model/content';
import { findTemplate } from '../../../templates/index';
import {
  documentXml,
  makeDocx,
  numbered,
  numberingXml,
  p,
  r,
  stylesXml,
} from '../../../test/fixtures/docx/make-docx';
import { reviewDocx } from '../../../test/fixtures/docx/review-fixture';
import {
  lyingBomb,
  nestedZip,
  overlappingEntries,
  overlappingRanges,
} from '../../../test/fixtures/docx/hostile-zip';
import { DocxImportError, importDocx, readDocx } from './index';

const template = findTemplate('zhanjiang-department')!;
const texts = (blocks: readonly { children: { text: string }[] }[]) =>
  blocks.map((b) => b.children.map((c) => c.text).join(''));

describe('readDocx: Word comments', () => {
  const { threads } = readDocx(reviewDocx());

  it('groups replies under their thread through commentsExtended and reads author, initials, date', () => {
    expect(threads).toHaveLength(4);
    const first = threads[0]!;
    expect(first.anchor.exact).toBe('党的二十届三中全会精神');
    expect(first.anchor.prefix.endsWith('局党组把学习贯彻')).toBe(true);
    expect(first.anchor.suffix.startsWith('作为第一议题')).toBe(true);
    expect(first.comments.map((c) => [c.author, c.initials, c.createdAt, c.text])).toEqual([
      ['张三', '张', '2025-01-10T10:00:00Z', '请补充学习次数'],
      ['李四', '李', '2025-01-11T08:30:00Z', '已补充'],
    ]);
  });

  it('reads the resolved state, ranges across paragraphs, and a comment on deleted text as detached', () => {
    const [, resolved, across, deleted] = threads;
    expect(resolved!.resolved).toBe(true);
    expect(resolved!.anchor.exact).toBe('落实会前学法制度');
    expect(across!.anchor.exact).toBe('党组会、理论学习中心组等形式宣传。\n开展“宪法宣传周”活动');
    expect(deleted!.detached).toBe(true);
    expect(deleted!.anchor.exact).toBe('亲自部署重大执法事项');
  });
});

describe('importDocx', () => {
  it('maps a report without heading styles onto the template, nothing dropped', () => {
    const { report, notes } = importDocx(reviewDocx(), { template, fallbackYear: 2020 });
    expect(report.meta).toMatchObject({
      org: '某某市某某局',
      year: 2024,
      title: null,
      signature: null,
      date: '2025-01-15',
    });
    expect(texts(report.preamble)).toEqual([
      '2024年，我局坚持以习近平法治思想为指导，现将有关情况报告如下：',
    ]);
    const byId = new Map(report.sections.map((s) => [s.id, s]));
    expect(texts(byId.get('study-spirit')!.blocks)).toEqual([
      '局党组把学习贯彻党的二十届三中全会精神作为第一议题，全年组织专题学习12次。',
      '健全学法制度。',
      '制定年度学法计划，落实会前学法制度，全年集体学法6次。',
    ]);
    expect(byId.get('study-spirit')!.blocks[1]).toMatchObject({ type: 'heading', level: 2 });
    // The reviewer's tracked deletion comes in as a pending 修订: the text is kept, marked deleted.
    expect(texts(byId.get('first-responsible')!.blocks)).toEqual([
      '主要负责人亲自部署重大执法事项听取法治工作汇报4次。',
    ]);
    expect(texts(acceptedBlocks(byId.get('first-responsible')!.blocks))).toEqual([
      '主要负责人听取法治工作汇报4次。',
    ]);
    expect(report.suggestions.map((s) => [s.type, s.anchor.exact, s.detached])).toEqual([
      ['delete', '亲自部署重大执法事项', false],
    ]);
    expect(texts(byId.get('shortcomings')!.blocks)).toEqual(['一是学法用法本领有待提高。']);
    // A heading the template lacks becomes an extra section right after the one it followed.
    const ids = report.sections.map((s) => s.id);
    expect(ids.indexOf('extra-1')).toBe(ids.indexOf('shortcomings') + 1);
    expect(byId.get('extra-1')!.heading).toBe('关于档案数字化工作');
    expect(notes.join('\n')).toContain('附加部分');
  });

  it('places the comments on the imported text; the deleted one stays detached with its quote', () => {
    const { report } = importDocx(reviewDocx(), { template, fallbackYear: 2020 });
    expect(report.comments).toHaveLength(4);
    const [first, resolved, across, deleted] = report.comments;
    expect(first!.detached).toBe(false);
    expect(first!.anchor).toMatchObject({ sectionId: 'study-spirit', blockIndex: 0, offset: 8 });
    const marked = report.sections[0]!.blocks[0]!.children.find((l) => l.comments?.includes(first!.id));
    expect(marked?.text).toBe('党的二十届三中全会精神');
    expect(resolved!.resolved).toBe(true);
    expect(across!.anchor.sectionId).toBe('rule-of-law-thought');
    expect(across!.anchor.exact).toBe('党组会、理论学习中心组等形式宣传。\n开展“宪法宣传周”活动');
    expect(deleted!.detached).toBe(true);
    expect(deleted!.anchor.exact).toBe('亲自部署重大执法事项');
  });

  it('reads 文号, a title with 关于 over two lines, 主送机关, a signature and a date in Chinese numerals', () => {
    const body = [
      p(r('某司法〔2025〕3号')),
      p(r('某某县司法局关于2024年')),
      p(r('法治政府建设情况的报告')),
      p(r('县委、县政府：')),
      p(r('现将有关情况报告如下：')),
      p(r('一、2024年度推进法治政府建设的主要举措和成效')),
      p(r('办理复议案件3件。')),
      p(r('某某县司法局办公室')),
      p(r('二〇二五年一月十日')),
    ].join('');
    const { report } = importDocx(makeDocx({ document: documentXml(body) }), {
      template,
      fallbackYear: 2020,
    });
    expect(report.meta).toMatchObject({
      org: '某某县司法局',
      year: 2024,
      title: '某某县司法局关于2024年法治政府建设情况的报告',
      recipient: '县委、县政府',
      docNumber: '某司法〔2025〕3号',
      signature: '某某县司法局办公室',
      date: '2025-01-10',
    });
    expect(texts(report.preamble)).toEqual(['现将有关情况报告如下：']);
  });

  it('takes outline levels from styles: own outlineLvl, basedOn chain, and "heading N" / "标题 N" names', () => {
    const styles = stylesXml([
      { id: 'H1', name: 'heading 1' },
      { id: 'MyH2', name: '二级', basedOn: 'Base2' },
      { id: 'Base2', name: 'base', outlineLvl: 1 },
      { id: 'Biaoti3', name: '标题 3' },
    ]);
    const body = [
      p(r('2024年法治政府建设年度报告')),
      p(r('主要举措和成效'), { style: 'H1' }),
      p(r('健全依法决策机制'), { style: 'MyH2' }),
      p(r('严格合法性审核'), { style: 'Biaoti3' }),
      p(r('审核规范性文件15件。')),
      p(r('下一年度主要安排'), { outlineLvl: 0 }),
      p(r('继续推进。')),
    ].join('');
    const { report } = importDocx(makeDocx({ document: documentXml(body), styles }), {
      template,
      fallbackYear: 2020,
    });
    const measures = report.sections.find((s) => s.id === 'measures')!;
    expect(
      measures.blocks.map((b) => (b.type === 'heading' ? `${b.level}:${blockText(b)}` : blockText(b))),
    ).toEqual(['2:健全依法决策机制', '3:严格合法性审核', '审核规范性文件15件。']);
    expect(texts(report.sections.find((s) => s.id === 'next-year')!.blocks)).toEqual(['继续推进。']);
  });

  it("takes headings numbered by Word's automatic lists from the label's shape", () => {
    const numbering = numberingXml([
      ['chineseCounting', '%1、'],
      ['chineseCounting', '（%1）'],
      ['decimal', '%1.'],
      ['decimal', '（%1）'],
    ]);
    const body = [
      numbered(0, r('2024年度推进法治政府建设的主要举措和成效')),
      numbered(1, r('健全依法决策机制')),
      numbered(2, r('严格合法性审核')),
      numbered(3, r('审核程序')),
      p(r('审核文件15件。')),
      numbered(
        2,
        r(
          '这是一个很长的编号段落，它有完整的句子和标点，说明它是列表中的一项内容而不是小标题，所以应当保留为正文。',
        ),
      ),
      numbered(0, r('存在的不足和原因')),
      p(r('培训不足。')),
    ].join('');
    const { report } = importDocx(makeDocx({ document: documentXml(body), numbering }), {
      template,
      fallbackYear: 2024,
    });
    const measures = report.sections.find((s) => s.id === 'measures')!;
    expect(measures.blocks.map((b) => (b.type === 'heading' ? b.level : 0))).toEqual([2, 3, 4, 0, 0]);
    expect(texts(report.sections.find((s) => s.id === 'shortcomings')!.blocks)).toEqual(['培训不足。']);
  });

  it('keeps list items and typed-number paragraphs that read as sentences as paragraphs', () => {
    const numbering = numberingXml([
      ['chineseCounting', '%1、'],
      ['chineseCounting', '（%2）'],
      ['decimal', '%3.'],
    ]);
    const body = [
      numbered(0, r('2024年度推进法治政府建设的主要举措和成效')),
      numbered(1, r('坚持依法决策，提升决策质量')),
      numbered(2, r('全年办理行政复议案件36件，纠错率8.3%；')),
      numbered(2, r('组织开展法治培训12场次，参训干部职工1500余人次；')),
      p(r('（二）坚持党的领导，全面加强组织建设，局党组专题研究法治政府建设工作3次，听取汇报2次')),
      p(r('（三）强化执法监督，规范执法行为')),
      // Bold before the text: a 接排 heading by its formatting, though it ends with a comma.
      p(r('（四）严格规范执法，', { bold: true }) + r('全年办理行政处罚案件268件，罚没款120.5万元。')),
      numbered(0, r('存在的不足和原因')),
      p(r('培训不足。')),
    ].join('');
    const { report } = importDocx(makeDocx({ document: documentXml(body), numbering }), {
      template,
      fallbackYear: 2024,
    });
    const measures = report.sections.find((s) => s.id === 'measures')!;
    expect(
      measures.blocks.map((b) => (b.type === 'heading' ? `${b.level}:${blockText(b)}` : blockText(b))),
    ).toEqual([
      '2:坚持依法决策，提升决策质量',
      // list items that read as sentences: paragraphs, with the numbers Word showed
      '1.全年办理行政复议案件36件，纠错率8.3%；',
      '2.组织开展法治培训12场次，参训干部职工1500余人次；',
      '（二）坚持党的领导，全面加强组织建设，局党组专题研究法治政府建设工作3次，听取汇报2次',
      '2:强化执法监督，规范执法行为',
      '2:严格规范执法，',
      '全年办理行政处罚案件268件，罚没款120.5万元。',
    ]);
  });

  it('keeps tables, hyperlinks and inserted text as paragraphs', () => {
    const body =
      p(r('一、2024年度推进法治政府建设的主要举措和成效')) +
      `<w:tbl><w:tr><w:tc>${p(r('表格内容'))}</w:tc></w:tr></w:tbl>` +
      p(
        `<w:hyperlink r:id="rId9">${r('链接文字')}</w:hyperlink><w:ins w:id="5" w:author="a" w:date="2025-01-01T00:00:00Z">${r('插入的字')}</w:ins>`,
      );
    const { report } = importDocx(makeDocx({ document: documentXml(body) }), {
      template,
      fallbackYear: 2024,
    });
    expect(texts(report.sections.find((s) => s.id === 'measures')!.blocks)).toEqual([
      '表格内容',
      '链接文字插入的字',
    ]);
  });

  it('reads the 附件说明 before the 署名 as 附件 names, and a numbered sub-heading of 60 characters alone on its line', () => {
    const long =
      '严格落实行政规范性文件合法性审核制度和备案审查制度确保全年审核的每一件规范性文件均经过法制审核并按时报';
    expect(long.length).toBeGreaterThan(50);
    const body = [
      p(r('某某县司法局2024年法治政府建设年度报告')),
      p(r('一、2024年度推进法治政府建设的主要举措和成效')),
      p(r(`（一）${long}`)),
      p(r('审核规范性文件15件。')),
      p(r('附件：1.2024年度行政执法数据统计表')),
      p(r('2.法治政府建设工作台账。')),
      p(r('某某县司法局')),
      p(r('2025年1月10日')),
    ].join('');
    const { report } = importDocx(makeDocx({ document: documentXml(body) }), {
      template,
      fallbackYear: 2024,
    });
    expect(report.attachments).toEqual([
      { name: '2024年度行政执法数据统计表' },
      { name: '法治政府建设工作台账' },
    ]);
    const measures = report.sections.find((s) => s.id === 'measures')!;
    expect(
      measures.blocks.map((b) => (b.type === 'heading' ? `${b.level}:${blockText(b)}` : blockText(b))),
    ).toEqual([`2:${long}`, '审核规范性文件15件。']);
    expect(report.meta.signature).toBeNull();
    expect(report.meta.date).toBe('2025-01-10');
  });
});

describe('bad input is refused with a clear error', () => {
  const code = (bytes: Uint8Array): string => {
    try {
      readDocx(bytes);
      return 'accepted';
    } catch (e) {
      expect(e).toBeInstanceOf(DocxImportError);
      expect((e as Error).message).toMatch(/ \/ /); // 中文 / English
      return (e as DocxImportError).code;
    }
  };

  it('not a zip', () => {
    expect(code(strToU8('这不是 Word 文件'))).toBe('not-zip');
  });

  it('an old .doc / WPS file or a password-protected Word file (OLE) named .docx: says what to do', () => {
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...strToU8('rest')]);
    expect(code(ole)).toBe('old-word');
    expect(() => readDocx(ole)).toThrow(/另存为” \.docx/);
  });

  it('a corrupt zip: damaged compressed data', () => {
    // One entry, its deflated data from byte 47 (30-byte header + the 17-byte name): damage its middle.
    const bytes = zipSync({ 'word/document.xml': strToU8(documentXml(p(r('法治政府建设'.repeat(300))))) });
    for (let i = 60; i < 90; i++) bytes[i] = bytes[i]! ^ 0xa5;
    expect(code(bytes)).toBe('corrupt');
  });

  it('a file cut short (a download that stopped) and an empty file: said so, in both languages', () => {
    const good = reviewDocx();
    expect(code(good.slice(0, good.length >> 1))).toBe('truncated');
    expect(code(good.slice(0, 10))).toBe('truncated');
    expect(() => readDocx(good.slice(0, 100))).toThrow(/不完整.*\/ the DOCX file is incomplete/);
    expect(code(new Uint8Array(0))).toBe('empty');
    expect(() => readDocx(new Uint8Array(0))).toThrow(/文件是空的（0 字节）.*\/ the file is empty/);
  });

  it('a zip without word/document.xml', () => {
    expect(code(zipSync({ 'a.txt': strToU8('x') }))).toBe('not-docx');
  });

  it('a zip bomb: declared size over the cap, before inflating', () => {
    const bytes = makeDocx({ document: documentXml(p(r('正文'))) });
    // Rewrite the declared size of word/document.xml in the central directory to 1 GiB.
    const name = strToU8('word/document.xml');
    for (let i = 0; i < bytes.length - 46; i++) {
      if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 1 && bytes[i + 3] === 2) {
        const nameLen = bytes[i + 28]! | (bytes[i + 29]! << 8);
        const n = bytes.subarray(i + 46, i + 46 + nameLen);
        if (nameLen === name.length && n.every((b, k) => b === name[k]))
          new DataView(bytes.buffer).setUint32(i + 24, 1 << 30, true);
      }
    }
    expect(code(bytes)).toBe('bomb');
  });

  it('a zip bomb: highly compressible content larger than 50 MiB', () => {
    const big = new Uint8Array(51 * 1024 * 1024).fill(0x20);
    expect(code(zipSync({ 'word/document.xml': big }, { level: 1 }))).toBe('bomb');
  });

  it('a zip bomb that lies: declares 5,196 bytes, inflates to 60 MiB; stopped by the output, not the header', () => {
    const bytes = lyingBomb(60 << 20, 5196);
    expect(code(bytes)).toBe('bomb');
    expect(() => readDocx(bytes)).toThrow(/declares/);
    // Under the total cap, a lie is still a lie: the part stops at the size it declared.
    expect(code(lyingBomb(1 << 20, 5196))).toBe('bomb');
  });

  it('several central-directory entries over one stream are refused before inflating', () => {
    expect(code(overlappingEntries(5))).toBe('overlapping');
    expect(code(overlappingEntries(1000, 1 << 16))).toBe('overlapping');
    expect(code(overlappingRanges())).toBe('overlapping');
  });

  it('a zip nested as document.xml is never unpacked: bad XML naming the part', () => {
    expect(code(nestedZip())).toBe('bad-xml');
    expect(() => readDocx(nestedZip())).toThrow(/word\/document\.xml/);
  });

  it.each([
    ['random bytes', Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919 + 13) % 256)],
    ['random ASCII', strToU8('x'.repeat(50) + ' <<>> & !! ' + 'y'.repeat(50))],
    [
      'unclosed tags',
      strToU8(documentXml(p(r('第一段')) + p(r('第二段'))).replace('</w:body></w:document>', '')),
    ],
    ['a paragraph left open', strToU8(documentXml(p(r('第一段')) + p(r('第二段'))).replace('</w:p>', ''))],
  ])('XML that does not parse (%s) is an error naming the part, never an empty report', (_name, doc) => {
    const bytes = zipSync({ 'word/document.xml': doc });
    expect(code(bytes)).toBe('bad-xml');
    expect(() => readDocx(bytes)).toThrow(/word\/document\.xml/);
    const styles = zipSync({
      'word/document.xml': strToU8(documentXml(p(r('正文')))),
      'word/styles.xml': doc,
    });
    expect(() => readDocx(styles)).toThrow(/word\/styles\.xml/);
  });

  it('too many entries', () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 2100; i++) files[`f${i}.xml`] = new Uint8Array(0);
    expect(code(zipSync(files))).toBe('too-many-entries');
  });

  it('XML with a DTD or entities is refused, never resolved', () => {
    const xxe =
      '<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>' +
      '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>';
    expect(code(makeDocx({ document: xxe }))).toBe('dtd');
    const lol = documentXml(p(r('x'))).replace(
      '<w:document',
      '<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]><w:document',
    );
    expect(code(makeDocx({ document: documentXml(p(r('x'))), comments: lol }))).toBe('dtd');
  });

  it('a huge file', () => {
    const huge = new Uint8Array(31 * 1024 * 1024);
    huge.set([0x50, 0x4b, 3, 4]);
    expect(code(huge)).toBe('too-large');
  });

  it('decodes the predefined entities and character references only', () => {
    const { paragraphs } = readDocx(makeDocx({ document: documentXml(p(r('A&B <C> “引号” &#x4E00;'))) }));
    expect(paragraphs[0]!.text).toBe('A&B <C> “引号” &#x4E00;'); // escaped by the writer: literal text
    const raw = makeDocx({
      document: documentXml('<w:p><w:r><w:t>&#x4E00;&amp;&unknown;</w:t></w:r></w:p>'),
    });
    expect(readDocx(raw).paragraphs[0]!.text).toBe('一&&unknown;');
  });
});

describe('importDocx: template choice', () => {
  it('without a template, picks the shipped outline the headings fit', async () => {
    const { shippedTemplates } = await import('../../../templates/index');
    const body = [
      p(r('某某县某某局2024年法治政府建设年度报告')),
      p(r('一、工作开展情况')),
      p(r('全年办理案件20件。')),
      p(r('二、存在的问题')),
      p(r('基层力量不足。')),
      p(r('三、下一步工作打算')),
      p(r('加强培训。')),
    ].join('');
    const { report, notes } = importDocx(makeDocx({ document: documentXml(body) }), {
      templates: shippedTemplates(),
      fallbackYear: 2020,
    });
    expect(report.templateId).toBe('county-three');
    expect(report.meta).toMatchObject({ org: '某某县某某局', year: 2024 });
    expect(notes[0]).toContain('选用模板');
  });
});
