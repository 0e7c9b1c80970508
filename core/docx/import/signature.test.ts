/**
 * The 署名 of a Word file. A joint report (联合行文) signs with two organs on two lines: the export stacks
 * them (7.3.5.2), and the Word import must read both back as the 署名, not leave the lead organ as text of
 * the last section. A "（单位盖章）" note by the 署名 is for whoever seals the paper, not the report.
 */
import { describe, expect, it } from 'vitest';
import { paragraph } from '../../model/content';
import { createReport } from '../../model/report-helpers';
import type { Report } from '../../model/report';
import { DEFAULT_EXPORT_OPTIONS } from '../../api/contract';
import { findTemplate } from '../../../templates/index';
import { exportDocx } from '../export/index';
import { importDocx } from './index';
import { documentXml, makeDocx, p, r } from '../../../test/fixtures/docx/make-docx';
import { resaveDocx, sofficeAvailable } from '../../../test/render/render-pdf';

const template = findTemplate('statutory-five')!;
const texts = (r: Report, id: string) =>
  r.sections.find((s) => s.id === id)!.blocks.map((b) => b.children.map((c) => c.text).join(''));

function jointReport(): Report {
  const base = createReport(template, { org: '某县人民政府', year: 2025 });
  return {
    ...base,
    meta: { ...base.meta, date: '2026-01-20', signature: '中共某县委 某县人民政府' },
    preamble: [paragraph('2025年，县委、县政府坚持以习近平法治思想为指导，现将有关情况报告如下：')],
    sections: base.sections.map((s) =>
      s.id === 'other'
        ? { ...s, blocks: [paragraph('无。')] }
        : { ...s, blocks: [paragraph('全年开展执法检查30次。')] },
    ),
  };
}

describe('Word import: 盖章 notes by the 署名', () => {
  it('leaves "（单位盖章）" out, on its own line or after the 署名, and says so', () => {
    for (const closing of [
      [p(r('某县司法局')), p(r('（单位盖章）')), p(r('2026年1月20日'))],
      [p(r('某县司法局（盖章）')), p(r('2026年1月20日'))],
    ]) {
      const body = [
        p(r('某县司法局2025年法治政府建设年度报告'), { center: true }),
        p(r('一、2025年度推进法治政府建设的主要举措和成效')),
        p(r('全年开展执法检查30次。')),
        ...closing,
      ].join('');
      const { report, notes } = importDocx(makeDocx({ document: documentXml(body) }), {
        template,
        fallbackYear: 2020,
      });
      expect(report.meta.date).toBe('2026-01-20');
      expect(report.meta.signature ?? report.meta.org).toBe('某县司法局');
      expect(texts(report, 'measures')).toEqual(['全年开展执法检查30次。']);
      expect(notes.some((n) => n.includes('用印提示'))).toBe(true);
    }
  });
});

