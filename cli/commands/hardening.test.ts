/**
 * The CLI against hostile inputs (issue 15): drafts too large to reopen are never written, named pipes
 * never hang a command, existing files are never replaced without --force, text from files never drives
 * the terminal, and backups (.gwdraft.bak) can be inspected.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, readdir, rm, stat, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli as run } from '../../test/helpers/run-cli';
import { loadDraftFile, saveDraftFile } from '../../electron/service/draft-file';
import { paragraph, subHeading } from '../../core/model/content';
import { createReport } from '../../core/model/report-helpers';
import { findTemplate } from '../../templates/index';
import { reviewDocx } from '../../test/fixtures/docx/review-fixture';

let dir = '';
const fifoOk = process.platform !== 'win32';
const HOSTILE = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';

function report(org: string, text: string) {
  const r = createReport(findTemplate('zhanjiang-department')!, { org, year: 2024 });
  r.sections[0]!.blocks = [subHeading(2, `学习${HOSTILE}`), paragraph(text)];
  return r;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-hard-'));
  await saveDraftFile(join(dir, 'a.gwdraft'), report('某县司法局', '第一版正文。'));
  if (fifoOk) {
    await mkdir(join(dir, 'folder'));
    for (const n of ['pipe.gwdraft', 'pipe.docx', 'pipe.txt', 'folder/pipe.gwdraft'])
      execFileSync('mkfifo', [join(dir, n)]);
    await symlink(join(dir, 'pipe.txt'), join(dir, 'folder', 'link-to-pipe.md'));
    await symlink(join(dir, 'missing.txt'), join(dir, 'folder', 'broken.md'));
    await saveDraftFile(join(dir, 'folder', 'good.gwdraft'), report('某县司法局', '正文。'));
  }
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('one size limit for what gwdraft writes and reads', () => {
  it('import refuses to write a draft the loader would refuse, with the size, and writes nothing', async () => {
    // 250,000 short paragraphs: a 3 MB text that becomes a draft of about 27 MiB.
    const text = Array.from({ length: 250_000 }, (_, i) => `第${i}项。`).join('\n');
    await writeFile(join(dir, 'many.txt'), text);
    const r = await run(
      'import',
      join(dir, 'many.txt'),
      '--template',
      'zhanjiang-department',
      '-o',
      join(dir, 'many.gwdraft'),
    );
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/many\.gwdraft.*过大.*\d+\.\d MiB > 20 MiB/);
    expect(r.err).not.toContain('已写入');
    await expect(stat(join(dir, 'many.gwdraft'))).rejects.toThrow();
  }, 60_000);

  it('info on a 25 MB file names its real size', async () => {
    const big = join(dir, 'big.gwdraft');
    await writeFile(big, '');
    await truncate(big, 25_000_000);
    const r = await run('info', big);
    expect(r.code).toBe(2);
    expect(r.err).toContain('23.8 MiB > 20 MiB');
    expect(r.err).not.toContain('20.0 MiB > 20.0 MiB');
  });
});

describe.skipIf(!fifoOk)('named pipes never hang a command', () => {
  it.each([
    [['info', 'pipe.gwdraft']],
    [['comments', 'pipe.gwdraft']],
    [['export', 'pipe.gwdraft', '-o', 'out.docx']],
    [['import', 'pipe.txt', '-o', 'x.gwdraft']],
    [['import', 'pipe.docx', '-o', 'y.gwdraft']],
    [['check', 'pipe.docx']],
    [['check', 'pipe.gwdraft']],
    [['merge-comments', 'a.gwdraft', 'pipe.docx', '-o', 'm.gwdraft']],
    [['merge-comments', 'a.gwdraft', 'pipe.gwdraft', '-o', 'm.gwdraft']],
    [['merge-comments', 'pipe.gwdraft', 'a.gwdraft', '-o', 'm.gwdraft']],
  ])(
    '%j is refused at once as not a regular file',
    async (argv) => {
      const r = await run(...argv.map((a) => (a.includes('.') ? join(dir, a) : a)));
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/不是普通文件|not a regular file/);
      expect(r.err).toMatch(/命名管道|named pipe/);
    },
    10_000,
  );

  it('check FOLDER skips FIFOs and links to them with a note, and checks the rest', async () => {
    const r = await run('check', join(dir, 'folder'), '--today', '2025-01-10');
    expect(r.code).toBe(1); // good.gwdraft is an empty report: items fail, nothing unreadable
    expect(r.out).toContain(join(dir, 'folder', 'good.gwdraft'));
    expect(r.out).not.toContain('pipe.gwdraft');
    expect(r.err).toContain(`跳过 ${join(dir, 'folder', 'pipe.gwdraft')}`);
    expect(r.err).toContain(
      `skipped ${join(dir, 'folder', 'link-to-pipe.md')}: not a regular file (a named pipe (FIFO))`,
    );
    expect(r.err).toContain(`skipped ${join(dir, 'folder', 'broken.md')}`);
  }, 10_000);
});

describe('no file is replaced without --force', () => {
  it('merge-comments -o EXISTING refuses like new/import/export; --force keeps the old file as .bak', async () => {
    await writeFile(join(dir, 'reviewed.docx'), reviewDocx());
    const other = join(dir, 'unrelated.gwdraft');
    await saveDraftFile(other, report('另一个单位', '无关的草稿。'));
    const before = await readFile(other);
    const refused = await run(
      'merge-comments',
      join(dir, 'a.gwdraft'),
      join(dir, 'reviewed.docx'),
      '-o',
      other,
    );
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('--force');
    expect(await readFile(other)).toEqual(before);
    await expect(stat(`${other}.bak`)).rejects.toThrow();
    // A second refused run does not touch anything either (no .bak appears, the original stays).
    expect(
      (await run('merge-comments', join(dir, 'a.gwdraft'), join(dir, 'reviewed.docx'), '-o', other)).code,
    ).toBe(2);
    expect(await readFile(other)).toEqual(before);

    const forced = await run(
      'merge-comments',
      join(dir, 'a.gwdraft'),
      join(dir, 'reviewed.docx'),
      '-o',
      other,
      '--force',
    );
    expect(forced.code).toBe(0);
    expect(await readFile(`${other}.bak`)).toEqual(before);
  });

  it.each([
    ['new', ['new', '--template', 'zhanjiang-department', '--org', '某局', '--year', '2024', '-o']],
    ['import', ['import', 'src.md', '-o']],
    ['export', ['export', 'a.gwdraft', '-o']],
    ['merge-comments', ['merge-comments', 'a.gwdraft', 'a.gwdraft', '-o']],
  ])('%s refuses an existing output with the same message', async (_name, argv) => {
    await writeFile(join(dir, 'src.md'), '# 标题\n\n一、学习贯彻\n\n正文。\n');
    const target = join(dir, argv[0] === 'export' ? 'exists.docx' : 'exists.gwdraft');
    await writeFile(target, 'keep me');
    const r = await run(...argv.map((a) => (a.includes('.') ? join(dir, a) : a)), target);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/已存在，如需覆盖请加 --force.* exists: add --force to overwrite/);
    expect(await readFile(target, 'utf8')).toBe('keep me');
  });
});

describe('text from files never drives the terminal', () => {
  it('info, comments and check print control characters escaped', async () => {
    const file = join(dir, 'hostile.gwdraft');
    const r = report(`某局${HOSTILE}`, `正文${HOSTILE}`);
    r.meta.docNumber = `文号\r伪造的一行`;
    r.comments = [
      {
        id: 't1',
        anchor: { exact: '正文', prefix: '', suffix: '', sectionId: null, blockIndex: null, offset: null },
        comments: [
          {
            id: 'c1',
            author: `张三${HOSTILE}`,
            initials: 'ZS',
            createdAt: '2025-01-08T09:30:00Z',
            text: `意见${HOSTILE}`,
          },
        ],
        resolved: false,
        detached: false,
      },
    ];
    await saveDraftFile(file, r);
    for (const argv of [
      ['info', file],
      ['comments', file],
      ['check', file, '--today', '2025-01-10'],
    ]) {
      const out = await run(...argv);
      const all = out.out + out.err;
      // eslint-disable-next-line no-control-regex
      expect(all, argv[0]).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202e]/);
      expect(all, argv[0]).toContain('\\x1b]0;pwned\\x07\\x1b[2J\\x9b31m\\u202e');
    }
    expect((await run('info', file)).out).toContain('文号\\r伪造的一行');
  });
});

describe('backups can be inspected', () => {
  it('info, check and export read NAME.gwdraft.bak', async () => {
    const file = join(dir, 'b.gwdraft');
    await saveDraftFile(file, report('某县司法局', '第一版。'));
    await saveDraftFile(file, report('某县司法局', '第二版。'));
    const info = await run('info', `${file}.bak`, '--json');
    expect(info.code).toBe(0);
    expect(JSON.parse(info.out).meta.org).toBe('某县司法局');
    expect((await run('check', `${file}.bak`, '--today', '2025-01-10')).code).toBe(1);
    expect((await run('export', `${file}.bak`, '-o', join(dir, 'b-old.docx'))).code).toBe(0);
    expect((await loadDraftFile(`${file}.bak`)).report.sections[0]!.blocks[1]).toEqual(paragraph('第一版。'));
    expect(await readdir(dir)).toContain('b-old.docx');
  });
});

describe('files of a kind gwdraft does not read', () => {
  it('import and check of a .doc, .wps or .pdf say how to get a file it reads; a renamed .doc says what it is', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await writeFile(join(dir, '去年报告.doc'), ole);
    await writeFile(join(dir, '去年报告.wps'), ole);
    await writeFile(join(dir, '通知.pdf'), '%PDF-1.4\n');
    await writeFile(join(dir, '改了名的.docx'), ole);
    const doc = await run('import', join(dir, '去年报告.doc'), '-o', join(dir, 'x.gwdraft'));
    expect(doc.code).toBe(2);
    expect(doc.err).toMatch(
      /不支持的文件类型：.*去年报告\.doc（可导入 \.txt、\.md、\.docx）。旧版 Word 文档（\.doc）请先在 Word 或 WPS 中“另存为” \.docx \/ unsupported input .* save an old Word \.doc as \.docx/,
    );
    expect((await run('check', join(dir, '去年报告.wps'))).err).toContain(
      'WPS 文字文档（.wps）请先在 WPS 中“另存为” .docx',
    );
    expect((await run('import', join(dir, '通知.pdf'), '-o', join(dir, 'x.gwdraft'))).err).toContain(
      'PDF 请先用 WPS 或 Word 转为 .docx',
    );
    const renamed = await run('import', join(dir, '改了名的.docx'), '-o', join(dir, 'x.gwdraft'));
    expect(renamed.code).toBe(2);
    expect(renamed.err).toContain(
      '这是旧版 Word（.doc）或 WPS 文件，或设置了打开密码的 Word 文件，不是 DOCX',
    );
    expect((await readdir(dir)).includes('x.gwdraft')).toBe(false);
  });
});
