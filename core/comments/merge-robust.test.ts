import { describe, expect, it } from 'vitest';
import { paragraph } from '../model/content';
import { createReport } from '../model/report-helpers';
import type { Report, Thread } from '../model/report';
import { findTemplate } from '../../templates/index';
import { parseDraft } from '../draft/parse';
import { serializeDraft } from '../draft/serialize';
import {
  addThread,
  cleanCommentText,
  cleanedCommentNotice,
  deleteComment,
  deleteThread,
  mergeComments,
  reply,
  threadsOfCopy,
} from './index';

const template = findTemplate('zhanjiang-department')!;

function base(): Report {
  const r = createReport(template, { org: '某某市某某局', year: 2024 });
  return {
    ...r,
    sections: r.sections.map((s) =>
      s.id === 'measures' ? { ...s, blocks: [paragraph('审核规范性文件15件，开展执法检查30次。')] } : s,
    ),
  };
}

const sel = { sectionId: 'measures', blockIndex: 0, offset: 0, length: 9 };
const zs = { author: '张三', createdAt: '2025-01-10T10:00:31Z', text: '请补充数据' };
const ls = { author: '李四', createdAt: '2025-01-10T11:00:12Z', text: '件数与附表不一致' };
const ww = { author: '王五', createdAt: '2025-01-10T12:00:45Z', text: '同意张三意见' };

/** As WPS/LibreOffice give it back: other ids, seconds dropped, reply links lost or made up. */
function wps(t: Thread, n: number, comments: { author: string; createdAt: string; text: string }[]): Thread {
  return {
    ...t,
    id: `t-wps-${n}`,
    detached: false,
    resolved: false,
    comments: comments.map((c, k) => ({
      id: `c-wps-${n}-${k}`,
      author: c.author,
      initials: c.author.slice(0, 1),
      createdAt: c.createdAt.replace(/:\d\dZ$/, ':00Z'),
      text: c.text,
    })),
  };
}

describe('mergeComments: a comment already in the draft is not added twice', () => {
  it('two reviewers on the same words, back from WPS as one thread with a reply', () => {
    // The Word copy of the round brought 张三's and 李四's comments on the same words as two threads.
    let r = addThread(base(), sel, zs).report;
    r = addThread(r, sel, ls).report;
    expect(r.comments).toHaveLength(2);
    // The WPS copy of the same round: one thread, 李四's comment as a reply to 张三's.
    const incoming = [wps(r.comments[0]!, 1, [zs, ls])];
    const m = mergeComments(r, incoming);
    expect(m.report.comments.map((t) => t.comments.map((c) => c.author))).toEqual([['张三'], ['李四']]);
    expect({ added: m.added, replies: m.repliesAdded, already: m.alreadyPresent }).toEqual({
      added: 0,
      replies: 0,
      already: 1,
    });
  });

  it('a reply back from LibreOffice as a comment of its own', () => {
    const a = addThread(base(), sel, zs);
    const r = reply(a.report, a.threadId, ww);
    const t = r.comments[0]!;
    const incoming = [wps(t, 1, [zs]), wps(t, 2, [ww])];
    const m = mergeComments(r, incoming);
    expect(m.report.comments).toHaveLength(1);
    expect(m.report.comments[0]!.comments.map((c) => c.text)).toEqual([zs.text, ww.text]);
    expect({ added: m.added, replies: m.repliesAdded, already: m.alreadyPresent }).toEqual({
      added: 0,
      replies: 0,
      already: 0,
    });
  });

  it('a new reply to a reply that came back on its own joins the thread holding it', () => {
    const a = addThread(base(), sel, zs);
    const r = reply(a.report, a.threadId, ww);
    const later = { author: '赵六', createdAt: '2025-01-11T08:00:00Z', text: '已核实' };
    const m = mergeComments(r, [wps(r.comments[0]!, 1, [ww, later])]);
    expect(m.report.comments).toHaveLength(1);
    expect(m.report.comments[0]!.comments.map((c) => c.author)).toEqual(['张三', '王五', '赵六']);
    expect(m.repliesAdded).toBe(1);
  });

  it('a new thread from WPS keeps only the replies not already in the draft', () => {
    let r = addThread(base(), sel, zs).report;
    r = addThread(r, sel, ls).report;
    const fresh = { author: '王五', createdAt: '2025-01-12T08:00:00Z', text: '另有问题' };
    // WPS made 李四's comment (on the same words) a reply of 王五's new one.
    const m = mergeComments(r, [wps(r.comments[0]!, 1, [fresh, ls])]);
    expect(m.added).toBe(1);
    expect(m.alreadyPresent).toBe(1);
    expect(m.report.comments.map((t) => t.comments.map((c) => c.author))).toEqual([
      ['张三'],
      ['李四'],
      ['王五'],
    ]);
  });

  it('the same short reply by the same reviewer in the same minute on other words is another comment', () => {
    const ok = { author: '王五', createdAt: '2025-01-12T08:00:10Z', text: '同意' };
    let r = addThread(base(), sel, zs).report;
    r = reply(r, r.comments[0]!.id, ok);
    const b = addThread(r, { ...sel, offset: 10, length: 4 }, ls);
    const copy = reply(b.report, b.threadId, { ...ok, createdAt: '2025-01-12T08:00:40Z' });
    const m = mergeComments(b.report, threadsOfCopy(copy));
    expect(m.repliesAdded).toBe(1);
    expect(m.alreadyPresent).toBe(0);
    expect(m.report.comments.map((t) => t.comments.map((c) => c.text))).toEqual([
      [zs.text, '同意'],
      [ls.text, '同意'],
    ]);
    // Back from WPS as a comment of its own on those other words: a new thread, not dropped.
    const alone = mergeComments(b.report, [
      wps(b.report.comments[1]!, 9, [{ ...ok, createdAt: '2025-01-12T08:00:40Z' }]),
    ]);
    expect(alone.added).toBe(1);
  });

  it('the Word copy merged after the WPS copy of the same round adds nothing either', () => {
    let r = addThread(base(), sel, zs).report;
    const wordCopy = addThread(r, sel, ls).report;
    // The WPS copy came first: one thread 张三 + 李四 as reply.
    r = mergeComments(r, [wps(wordCopy.comments[0]!, 1, [zs, ls])]).report;
    expect(r.comments.map((t) => t.comments.length)).toEqual([2]);
    const m = mergeComments(r, threadsOfCopy(wordCopy));
    expect(m.report.comments.map((t) => t.comments.length)).toEqual([2]);
    expect(m.added).toBe(0);
  });
});

