import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../../test/helpers/run-cli';
import { reviewerWalkWord } from '../../test/fixtures/docx/reviewer-walk-fixture';
import { localTime } from './comments';

let dir = '';
const tz = process.env.TZ;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-ctime-'));
  await writeFile(join(dir, 'reviewed.docx'), reviewerWalkWord());
  // The reviewer's machine in Beijing (Node follows TZ changed at run time).
  process.env.TZ = 'Asia/Shanghai';
});

afterAll(async () => {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
  await rm(dir, { recursive: true, force: true });
});

describe('gwdraft comments: times as the reviewer saw them', () => {
  it("prints a comment written at 10:00 in Beijing as 10:00, not the file's UTC 02:00", async () => {
    const listed = await run('comments', join(dir, 'reviewed.docx'));
    expect(listed.code).toBe(0);
    // The title's comment: w:date 10:00 (Word's wall clock), commentsExtensible 02:00 UTC.
    expect(listed.out).toMatch(/^\[docx-\w+\] 市司法局 张三 2025-01-20 10:00 {2}标题 {2}未解决$/m);
    expect(listed.out).not.toContain('2025-01-20 02:00');
    // --json keeps the instant as the file has it.
    const json = JSON.parse((await run('comments', join(dir, 'reviewed.docx'), '--json')).out) as {
      threads: { sectionLabel: string; createdAt: string }[];
    };
    expect(json.threads.find((t) => t.sectionLabel === '标题')!.createdAt).toBe('2025-01-20T02:00:00Z');
  });

  it('keeps what is not a time as it is', () => {
    expect(localTime('not a time')).toBe('not a time');
    expect(localTime('2025-12-31T16:30:00Z')).toBe('2026-01-01 00:30');
  });
});
