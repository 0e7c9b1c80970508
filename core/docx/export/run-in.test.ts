/**
 * 接排 (run-in sub-headings, "（一）加强组织领导。局党组……"): the export sets the heading and the paragraph
 * after it as one body paragraph, the heading in a character style linked to its heading style; the DOCX
 * import reads such a run back as the run-in heading (ours, after a LibreOffice save, and Word's linked
 * "标题 2 字符" style alike); the text import marks a heading that ran on on its line.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { blockText, paragraph, type Block } from '../../model/content';
import { createReport } from '../../model/report-helpers';
import type { Report } from '../../model/report';
import { DEFAULT_EXPORT_OPTIONS } from '../../api/contract';
import { findTemplate, shippedTemplates } from '../../../templates/index';
import { addThread } from '../../comments/threads';
import { suggestInsert, listSuggestions } from '../../suggestions/index';
import { importDocx, readDocxThreads } from '../import/index';
import { importText } from '../../import/text/import-text';
import { removeRenders, resaveDocx, sofficeAvailable } from '../../../test/render/render-pdf';
import { exportDocx } from './export-docx';
import { documentXml, makeDocx, NS, p, r } from '../../../test/fixtures/docx/make-docx';

const template = findTemplate('zhanjiang-department')!;

function report(blocks: Block[]): Report {
  const base = createReport(template, { org: '某某市某某局', year: 2025 });
  return {
    ...base,
    meta: { ...base.meta, date: '2026-01-15' },
    sections: base.sections.map((s) => (s.id === 'measures' ? { ...s, blocks } : s)),
  };
}

const runIn = (level: 2 | 3 | 4, text: string): Block => ({
  type: 'heading',
  level,
  children: [{ text }],
  runIn: true,
});

const BLOCKS: Block[] = [
  runIn(2, '加强组织领导'),
  paragraph('局党组召开会议4次研究法治建设。'),
  runIn(3, '推进依法决策。'),
  paragraph('聘请法律顾问1名，审查合同23件。'),
  // 接排 with no paragraph after it (a heading follows): printed as a heading of its own.
  runIn(2, '规范行政执法'),
  { type: 'heading', level: 3, children: [{ text: '落实三项制度' }] },
  paragraph('执法全过程记录覆盖率100%。'),
];

const docXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const paragraphsOf = (xml: string) =>
  [...xml.matchAll(/<w:p>.*?<\/w:p>|<w:p [^>]*>.*?<\/w:p>/g)].map((m) => m[0]);
const textOf = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
const measures = (r: Report) => r.sections.find((s) => s.id === 'measures')!.blocks;
const shape = (blocks: readonly Block[]) =>
  blocks.map((b) => (b.type === 'heading' ? `h${b.level}${b.runIn ? '接排' : ''}:` : '') + blockText(b));

describe('接排 in the DOCX export', () => {
  it('sets a run-in heading and its paragraph as one body paragraph, the heading in its linked run style', async () => {
    const { bytes } = await exportDocx(report(BLOCKS), template, DEFAULT_EXPORT_OPTIONS);
    const xml = docXml(bytes);
    const ps = paragraphsOf(xml);
    const first = ps.find((p) => textOf(p).startsWith('（一）'))!;
    expect(textOf(first)).toBe('（一）加强组织领导。局党组召开会议4次研究法治建设。');
    expect(first).toContain('<w:pStyle w:val="GwBody"/>');
    expect(first).toMatch(/<w:rStyle w:val="GwHeading2Char"\/>.*<w:t[^>]*>加强组织领导<\/w:t>/);
    // The paragraph's own text carries no heading style.
    expect(first).toMatch(/<w:r>(<w:rPr><\/w:rPr>)?<w:t[^>]*>局党组召开会议4次研究法治建设。<\/w:t>/);
    // A heading with its own stop gets no second one.
    expect(ps.map(textOf)).toContain('1.推进依法决策。聘请法律顾问1名，审查合同23件。');
    // Followed by a heading, a run-in heading stands alone in its heading style.
    const alone = ps.find((p) => textOf(p) === '（二）规范行政执法')!;
    expect(alone).toContain('<w:pStyle w:val="GwHeading2"/>');
    const styles = strFromU8(unzipSync(bytes)['word/styles.xml']!);
    expect(styles).toMatch(
      /<w:style w:type="character" w:styleId="GwHeading2Char">.*?<w:link w:val="GwHeading2"\/>.*?<\/w:style>/,
    );
  });

  it('comes back from the DOCX import as the same run-in headings and paragraphs, with the stop printed', async () => {
    const { bytes } = await exportDocx(report(BLOCKS), template, DEFAULT_EXPORT_OPTIONS);
    const back = importDocx(bytes, { template, fallbackYear: 2025 }).report;
    // A run-in heading comes back as printed: with its 。, the one it had or the one the export added
    // (as the text import reads "（一）加强组织领导。局党组……").
    expect(shape(measures(back))).toEqual([
      'h2接排:加强组织领导。',
      '局党组召开会议4次研究法治建设。',
      'h3接排:推进依法决策。',
      '聘请法律顾问1名，审查合同23件。',
      'h2:规范行政执法',
      'h3:落实三项制度',
      '执法全过程记录覆盖率100%。',
    ]);
  });

  it('keeps a comment on the heading and a 修订 inside it through the review copy', async () => {
    let r = report(BLOCKS);
    r = addThread(
      r,
      { sectionId: 'measures', blockIndex: 0, offset: 2, length: 4 },
      { author: '李审', createdAt: '2026-01-16T08:00:00.000Z', text: '组织领导写具体些' },
    ).report;
    r = suggestInsert(r, { sectionId: 'measures', blockIndex: 1, offset: 0 }, '年内', {
      author: '王核',
      createdAt: '2026-01-16T09:00:00.000Z',
    }).report;
    const { bytes } = await exportDocx(r, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const xml = docXml(bytes);
    const first = paragraphsOf(xml).find((p) => textOf(p).includes('加强组织领导'))!;
    expect(first).toContain('w:commentRangeStart');
    expect(first).toMatch(/<w:ins [^>]*w:author="王核"[^>]*>.*?<w:t[^>]*>年内<\/w:t>/);
    expect(readDocxThreads(bytes).map((t) => t.anchor.exact)).toEqual(['组织领导']);
    const back = importDocx(bytes, { template, fallbackYear: 2025 }).report;
    expect(shape(measures(back)).slice(0, 2)).toEqual([
      'h2接排:加强组织领导。',
      '年内局党组召开会议4次研究法治建设。',
    ]);
    expect(listSuggestions(back, template).map((s) => [s.type, s.text])).toEqual([['insert', '年内']]);
  });

  it.skipIf(!sofficeAvailable())(
    'survives a LibreOffice save (Word format) of the exported file',
    async () => {
      const { bytes } = await exportDocx(report(BLOCKS), template, DEFAULT_EXPORT_OPTIONS);
      const resaved = resaveDocx(bytes);
      const back = importDocx(resaved, { template, fallbackYear: 2025 }).report;
      expect(shape(measures(back)).slice(0, 4)).toEqual([
        'h2接排:加强组织领导。',
        '局党组召开会议4次研究法治建设。',
        'h3接排:推进依法决策。',
        '聘请法律顾问1名，审查合同23件。',
      ]);
    },
  );
  afterAll(() => removeRenders());
});

describe('接排 in a Word file of the unit’s own', () => {
  it('reads a run in Word’s linked "标题 2 字符" style as a run-in heading', () => {
    const styles =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}>` +
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 2"/><w:link w:val="20"/>' +
      '<w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>' +
      '<w:style w:type="character" w:styleId="20"><w:name w:val="标题 2 字符"/><w:link w:val="2"/></w:style>' +
      '</w:styles>';
    const heading = `<w:r><w:rPr><w:rStyle w:val="20"/></w:rPr><w:t>（一）加强组织领导。</w:t></w:r>`;
    const bytes = makeDocx({
      document: documentXml(
        p(r('某某市某某局2025年法治政府建设年度报告'), { center: true }) +
          p(r('四、2025年度推进法治政府建设的主要举措和成效')) +
          p(heading + r('局党组召开会议4次研究法治建设。')),
      ),
      styles,
    });
    const back = importDocx(bytes, { template, fallbackYear: 2025 }).report;
    // The heading keeps the 。 it ran on with, as the text import keeps it.
    expect(shape(measures(back))).toEqual(['h2接排:加强组织领导。', '局党组召开会议4次研究法治建设。']);
  });
});

describe('接排 in the text import', () => {
  it('marks a sub-heading that runs on into text on its line, and not one alone on its line', () => {
    const text = [
      '某某街道办事处2025年法治政府建设情况报告',
      '一、工作开展情况',
      '（一）加强组织领导。街道成立法治建设领导小组。',
      '（二）推进依法决策',
      '聘请法律顾问1名。',
      '二、存在问题',
      '执法力量薄弱。',
    ].join('\n');
    const { report: r } = importText(text, { templates: shippedTemplates(), fallbackYear: 2025 });
    const blocks = r.sections[0]!.blocks;
    expect(shape(blocks)).toEqual([
      'h2接排:加强组织领导。',
      '街道成立法治建设领导小组。',
      'h2:推进依法决策',
      '聘请法律顾问1名。',
    ]);
  });
});
