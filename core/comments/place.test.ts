import { describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { findTemplate } from '../../templates/index';
import { importDocx, readDocxReview } from '../docx/import/index';
import { exportDocx } from '../docx/export/export-docx';
import { DEFAULT_EXPORT_OPTIONS } from '../api/contract';
import type { Report } from '../model/report';
import {
  WALK_CONTRACTS,
  WALK_DATE,
  WALK_OPENING_TAIL,
  WALK_SIGNATURE,
  WALK_TITLE,
  reviewerWalkOriginal,
  reviewerWalkWord,
  reviewerWalkWps,
} from '../../test/fixtures/docx/reviewer-walk-fixture';
import { listThreads } from './list';
import { mergeComments, sameComment } from './merge';
import { metaPlaceOf } from './place';
import { findQuotePart } from './reanchor';

const template = findTemplate('township')!;

function clerkDraft(): Report {
  return importDocx(reviewerWalkOriginal(), { template, fallbackYear: 2024 }).report;
}

function merged() {
  const { threads } = readDocxReview(reviewerWalkWord());
  return mergeComments(clerkDraft(), threads, { keepDetached: true, template });
}

describe("a reviewer's Word comments on lines outside the section text", () => {
  it('places a comment running from a paragraph into the next heading on that paragraph', () => {
    const m = merged();
    const t = m.report.comments.find((x) => x.comments[0]!.text === '导语与第一部分衔接不够')!;
    expect(t.detached).toBe(false);
    expect(t.anchor.exact).toBe(WALK_OPENING_TAIL);
    expect(t.anchor.sectionId).toBeNull(); // the opening, before part 一
  });

  it('finds the longest part of a multi-paragraph quote with its neighbouring lines as context', () => {
    const text = '甲段落。\n开展执法检查三十次。\n乙段落，开展执法检查三十次。';
    const hit = findQuotePart(text, {
      exact: '检查三十次。\n二、不在正文中的标题',
      prefix: '乙段落，开展执法',
      suffix: '',
      hint: null,
    });
    // The second occurrence: its prefix agrees.
    expect(hit && text.slice(hit.start, hit.end)).toBe('检查三十次。');
    expect(hit!.start).toBe(text.lastIndexOf('检查三十次。'));
    expect(findQuotePart(text, { exact: '单行', prefix: '', suffix: '', hint: null })).toBeUndefined();
  });

  it('says a comment on the title, a heading, the 署名 or the date is there, not deleted', () => {
    const m = merged();
    expect(m).toMatchObject({ added: 9, placed: 4, detached: 5, onMeta: 5 });
    const list = listThreads(m.report, template);
    const byText = (s: string) => list.find((t) => t.text === s)!;
    expect(byText('标题请用“关于……的报告”')).toMatchObject({
      place: 'title',
      sectionLabel: '标题',
      quote: WALK_TITLE,
      // Word's w:date says 10:00 (Beijing wall clock, marked Z); commentsExtensible says 02:00 UTC.
      createdAt: '2025-01-20T02:00:00Z',
    });
    expect(byText('署名请用全称')).toMatchObject({ place: 'signature', sectionLabel: '署名' });
    // On part 三's heading: listed with that part, before its text.
    const onHeading = byText('写明“2025年”');
    expect(onHeading).toMatchObject({
      place: 'heading',
      section: 'next-year',
      sectionLabel: '三、下一年度主要安排',
      quote: '下一年度主要安排',
    });
    expect(byText('成文日期晚于报送时限')).toMatchObject({ place: 'date', sectionLabel: '成文日期' });
    expect(byText('抄送县委依法治县办')).toMatchObject({ place: 'recipient', sectionLabel: '主送机关' });
    // The title's thread is listed first, then the 主送机关's; the 署名's and the date's after the text.
    expect(list.slice(0, 2).map((t) => t.place)).toEqual(['title', 'recipient']);
    expect(list.slice(-2).map((t) => t.place)).toEqual(['signature', 'date']);
    // Two reviewers on one span stay two threads; the reply and the resolved state come through.
    expect(list.filter((t) => t.quote === WALK_CONTRACTS).map((t) => t.author)).toEqual(['张三', '李四']);
    expect(list.find((t) => t.resolved)!.replies).toEqual([
      expect.objectContaining({ author: '王 五', text: '已核实：调处成功数/受理数' }),
    ]);
  });

  it('is 原文已删除 again once the title is changed, and never for body text that recurs in the title', () => {
    const m = merged();
    const onTitle = m.report.comments.find((t) => t.anchor.exact === WALK_TITLE)!;
    const retitled: Report = {
      ...m.report,
      meta: { ...m.report.meta, title: '关于青溪镇2024年法治政府建设情况的报告' },
    };
    expect(metaPlaceOf(retitled, template, onTitle)).toBeNull();
    // A body sentence's words that are a heading's too, deleted: a line's words, but not a line.
    const sentence = {
      ...onTitle,
      anchor: {
        ...onTitle.anchor,
        exact: '下一年度主要安排',
        prefix: '研究部署',
        suffix: '，明确责任分工。',
      },
    };
    expect(metaPlaceOf(m.report, template, sentence)).toBeNull();
    // "人民政府" deleted from a body sentence: in the title too, but with other context.
    const deleted = {
      ...onTitle,
      anchor: { ...onTitle.anchor, exact: '人民政府', prefix: '报请县', suffix: '审议通过' },
    };
    expect(metaPlaceOf(m.report, template, deleted)).toBeNull();
    // A thread still marked in the text is never on the title.
    expect(metaPlaceOf(m.report, template, { ...onTitle, detached: false })).toBeNull();
  });

  it('writes them back on the title, the heading, the 署名 and the date of the review copy, and reads them back', async () => {
    const m = merged();
    const { bytes, warnings } = await exportDocx(m.report, template, {
      ...DEFAULT_EXPORT_OPTIONS,
      comments: true,
      acceptAll: true,
    });
    const files = unzipSync(bytes);
    const doc = strFromU8(files['word/document.xml']!);
    const comments = strFromU8(files['word/comments.xml']!);
    // No "text no longer there" note on them, nor a warning.
    expect(comments).not.toContain('原文已不在');
    expect(warnings.join('')).not.toContain('原文已找不到');
    const paragraphWith = (text: string) =>
      doc.split('</w:p>').find((para) => para.replace(/<[^>]+>/g, '').includes(text))!;
    const rangeCount = (para: string) => (para.match(/<w:commentRangeStart /g) ?? []).length;
    expect(rangeCount(paragraphWith(WALK_TITLE.slice(0, 10)))).toBe(1);
    const closing = doc.split('</w:p>').filter((para) => /<w:commentRangeStart /.test(para));
    expect(closing.some((para) => para.replace(/<[^>]+>/g, '') === WALK_SIGNATURE)).toBe(true);
    expect(closing.some((para) => para.replace(/<[^>]+>/g, '') === WALK_DATE)).toBe(true);
    expect(closing.some((para) => para.replace(/<[^>]+>/g, '') === '三、下一年度主要安排')).toBe(true);
    expect(closing.some((para) => para.replace(/<[^>]+>/g, '') === '县委、县政府：')).toBe(true);

    // The reviewer's copy comes back: nothing new, all in place.
    const back = readDocxReview(bytes).threads;
    const again = mergeComments(m.report, back, { keepDetached: true, template });
    expect(again).toMatchObject({ added: 0, repliesAdded: 0 });
    // The same copy as WPS saves it (no commentsExtensible: Beijing wall-clock times marked Z), merged
    // after Word's: the same comments, not new ones.
    expect(mergeComments(m.report, readDocxReview(reviewerWalkWps()).threads, { template }).added).toBe(0);
    // Merged into the clerk's draft afresh, they are on the same lines.
    const fresh = mergeComments(clerkDraft(), back, { keepDetached: true, template });
    expect(fresh).toMatchObject({ added: 9, placed: 4, onMeta: 5 });
  });
});

describe('findQuotePart', () => {
  it("gives each piece the quote's own neighbouring lines as context", () => {
    // Two occurrences of the second line: the one after the quote's first line wins by its context.
    const text = '乙：开展执法检查三十次。\n甲：未出现的一行\n开展执法检查三十次。\n丙';
    const hit = findQuotePart(text, {
      exact: '标题行不在正文\n开展执法检查三十次。',
      prefix: '',
      suffix: '\n丙',
      hint: null,
    });
    expect(hit!.start).toBe(text.lastIndexOf('开展执法检查三十次。'));
  });
});

describe('sameComment across time zones', () => {
  const c = { id: 'a', author: '张三', initials: '张', createdAt: '2025-01-20T10:00:00Z', text: '同意' };
  const at = (createdAt: string) => ({ ...c, id: 'b', createdAt });
  it('is the same comment at its wall-clock and its UTC time, not minutes or a day apart', () => {
    expect(sameComment(c, at('2025-01-20T02:00:00Z'))).toBe(true); // UTC+8
    expect(sameComment(c, at('2025-01-20T04:30:20Z'))).toBe(true); // UTC+5:30, seconds dropped
    expect(sameComment(c, at('2025-01-20T10:00:40Z'))).toBe(true);
    expect(sameComment(c, at('2025-01-20T10:03:00Z'))).toBe(false);
    expect(sameComment(c, at('2025-01-20T09:20:00Z'))).toBe(false);
    expect(sameComment(c, at('2025-01-21T10:00:00Z'))).toBe(false);
    expect(sameComment(c, { ...at('2025-01-20T02:00:00Z'), text: '不同意' })).toBe(false);
  });
});