describe('Word import: a joint 署名', () => {
  it('reads back both organs of an exported joint 署名, the last section untouched', async () => {
    const { bytes } = await exportDocx(jointReport(), template, DEFAULT_EXPORT_OPTIONS);
    const { report } = importDocx(bytes, { template, fallbackYear: 2020 });
    expect(report.meta.signature).toBe('中共某县委 某县人民政府');
    expect(report.meta.date).toBe('2026-01-20');
    expect(texts(report, 'other')).toEqual(['无。']);
  });

  it('reads back a sealed joint 署名, organs side by side and in rows', async () => {
    for (const signature of ['中共某县委 某县人民政府', '中共某县委 某县人民政府 某县政协党组']) {
      const draft = { ...jointReport(), meta: { ...jointReport().meta, signature } };
      const { bytes } = await exportDocx(draft, template, { ...DEFAULT_EXPORT_OPTIONS, seal: true });
      const { report } = importDocx(bytes, { template, fallbackYear: 2020 });
      expect(report.meta.signature).toBe(signature);
      expect(texts(report, 'other')).toEqual(['无。']);
    }
  });

  it('reads two unstyled organ lines as one 署名 when the title names both', () => {
    const body = [
      p(r('中共某县委  某县人民政府关于2025年度法治政府建设情况的报告'), { center: true }),
      p(r('一、2025年度推进法治政府建设的主要举措和成效')),
      p(r('全年开展执法检查30次。')),
      p(r('二、其他需要报告的情况')),
      p(r('无。')),
      p(r('中共某县委')),
      p(r('某县人民政府')),
      p(r('2026年1月20日')),
    ].join('');
    const { report } = importDocx(makeDocx({ document: documentXml(body) }), {
      template,
      fallbackYear: 2020,
    });
    expect(report.meta.signature).toBe('中共某县委 某县人民政府');
    expect(texts(report, 'other')).toEqual(['无。']);
  });

  it('leaves an organ-like line of text above a single 署名 where it was', () => {
    const body = [
      p(r('某县人民政府2025年法治政府建设年度报告'), { center: true }),
      p(r('一、2025年度推进法治政府建设的主要举措和成效')),
      p(r('全年开展执法检查30次。牵头单位：')),
      p(r('县司法局')),
      p(r('某县人民政府')),
      p(r('2026年1月20日')),
    ].join('');
    const { report } = importDocx(makeDocx({ document: documentXml(body) }), {
      template,
      fallbackYear: 2020,
    });
    expect(report.meta.signature).toBeNull();
    expect(texts(report, 'measures')).toEqual(['全年开展执法检查30次。牵头单位：', '县司法局']);
  });

  it.skipIf(!sofficeAvailable())(
    'still reads both organs after a LibreOffice save',
    async () => {
      const { bytes } = await exportDocx(jointReport(), template, DEFAULT_EXPORT_OPTIONS);
      const { report } = importDocx(resaveDocx(bytes), { template, fallbackYear: 2020 });
      expect(report.meta.signature).toBe('中共某县委 某县人民政府');
      expect(texts(report, 'other')).toEqual(['无。']);
    },
    180_000,
  );
});

describe('a 署名 as typists lay it out in Word', () => {
  const town = [
    '一、2025年推进法治政府建设的主要举措和成效',
    '镇党委书记履行第一责任人职责。',
    '二、存在的不足和原因',
    '原因是培训不足。',
    '三、下一年度主要安排',
    '2026年开展培训。',
  ];
  const read = (top: string[], closing: string) =>
    importDocx(
      makeDocx({ document: documentXml([...top, ...town].map((t) => p(r(t))).join('') + closing) }),
      {
        template: findTemplate('township')!,
        fallbackYear: 2024,
      },
    ).report;
  const right = (t: string) => `<w:p><w:pPr><w:jc w:val="right"/></w:pPr>${r(t)}</w:p>`;
  const cells = (...cs: string[]) =>
    `<w:tbl><w:tblPr/><w:tblGrid/><w:tr>${cs.map((c) => `<w:tc>${p(r(c))}</w:tc>`).join('')}</w:tr></w:tbl>`;

  it('spaced out to the width of the date is the organ of the title', () => {
    const report = read(
      ['分水镇人民政府2025年法治政府建设年度报告'],
      right('分 水 镇 人 民 政 府') + right('2026年1月12日'),
    );
    expect(report.meta.signature).toBeNull();
    expect(report.meta.date).toBe('2026-01-12');
  });

  it('two organs side by side in a table row are the joint 署名 the title names', () => {
    const report = read(
      ['中共分水镇委员会 分水镇人民政府关于2025年度法治政府建设情况的报告'],
      cells('中共分水镇委员会', '分水镇人民政府') + right('2026年1月12日'),
    );
    expect(report.meta.org).toBe('中共分水镇委员会 分水镇人民政府');
    expect(report.meta.signature).toBeNull();
  });

  it('a report sent as the 附件 of a cover letter: its "附件2" mark in 黑体 above the title is no part', () => {
    const mark = `<w:p><w:r><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr><w:t>附件2</w:t></w:r></w:p>`;
    const report = importDocx(
      makeDocx({
        document: documentXml(
          mark +
            ['分水镇人民政府2025年法治政府建设年度报告', ...town, '分水镇人民政府', '2026年1月12日']
              .map((t) => p(r(t)))
              .join(''),
        ),
      }),
      { template: findTemplate('township')!, fallbackYear: 2024 },
    ).report;
    expect(report.sections.map((s) => s.id)).toEqual(['measures', 'shortcomings', 'next-year']);
    expect(report.meta.org).toBe('分水镇人民政府');
    expect(report.preamble).toEqual([]);
  });
});
