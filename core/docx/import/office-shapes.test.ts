/**
 * Word files as offices make them, each a defect the Word corpus (docx-unseen-2.ts) found: a joint 版头
 * in a borderless table, a bold 接排 sub-heading keeping its 。, 修订 on the title and the 成文日期, the
 * 成文日期 as a date field.
 */
import { describe, expect, it } from 'vitest';
import { importDocx } from './index';
import { documentXml, makeDocx, p, r } from '../../../test/fixtures/docx/make-docx';
import { blockText } from '../../model/content';
import { shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';
import { field, simpleField } from '../../../test/fixtures/docx/producer-xml';

const opts = { templates: shippedTemplates(), vocabulary: outlineVocabulary(), fallbackYear: 2024 };
const PARTS = [
  '一、2025年法治政府建设工作开展情况',
  '落实行政执法三项制度，评查行政执法案卷380卷。',
  '二、存在的问题',
  '乡镇执法人员持证率不高。',
  '三、下一步工作打算',
  '开展乡镇执法人员全员轮训。',
].map((t) => p(r(t)));
const cell = (text: string, merge = '') =>
  `<w:tc><w:tcPr>${merge}</w:tcPr><w:p>${text ? r(text) : ''}</w:p></w:tc>`;

describe('a joint 版头 in a borderless table', () => {
  it('leaves both organs and "文件" out of the title, and reads the 文号 and the title under them', () => {
    const head =
      '<w:tbl><w:tblPr><w:tblBorders><w:top w:val="nil"/><w:bottom w:val="nil"/></w:tblBorders></w:tblPr>' +
      `<w:tr>${cell('中共某县委员会')}${cell('文件', '<w:vMerge w:val="restart"/>')}</w:tr>` +
      `<w:tr>${cell('某县人民政府')}${cell('', '<w:vMerge/>')}</w:tr></w:tbl>`;
    const body = [
      head,
      p(r('某发〔2026〕3号'), { center: true }),
      p(r('中共某县委员会　某县人民政府'), { center: true }),
      p(r('关于2025年法治政府建设情况的报告'), { center: true }),
      p(r('市委、市人民政府：')),
      ...PARTS,
      p(r('中共某县委员会')),
      p(r('某县人民政府')),
      p(r('2026年1月20日')),
    ].join('');
    const { report } = importDocx(makeDocx({ document: documentXml(body) }), opts);
    expect(report.meta).toMatchObject({
      docNumber: '某发〔2026〕3号',
      title: '中共某县委员会　某县人民政府关于2025年法治政府建设情况的报告',
      recipient: '市委、市人民政府',
      signature: '中共某县委员会 某县人民政府',
    });
    expect(report.preamble.map(blockText)).toEqual([]);
  });
});

describe('a bold 接排 sub-heading', () => {
  it('keeps the 。 it ran on with, as the text import does, its text a paragraph of its own', () => {
    const body = [
      p(r('某县司法局2025年度法治政府建设情况报告'), { center: true }),
      p(r('一、2025年度推进法治政府建设的主要举措和成效')),
      p(r('（一）加强组织领导。', { bold: true }) + r('局党组专题研究法治工作4次。')),
      p(r('二、2025年度推进法治政府建设存在的不足和原因')),
      p(r('执法力量不足，原因是编制紧张。')),
    ].join('');
    const { report } = importDocx(makeDocx({ document: documentXml(body) }), opts);
    expect(report.sections[0]!.blocks).toEqual([
      { type: 'heading', level: 2, children: [{ text: '加强组织领导。' }], runIn: true },
      { type: 'paragraph', children: [{ text: '局党组专题研究法治工作4次。' }] },
    ]);
  });
});

describe('修订 on the title and the 成文日期', () => {
  const rev = 'w:author="李某" w:date="2026-01-15T10:20:00Z"';
  const ins = (id: number, t: string) => `<w:ins w:id="${id}" ${rev}>${r(t)}</w:ins>`;
  const del = (id: number, t: string) =>
    `<w:del w:id="${id}" ${rev}><w:r><w:delText xml:space="preserve">${t}</w:delText></w:r></w:del>`;
  const body = [
    p(r('某县司法局') + del(1, '2024') + ins(2, '2025') + r('年度法治政府建设情况报告'), { center: true }),
    p(r('一、2025年度推进法治政府建设的主要举措和成效')),
    p(r('局党组专题研究法治工作') + del(3, '4') + ins(4, '6') + r('次。')),
    p(r('二、2025年度推进法治政府建设存在的不足和原因')),
    p(r('执法力量不足，原因是编制紧张。')),
    p(r('某县司法局')),
    p(r('2026年1月') + del(5, '10') + ins(6, '16') + r('日')),
  ].join('');
  const { report, notes } = importDocx(makeDocx({ document: documentXml(body) }), opts);

  it('reads the title and the date as changed, and keeps no 修订 there that no text holds', () => {
    expect(report.meta).toMatchObject({
      title: '某县司法局2025年度法治政府建设情况报告',
      date: '2026-01-16',
    });
    expect(report.suggestions.map((s) => [s.type, s.anchor.exact, s.detached])).toEqual([
      ['delete', '4', false],
      ['insert', '6', false],
    ]);
    expect(notes).toContain(
      '标题、署名、成文日期等行上的修订 4 处（删除“2024”、插入“2025”、删除“10”、插入“16”）已按修订后的文字导入，请核对。',
    );
    expect(notes).toContain('导入修订 2 处：2 处已定位。');
  });
});

describe('修订 in a part’s heading and in a sub-heading', () => {
  it('reads the part heading as changed and places the sub-heading’s deletion despite its typed （一）', () => {
    const rev = 'w:author="李某" w:date="2026-01-15T10:20:00Z"';
    const body = [
      p(r('某县司法局2025年度法治政府建设情况报告'), { center: true }),
      p(r('一、2025年度推进法治政府建设的主要举措') + `<w:ins w:id="1" ${rev}>${r('和成效')}</w:ins>`),
      p(
        r('（一）加强') +
          `<w:del w:id="2" ${rev}><w:r><w:delText xml:space="preserve">党的</w:delText></w:r></w:del>` +
          r('组织领导'),
      ),
      p(r('局党组专题研究法治工作4次。')),
      p(r('二、2025年度推进法治政府建设存在的不足和原因')),
      p(r('执法力量不足，原因是编制紧张。')),
      p(r('某县司法局')),
      p(r('2026年1月16日')),
    ].join('');
    const { report, notes } = importDocx(makeDocx({ document: documentXml(body) }), opts);
    expect(report.sections[0]!.blocks[0]!.children).toEqual([
      { text: '加强' },
      { text: '党的', del: report.suggestions[0]!.id },
      { text: '组织领导' },
    ]);
    expect(report.suggestions.map((s) => [s.type, s.anchor.exact, s.detached])).toEqual([
      ['delete', '党的', false],
    ]);
    expect(notes).toContain(
      '标题、署名、成文日期等行上的修订 1 处（插入“和成效”）已按修订后的文字导入，请核对。',
    );
  });
});

describe('the 成文日期 as a Word date field', () => {
  for (const [kind, date] of [
    [
      'a complex DATE field, said to change when opened',
      field("DATE \\@ \"yyyy'年'M'月'd'日'\"", '2026年1月22日'),
    ],
    [
      'a simple CREATEDATE field in Chinese numerals',
      simpleField('CREATEDATE \\@ "EEEE年O月A日"', '二〇二六年一月二十二日'),
    ],
  ] as const)
    it(`reads the date ${kind} last showed`, () => {
      const body = [
        p(r('某县司法局2025年度法治政府建设情况报告'), { center: true }),
        p(r('一、2025年度推进法治政府建设的主要举措和成效')),
        p(r('局党组专题研究法治工作4次。')),
        p(r('某县司法局')),
        `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>${date}</w:p>`,
      ].join('');
      const { report, notes } = importDocx(makeDocx({ document: documentXml(body) }), opts);
      expect(report.meta.date).toBe('2026-01-22');
      expect(JSON.stringify(report.sections)).not.toMatch(/DATE|2026年1月22日|二〇二六/u);
      // DATE shows the day the file is opened: said; CREATEDATE stays the day the file was made.
      expect(notes.some((n) => n.startsWith('成文日期是自动更新的日期域'))).toBe(
        kind.startsWith('a complex DATE'),
      );
    });
});

describe('a 署名 with no date under it', () => {
  for (const [kind, date] of [
    [
      'a DATE field with no result saved',
      '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> DATE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    ],
    [
      'an empty date control showing its placeholder',
      '<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/><w:date/></w:sdtPr><w:sdtContent><w:r><w:t>单击或点击此处输入日期。</w:t></w:r></w:sdtContent></w:sdt></w:p>',
    ],
  ] as const)
    it(`is the 署名, not body text, under ${kind}; the missing date is said`, () => {
      const body = [
        p(r('某县司法局2025年度法治政府建设情况报告'), { center: true }),
        p(r('一、2025年度推进法治政府建设的主要举措和成效')),
        p(r('局党组专题研究法治工作4次。')),
        p(r('某县司法局')),
        date,
      ].join('');
      const { report, notes } = importDocx(makeDocx({ document: documentXml(body) }), opts);
      expect(report.meta).toMatchObject({ date: null, signature: null, org: '某县司法局' });
      expect(report.sections[0]!.blocks.map(blockText)).toEqual(['局党组专题研究法治工作4次。']);
      expect(notes).toContain(
        '署名“某县司法局”后没有成文日期（日期域或日期控件也没有显示日期）：请补写成文日期。',
      );
    });
});
