import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiOutput } from '../../core/api/contract';
import { addThread, deleteThread, reply } from '../../core/comments/index';
import { sampleReport, sandbox, type Sandbox } from './test-support';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(async () => {
  await sb.cleanup();
});

describe('comments.mergeFrom and deleted comments', () => {
  it('leaves out a thread the clerk deleted and counts it; brings one back with a new reply', async () => {
    const base = sampleReport();
    const sectionId = base.sections[0]!.id;
    let round1 = addThread(
      base,
      { sectionId, blockIndex: 1, offset: 6, length: 4 },
      { author: '王审核', createdAt: '2025-01-05T08:00:00Z', text: '请写明培训主题。' },
    ).report;
    const a = addThread(
      round1,
      { sectionId, blockIndex: 1, offset: 0, length: 2 },
      { author: '王审核', createdAt: '2025-01-05T08:01:00Z', text: '主语统一。' },
    );
    round1 = a.report;
    const [first, second] = round1.comments;
    // The reviewer's second copy: both first-round threads, and a new reply on the second one.
    const round2 = reply(round1, second!.id, {
      author: '王审核',
      createdAt: '2025-01-12T08:00:00Z',
      text: '第二轮：仍未统一。',
    });
    await sb.call('file.save', {
      path: 'round2.gwdraft',
      report: round2,
      expectedMtimeMs: null,
      force: false,
    });
    // The clerk dealt with both and deleted them.
    const mine = deleteThread(deleteThread(round1, first!.id), second!.id);
    const merged = (await sb.call('comments.mergeFrom', {
      report: mine,
      path: 'round2.gwdraft',
    })) as ApiOutput<'comments.mergeFrom'>;
    expect({ added: merged.added, deletedSkipped: merged.deletedSkipped, revived: merged.revived }).toEqual({
      added: 1,
      deletedSkipped: 1,
      revived: 1,
    });
    expect(merged.report.comments.map((t) => t.comments.map((c) => c.text))).toEqual([
      ['主语统一。', '第二轮：仍未统一。'],
    ]);
    expect(merged.report.deletedComments).toEqual(mine.deletedComments);
  });
});