describe('mergeComments: a deleted thread or reply does not come back', () => {
  it('a thread the clerk deleted, still in the second-round copy, is left out and counted', () => {
    const a = addThread(base(), sel, zs);
    let r = reply(a.report, a.threadId, ww);
    const round1 = threadsOfCopy(r);
    r = deleteThread(r, a.threadId);
    expect(r.comments).toHaveLength(0);
    // Only what identifies the comments is kept: no text.
    expect(r.deletedComments).toHaveLength(2);
    expect(JSON.stringify(r.deletedComments)).not.toContain(zs.text);
    // The second-round copy (Word keeps the first round's comments), and the same from WPS.
    for (const incoming of [round1, [wps(round1[0]!, 1, [zs, ww])]]) {
      const m = mergeComments(r, incoming);
      expect(m.report.comments).toHaveLength(0);
      expect({ added: m.added, skipped: m.deletedSkipped, revived: m.revived }).toEqual({
        added: 0,
        skipped: 1,
        revived: 0,
      });
    }
  });

  it('a deleted reply stays deleted', () => {
    const a = addThread(base(), sel, zs);
    let r = reply(a.report, a.threadId, ww);
    const copy = threadsOfCopy(r);
    r = deleteComment(r, a.threadId, r.comments[0]!.comments[1]!.id);
    const m = mergeComments(r, copy);
    expect(m.report.comments[0]!.comments.map((c) => c.author)).toEqual(['张三']);
    expect({ replies: m.repliesAdded, skipped: m.deletedSkipped }).toEqual({ replies: 0, skipped: 1 });
  });

  it('a deleted thread the reviewer replied to since comes back with the opening and the new reply', () => {
    const a = addThread(base(), sel, zs);
    let r = reply(a.report, a.threadId, ww);
    const later = { author: '张三', createdAt: '2025-01-20T09:00:00Z', text: '第二轮：数据仍未补充' };
    const round2 = threadsOfCopy(reply(r, a.threadId, later));
    r = deleteThread(r, a.threadId);
    const m = mergeComments(r, round2);
    expect(m.report.comments.map((t) => t.comments.map((c) => c.text))).toEqual([[zs.text, later.text]]);
    expect({ added: m.added, revived: m.revived, skipped: m.deletedSkipped }).toEqual({
      added: 1,
      revived: 1,
      skipped: 0,
    });
    // Deleted again: the third copy with the same comments adds nothing.
    const again = deleteThread(m.report, m.report.comments[0]!.id);
    expect(mergeComments(again, round2).report.comments).toHaveLength(0);
  });

  it('a deleted reply stays deleted when a copy brings it back as a comment of its own', () => {
    const a = addThread(base(), sel, zs);
    let r = reply(a.report, a.threadId, ww);
    const t = r.comments[0]!;
    // A LibreOffice copy: the reply as a comment of its own on the same words.
    const copy = [wps(t, 1, [zs]), wps(t, 2, [ww])];
    r = deleteComment(r, a.threadId, t.comments[1]!.id);
    const m = mergeComments(r, copy);
    expect(m.report.comments.map((x) => x.comments.map((c) => c.author))).toEqual([['张三']]);
    expect(m.deletedSkipped).toBe(1);
    // The whole thread deleted: neither the opening nor the reply that came apart comes back.
    const gone = deleteThread(r, a.threadId);
    const again = mergeComments(gone, copy);
    expect(again.report.comments).toEqual([]);
    expect(again.deletedSkipped).toBe(2);
  });

  it('a deleted 同意 is that reply only: the same 同意 by the same reviewer on other words is added', () => {
    const ok = { author: '王五', createdAt: '2025-01-12T08:00:00Z', text: '同意' };
    const a = addThread(base(), sel, zs);
    let r = reply(a.report, a.threadId, ok);
    const b = addThread(r, { ...sel, offset: 10, length: 4 }, ls);
    r = deleteComment(b.report, a.threadId, r.comments[0]!.comments[1]!.id);
    // The reviewer's next copy: a 同意 a quarter of an hour later on 李四's thread (merging takes times
    // apart by whole quarter hours for the same comment: Word's local clock against UTC).
    const copy = reply(b.report, b.threadId, { ...ok, createdAt: '2025-01-12T08:15:00Z' });
    const m = mergeComments(r, threadsOfCopy(copy));
    expect(m.report.comments.map((x) => x.comments.map((c) => c.text))).toEqual([
      [zs.text],
      [ls.text, '同意'],
    ]);
    expect({ replies: m.repliesAdded, skipped: m.deletedSkipped }).toEqual({ replies: 1, skipped: 1 });
  });

  it('an older draft without the field still merges as before', () => {
    const a = addThread(base(), sel, zs);
    const { deletedComments: _none, ...r } = deleteThread(a.report, a.threadId);
    expect(mergeComments(r, threadsOfCopy(a.report)).added).toBe(1);
  });
});

