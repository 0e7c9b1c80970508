import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../../test/helpers/run-cli';
import { saveDraftFile } from '../../electron/service/draft-file';
import { findTemplate } from '../../templates/index';
import { completeReport } from '../../test/fixtures/check/complete-report';
import { reviewDocx } from '../../test/fixtures/docx/review-fixture';
import { reviewerWalkOriginal, reviewerWalkWord } from '../../test/fixtures/docx/reviewer-walk-fixture';
import type { CheckedFile } from './check';

let dir = '';
const fixtures = join(import.meta.dirname, '../../test/fixtures/check');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-check-'));
  const template = findTemplate('zhanjiang-department')!;
  await saveDraftFile(join(dir, 'complete.gwdraft'), completeReport(template));
  await saveDraftFile(
    join(dir, 'no-causes.gwdraft'),
    completeReport(template, { omit: 'shortcomings-causes' }),
  );
  await writeFile(join(dir, 'broken.gwdraft'), '{"schemaVersion": 1, "templateId": ');
  await copyFile(join(fixtures, 'messy-department.md'), join(dir, 'messy.md'));
  await writeFile(join(dir, 'report.docx'), reviewDocx());
  await writeFile(join(dir, 'not-a-zip.docx'), 'hello');
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gwdraft check', () => {
  it('exit 0 and a readable table when no item fails', async () => {
    const r = await run('check', join(dir, 'complete.gwdraft'), '--today', '2025-01-10');
    expect(r.code).toBe(0);
    expect(r.out).toContain('检查清单 / checklist: 通过 26 · 未通过 0 · 提醒 0 · 待确认 1');
    expect(r.out).toContain('✓ 五　 不足有原因分析');
    expect(r.out).toContain('? 全文 经领导班子会议审议、主要负责人签批');
  });

  it('exit 1 when an item fails; --json gives one object per file', async () => {
    const r = await run('check', join(dir, 'no-causes.gwdraft'), '--json', '--today', '2025-01-10');
    expect(r.code).toBe(1);
    const result = JSON.parse(r.out) as CheckedFile;
    expect(result.file).toBe(join(dir, 'no-causes.gwdraft'));
    expect(result.template).toBe('zhanjiang-department');
    const causes = result.items.find((i) => i.id === 'shortcomings-causes')!;
    expect(causes).toMatchObject({ status: 'fail', section: '五' });
    expect(causes.evidence[0]).toEqual({ sectionId: 'shortcomings', blockIndex: 0, offset: 0, length: 0 });
    expect(Array.isArray(result.lint)).toBe(true);
  });

  it('checks a messy Markdown report: sensible items and lint with locations', async () => {
    const r = await run('check', join(dir, 'messy.md'), '--json', '--today', '2025-01-10');
    const result = JSON.parse(r.out) as CheckedFile;
    const status = Object.fromEntries(result.items.map((i) => [i.id, i.status]));
    expect(result.template).toBe('zhanjiang-department');
    // The report names no cause for its shortcomings and repeats 三中全会: those, and nothing else, are flagged.
    expect(
      result.items
        .filter((i) => i.status === 'fail' || i.status === 'warn')
        .map((i) => i.id)
        .sort(),
    ).toEqual(['duplicate-phrase', 'shortcomings-causes']);
    expect(status['year-consistency']).toBe('pass');
    expect(status['measures-data']).toBe('pass');
    expect(r.code).toBe(1);
    const spaces = result.lint.filter((f) => f.rule === 'stray-space');
    expect(spaces.length).toBeGreaterThan(3);
    expect(spaces.every((f) => f.fix !== undefined)).toBe(true);
  });

  it('exit 2 for an unreadable input, after checking and reporting the others', async () => {
    const r = await run(
      'check',
      join(dir, 'complete.gwdraft'),
      join(dir, 'broken.gwdraft'),
      join(dir, 'missing.txt'),
      '--json',
      '--today',
      '2025-01-10',
    );
    expect(r.code).toBe(2);
    const results = JSON.parse(r.out) as CheckedFile[];
    expect(results).toHaveLength(3);
    expect(results[0]!.items.length).toBeGreaterThan(0);
    expect(results[1]!.error).toBeTruthy();
    expect(results[2]!.error).toContain('missing.txt');
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(2);
  });

  it('checks a Word report through the DOCX import, and refuses a damaged one with exit 2', async () => {
    const r = await run('check', join(dir, 'report.docx'), '--json', '--today', '2025-01-10');
    const result = JSON.parse(r.out) as CheckedFile;
    expect(result.template).toBe('zhanjiang-department');
    expect(result.items.length).toBeGreaterThan(0);
    expect([0, 1]).toContain(r.code);
    const bad = await run('check', join(dir, 'not-a-zip.docx'));
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('not-a-zip.docx');
  });

  it('takes a folder for the reports in it and sums up', async () => {
    const folder = join(dir, 'folder');
    await mkdir(folder);
    await copyFile(join(dir, 'complete.gwdraft'), join(folder, 'a.gwdraft'));
    await copyFile(join(dir, 'no-causes.gwdraft'), join(folder, 'b.gwdraft'));
    await writeFile(join(folder, 'notes.pdf'), 'not a report');
    // b.gwdraft's report open in Word beside it: Word's owner file is not a report.
    await writeFile(join(folder, '~$审阅稿.docx'), Buffer.from('\x06张三\0\0\0\0', 'latin1'));
    const r = await run('check', folder, '--today', '2025-01-10');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`== ${join(folder, 'a.gwdraft')}`);
    expect(r.out).toContain('共 2 个文件：1 个有未通过的必报事项，0 个无法检查');
    expect(r.out).not.toContain('notes.pdf');
    expect(r.out + r.err).not.toContain('~$');
  });

  it('refuses bad arguments with exit 2 and one line', async () => {
    expect((await run('check')).code).toBe(2);
    const bad = await run('check', join(dir, 'complete.gwdraft'), '--today', '2025-02-30');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('--today');
    const unknown = await run('check', join(dir, 'complete.gwdraft'), '--template', 'nope');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown template nope');
  });
});

