import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../../test/helpers/run-cli';
import { loadDraftFile, saveDraftFile } from '../../electron/service/draft-file';
import { importDocx } from '../../core/docx/import/index';
import { reply, unmark } from '../../core/comments/index';
import { findTemplate } from '../../templates/index';
import { reviewDocx } from '../../test/fixtures/docx/review-fixture';
import {
  WALK_COMMENTS,
  reviewerWalkOriginal,
  reviewerWalkWord,
} from '../../test/fixtures/docx/reviewer-walk-fixture';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-merge-'));
  await writeFile(join(dir, 'reviewed.docx'), reviewDocx());
  // The clerk's draft: the same report without the reviewer's comments.
  const imported = importDocx(reviewDocx(), {
    template: findTemplate('zhanjiang-department')!,
    fallbackYear: 2024,
  });
  const clean = unmark({ ...imported.report, comments: [] }, () => true);
  await saveDraftFile(join(dir, 'draft.gwdraft'), clean);
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gwdraft merge-comments and comments', () => {
  it('merges a reviewer DOCX, prints the counts, and lists the threads', async () => {
    const out = join(dir, 'merged.gwdraft');
    const merged = await run(
      'merge-comments',
      join(dir, 'draft.gwdraft'),
      join(dir, 'reviewed.docx'),
      '-o',
      out,
    );
    expect(merged.code).toBe(0);
    expect(merged.out).toContain('4 threads added, 3 placed, 1 detached');
    const report = (await loadDraftFile(out)).report;
    expect(report.comments).toHaveLength(4);

    const listed = await run('comments', out, '--json');
    expect(listed.code).toBe(0);
    const list = (
      JSON.parse(listed.out) as {
        threads: {
          author: string;
          quote: string;
          section: string | null;
          resolved: boolean;
          replies: unknown[];
        }[];
      }
    ).threads;
    expect(list.map((t) => [t.author, t.quote, t.section, t.resolved, t.replies.length])).toEqual([
      ['张三', '党的二十届三中全会精神', 'study-spirit', false, 1],
      ['王五', '落实会前学法制度', 'study-spirit', true, 0],
      ['张三', '党组会、理论学习中心组等形式宣传。\n开展“宪法宣传周”活动', 'rule-of-law-thought', false, 0],
      ['李四', '亲自部署重大执法事项', null, false, 0],
    ]);
    const text = await run('comments', out);
    expect(text.out).toContain('原文已删除');

    // Merging the same copy again adds nothing.
    const again = await run(
      'merge-comments',
      out,
      join(dir, 'reviewed.docx'),
      '-o',
      join(dir, 'again.gwdraft'),
    );
    expect(again.out).toContain('0 threads added');
  });

  it('refuses bad input with one bilingual line, exit 2, and writes nothing', async () => {
    await writeFile(join(dir, 'bad.docx'), '不是压缩包');
    const before = await readdir(dir);
    const bad = await run(
      'merge-comments',
      join(dir, 'draft.gwdraft'),
      join(dir, 'bad.docx'),
      '-o',
      join(dir, 'x.gwdraft'),
    );
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/不是 DOCX 文件.* \/ not a DOCX file/);
    expect(await run('merge-comments', join(dir, 'draft.gwdraft'), join(dir, 'reviewed.docx'))).toMatchObject(
      { code: 2 },
    );
    expect(await run('comments', join(dir, 'missing.gwdraft'))).toMatchObject({ code: 2 });
    expect(await readdir(dir)).toEqual(before);
  });

  it('merges another .gwdraft copy: new replies and threads only', async () => {
    const out = join(dir, 'merged.gwdraft');
    const copy = (await loadDraftFile(out)).report;
    const first = copy.comments[0]!;
    const withReply = reply(copy, first.id, {
      author: '赵六',
      createdAt: '2025-01-12T09:00:00Z',
      text: '同意修改',
    });
    await saveDraftFile(join(dir, 'copy.gwdraft'), withReply);
    const res = await run(
      'merge-comments',
      out,
      join(dir, 'copy.gwdraft'),
      '-o',
      join(dir, 'merged2.gwdraft'),
    );
    expect(res.code).toBe(0);
    expect(res.out).toContain('0 threads added, 0 placed, 0 detached; 1 replies added');
    const merged = (await loadDraftFile(join(dir, 'merged2.gwdraft'))).report;
    expect(merged.comments[0]!.comments.map((c) => c.author)).toEqual(['张三', '李四', '赵六']);
  });

  it("imports last year's DOCX as this year's report with --next-year", async () => {
    const out = join(dir, 'next.gwdraft');
    const res = await run('import', join(dir, 'reviewed.docx'), '--next-year', '-o', out);
    expect(res.code).toBe(0);
    const next = (await loadDraftFile(out)).report;
    expect(next.meta.year).toBe(2025);
    expect(next.baseline?.year).toBe(2024);
    expect(next.sections[0]!.blocks.every((b) => b.carried === true)).toBe(true);
    expect(next.comments).toEqual([]);
  });
});