describe('deletedComments in the file', () => {
  it('is saved and read back; a draft with it stays at the same schema version', () => {
    const a = addThread(base(), sel, zs);
    const r = deleteThread(a.report, a.threadId);
    const back = parseDraft(serializeDraft(r), { fileName: 'a.gwdraft' });
    expect(back.deletedComments).toEqual(r.deletedComments);
    expect(back.schemaVersion).toBe(2);
    expect(() =>
      parseDraft(
        serializeDraft({ ...r, deletedComments: [{ author: 'x', createdAt: 'no', textHash: 'h' }] }),
        {
          fileName: 'a.gwdraft',
        },
      ),
    ).toThrow();
  });
});

describe('control characters typed or pasted into a comment', () => {
  it('are removed where the comment is made, by the export rules; line breaks and tabs stay', () => {
    const a = addThread(base(), sel, { ...zs, text: '请核实\u0007数据\n第二行\t缩进\u0000\u000b' });
    expect(a.report.comments[0]!.comments[0]!.text).toBe('请核实数据\n第二行\t缩进');
    const r = reply(a.report, a.threadId, { ...ww, text: '同意\u001b[31m' });
    expect(r.comments[0]!.comments[1]!.text).toBe('同意[31m');
    // Rare characters (supplementary plane) are kept.
    expect(cleanCommentText('𠀀\u0001').text).toBe('𠀀');
    const { removed } = cleanCommentText('a\u0007b\u0007c\u0000');
    expect(cleanedCommentNotice(removed)).toBe(
      '批注中的 3 个控制字符（U+0007、U+0000）已删除：Word 文件不能包含它们。',
    );
    expect(cleanedCommentNotice(cleanCommentText('正常\n文字').removed)).toBeNull();
  });
});