describe('gwdraft check on a 法治办 folder (issue 12)', () => {
  let folder = '';
  const corpus = join(import.meta.dirname, '../../test/fixtures/corpus');
  beforeAll(async () => {
    folder = join(dir, 'batch');
    await mkdir(folder, { recursive: true });
    for (const f of [
      '08-township-standard-2024.txt',
      '11-justice-bureau-no-signature-2024.txt',
      '14-hrss-duplicate-numbering-2024.txt',
    ])
      await copyFile(join(corpus, f), join(folder, f));
    await writeFile(join(folder, 'README.md'), '# 说明\n\n本文件夹收集各单位报告，请按时报送。\n');
  });

  it('skips what is not a report with a note, and --summary gives one line a file', async () => {
    const r = await run('check', folder, '--summary', '--today', '2025-01-28');
    expect(r.code).toBe(1);
    const lines = r.out.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(
      /08-township.*桃源镇人民政府 {2}2024年度 {2}township {2}已满足 \d+\/\d+ {2}无未通过项/u,
    );
    expect(lines[1]).toMatch(/安福县司法局.*未通过：有署名且与标题中的机关一致/u);
    expect(lines[3]).toMatch(/README\.md {2}跳过 \/ skipped: /u);
    expect(lines[4]).toContain('1 个不是报告已跳过');
  });

  it('--csv is a table Excel opens (BOM, header, one row a file)', async () => {
    const r = await run('check', folder, '--csv', '--today', '2025-01-28');
    expect(r.out.startsWith('\ufeff文件,机关,年度,模板,已满足,应满足,未通过数')).toBe(true);
    const rows = r.out.trim().split('\r\n');
    expect(rows).toHaveLength(5);
    expect(rows[2]).toMatch(
      /^.*11-justice.*,安福县司法局,2024,statutory-five,\d+,\d+,1,有署名且与标题中的机关一致,/u,
    );
  });

  it('places a finding on a section heading at the heading, not at a paragraph 0', async () => {
    const street = join(dir, 'street.txt');
    await writeFile(
      street,
      [
        '某某街道办事处2025年法治政府建设情况报告',
        '一、工作开展情况',
        '街道全年调解矛盾纠纷312件，调解成功率98%。',
        '二、存在问题',
        '执法力量相对薄弱，原因是人员不足。',
        '三、下一步工作打算',
        '加强法治队伍建设。',
      ].join('\n'),
    );
    const r = await run('check', street, '--today', '2026-01-10');
    expect(r.out).toMatch(/· 一、标题 {2}第一部分标题“工作开展情况”与提纲/);
    expect(r.out).not.toContain('第0段');
  });

  it('reports the source’s duplicate heading numbers as a lint finding', async () => {
    const r = await run(
      'check',
      join(folder, '14-hrss-duplicate-numbering-2024.txt'),
      '--json',
      '--today',
      '2025-01-28',
    );
    const result = JSON.parse(r.out) as CheckedFile;
    expect(result.lint.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['duplicate-heading-number', 'gangyao-years', 'angle-in-title']),
    );
  });
});

