import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../../test/helpers/run-cli';
import { loadDraftFile, saveDraftFile } from '../../electron/service/draft-file';
import { importDocx } from '../../core/docx/import/index';
import { deleteThread, unmark } from '../../core/comments/index';
import { findTemplate } from '../../templates/index';
import { reviewDocx } from '../../test/fixtures/docx/review-fixture';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-merge-deleted-'));
  await writeFile(join(dir, 'reviewed.docx'), reviewDocx());
  const imported = importDocx(reviewDocx(), {
    template: findTemplate('zhanjiang-department')!,
    fallbackYear: 2024,
  });
  await saveDraftFile(
    join(dir, 'draft.gwdraft'),
    unmark({ ...imported.report, comments: [] }, () => true),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gwdraft merge-comments after the clerk deleted a thread', () => {
  it('does not bring it back from the next copy, and says so', async () => {
    const first = join(dir, 'first.gwdraft');
    expect(
      (await run('merge-comments', join(dir, 'draft.gwdraft'), join(dir, 'reviewed.docx'), '-o', first)).code,
    ).toBe(0);
    const merged = (await loadDraftFile(first)).report;
    expect(merged.comments).toHaveLength(4);
    // The clerk dealt with the first thread and deleted it.
    const dealt = join(dir, 'dealt.gwdraft');
    await saveDraftFile(dealt, deleteThread(merged, merged.comments[0]!.id));
    // The reviewer's next copy still carries it.
    const second = join(dir, 'second.gwdraft');
    const r = await run('merge-comments', dealt, join(dir, 'reviewed.docx'), '-o', second);
    expect(r.code).toBe(0);
    expect(r.out).toContain('1 条此前已删除的批注未再加入');
    expect(r.out).toContain('1 deleted before, not added again');
    expect(r.out).toContain('0 threads added');
    expect((await loadDraftFile(second)).report.comments).toHaveLength(3);
  });
});
