/**
 * Shapes the text import learnt from reports it had never seen (corpus 90-99), read the same from Word:
 * a joint 版头 copied as its organs one a paragraph over 文件, and a 主送 with the opening sentence run
 * on after its colon.
 */
import { describe, expect, it } from 'vitest';
import { importDocx } from './index';
import { documentXml, makeDocx, p, r } from '../../../test/fixtures/docx/make-docx';
import { blockText } from '../../model/content';
import { shippedTemplates } from '../../../templates/index';
import { outlineVocabulary } from '../../../templates/vocabulary';

const read = (paragraphs: readonly string[]) =>
  importDocx(makeDocx({ document: documentXml(paragraphs.map((t) => p(r(t))).join('')) }), {
    templates: shippedTemplates(),
    vocabulary: outlineVocabulary(),
    fallbackYear: 2024,
  });

const BODY = [
  '一、2025年度推进法治政府建设的主要举措和成效',
  '县委常委会研究法治工作4次，专题学习习近平法治思想2次。',
  '二、2025年度推进法治政府建设存在的不足和原因',
  '执法规范化水平不高，原因是培训不足。',
  '三、下一年度推进法治政府建设的主要安排',
  '2026年开展执法质量提升行动。',
];

describe('importDocx: a joint 版头 over several paragraphs', () => {
  it('keeps the organ lines and 文件 out of the title, and reads the 文号', () => {
    const { report } = read([
      '中共青阳县委员会',
      '青阳县人民政府',
      '文件',
      '青发〔2026〕3号',
      '中共青阳县委　青阳县人民政府',
      '关于2025年度法治政府建设情况的报告',
      '池州市委、市人民政府：',
      ...BODY,
      '中共青阳县委　　青阳县人民政府',
      '2026年1月20日',
    ]);
    expect(report.meta).toMatchObject({
      org: '中共青阳县委　青阳县人民政府',
      title: '中共青阳县委　青阳县人民政府关于2025年度法治政府建设情况的报告',
      docNumber: '青发〔2026〕3号',
      recipient: '池州市委、市人民政府',
    });
    const text = [...report.preamble, ...report.sections.flatMap((s) => s.blocks)].map(blockText).join('\n');
    expect(text).not.toMatch(/委员会|文件|青发/u);
  });
});

describe('importDocx: a 主送 with the opening sentence run on', () => {
  it('reads the 主送机关 and keeps the sentence as the 导语', () => {
    const { report, notes } = read([
      '某县司法局2025年法治政府建设年度报告',
      '县委、县人民政府：2025年，我局深入学习贯彻习近平法治思想，现将有关情况报告如下：',
      ...BODY,
    ]);
    expect(report.meta.recipient).toBe('县委、县人民政府');
    expect(report.preamble.map(blockText)).toEqual([
      '2025年，我局深入学习贯彻习近平法治思想，现将有关情况报告如下：',
    ]);
    expect(notes.join('\n')).toContain('已与主送机关分开导入');
  });
});