describe("a reviewer's folder of received reports", () => {
  it('says which files still carry comments or 修订: --summary, --csv and the table', async () => {
    const folder = join(dir, 'received');
    await mkdir(folder);
    await writeFile(join(folder, '青溪镇（清稿）.docx'), reviewerWalkOriginal());
    await writeFile(join(folder, '青溪镇（带批注）.docx'), reviewerWalkWord());
    await writeFile(join(folder, '损坏.docx'), 'PK\x03\x04 not a zip');
    // An old Word file: not read, but not left out of the count unseen either.
    await writeFile(join(folder, '白沙镇.doc'), Buffer.from('d0cf11e0a1b11ae1', 'hex'));

    const summary = await run('check', folder, '--summary', '--today', '2025-01-28');
    expect(summary.code).toBe(2);
    const line = (name: string) => summary.out.split('\n').find((l) => l.includes(name))!;
    expect(line('青溪镇（带批注）.docx')).toMatch(/ {2}带批注 9 条、修订 2 处$/u);
    expect(line('青溪镇（清稿）.docx')).not.toContain('带批注');
    expect(line('损坏.docx')).toMatch(/损坏\.docx {2}无法检查 \/ not checked: /u);
    expect(line('白沙镇.doc')).toMatch(/白沙镇\.doc {2}无法检查 \/ not checked: .*“另存为” \.docx/u);
    expect(summary.out).toContain('共 4 个文件：');

    const csv = await run('check', folder, '--csv', '--today', '2025-01-28');
    const rows = csv.out.trim().split('\r\n');
    const row = (name: string) => rows.find((l) => l.includes(name))!;
    expect(rows[0]!.endsWith(',说明,批注数,修订数')).toBe(true);
    expect(row('青溪镇（带批注）.docx').endsWith(',9,2')).toBe(true);
    expect(row('青溪镇（清稿）.docx').endsWith(',0,0')).toBe(true);
    expect(row('损坏.docx').endsWith(',,')).toBe(true);

    const table = await run('check', join(folder, '青溪镇（带批注）.docx'), '--today', '2025-01-28');
    expect(table.out).toContain('批注 / comments: 9 条（未解决 8 条），报送稿、归档稿应不带批注');
    const json = JSON.parse(
      (await run('check', join(folder, '青溪镇（带批注）.docx'), '--json')).out,
    ) as CheckedFile;
    expect(json).toMatchObject({ comments: { total: 9, open: 8 }, suggestions: 2 });
  });
});
