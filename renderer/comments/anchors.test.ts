import { describe, expect, it } from 'vitest';
import { addThread } from '../../core/comments/index';
import { paragraph } from '../../core/model/content';
import type { Report } from '../../core/model/report';
import { anchorOnOpen, settleThreads } from './anchors';

function report(texts: string[]): Report {
  return {
    schemaVersion: 2,
    templateId: 't',
    meta: {
      org: '某局',
      year: 2024,
      title: null,
      signature: null,
      date: null,
      recipient: null,
      docNumber: null,
    },
    preamble: [paragraph('现将有关情况报告如下：')],
    sections: [{ id: 's1', blocks: texts.map((t) => paragraph(t)) }],
    comments: [],
    suggestions: [],
    confirmations: [],
    baseline: null,
  };
}

const WHO = { author: '李审', createdAt: '2026-11-25T09:00:00.000Z', text: '请补充数据' };

function withThread(texts: string[], block: number, offset: number, length: number) {
  return addThread(report(texts), { sectionId: 's1', blockIndex: block, offset, length }, WHO);
}

function setText(r: Report, block: number, leaves: Report['preamble'][number]['children']): Report {
  const blocks = r.sections[0]!.blocks.map((b, i) => (i === block ? { ...b, children: leaves } : b));
  return { ...r, sections: [{ ...r.sections[0]!, blocks }] };
}

describe('settleThreads', () => {
  it('refreshes the quote from the marks after the marked text was edited', () => {
    const { report: r, threadId } = withThread(['全年培训十二次。', '第二段。'], 0, 2, 4);
    // The clerk typed inside the commented words: the marks moved with the text.
    const edited = setText(r, 0, [
      { text: '全年' },
      { text: '组织培训十二', comments: [threadId] },
      { text: '次。' },
    ]);
    const [t] = settleThreads(edited, edited.comments);
    expect(t!.detached).toBe(false);
    expect(t!.anchor.exact).toBe('组织培训十二');
    expect(t!.anchor.prefix.endsWith('全年')).toBe(true);
  });

  it('keeps a thread whose text was deleted, detached, with its quote', () => {
    const { report: r } = withThread(['全年培训十二次。'], 0, 2, 4);
    const deleted = setText(r, 0, [{ text: '全年。' }]);
    const [t] = settleThreads(deleted, deleted.comments);
    expect(t!.detached).toBe(true);
    expect(t!.anchor.exact).toBe('培训十二');
  });

  it('returns unchanged threads as the same objects', () => {
    const { report: r } = withThread(['全年培训十二次。'], 0, 2, 4);
    const once = settleThreads(r, r.comments);
    expect(settleThreads(r, once)[0]).toBe(once[0]);
  });
});

describe('anchorOnOpen', () => {
  it('places a thread that lost its marks elsewhere by its quote, and leaves detached ones alone', () => {
    const { report: r, threadId } = withThread(['第一段。', '全年培训十二次。'], 1, 2, 4);
    // Edited by another tool: marks gone, a paragraph inserted above; plus an old detached thread.
    const moved: Report = {
      ...report(['新加的一段。', '第一段。', '全年培训十二次。']),
      comments: [
        r.comments[0]!,
        {
          ...r.comments[0]!,
          id: 't-old',
          detached: true,
          anchor: { ...r.comments[0]!.anchor, exact: '全年' },
        },
      ],
    };
    const out = anchorOnOpen(moved);
    const placed = out.comments.find((t) => t.id === threadId)!;
    expect(placed.detached).toBe(false);
    expect(placed.anchor.blockIndex).toBe(2);
    expect(out.sections[0]!.blocks[2]!.children.some((l) => l.comments?.includes(threadId))).toBe(true);
    expect(out.comments.find((t) => t.id === 't-old')!.detached).toBe(true);
  });

  it('drops marks that name no thread', () => {
    const r = setText(report(['全年培训十二次。']), 0, [{ text: '全年培训', comments: ['t-gone'] }]);
    const withOne = { ...r, comments: [] };
    expect(anchorOnOpen(withOne)).toBe(withOne); // nothing to do without threads
    const { report: t } = withThread(['x'], 0, 0, 1);
    const both = { ...r, comments: t.comments.map((c) => ({ ...c, detached: true })) };
    expect(anchorOnOpen(both).sections[0]!.blocks[0]!.children.every((l) => !l.comments)).toBe(true);
  });
});
