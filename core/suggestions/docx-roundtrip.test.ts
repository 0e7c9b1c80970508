/**
 * 修订 through Word: the review copy writes pending suggestions as w:ins / w:del with author and date;
 * DOCX import and merge read them back and place each by its quote (also after a LibreOffice save);
 * the clean copy refuses while changes are pending unless 全部接受后导出.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { blockText, paragraph } from '../model/content';
import { createReport } from '../model/report-helpers';
import type { Report } from '../model/report';
import { DEFAULT_EXPORT_OPTIONS } from '../api/contract';
import { findTemplate } from '../../templates/index';
import { addThread } from '../comments/threads';
import { exportDocx, PendingSuggestionsError } from '../docx/export/index';
import { importDocx, readDocxReview } from '../docx/import/index';
import { removeRenders, resaveDocx, sofficeAvailable } from '../../test/render/render-pdf';
import {
  acceptedText,
  allSuggestionIds,
  listSuggestions,
  mergeSuggestions,
  rejectSuggestions,
  suggestDelete,
  suggestInsert,
} from './index';

const template = findTemplate('zhanjiang-department')!;
const li = { author: '李审', unit: '市司法局', createdAt: '2025-01-10T10:00:00.000Z' };
const wang = { author: '王核', createdAt: '2025-01-11T09:30:00.000Z' };

function original(): Report {
  const base = createReport(template, { org: '某某市某某局', year: 2024 });
  return {
    ...base,
    meta: { ...base.meta, date: '2025-01-15' },
    preamble: [paragraph('2024年，我局坚持以习近平法治思想为指导，现将有关情况报告如下：')],
    sections: base.sections.map((s) =>
      s.id === 'study-spirit'
        ? {
            ...s,
            blocks: [
              paragraph('局党组把学习贯彻党的二十届三中全会精神作为第一议题，全年组织专题学习12次。'),
              paragraph('制定年度学法计划，落实会前学法制度，全年集体学法6次。'),
            ],
          }
        : s.id === 'measures'
          ? {
              ...s,
              blocks: [
                paragraph('审核规范性文件15件，开展执法检查30次。'),
                paragraph('办理行政复议案件3件。'),
              ],
            }
          : s,
    ),
  };
}

function reviewed(): Report {
  let r = original();
  r = addThread(
    r,
    { sectionId: 'measures', blockIndex: 0, offset: 0, length: 9 },
    { author: '张三', createdAt: '2025-01-09T08:00:00.000Z', text: '请补充' },
  ).report;
  r = suggestInsert(r, { sectionId: 'study-spirit', blockIndex: 0, offset: 32 }, '集中', li).report;
  r = suggestDelete(r, { sectionId: 'study-spirit', blockIndex: 1, offset: 9, length: 9 }, li).report;
  r = suggestDelete(r, { sectionId: 'measures', blockIndex: 0, offset: 2, length: 3 }, wang).report;
  r = suggestInsert(r, { sectionId: 'measures', blockIndex: 1, offset: 10 }, '，均已审结', wang).report;
  // Typing over a selection: a deletion and an insertion side by side.
  r = suggestDelete(r, { sectionId: null, blockIndex: 0, offset: 21, length: 2 }, wang).report;
  r = suggestInsert(r, { sectionId: null, blockIndex: 0, offset: 23 }, '特将', wang).report;
  // A whole new paragraph (Enter at the end of one, then typing): its text is the insertion.
  r = {
    ...r,
    sections: r.sections.map((s) =>
      s.id === 'measures' ? { ...s, blocks: [s.blocks[0]!, paragraph(''), s.blocks[1]!] } : s,
    ),
  };
  r = suggestInsert(
    r,
    { sectionId: 'measures', blockIndex: 1, offset: 0 },
    '新增行政执法人员培训两期。',
    li,
  ).report;
  return r;
}

const docXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)['word/document.xml']!);
const texts = (r: Report) =>
  [r.preamble, ...r.sections.map((s) => s.blocks)].flatMap((bs) => bs.map(blockText)).filter(Boolean);
const shape = (r: Report) =>
  listSuggestions(r, template).map((s) => [s.type, s.text, s.author, s.section, s.detached]);

describe('修订 in Word files', () => {
  it('the review copy writes w:ins / w:del with author and date', async () => {
    const { bytes } = await exportDocx(reviewed(), template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const xml = docXml(bytes);
    expect(xml).toMatch(
      /<w:ins w:id="\d+" w:author="李审（市司法局）" w:date="2025-01-10T10:00:00Z">.*?<w:t[^>]*>集中<\/w:t>/,
    );
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="李审（市司法局）" w:date="2025-01-10T10:00:00Z">.*?<w:delText[^>]*>落实会前学法制度，<\/w:delText>/,
    );
    expect(xml).toMatch(/<w:del [^>]*w:author="王核"[^>]*>.*?<w:delText[^>]*>规范性<\/w:delText>/);
    // The comment range still spans the text with the deletion inside it.
    expect(xml).toContain('w:commentRangeStart');
  });

  it('the clean copy refuses while changes are pending; 全部接受后导出 writes the accepted text', async () => {
    await expect(exportDocx(reviewed(), template, DEFAULT_EXPORT_OPTIONS)).rejects.toBeInstanceOf(
      PendingSuggestionsError,
    );
    const { bytes, warnings } = await exportDocx(reviewed(), template, {
      ...DEFAULT_EXPORT_OPTIONS,
      acceptAll: true,
    });
    const xml = docXml(bytes);
    expect(xml).not.toMatch(/<w:(ins|del) /);
    expect(xml).toContain('集中学习12次');
    expect(xml).not.toContain('落实会前学法制度');
    expect(warnings.join()).toContain('已全部接受 7 处修订');
  });

  it('imports a DOCX with track changes: every change placed as a pending suggestion', async () => {
    const { bytes } = await exportDocx(reviewed(), template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const imported = importDocx(bytes, { template, fallbackYear: 2024 });
    expect(shape(imported.report)).toEqual(shape(reviewed()));
    expect(texts(imported.report)).toEqual(texts(reviewed()));
    expect(texts(acceptedText(imported.report))).toEqual(texts(acceptedText(reviewed())));
    expect(imported.notes.join()).toContain('导入修订 7 处：7 处已定位');
  });

  const mergeBack = (bytes: Uint8Array) => {
    const review = readDocxReview(bytes);
    // Into the draft as it was before the review (all rejected): the reviewer's changes appear.
    const before = rejectSuggestions(reviewed(), allSuggestionIds(reviewed()));
    const m = mergeSuggestions(before, review.suggestions);
    expect({ added: m.added, placed: m.placed, unplaced: m.unplaced }).toEqual({
      added: 7,
      placed: 7,
      unplaced: 0,
    });
    expect(shape(m.report)).toEqual(shape(reviewed()));
    expect(texts(m.report)).toEqual(texts(reviewed()));
    // Into the draft that already holds them: nothing twice.
    const again = mergeSuggestions(reviewed(), review.suggestions);
    expect({ added: again.added, duplicates: again.duplicates }).toEqual({ added: 0, duplicates: 7 });
    expect(shape(again.report)).toEqual(shape(reviewed()));
  };

  it('merges a reviewer’s DOCX into the draft by quote, without duplicates', async () => {
    const { bytes } = await exportDocx(reviewed(), template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    mergeBack(bytes);
  });

  it('a change whose surrounding text is gone is listed as 无法定位, not applied', async () => {
    const { bytes } = await exportDocx(reviewed(), template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const before = rejectSuggestions(reviewed(), allSuggestionIds(reviewed()));
    const rewritten: Report = {
      ...before,
      sections: before.sections.map((s) =>
        s.id === 'measures' ? { ...s, blocks: [paragraph('本部分已全部改写。')] } : s,
      ),
    };
    const m = mergeSuggestions(rewritten, readDocxReview(bytes).suggestions);
    expect({ placed: m.placed, unplaced: m.unplaced }).toEqual({ placed: 4, unplaced: 3 });
    expect(texts(m.report)).toContain('本部分已全部改写。');
    expect(shape(m.report).filter((s) => s[4])).toEqual([
      ['delete', '规范性', '王核', null, true],
      ['insert', '新增行政执法人员培训两期。', '李审', null, true],
      ['insert', '，均已审结', '王核', null, true],
    ]);
  });

  // 王核 deletes 集中, which 李审 inserted: one leaf, both marks.
  const stacked = () =>
    suggestDelete(reviewed(), { sectionId: 'study-spirit', blockIndex: 0, offset: 32, length: 2 }, wang)
      .report;
  const nested =
    /<w:ins w:id="\d+" w:author="李审（市司法局）" w:date="2025-01-10T10:00:00Z"><w:del w:id="\d+" w:author="王核" w:date="2025-01-11T09:30:00Z"><w:r>(?:(?!<\/w:r>).)*<w:delText[^>]*>集中<\/w:delText><\/w:r><\/w:del><\/w:ins>/;

  it('text one reviewer inserted and another deleted is written as Word writes it: w:del inside w:ins', async () => {
    const r = stacked();
    const leaf = r.sections
      .find((x) => x.id === 'study-spirit')!
      .blocks[0]!.children.find((l) => l.text === '集中')!;
    expect(leaf.ins && leaf.del).toBeTruthy();
    const { bytes } = await exportDocx(r, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const xml = docXml(bytes);
    expect(xml).toMatch(nested);
    // every revision has its own id
    const ids = [...xml.matchAll(/<w:(?:ins|del) w:id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // merged back into the draft that holds both: nothing lost, nothing twice
    const again = mergeSuggestions(r, readDocxReview(bytes).suggestions);
    expect(again.added).toBe(0);
    expect(shape(again.report)).toEqual(shape(r));
    expect(texts(acceptedText(again.report))).toEqual(texts(acceptedText(r)));
    // merged into the draft as it was before the review: both reviewers' marks on 集中
    const before = rejectSuggestions(r, allSuggestionIds(r));
    const merged = mergeSuggestions(before, readDocxReview(bytes).suggestions);
    expect(shape(merged.report)).toEqual(shape(r));
    expect(texts(merged.report)).toEqual(texts(r));
    expect(JSON.stringify(merged.report)).not.toContain('insertedBy');
    // opened as a new draft: the same
    const imported = importDocx(bytes, { template, fallbackYear: 2024 }).report;
    expect(shape(imported)).toEqual(shape(r));
    expect(texts(imported)).toEqual(texts(r));
    expect(texts(acceptedText(imported))).toEqual(texts(acceptedText(r)));
    expect(texts(rejectSuggestions(imported, allSuggestionIds(imported)))).toEqual(
      texts(rejectSuggestions(r, allSuggestionIds(r))),
    );
    expect(JSON.stringify(imported)).not.toContain('insertedBy');
  });

  const lo = sofficeAvailable() || process.env.CI ? it : it.skip;
  lo(
    'round trip through LibreOffice: re-saved DOCX keeps the changes, merged and imported alike',
    async () => {
      const { bytes } = await exportDocx(reviewed(), template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
      const resaved = resaveDocx(bytes);
      expect(docXml(resaved)).toMatch(/<w:ins [^>]*w:author="李审（市司法局）"/);
      mergeBack(resaved);
      const imported = importDocx(resaved, { template, fallbackYear: 2024 });
      expect(shape(imported.report)).toEqual(shape(reviewed()));
    },
    60_000,
  );

  lo(
    'LibreOffice keeps a deletion inside an insertion, and the merge back loses neither mark',
    async () => {
      const r = stacked();
      const { bytes } = await exportDocx(r, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
      const resaved = resaveDocx(bytes);
      const xml = docXml(resaved);
      // LibreOffice writes the stack its own way; both reviewers are still on 集中
      const around = xml.slice(Math.max(0, xml.indexOf('>集中<') - 600), xml.indexOf('>集中<'));
      expect(around).toMatch(/<w:ins [^>]*w:author="李审（市司法局）"/);
      expect(around).toMatch(/<w:del [^>]*w:author="王核"/);
      const again = mergeSuggestions(r, readDocxReview(resaved).suggestions);
      expect(again.added).toBe(0);
      expect(shape(again.report)).toEqual(shape(r));
      const imported = importDocx(resaved, { template, fallbackYear: 2024 }).report;
      expect(shape(imported)).toEqual(shape(r));
    },
    60_000,
  );

  afterAll(() => removeRenders());
});
