/** A 红头文件 saved as Word: 版头 and 发文字号 with 签发人 above the title, 附注 and 版记 after the date. */
import { describe, expect, it } from 'vitest';
import { importDocx } from './index';
import { documentXml, makeDocx, p, r } from '../../../test/fixtures/docx/make-docx';
import { blockText } from '../../model/content';
import { shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';

describe('importDocx: a 红头文件', () => {
  const body = [
    '某市人民政府文件',
    '某政文〔2026〕6号　　签发人：王某某',
    '某市人民政府',
    '关于2025年度法治政府建设情况的报告',
    '省委、省政府：',
    '一、2025年度推进法治政府建设的主要举措和成效',
    '市政府专题学习习近平法治思想6次。',
    '二、2025年度推进法治政府建设存在的不足和原因',
    '执法规范化水平不高，原因是培训不足。',
    '三、下一年度推进法治政府建设的主要安排',
    '2026年开展执法质量提升行动。',
    '某市人民政府',
    '2026年2月10日',
    '（此件公开发布）',
    '抄送：省委依法治省办。',
    '某市人民政府办公室　　2026年2月11日印发',
  ]
    .map((t) => p(r(t)))
    .join('');
  const { report } = importDocx(makeDocx({ document: documentXml(body) }), {
    templates: shippedTemplates(),
    vocabulary: outlineVocabulary(),
    fallbackYear: 2024,
  });

  it('reads 文号, title, 主送, 署名 and 成文日期, and keeps the 版头 and 附注 out of the text', () => {
    expect(report.meta).toMatchObject({
      org: '某市人民政府',
      year: 2025,
      docNumber: '某政文〔2026〕6号',
      recipient: '省委、省政府',
      date: '2026-02-10',
    });
    const text = [...report.preamble, ...report.sections.flatMap((s) => s.blocks)].map(blockText).join('\n');
    expect(text).not.toMatch(/文件|签发人|此件公开发布/u);
  });
});

describe('importDocx: 署名 and 成文日期 in one paragraph, apart by a line break', () => {
  const body =
    [
      '某县司法局2025年法治政府建设年度报告',
      '一、2025年度推进法治政府建设的主要举措和成效',
      '局党组学习习近平法治思想3次。',
    ]
      .map((t) => p(r(t)))
      .join('') +
    '<w:p><w:pPr><w:jc w:val="right"/></w:pPr><w:r><w:t>某县司法局</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>2026年1月20日</w:t></w:r></w:p>';
  const { report } = importDocx(makeDocx({ document: documentXml(body) }), {
    templates: shippedTemplates(),
    vocabulary: outlineVocabulary(),
    fallbackYear: 2024,
  });

  it('reads both and keeps them out of the text', () => {
    expect(report.meta.date).toBe('2026-01-20');
    expect(report.meta.signature === null || report.meta.signature === '某县司法局').toBe(true);
    const text = report.sections
      .flatMap((s) => s.blocks)
      .map(blockText)
      .join('\n');
    expect(text).not.toContain('2026年1月20日');
  });
});

describe('importDocx: a title of another 文种, over two lines', () => {
  const lines = [
    '某县司法局',
    '2025年度法治政府建设工作情况',
    '一、2025年度推进法治政府建设的主要举措和成效',
    '局党组学习习近平法治思想3次。',
    '某县司法局',
    '2026年1月20日',
  ];
  const imported = importDocx(makeDocx({ document: documentXml(lines.map((t) => p(r(t))).join('')) }), {
    templates: shippedTemplates(),
    vocabulary: outlineVocabulary(),
    fallbackYear: 2024,
  });

  it('is the title (not a preamble paragraph), and the notes say a 年度报告 is a 报告, as the text import does', () => {
    expect(imported.report.meta.title).toBe('某县司法局2025年度法治政府建设工作情况');
    expect(imported.report.meta.org).toBe('某县司法局');
    expect(imported.report.preamble).toEqual([]);
    expect(imported.notes).toContain('标题以“情况”结尾：年度报告的文种是“报告”，请核对标题。');
  });
});
