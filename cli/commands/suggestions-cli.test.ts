import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { runCli as run } from '../../test/helpers/run-cli';
import { loadDraftFile, saveDraftFile } from '../../electron/service/draft-file';
import { createReport } from '../../core/model/report-helpers';
import { paragraph } from '../../core/model/content';
import { suggestDelete, suggestInsert } from '../../core/suggestions/index';
import { findTemplate } from '../../templates/index';

let dir = '';
const template = findTemplate('zhanjiang-department')!;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-suggest-'));
  const base = createReport(template, { org: '某某市某某局', year: 2024 });
  const clean = {
    ...base,
    sections: base.sections.map((s) =>
      s.id === 'measures' ? { ...s, blocks: [paragraph('审核规范性文件15件，开展执法检查30次。')] } : s,
    ),
  };
  await saveDraftFile(join(dir, 'draft.gwdraft'), clean);
  let r = suggestInsert(clean, { sectionId: 'measures', blockIndex: 0, offset: 0 }, '全年', {
    author: '李审',
    unit: '市司法局',
    createdAt: '2025-01-10T10:00:00Z',
  }).report;
  r = suggestDelete(
    r,
    { sectionId: 'measures', blockIndex: 0, offset: 13, length: 9 },
    {
      author: '李审',
      createdAt: '2025-01-10T10:05:00Z',
    },
  ).report;
  await saveDraftFile(join(dir, 'reviewed.gwdraft'), r);
});

afterAll(async () => {
  if (!process.env.KEEP) await rm(dir, { recursive: true, force: true });
});

describe('gwdraft and 修订', () => {
  it('export: the review copy carries track changes; a clean copy is refused unless --accept-all', async () => {
    const reviewed = join(dir, 'reviewed.gwdraft');
    const refused = await run('export', reviewed, '-o', join(dir, 'clean.docx'));
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('2 处修订');
    expect(existsSync(join(dir, 'clean.docx'))).toBe(false);
    const accepted = await run('export', reviewed, '-o', join(dir, 'clean.docx'), '--accept-all');
    expect(accepted.code).toBe(0);
    const clean = strFromU8(
      unzipSync(new Uint8Array(await readFile(join(dir, 'clean.docx'))))['word/document.xml']!,
    );
    expect(clean).toContain('全年审核规范性文件15件，。');
    expect(clean).not.toMatch(/<w:(ins|del) /);
    expect((await run('export', reviewed, '-o', join(dir, '审阅稿.docx'), '--comments')).code).toBe(0);
  });

  it('merge-comments reads the track changes back onto the draft; comments --json lists them', async () => {
    const out = join(dir, 'merged.gwdraft');
    const merged = await run(
      'merge-comments',
      join(dir, 'draft.gwdraft'),
      join(dir, '审阅稿.docx'),
      '-o',
      out,
    );
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('2 suggestions added, 2 placed, 0 unplaced');
    const listed = await run('comments', out, '--json');
    const json = JSON.parse(listed.out) as {
      threads: unknown[];
      suggestions: { type: string; text: string; author: string; section: string; detached: boolean }[];
    };
    expect(json.threads).toEqual([]);
    expect(json.suggestions.map((s) => [s.type, s.text, s.author, s.section, s.detached])).toEqual([
      ['insert', '全年', '李审', 'measures', false],
      ['delete', '开展执法检查30次', '李审', 'measures', false],
    ]);
    expect((await run('comments', out)).out).toContain('修订 2 处');
    // Merging the same file again adds nothing.
    const again = await run(
      'merge-comments',
      out,
      join(dir, '审阅稿.docx'),
      '-o',
      join(dir, 'again.gwdraft'),
    );
    expect(again.out).toContain('0 suggestions added');
    expect((await loadDraftFile(join(dir, 'again.gwdraft'))).report.suggestions).toHaveLength(2);
    // check judges the text as accepted and says changes are pending.
    const checked = await run('check', out, '--json');
    const files = JSON.parse(checked.out) as { suggestions?: number }[] | { suggestions?: number };
    expect((Array.isArray(files) ? files[0] : files)!.suggestions).toBe(2);
  });
});
