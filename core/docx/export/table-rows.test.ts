/**
 * A table kept as text (rows whose cells stand apart by two ideographic spaces, as the imports and paste
 * write a table) is exported as a Word table, and reads back as the same rows.
 */
import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { XMLValidator } from 'fast-xml-parser';
import { DEFAULT_EXPORT_OPTIONS } from '../../api/contract';
import { paragraph } from '../../model/content';
import { createReport } from '../../model/report-helpers';
import type { Report } from '../../model/report';
import { findTemplate } from '../../../templates/index';
import { exportDocx } from './export-docx';
import { importDocx } from '../import/index';

const template = findTemplate('statutory-five')!;
const G = '\u3000\u3000';
const ROWS = [
  `项目${G}2023年${G}2024年`,
  `立案查处案件（件）${G}96${G}118`,
  `罚没款（万元）${G}42.6${G}51.3`,
];

function reportWith(blocks: string[]): Report {
  const base = createReport(template, { org: '某县市场监督管理局', year: 2024 });
  return {
    ...base,
    meta: { ...base.meta, date: '2025-01-20' },
    sections: base.sections.map((s) =>
      s.id === 'measures' ? { ...s, blocks: blocks.map((t) => paragraph(t)) } : s,
    ),
  };
}

async function documentXml(report: Report): Promise<string> {
  const { bytes } = await exportDocx(report, template, DEFAULT_EXPORT_OPTIONS);
  return strFromU8(unzipSync(bytes)['word/document.xml']!);
}

describe('a table kept as text', () => {
  it('is exported as a Word table of its rows and cells, the text around it as paragraphs', async () => {
    const doc = await documentXml(
      reportWith(['全年执法数据见下表：', ...ROWS, '以上数据截至2024年12月31日。']),
    );
    expect(XMLValidator.validate(doc)).toBe(true);
    expect(doc.match(/<w:tbl>/g)).toHaveLength(1);
    expect(doc.match(/<w:tr>/g)).toHaveLength(3);
    expect(doc.match(/<w:tc>/g)).toHaveLength(9);
    expect(doc).toContain(
      '<w:pStyle w:val="GwTableText"/></w:pPr><w:r><w:t xml:space="preserve">立案查处案件（件）</w:t>',
    );
    // the gaps are the table's now, not text
    expect(doc).not.toContain('\u3000\u3000');
    expect(doc).toContain('全年执法数据见下表：');
  });

  it('leaves a single row, or rows of different widths, as paragraphs', async () => {
    const one = await documentXml(reportWith(['说明如下：', ROWS[0]!, '完。']));
    expect(one).not.toContain('<w:tbl>');
    const ragged = await documentXml(reportWith([ROWS[0]!, `合计${G}238`]));
    expect(ragged).not.toContain('<w:tbl>');
  });

  it('reads back as the same rows', async () => {
    const { bytes } = await exportDocx(
      reportWith(['全年执法数据见下表：', ...ROWS]),
      template,
      DEFAULT_EXPORT_OPTIONS,
    );
    const { report } = importDocx(bytes, { template, fallbackYear: 2020 });
    const measures = report.sections.find((s) => s.id === 'measures')!;
    expect(measures.blocks.map((b) => b.children.map((c) => c.text).join(''))).toEqual([
      '全年执法数据见下表：',
      ...ROWS,
    ]);
  });
});
