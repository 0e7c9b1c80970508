/**
 * The reviewer's unit (审阅人单位) through Word: Word has one name per comment or change (w:author), so
 * the review copy writes 张三（市司法局）, and reading a Word file back splits that exact shape into name and
 * unit again — for comments and 修订 alike, when a returned file is merged (合并批注) and when it is opened
 * as a new draft, also after a LibreOffice save. An author without a unit is written and read unchanged.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { paragraph } from '../../model/content';
import { createReport } from '../../model/report-helpers';
import type { Report } from '../../model/report';
import { DEFAULT_EXPORT_OPTIONS } from '../../api/contract';
import { findTemplate } from '../../../templates/index';
import { addThread, mergeComments, reply, splitWordAuthor, unmark, wordAuthor } from '../../comments/index';
import {
  allSuggestionIds,
  mergeSuggestions,
  rejectSuggestions,
  suggestDelete,
  suggestInsert,
} from '../../suggestions/index';
import { exportDocx } from '../export/index';
import { importDocx, readDocxReview } from './index';
import { removeRenders, resaveDocx, sofficeAvailable } from '../../../test/render/render-pdf';

const template = findTemplate('zhanjiang-department')!;

function draft(): Report {
  const base = createReport(template, { org: '某某市某某局', year: 2024 });
  let r: Report = {
    ...base,
    meta: { ...base.meta, date: '2025-01-15' },
    preamble: [paragraph('2024年，我局坚持以习近平法治思想为指导，现将有关情况报告如下：')],
    sections: base.sections.map((s) =>
      s.id === 'measures'
        ? {
            ...s,
            blocks: [paragraph('审核规范性文件15件，开展执法检查30次。'), paragraph('办理行政复议案件3件。')],
          }
        : s,
    ),
  };
  const a = addThread(
    r,
    { sectionId: 'measures', blockIndex: 0, offset: 0, length: 9 },
    { author: '张三', unit: '市司法局', createdAt: '2025-01-10T10:00:00.000Z', text: '请补充依据' },
  );
  // The clerk's reply in Word carries no unit.
  r = reply(a.report, a.threadId, {
    author: '李四',
    createdAt: '2025-01-11T08:30:00.000Z',
    text: '已补充。',
  });
  // A name that already ends with its unit is not written twice.
  r = addThread(
    r,
    { sectionId: 'measures', blockIndex: 1, offset: 0, length: 6 },
    { author: '赵六（市公安局）', unit: '市公安局', createdAt: '2025-01-10T11:00:00.000Z', text: '数字核对' },
  ).report;
  const li = { author: '李审', unit: '市司法局', createdAt: '2025-01-12T10:00:00.000Z' };
  const wang = { author: '王核', createdAt: '2025-01-12T11:00:00.000Z' };
  r = suggestInsert(r, { sectionId: null, blockIndex: 0, offset: 5 }, '，我局', li).report;
  r = suggestDelete(r, { sectionId: 'measures', blockIndex: 1, offset: 0, length: 2 }, wang).report;
  // 王核 deletes text 李审 inserted: the insertion's unit travels in the w:ins around the w:del.
  r = suggestInsert(r, { sectionId: 'measures', blockIndex: 0, offset: 20 }, '全部', li).report;
  r = suggestDelete(r, { sectionId: 'measures', blockIndex: 0, offset: 20, length: 2 }, wang).report;
  return r;
}

const who = (xs: readonly { author: string; unit?: string }[]) =>
  xs.map((x) => `${x.author}|${x.unit ?? ''}`);
const commentAuthors = (r: Pick<Report, 'comments'>) => who(r.comments.flatMap((t) => t.comments));
const suggestionAuthors = (r: Pick<Report, 'suggestions'>) =>
  [...who(r.suggestions)].sort((a, b) => a.localeCompare(b));

const docXml = (bytes: Uint8Array, part: string) => strFromU8(unzipSync(bytes)[part]!);

afterAll(removeRenders);

describe('the reviewer’s unit in the author name', () => {
  it('writes 姓名（单位） once, and splits back only that exact shape', () => {
    expect(wordAuthor('张三', '市司法局')).toBe('张三（市司法局）');
    expect(wordAuthor('张三', undefined)).toBe('张三');
    expect(wordAuthor('张三（市司法局）', '市司法局')).toBe('张三（市司法局）');
    expect(wordAuthor('', '市司法局')).toBe('');
    expect(splitWordAuthor('张三（市司法局）')).toEqual({ author: '张三', unit: '市司法局' });
    expect(splitWordAuthor('张三（法规科）（市司法局）')).toEqual({
      author: '张三（法规科）',
      unit: '市司法局',
    });
    expect(splitWordAuthor('张三（市委（市政府）办公室）')).toEqual({
      author: '张三',
      unit: '市委（市政府）办公室',
    });
    expect(wordAuthor(' 张三 ', '市司法局')).toBe('张三（市司法局）');
    for (const plain of [
      '张三',
      'Zhang San (Legal)',
      '（市司法局）',
      '张三（市司法局',
      '张三（）',
      '张三（市司法局）说明',
      '张三 （市司法局）',
      '张三）（市司法局）',
      '张三（ ）',
    ])
      expect(splitWordAuthor(plain)).toEqual({ author: plain });
    for (const [author, unit] of [
      ['张三', '市司法局'],
      ['王五（借调）', '市政府办'],
      ['李四', '市委（市政府）办公室'],
    ] as const)
      expect(splitWordAuthor(wordAuthor(author, unit))).toEqual({ author, unit });
  });
});

describe('the reviewer’s unit through Word', () => {
  it('the review copy names the unit in w:author of comments and of w:ins / w:del', async () => {
    const { bytes } = await exportDocx(draft(), template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const comments = docXml(bytes, 'word/comments.xml');
    expect(comments).toContain('w:author="张三（市司法局）"');
    expect(comments).toContain('w:author="李四"');
    expect(comments).toContain('w:author="赵六（市公安局）"');
    expect(comments).not.toContain('（市公安局）（市公安局）');
    const doc = docXml(bytes, 'word/document.xml');
    expect(doc).toMatch(/<w:ins [^>]*w:author="李审（市司法局）"/);
    expect(doc).toMatch(/<w:del [^>]*w:author="王核"/);
  });

  const checkBack = (bytes: Uint8Array) => {
    const d = draft();
    const review = readDocxReview(bytes);
    // 赵六（市公安局） with the unit 市公安局 comes back as the name and the unit, as it always should have been.
    const authors = ['张三|市司法局', '李四|', '赵六|市公安局'];
    expect(who(review.threads.flatMap((t) => t.comments))).toEqual(authors);
    // 全部, inserted by 李审 and deleted by 王核, comes as 王核's deletion of 李审's insertion.
    expect(suggestionAuthors(review)).toEqual(['李审|市司法局', '王核|', '王核|']);
    expect(review.suggestions.find((s) => s.insertedBy)?.insertedBy).toMatchObject({
      author: '李审',
      unit: '市司法局',
    });
    // 合并批注 into the draft the copy came from: nothing new, nothing twice.
    const same = mergeComments(d, review.threads, { keepDetached: true });
    expect({ added: same.added, replies: same.repliesAdded }).toEqual({ added: 0, replies: 0 });
    expect(mergeSuggestions(d, review.suggestions).added).toBe(0);
    // Into the draft before the review: the reviewers' units come with their comments and changes.
    const clean = rejectSuggestions(
      unmark({ ...d, comments: [] }, () => true),
      allSuggestionIds(d),
    );
    const m = mergeComments({ ...clean, suggestions: [] }, review.threads, { keepDetached: true });
    expect(m.added).toBe(2);
    expect(commentAuthors(m.report)).toEqual(authors);
    const s = mergeSuggestions(m.report, review.suggestions);
    expect(s.unplaced).toBe(0);
    expect(suggestionAuthors(s.report)).toEqual(suggestionAuthors(d));
    // Opened as a new draft: the same.
    const imported = importDocx(bytes, { template, fallbackYear: 2024 }).report;
    expect(commentAuthors(imported)).toEqual(authors);
    expect(suggestionAuthors(imported)).toEqual(suggestionAuthors(d));
  };

  it('reads the unit back from the review copy: import and 合并批注', async () => {
    const { bytes } = await exportDocx(draft(), template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    checkBack(bytes);
  });

  it('a Word author that merely looks like 姓名（单位） merges back onto the unit-less draft comment', async () => {
    const d = addThread(
      draft(),
      { sectionId: null, blockIndex: 0, offset: 0, length: 5 },
      { author: '办公室（法规科）', createdAt: '2025-01-13T09:00:00.000Z', text: '格式' },
    ).report;
    const { bytes } = await exportDocx(d, template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
    const review = readDocxReview(bytes);
    expect(mergeComments(d, review.threads, { keepDetached: true }).added).toBe(0);
  });

  it.skipIf(!sofficeAvailable() && !process.env.CI)(
    'a LibreOffice-saved copy keeps the units',
    async () => {
      const { bytes } = await exportDocx(draft(), template, { ...DEFAULT_EXPORT_OPTIONS, comments: true });
      const resaved = resaveDocx(bytes);
      expect(docXml(resaved, 'word/comments.xml')).toContain('w:author="张三（市司法局）"');
      checkBack(resaved);
    },
    180_000,
  );
});
