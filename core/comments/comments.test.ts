import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { paragraph, subHeading, type Block } from '../model/content';
import { createReport } from '../model/report-helpers';
import type { Report } from '../model/report';
import { findTemplate } from '../../templates/index';
import { importDocx } from '../docx/import/index';
import { reviewDocx } from '../../test/fixtures/docx/review-fixture';
import {
  addThread,
  approximateMatches,
  deleteThread,
  listThreads,
  findQuote,
  markedSpan,
  mergeComments,
  reanchor,
  refreshAnchors,
  reply,
  reopenThread,
  resolveThread,
  threadsOfCopy,
} from './index';

const template = findTemplate('zhanjiang-department')!;

function draft(sections: Record<string, Block[]>): Report {
  const r = createReport(template, { org: '某某市某某局', year: 2024 });
  return { ...r, sections: r.sections.map((s) => (sections[s.id] ? { ...s, blocks: sections[s.id]! } : s)) };
}

const base = () =>
  draft({
    'study-spirit': [
      paragraph('局党组把学习贯彻党的二十届三中全会精神作为第一议题，全年组织专题学习12次。'),
      subHeading(2, '健全学法制度'),
      paragraph('制定年度学法计划，落实会前学法制度，全年集体学法6次。'),
    ],
    measures: [paragraph('审核规范性文件15件，开展执法检查30次。')],
  });

const zs = { author: '张三', createdAt: '2025-01-10T10:00:00Z', text: '请补充数据' };

function setText(r: Report, sectionId: string, blockIndex: number, text: string): Report {
  return {
    ...r,
    sections: r.sections.map((s) =>
      s.id === sectionId
        ? { ...s, blocks: s.blocks.map((b, i) => (i === blockIndex ? { ...b, children: [{ text }] } : b)) }
        : s,
    ),
  };
}

describe('threads', () => {
  it('adds a thread: marks on the selected text and a quote anchor with context', () => {
    const { report, threadId } = addThread(
      base(),
      { sectionId: 'study-spirit', blockIndex: 0, offset: 8, length: 11 },
      zs,
    );
    const t = report.comments[0]!;
    expect(t.id).toBe(threadId);
    expect(t.anchor).toMatchObject({
      exact: '党的二十届三中全会精神',
      sectionId: 'study-spirit',
      blockIndex: 0,
      offset: 8,
    });
    expect(t.anchor.prefix.endsWith('局党组把学习贯彻')).toBe(true);
    expect(t.comments[0]).toMatchObject({ author: '张三', initials: '张', text: '请补充数据' });
    const leaves = report.sections[0]!.blocks[0]!.children;
    expect(leaves.map((l) => [l.text, l.comments ?? []])).toEqual([
      ['局党组把学习贯彻', []],
      ['党的二十届三中全会精神', [threadId]],
      ['作为第一议题，全年组织专题学习12次。', []],
    ]);
  });

  it('a range across blocks; reply, resolve, reopen, delete', () => {
    const added = addThread(
      base(),
      {
        anchor: { sectionId: 'study-spirit', blockIndex: 2, offset: 9 },
        focus: { sectionId: 'study-spirit', blockIndex: 0, offset: 30 },
      },
      zs,
    );
    const threadId = added.threadId;
    let report = added.report;
    expect(report.comments[0]!.anchor.exact).toBe('专题学习12次。\n健全学法制度\n制定年度学法计划，');
    report = reply(report, threadId, { author: 'Li Si', createdAt: '2025-01-11T00:00:00Z', text: '已改' });
    expect(report.comments[0]!.comments[1]!.initials).toBe('LS');
    report = resolveThread(report, threadId);
    expect(report.comments[0]!.resolved).toBe(true);
    report = reopenThread(report, threadId);
    expect(report.comments[0]!.resolved).toBe(false);
    report = deleteThread(report, threadId);
    expect(report.comments).toEqual([]);
    expect(JSON.stringify(report.sections)).not.toContain(threadId);
  });

  it('refuses an empty selection', () => {
    expect(() =>
      addThread(base(), { sectionId: 'measures', blockIndex: 0, offset: 3, length: 0 }, zs),
    ).toThrow(/ \/ /);
  });
});

