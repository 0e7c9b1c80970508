/** A title set in 标题 1 and the parts in 标题 2, as many clerks style a report for the navigation pane. */
import { describe, expect, it } from 'vitest';
import { importDocx } from './index';
import { blockText } from '../../model/content';
import { documentXml, makeDocx, p, r, stylesXml } from '../../../test/fixtures/docx/make-docx';
import { shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';

const styles = stylesXml([
  { id: '1', name: 'heading 1', basedOn: 'Normal', outlineLvl: 0 },
  { id: '2', name: 'heading 2', basedOn: 'Normal', outlineLvl: 1 },
  { id: '3', name: 'heading 3', basedOn: 'Normal', outlineLvl: 2 },
]);
const read = (parts: string[]) =>
  importDocx(makeDocx({ document: documentXml(parts.join('')), styles }), {
    templates: shippedTemplates(),
    vocabulary: outlineVocabulary(),
    fallbackYear: 2024,
  }).report;
const h = (style: string, t: string) => p(r(t), { style });
const body = (t: string) => p(r(t));
const closing = [body('某县司法局'), body('2026年1月20日')];
const shape = (parts: string[]) => {
  const report = read(parts);
  return {
    template: report.templateId,
    org: report.meta.org,
    sections: report.sections.map((s) => [
      s.id,
      ...s.blocks.map((b) => `${b.type}${'level' in b ? b.level : ''}:${blockText(b)}`),
    ]),
  };
};

describe('a title in 标题 1', () => {
  it('is the title, not an extra part, when the parts are typed 一、 in 标题 2', () => {
    const got = shape([
      h('1', '某县司法局2025年法治政府建设年度报告'),
      h('2', '一、2025年度推进法治政府建设的主要举措和成效'),
      h('3', '（一）加强学习'),
      body('局党组学习5次。'),
      h('2', '二、2025年度推进法治政府建设存在的不足和原因'),
      body('原因是培训不足。'),
      ...closing,
    ]);
    expect(got.template).toBe('statutory-five');
    expect(got.org).toBe('某县司法局');
    expect(got.sections.slice(0, 2)).toEqual([
      ['measures', 'heading2:加强学习', 'paragraph:局党组学习5次。'],
      ['shortcomings', 'paragraph:原因是培训不足。'],
    ]);
  });

  it('raises untyped parts in 标题 2 to the 一、 level and their 标题 3 sub-headings to （一）', () => {
    const got = shape([
      h('1', '某县司法局'),
      h('1', '2025年法治政府建设年度报告'),
      h('2', '2025年度推进法治政府建设的主要举措和成效'),
      h('3', '加强学习'),
      body('局党组学习5次。'),
      h('2', '2025年度推进法治政府建设存在的不足和原因'),
      body('原因是培训不足。'),
      ...closing,
    ]);
    expect(got.template).toBe('statutory-five');
    expect(got.org).toBe('某县司法局');
    expect(got.sections.slice(0, 2)).toEqual([
      ['measures', 'heading2:加强学习', 'paragraph:局党组学习5次。'],
      ['shortcomings', 'paragraph:原因是培训不足。'],
    ]);
  });

  it('leaves a first part in 标题 1 headed "…工作开展情况" a part', () => {
    const got = shape([
      h('1', '2025年法治政府建设工作开展情况'),
      body('县长亲自部署，听取汇报2次。'),
      h('1', '存在的问题'),
      body('原因是培训不足。'),
      h('1', '下一步工作打算'),
      body('2026年开展培训。'),
      body('某县人民政府'),
      body('2026年1月20日'),
    ]);
    expect(got.template).toBe('county-three');
    expect(got.sections[0]).toEqual(['work', 'paragraph:县长亲自部署，听取汇报2次。']);
  });
});
