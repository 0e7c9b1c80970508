/**
 * Word shapes real offices produce that broke the import: a 目录 typed by hand with tab leaders and page
 * numbers; a review copy whose 修订 insert and delete whole paragraphs.
 */
import { describe, expect, it } from 'vitest';
import { importDocx } from './index';
import { blockText, type Block } from '../../model/content';
import { shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';
import { SHAPES_DOCX } from '../../../test/fixtures/corpus/docx-shapes';
import { documentXml, makeDocx } from '../../../test/fixtures/docx/make-docx';

const opts = () => ({ templates: shippedTemplates(), vocabulary: outlineVocabulary(), fallbackYear: 2024 });
const open = (name: string) => importDocx(SHAPES_DOCX[name]!(), opts());
const all = (bs: readonly Block[]) => bs.map(blockText);

describe('a 目录 typed by hand: headings, a tab to a dot-leader stop, page numbers', () => {
  it('is left out and said; the parts are the body’s, the title the one after it', () => {
    const { report, notes } = open('71-city-bureau-typed-contents-2025.docx');
    expect(report.templateId).toBe('statutory-five');
    expect(report.sections).toHaveLength(5);
    expect(report.meta.title).toBe('鄂州市生态环境局2025年度法治政府建设情况报告');
    expect(report.sections[0]!.blocks.filter((b) => b.type === 'heading')).toHaveLength(2);
    expect(notes.join('\n')).toMatch(/目 {2}录.*未导入/u);
  });

  it('keeps a line that ends in a tab and a figure where no stop draws a leader (a row of figures)', () => {
    const p = (t: string, tabs = '') =>
      `<w:p><w:pPr>${tabs}</w:pPr>${t
        .split('\t')
        .map((x, i) => `${i ? '<w:r><w:tab/></w:r>' : ''}<w:r><w:t xml:space="preserve">${x}</w:t></w:r>`)
        .join('')}</w:p>`;
    const doc = documentXml(
      [
        p('某县司法局2025年法治政府建设年度报告'),
        p('一、2025年度推进法治政府建设的主要举措和成效'),
        p('审查合同协议（份）\t118\t146'),
        p('办理行政复议案件\t12', '<w:tabs><w:tab w:val="right" w:pos="8844"/></w:tabs>'),
      ].join(''),
    );
    const text = all(importDocx(makeDocx({ document: doc }), opts()).report.sections[0]!.blocks).join('\n');
    expect(text).toContain('审查合同协议（份） 118 146');
    expect(text).toContain('办理行政复议案件 12');
  });
});

describe('a 目录 under its head, its page numbers set off another way', () => {
  const p = (t: string, pPr = '') =>
    `<w:p><w:pPr>${pPr}</w:pPr>${t
      .split('\t')
      .map((x, i) => `${i ? '<w:r><w:tab/></w:r>' : ''}<w:r><w:t xml:space="preserve">${x}</w:t></w:r>`)
      .join('')}</w:p>`;
  const parts = [
    '一、2025年度推进法治政府建设的主要举措和成效',
    '二、2025年度推进法治政府建设存在的不足和原因',
    '三、2025年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
    '四、下一年度推进法治政府建设的主要安排',
    '五、其他需要报告的情况',
  ];
  const report = (contents: string) =>
    importDocx(
      makeDocx({
        document: documentXml(
          [
            p('目  录', '<w:jc w:val="center"/>'),
            contents,
            p('某市审计局2025年法治政府建设年度报告', '<w:jc w:val="center"/>'),
            p('2025年，市审计局坚持以习近平法治思想为指导，依法全面履行审计监督职责。现将有关情况报告如下：'),
            ...parts.flatMap((h) => [
              p(h),
              p('局党组全年研究法治工作4次，落实行政执法公示制度，办理审计事项26项。'),
            ]),
            p('某市审计局', '<w:jc w:val="right"/>'),
            p('2026年1月20日', '<w:jc w:val="right"/>'),
          ].join(''),
        ),
      }),
      opts(),
    ).report;
  const cell = (t: string) => `<w:tc>${p(t)}</w:tc>`;

  it.each([
    ['a tab with no leader', parts.map((h, i) => p(`${h}\t${i + 1}`)).join('')],
    ['a page range', parts.map((h, i) => p(`${h}\t${i + 1}-${i + 2}`)).join('')],
    [
      'a borderless table, the numbers in its second column',
      `<w:tbl>${parts.map((h, i) => `<w:tr>${cell(h)}${cell(String(i + 1))}</w:tr>`).join('')}</w:tbl>`,
    ],
  ])('%s: the entries are left out, the parts are the body’s', (_, contents) => {
    const r = report(contents);
    expect(r.templateId).toBe('statutory-five');
    expect(r.sections.map((s) => s.blocks.length)).toEqual([1, 1, 1, 1, 1]);
    expect(r.preamble.map(blockText)).toEqual([
      '2025年，市审计局坚持以习近平法治思想为指导，依法全面履行审计监督职责。现将有关情况报告如下：',
    ]);
  });
});

describe('a review copy with 修订 on whole paragraphs', () => {
  const { report, notes } = open('75-city-bureau-tracked-changes-2025.docx');
  const measures = report.sections[0]!.blocks;

  it('an inserted paragraph read as a run-in heading and its text is there once, its text marked', () => {
    const text = all(measures).join('\n');
    expect(text.split('调处跨界水事纠纷9件').length - 1).toBe(1);
    expect(text).not.toContain('（三）依法化解水事纠纷。');
    const marked = measures.flatMap((b) => b.children).filter((l) => 'ins' in l && l.ins);
    expect(marked.map((l) => l.text)).toContain(
      '调处跨界水事纠纷9件，办理行政复议案件2件、行政诉讼案件1件，负责人出庭应诉率100%。',
    );
  });

  it('a deleted paragraph stays at its place, marked deleted, for the clerk to accept or reject', () => {
    const i = measures.findIndex((b) => blockText(b).startsWith('（二）推进水行政审批改革'));
    expect(i).toBe(2);
    expect(measures[i]!.children.every((l) => 'del' in l && l.del)).toBe(true);
    expect(notes.find((n) => n.startsWith('导入修订'))).toBe('导入修订 5 处：5 处已定位。');
    // The 成文日期’s change is read into the date, not kept as a 修订 no text holds.
    expect(notes).toContain(
      '标题、署名、成文日期等行上的修订 2 处（删除“8”、插入“15”）已按修订后的文字导入，请核对。',
    );
  });
});

describe('an OA 发文稿纸 above the report', () => {
  it('is left out and said; its 主送 and 文号 are the report’s, the title the one below it', () => {
    const { report, notes } = open('79-city-bureau-oa-draft-sheet-2025.docx');
    expect(report.meta).toMatchObject({
      org: '泉州市统计局',
      recipient: '市委全面依法治市委员会办公室',
      docNumber: '泉统〔2026〕3号',
      date: '2026-01-19',
    });
    expect(report.preamble.map(blockText)).toEqual([
      '2025年，市统计局坚持以习近平法治思想为指导，围绕统计法治建设和统计督察整改推进依法统计、依法治统。现将有关情况报告如下：',
    ]);
    expect(JSON.stringify(report)).not.toMatch(/签发|核稿|发文稿纸/u);
    expect(notes.some((n) => n.startsWith('文首的发文稿纸'))).toBe(true);
  });

  it('a single 主送 line is no form', async () => {
    const { draftSheetOf } = await import('./draft-sheet');
    expect(draftSheetOf(['主送：市人民政府', '2025年，市审计局…'])).toBeNull();
    expect(draftSheetOf(['签发　　张某', '核稿　　李某', '某局2025年法治政府建设年度报告'])).toEqual({
      end: 2,
      recipient: null,
      docNumber: null,
    });
  });
});

describe('parts typed "一 、" (a space before the 、)', () => {
  it('are the parts in Word as in text', () => {
    const p = (t: string) => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const heads = ['主要举措和成效', '存在的不足和原因', '下一年度主要安排'];
    const doc = documentXml(
      [
        p('某镇人民政府2025年法治政府建设年度报告'),
        ...heads.flatMap((h, i) => [
          p(`${'一二三'[i]} 、${h}`),
          p('镇党委全年研究法治工作4次，落实行政执法公示制度，调处矛盾纠纷126件。'),
        ]),
        p('某镇人民政府'),
        p('2026年1月20日'),
      ].join(''),
    );
    const { report } = importDocx(makeDocx({ document: doc }), opts());
    expect(report.templateId).toBe('township');
    expect(report.preamble).toEqual([]);
    expect(report.sections.map((s) => s.blocks.length)).toEqual([1, 1, 1]);
  });
});

describe('a report set as a form: the part’s heading in the first column, its text in the second', () => {
  it('reads the parts and their text, a one-paragraph cell too', () => {
    const { report, notes } = open('80-township-form-table-2025.docx');
    expect(report.templateId).toBe('township');
    // The form's 单位名称 row under the title is no text of the report: left out, and said.
    expect(report.preamble).toEqual([]);
    expect(notes).toContain('标题下的表格栏目（“单位名称　　宁乡市花明楼镇人民政府”）不是报告正文，未导入。');
    expect(report.sections.map((s) => s.blocks.length)).toEqual([6, 1, 1]);
    expect(blockText(report.sections[1]!.blocks[0]!)).toMatch(/^一是执法人员持证率不高/u);
  });
});