describe('reanchor', () => {
  const withThread = () =>
    addThread(base(), { sectionId: 'study-spirit', blockIndex: 2, offset: 9, length: 8 }, zs);

  it('refreshes the anchor from the marks when text moved', () => {
    const { report, threadId } = withThread();
    // Insert a paragraph above: the block index and context change, the marks move with the text.
    const moved: Report = {
      ...report,
      sections: report.sections.map((s) =>
        s.id === 'study-spirit' ? { ...s, blocks: [paragraph('新增一段。'), ...s.blocks] } : s,
      ),
    };
    const t = reanchor(moved).comments.find((x) => x.id === threadId)!;
    expect(t.anchor).toMatchObject({ exact: '落实会前学法制度', blockIndex: 3, offset: 9 });
    expect(t.detached).toBe(false);
  });

  it('finds the quote again when the marks were lost (text retyped), exactly or fuzzily', () => {
    const { report, threadId } = withThread();
    const retyped = setText(
      report,
      'study-spirit',
      2,
      '制定年度学法计划，严格落实会前学法制度，全年集体学法8次。',
    );
    const t = reanchor(retyped).comments.find((x) => x.id === threadId)!;
    expect(t.detached).toBe(false);
    expect(t.anchor.exact).toBe('落实会前学法制度');
    const edited = setText(
      report,
      'study-spirit',
      2,
      '制定年度学法计划，落实领导会前学法制度，全年集体学法6次。',
    );
    const r2 = reanchor(edited);
    expect(r2.comments[0]!.detached).toBe(false);
    expect(r2.comments[0]!.anchor.exact).toContain('会前学法制度');
  });

  it('keeps a thread whose text was deleted as detached, with its quote', () => {
    const { report } = withThread();
    const gone = reanchor(setText(report, 'study-spirit', 2, '全年集体学法6次。'));
    expect(gone.comments[0]).toMatchObject({ detached: true, anchor: { exact: '落实会前学法制度' } });
    // When the text comes back, so does the thread.
    const back = reanchor(setText(gone, 'study-spirit', 2, '落实会前学法制度。'));
    expect(back.comments[0]!.detached).toBe(false);
  });

  it('prefers the occurrence whose context matches', () => {
    const text = 'A段：开展执法检查。B段：开展执法检查。';
    const hit = findQuote(text, { exact: '开展执法检查', prefix: 'B段：', suffix: '。', hint: null });
    expect(hit).toMatchObject({ start: 13, end: 19, method: 'exact' });
  });

  it('approximate search finds a match within a quarter of edits and nothing beyond', () => {
    expect(approximateMatches('我局全年开展行政执法检查三十次', '开展执法检查', 2)[0]).toMatchObject({
      end: 12,
      distance: 2,
    });
    expect(approximateMatches('我局全年开展行政执法检查三十次', '开展执法检查', 1)).toEqual([]);
    expect(approximateMatches('完全无关的文字内容', '开展执法检查', 1)).toEqual([]);
  });

  it('fuzz: reanchor never loses a thread and marks only existing threads', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.nat(40), (insert, at) => {
        const { report, threadId } = withThread();
        const old = '制定年度学法计划，落实会前学法制度，全年集体学法6次。';
        const cut = Math.min(at, old.length);
        const after = reanchor(
          setText(report, 'study-spirit', 2, old.slice(0, cut) + insert + old.slice(cut)),
        );
        expect(after.comments.map((t) => t.id)).toEqual([threadId]);
        const span = markedSpan(after, threadId);
        expect(Boolean(span)).toBe(!after.comments[0]!.detached);
      }),
      { numRuns: 200 },
    );
  });
});