describe("the reviewer's and the archivist's day through the CLI", () => {
  it('merges a Word 2016+ copy, keeps comments on the title and 署名 in view, and the archive copy carries none of it', async () => {
    await writeFile(join(dir, 'walk-original.docx'), reviewerWalkOriginal());
    await writeFile(join(dir, 'walk-reviewed.docx'), reviewerWalkWord());
    // The Word file's comments, listed before anything is merged: the title's first, none deleted.
    const fromWord = await run('comments', join(dir, 'walk-reviewed.docx'));
    expect(fromWord.code).toBe(0);
    expect(fromWord.out).toContain('批注 9 条（未解决 8 条）');
    expect(fromWord.out).toMatch(/^\[docx-\w+\] 市司法局 张三 .* {2}标题 {2}未解决$/m);
    expect(fromWord.out).not.toContain('原文已删除');
    const draft = join(dir, 'walk.gwdraft');
    expect(
      (await run('import', join(dir, 'walk-original.docx'), '--template', 'township', '-o', draft)).code,
    ).toBe(0);
    const merged = join(dir, 'walk-merged.gwdraft');
    const res = await run('merge-comments', draft, join(dir, 'walk-reviewed.docx'), '-o', merged);
    expect(res.code).toBe(0);
    expect(res.out).toContain('9 threads added, 4 placed, 5 detached (5 on the title or signature)');
    expect(res.out).toContain('（其中 5 条在标题、署名等行上）');
    const listed = await run('comments', merged);
    expect(listed.out).not.toContain('原文已删除');
    expect(listed.out).toMatch(/李四 .* {2}三、下一年度主要安排 {2}未解决，在部分标题上/);
    expect(listed.out).toMatch(/市司法局 张三 .* {2}标题 {2}未解决/);
    expect(listed.out).toMatch(/市司法局 张三 .* {2}署名 {2}未解决/);
    // The bidi override in a comment is shown escaped, never acted on by the terminal.
    expect(listed.out).not.toContain('\u202E');

    // The archive copy: the clean export, every part of the package free of the review.
    const archive = join(dir, 'walk-archive.docx');
    expect((await run('export', merged, '-o', archive, '--accept-all')).code).toBe(0);
    const parts = unzipSync(new Uint8Array(await readFile(archive)));
    expect(Object.keys(parts).filter((n) => /comment|people/i.test(n))).toEqual([]);
    const all = Object.values(parts)
      .map((b) => strFromU8(b))
      .join('\n');
    for (const c of WALK_COMMENTS) {
      expect(all).not.toContain(c.text.slice(0, 6));
      for (const name of [c.author, ...c.author.split(/[\s（）]+/)].filter((n) => n.length >= 2))
        expect(all).not.toContain(name);
    }
    for (const residue of [
      '<w:ins ',
      '<w:del ',
      'w:delText',
      'commentRange',
      'commentReference',
      'trackRevisions',
    ])
      expect(all).not.toContain(residue);
    const core = strFromU8(parts['docProps/core.xml']!);
    expect(core).toContain('<dc:title>青溪镇人民政府2024年法治政府建设年度报告</dc:title>');
    expect(core).toContain('<dc:creator>青溪镇人民政府</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>青溪镇人民政府</cp:lastModifiedBy>');
    // The accepted tracked change is in the text.
    expect(strFromU8(parts['word/document.xml']!)).toContain('宣传活动25场');
  });
});
