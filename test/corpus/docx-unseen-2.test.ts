/**
 * The Word reports 101–108 (test/fixtures/corpus/docx-unseen-2.ts) through the whole pipeline, as a clerk
 * would: imported from Word, exported to GB/T 9704 DOCX, the export imported again to the same report,
 * every line of the source kept once; and what each shape asks of the import: a joint 版头 left out of
 * the title, a date field read as the 成文日期, a 接排 heading keeping its 。, 修订 on the title, a WPS
 * file's styles, a footnote and a text box, headings numbered by Word's lists, an 附件 table. The
 * checklist side (template, fails) is in corpus.test.ts through expected.json.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_EXPORT_OPTIONS } from '../../core/api/contract';
import { exportDocx } from '../../core/docx/export/index';
import { importDocx, readDocx } from '../../core/docx/import/index';
import { blockText, type Block } from '../../core/model/content';
import type { Report } from '../../core/model/report';
import { shippedTemplates, templateOf } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';
import { UNSEEN_DOCX_2 } from '../fixtures/corpus/docx-unseen-2';
import { resaveDocx, sofficeAvailable } from '../render/render-pdf';

const opts = () => ({ templates: shippedTemplates(), vocabulary: outlineVocabulary(), fallbackYear: 2024 });

const blocks = (bs: readonly Block[]) =>
  bs.map(
    (b) => `${b.type}${'level' in b ? b.level : ''}${'runIn' in b && b.runIn ? '+' : ''}:${blockText(b)}`,
  );

function shape(r: Report) {
  return {
    templateId: r.templateId,
    meta: r.meta,
    preamble: blocks(r.preamble),
    sections: r.sections.map((s) => ({ id: s.id, heading: s.heading ?? null, blocks: blocks(s.blocks) })),
    attachments: (r.attachments ?? []).map((a) => ({ name: a.name, blocks: blocks(a.blocks ?? []) })),
    suggestions: r.suggestions.map((s) => `${s.type}:${s.anchor.exact}`),
  };
}

const imported = (name: string) => importDocx(UNSEEN_DOCX_2[name]!(), opts());
const squash = (s: string) => s.replace(/[\s\u3000]/g, '');

describe('Word reports 101–108, of shapes the Word corpus lacked', () => {
  it('has eight of them', () => {
    expect(Object.keys(UNSEEN_DOCX_2)).toHaveLength(8);
  });

  for (const name of Object.keys(UNSEEN_DOCX_2)) {
    describe(name, () => {
      it('exports and imports again to the same report', async () => {
        const first = imported(name);
        const template = templateOf(first.report)!;
        // A report with 修订 goes out as the review copy, its 修订 as Word's track changes.
        const { bytes } = await exportDocx(first.report, template, {
          ...DEFAULT_EXPORT_OPTIONS,
          header: first.report.meta.docNumber !== null,
          comments: first.report.suggestions.length > 0,
        });
        const again = importDocx(bytes, opts());
        expect(shape(again.report)).toEqual(shape(first.report));
      });

      it('keeps every line of the report once', () => {
        const { report } = imported(name);
        const all = squash(
          [
            report.meta.title ?? '',
            ...[report.preamble, ...report.sections.map((s) => s.blocks)].flat().map(blockText),
            ...(report.attachments ?? []).flatMap((a) => (a.blocks ?? []).map(blockText)),
          ].join(''),
        );
        for (const p of readDocx(UNSEEN_DOCX_2[name]!()).paragraphs) {
          const t = squash(p.text);
          if (t.length < 60) continue;
          const tail = t.slice(-30);
          const at = all.indexOf(tail);
          expect(at, t.slice(0, 20)).toBeGreaterThanOrEqual(0);
          expect(all.indexOf(tail, at + 1), t.slice(0, 20)).toBe(-1);
        }
      });
    });
  }

  it('101: the joint 版头 (two organs and "文件" in a table) is no title; its 文号, title and 主送 are read', () => {
    const { report } = imported('101-county-joint-red-header-table-2025.docx');
    expect(report.meta).toMatchObject({
      docNumber: '平发〔2026〕3号',
      title: '中共平江县委员会　平江县人民政府关于2025年法治政府建设情况的报告',
      recipient: '中共岳阳市委、岳阳市人民政府',
      signature: '中共平江县委员会 平江县人民政府',
      date: '2026-01-20',
    });
    expect(report.preamble).toHaveLength(1);
    expect(blockText(report.preamble[0]!)).toMatch(/^2025年，平江县委/u);
  });

  it('102, 103: the 成文日期 a date field showed is the date, its code no text', () => {
    const dated = imported('102-city-bureau-date-field-2025.docx');
    expect(dated.report.meta.date).toBe('2026-01-22');
    // A DATE field shows the day the file is opened: the clerk is told to check it and type it.
    expect(dated.notes.some((n) => n.startsWith('成文日期是自动更新的日期域'))).toBe(true);
    const { report } = imported('103-county-bureau-run-in-bold-headings-2025.docx');
    expect(report.meta.date).toBe('2026-01-14');
    expect(JSON.stringify(report)).not.toMatch(/CREATEDATE|二〇二六/u);
  });

  it('103: a bold 接排 heading keeps its 。 and its text follows as a paragraph', () => {
    const { report } = imported('103-county-bureau-run-in-bold-headings-2025.docx');
    expect(blocks(report.sections[0]!.blocks).slice(0, 4)).toEqual([
      'heading2+:加强组织领导。',
      'paragraph:局党组书记、局长履行推进法治建设第一责任人职责，局党组会议专题研究法治工作4次，制定年度法治建设工作要点，将法治建设纳入各科室年度考核。',
      'heading2+:规范行政执法。',
      'paragraph:落实行政执法公示、执法全过程记录、重大执法决定法制审核制度，开展医疗机构、公共场所等监督检查1860户次，立案查处违法案件72件，罚没款42.6万元。',
    ]);
  });

  it('104: a WPS file’s numeric style ids and 日期 style give the parts, sub-headings, 署名 and date', () => {
    const { report } = imported('104-township-wps-styles-2025.docx');
    expect(report.meta).toMatchObject({ org: '醴陵市白兔潭镇人民政府', date: '2026-01-09', signature: null });
    expect(blocks(report.sections[0]!.blocks).filter((b) => b.startsWith('heading'))).toEqual([
      'heading2:压实法治建设责任',
      'heading2:规范综合行政执法',
      'heading2:化解矛盾纠纷',
    ]);
  });

  it('105: 修订 on the title and the date are read into them and said; those in the body are 修订 to decide', () => {
    const { report, notes } = imported('105-district-bureau-tracked-title-2025.docx');
    expect(report.meta).toMatchObject({
      title: '长沙市岳麓区市场监督管理局2025年度法治政府建设情况报告',
      date: '2026-01-16',
    });
    expect(report.suggestions.map((s) => [s.type, s.anchor.exact, s.detached])).toEqual([
      ['delete', '4', false],
      ['delete', '办理时间压缩至1个工作日，', false],
      ['insert', '6', false],
      ['insert', '推行包容审慎监管，对首次轻微违法行为不予处罚案件89件。', false],
    ]);
    expect(notes).toContain('导入修订 4 处：4 处已定位。');
    expect(notes.some((n) => n.startsWith('标题、署名、成文日期等行上的修订 4 处'))).toBe(true);
  });

  it('106: the footnote follows its paragraph as 注; the 署名 and date in a text box are read', () => {
    const { report } = imported('106-county-government-footnote-text-box-2025.docx');
    expect(report.meta).toMatchObject({ date: '2026-01-18', signature: null, org: '永新县人民政府' });
    expect(blocks(report.sections[0]!.blocks)).toContain(
      'paragraph:注：评查案卷420卷，优良389卷，数据来源于县司法局行政执法监督平台。',
    );
  });

  it('107: parts and sub-headings numbered only by Word’s lists are the outline, restarted per part', () => {
    const { report } = imported('107-county-bureau-list-numbered-headings-2025.docx');
    expect(report.templateId).toBe('statutory-five');
    expect(report.sections.map((s) => s.heading ?? null)).toEqual([null, null, null, null, null]);
    expect(blocks(report.sections[1]!.blocks).filter((b) => b.startsWith('heading'))).toEqual([
      'heading2:执法队伍建设有待加强',
      'heading2:新业态监管存在短板',
    ]);
  });

  it('108: the 附件 table after the date is the 附件, a row to a line, a blank cell leaving no gap', () => {
    const { report } = imported('108-city-bureau-attachment-table-2025.docx');
    expect(shape(report).attachments).toEqual([
      {
        name: '2025年度安全生产行政执法情况统计表',
        blocks: [
          'paragraph:项目　　2025年度',
          'paragraph:数量　　同比',
          'paragraph:检查企业（家次）　　2860　　+12%',
          'paragraph:立案查处（件）　　138　　+8%',
          'paragraph:罚款金额（万元）　　412　　-5%',
          'paragraph:合计　　3410',
        ],
      },
    ]);
  });

  it.skipIf(!sofficeAvailable())(
    'reads each the same after LibreOffice opened and saved it',
    () => {
      for (const name of Object.keys(UNSEEN_DOCX_2)) {
        const again = shape(importDocx(resaveDocx(UNSEEN_DOCX_2[name]!()), opts()).report);
        // LibreOffice updates a DATE field as it saves (102): the date is the day of the save, as the
        // import's note on such a 成文日期 warns.
        if (name.startsWith('102-')) again.meta = { ...again.meta, date: '2026-01-22' };
        expect(again, name).toEqual(shape(imported(name).report));
      }
    },
    600_000,
  );
});