describe('mergeComments', () => {
  it('brings a reviewer DOCX back onto an edited draft: placed, detached, resolved, replies', () => {
    // The clerk kept writing after exporting: one sentence changed, one paragraph moved down.
    const current = draft({
      'study-spirit': [
        paragraph('新写的开头一段。'),
        paragraph('局党组把学习贯彻党的二十届三中全会精神作为第一议题，全年组织专题学习15次。'),
        subHeading(2, '健全学法制度'),
        paragraph('制定年度学法计划，落实会前学法制度，全年集体学法6次。'),
      ],
      'rule-of-law-thought': [
        paragraph('通过党组会、理论学习中心组等形式宣传。'),
        paragraph('开展“宪法宣传周”活动共5场。'),
      ],
      'first-responsible': [paragraph('主要负责人亲自部署重大执法事项，听取法治工作汇报4次。')],
    });
    const incoming = importDocx(reviewDocx(), { template, fallbackYear: 2024 }).report.comments;
    const m = mergeComments(current, incoming, { keepDetached: true });
    expect({ added: m.added, placed: m.placed, detached: m.detached }).toEqual({
      added: 4,
      placed: 3,
      detached: 1,
    });
    const [first, resolved, across, deleted] = m.report.comments;
    // Listing the merged file does not move the deleted-text comment onto the draft's copy of that text.
    expect(refreshAnchors(m.report).comments[3]).toMatchObject({ detached: true });
    expect(first!.anchor).toMatchObject({
      exact: '党的二十届三中全会精神',
      sectionId: 'study-spirit',
      blockIndex: 1,
    });
    expect(first!.comments).toHaveLength(2);
    expect(resolved!.resolved).toBe(true);
    expect(across!.anchor.exact).toBe('党组会、理论学习中心组等形式宣传。\n开展“宪法宣传周”活动');
    expect(deleted).toMatchObject({ detached: true, anchor: { exact: '亲自部署重大执法事项' } });
    expect(markedSpan(m.report, deleted!.id)).toBeUndefined();

    // The same copy merged again adds nothing.
    const again = mergeComments(m.report, incoming, { keepDetached: true });
    expect({ added: again.added, replies: again.repliesAdded }).toEqual({ added: 0, replies: 0 });
    expect(again.report.comments).toHaveLength(4);
  });

  it('merges another .gwdraft copy: new threads and new replies, no duplicates', () => {
    const { report: mine, threadId } = addThread(
      base(),
      { sectionId: 'measures', blockIndex: 0, offset: 0, length: 9 },
      zs,
    );
    // The reviewer's copy: a reply on the existing thread and a new thread; meanwhile the clerk edited.
    let copy = reply(mine, threadId, { author: '李四', createdAt: '2025-01-12T09:00:00Z', text: '同意' });
    copy = addThread(
      copy,
      { sectionId: 'study-spirit', blockIndex: 2, offset: 0, length: 8 },
      {
        author: '李四',
        createdAt: '2025-01-12T09:05:00Z',
        text: '计划附后',
      },
    ).report;
    const edited = setText(mine, 'study-spirit', 0, '全新改写的第一段。');
    const m = mergeComments(edited, threadsOfCopy(copy));
    expect({ added: m.added, placed: m.placed, detached: m.detached, replies: m.repliesAdded }).toEqual({
      added: 1,
      placed: 1,
      detached: 0,
      replies: 1,
    });
    expect(m.report.comments.find((t) => t.id === threadId)!.comments.map((c) => c.text)).toEqual([
      '请补充数据',
      '同意',
    ]);
    expect(mergeComments(m.report, threadsOfCopy(copy)).added).toBe(0);
  });
});

describe('listThreads', () => {
  it('lists threads in text order with their section, filtered open/resolved', () => {
    const a = addThread(base(), { sectionId: 'measures', blockIndex: 0, offset: 0, length: 4 }, zs);
    const b = addThread(
      a.report,
      { sectionId: 'study-spirit', blockIndex: 2, offset: 9, length: 8 },
      {
        ...zs,
        text: '第二条',
      },
    );
    const r = resolveThread(b.report, a.threadId);
    const all = listThreads(r, template);
    expect(all.map((t) => [t.sectionLabel, t.quote, t.resolved])).toEqual([
      ['一、学习贯彻重要讲话精神', '落实会前学法制度', false],
      ['四、主要举措和成效', '审核规范', true],
    ]);
    expect(listThreads(r, template, 'open').map((t) => t.id)).toEqual([b.threadId]);
    expect(listThreads(r, template, 'resolved').map((t) => t.id)).toEqual([a.threadId]);
  });
});
