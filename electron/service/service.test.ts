import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  API,
  API_METHODS,
  ApiError,
  DEFAULT_EXPORT_OPTIONS,
  DEFAULT_SETTINGS,
  type ApiOutput,
} from '../../core/api/contract';
import type { Report } from '../../core/model/report';
import type { Template } from '../../core/templates/schema';
import { findTemplate, shippedTemplates } from '../../templates/index';
import { sampleReport, sandbox, type Sandbox } from './test-support';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(async () => {
  await sb.cleanup();
});

async function rejection(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ApiError);
    return e as ApiError;
  }
  throw new Error('expected the call to be rejected');
}

type Saved = Extract<ApiOutput<'file.save'>, { status: 'saved' }>;

/** file.save through the sandboxed service: a new file unless an mtime is given, no force unless asked. */
async function save(
  path: string,
  report: Report,
  expectedMtimeMs: number | null = null,
  force = false,
): Promise<ApiOutput<'file.save'>> {
  return (await sb.call('file.save', { path, report, expectedMtimeMs, force })) as ApiOutput<'file.save'>;
}

/** Every file under a folder, with its bytes: proves a rejected call touched nothing. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  async function walk(d: string) {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else out[p] = (await readFile(p)).toString('base64');
    }
  }
  await walk(dir);
  return out;
}

describe('dispatcher: malformed payloads', () => {
  const generic: unknown[] = [null, undefined, 42, 'text', [], [{}], { unexpected: true }, { path: 7 }];

  it.each(API_METHODS)('%s rejects malformed input without side effects', async (method) => {
    const before = await snapshot(sb.root);
    for (const bad of generic) {
      // `undefined` and `{}` are fine for the methods whose input is an empty object.
      if (API[method].input.safeParse(bad).success) continue;
      const err = await rejection(sb.call(method, bad));
      expect(err.code).toBe('invalid-input');
      expect(err.message).toMatch(/请求参数无效/);
    }
    expect(await snapshot(sb.root)).toEqual(before);
  });

  it('rejects deep malformations of the methods that write', async () => {
    const report = sampleReport();
    await sb.call('file.save', { path: 'a.gwdraft', report, expectedMtimeMs: null, force: false });
    const before = await snapshot(sb.root);
    const broken = { ...report, sections: [{ id: 's', blocks: [] }] };
    const cases: [string, unknown][] = [
      ['file.save', { path: 'a.gwdraft', report: broken, expectedMtimeMs: null, force: false }],
      ['file.save', { path: 'a.gwdraft', report, expectedMtimeMs: 'yesterday', force: false }],
      ['file.save', { path: 'a\0.gwdraft', report, expectedMtimeMs: null, force: true }],
      ['file.save', { path: '', report, expectedMtimeMs: null, force: true }],
      ['file.new', { templateId: 'zhanjiang-department', org: 'x', year: 1999 }],
      ['autosave.write', { key: '../../etc/x', path: null, report }],
      ['autosave.write', { key: 'k', path: null, report: { ...report, schemaVersion: 99 } }],
      ['recovery.restore', { key: 'a/b' }],
      ['recovery.discard', { key: '..' }],
      ['history.list', { path: 'a\0.gwdraft' }],
      ['history.open', { source: 'autosave', path: 'a.gwdraft', key: '../x' }],
      ['history.open', { source: 'autosave', path: 'a.gwdraft' }],
      ['history.open', { source: 'bak' }],
      ['history.open', { source: 'elsewhere', path: 'a.gwdraft' }],
      ['file.nextYear', { path: '' }],
      ['settings.set', { fonts: 'comic-sans' }],
      ['settings.set', { reviewerName: 'x'.repeat(101) }],
      ['settings.set', { reviewerName: '张三', surprise: 1 }],
      ['export.docx', { report, path: 'a.docx', options: { fonts: 'gb2312' }, overwrite: false }],
      ['file.pickSave', { suggestedName: 'x', kind: 'pdf' }],
      ['nonexistent.method', {}],
    ];
    for (const [method, input] of cases) {
      const err = await rejection(sb.call(method, input));
      expect(err.code, `${method} ${JSON.stringify(input).slice(0, 80)}`).toBe('invalid-input');
    }
    expect(await snapshot(sb.root)).toEqual(before);
    expect(await sb.call('settings.get', {})).toEqual(DEFAULT_SETTINGS);
  });
});

describe('path policy (loopback workspace)', () => {
  it('refuses .., absolute paths outside, and symlinks leading out', async () => {
    const outside = join(sb.root, 'outside');
    await mkdir(outside);
    await writeFile(join(outside, 'secret.gwdraft'), '{}');
    await symlink(join(outside, 'secret.gwdraft'), join(sb.workspace, 'link.gwdraft'));
    await symlink(outside, join(sb.workspace, 'linkdir'));
    const report = sampleReport();
    const attempts: [string, unknown][] = [
      ['file.open', { path: '../outside/secret.gwdraft' }],
      ['file.open', { path: 'sub/../../outside/secret.gwdraft' }],
      ['file.open', { path: '..\\outside\\secret.gwdraft' }],
      ['file.open', { path: join(outside, 'secret.gwdraft') }],
      ['file.open', { path: '/etc/passwd' }],
      ['file.open', { path: 'link.gwdraft' }],
      ['file.open', { path: 'linkdir/secret.gwdraft' }],
      ['file.save', { path: '../evil.gwdraft', report, expectedMtimeMs: null, force: true }],
      ['file.save', { path: join(outside, 'evil.gwdraft'), report, expectedMtimeMs: null, force: true }],
      ['file.save', { path: 'linkdir/evil.gwdraft', report, expectedMtimeMs: null, force: true }],
      ['file.save', { path: 'link.gwdraft', report, expectedMtimeMs: null, force: true }],
      [
        'export.docx',
        {
          report,
          path: '../evil.docx',
          options: DEFAULT_EXPORT_OPTIONS,
          overwrite: true,
        },
      ],
      ['autosave.write', { key: 'k1', path: '/tmp/elsewhere.gwdraft', report }],
      ['comments.mergeFrom', { report, path: join(outside, 'secret.gwdraft') }],
      ['shell.showInFolder', { path: '../outside/secret.gwdraft' }],
      ['history.list', { path: '../outside/secret.gwdraft' }],
      ['history.list', { path: 'link.gwdraft' }],
      ['history.open', { source: 'bak', path: join(outside, 'secret.gwdraft') }],
      ['file.nextYear', { path: 'linkdir/secret.gwdraft' }],
    ];
    for (const [method, input] of attempts) {
      const err = await rejection(sb.call(method, input));
      expect(err.code, `${method} ${JSON.stringify(input).slice(0, 100)}`).toBe('forbidden');
      expect(err.message).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await readdir(outside)).toEqual(['secret.gwdraft']);
    expect(await readFile(join(outside, 'secret.gwdraft'), 'utf8')).toBe('{}');
  });

  it('allows relative and absolute paths inside the workspace, including sub-folders', async () => {
    await mkdir(join(sb.workspace, '2024'));
    const report = sampleReport();
    const saved = await save('2024/报告', report);
    expect(saved.status).toBe('saved');
    expect(saved.path).toBe(join(sb.workspace, '2024', '报告.gwdraft'));
    const opened = (await sb.call('file.open', { path: saved.path })) as ApiOutput<'file.open'>;
    expect(opened.report).toEqual(report);
    // The report open in Word and LibreOffice beside it: their owner files are not documents.
    await writeFile(join(sb.workspace, '2024', '~$审阅稿.docx'), 'owner');
    await writeFile(join(sb.workspace, '2024', '.~lock.审阅稿.docx#'), 'lock');
    const list = (await sb.call('file.list', {})) as ApiOutput<'file.list'>;
    expect(list.map((e) => e.name)).toEqual([join('2024', '报告.gwdraft')]);
  });
});

describe('file lifecycle', () => {
  it('new → save → open round-trips, and keeps a .bak on the second save', async () => {
    const created = (await sb.call('file.new', {
      templateId: 'zhanjiang-department',
      org: '吴川市科工贸和信息化局',
      year: 2024,
    })) as ApiOutput<'file.new'>;
    expect(created.path).toBeNull();
    const first = (await save('r.gwdraft', created.report)) as Saved;
    expect(first.status).toBe('saved');
    const edited = sampleReport('第二版正文。');
    const second = await save(first.path, edited, first.mtimeMs);
    expect(second.status).toBe('saved');
    const opened = (await sb.call('file.open', { path: 'r.gwdraft' })) as ApiOutput<'file.open'>;
    expect(opened.report).toEqual(edited);
    await stat(join(sb.workspace, 'r.gwdraft.bak'));
    const recent = (await sb.call('recent.list', {})) as ApiOutput<'recent.list'>;
    expect(recent[0]?.path).toBe(join(sb.workspace, 'r.gwdraft'));
    expect(recent[0]?.title).toContain('吴川市科工贸和信息化局');
  });

  it('reports a conflict when the file changed on disk, and overwrites only with force', async () => {
    const report = sampleReport();
    const first = (await save('c.gwdraft', report)) as Saved;
    // Someone else saves over it (a reviewer's copy dropped in).
    const otherCopy = await readFile(first.path, 'utf8');
    await writeFile(first.path, otherCopy.replace('12 次', '13 次'));
    await utimes(first.path, new Date(), new Date(first.mtimeMs + 5000));
    const changedBytes = await readFile(first.path, 'utf8');
    const clash = await save(first.path, sampleReport('我的版本。'), first.mtimeMs);
    expect(clash.status).toBe('conflict');
    expect(await readFile(first.path, 'utf8')).toBe(changedBytes);
    // A new report must not silently replace an existing file either.
    const clash2 = await save(first.path, report);
    expect(clash2.status).toBe('conflict');
    const forced = await save(first.path, sampleReport('我的版本。'), first.mtimeMs, true);
    expect(forced.status).toBe('saved');
  });

  it('refuses a damaged file with a clear Chinese message and leaves it untouched', async () => {
    const good = await readFile((await save('ok.gwdraft', sampleReport())).path, 'utf8');
    const damaged = good.slice(0, Math.floor(good.length / 2));
    await writeFile(join(sb.workspace, 'damaged.gwdraft'), damaged);
    await writeFile(join(sb.workspace, 'garbage.gwdraft'), Buffer.from([0xff, 0xfe, 0x00, 0x81]));
    for (const name of ['damaged.gwdraft', 'garbage.gwdraft']) {
      const err = await rejection(sb.call('file.open', { path: name }));
      expect(err.code).toBe('bad-file');
      expect(err.message).toContain(name);
      expect(err.message).not.toContain(' / ');
    }
    expect(await readFile(join(sb.workspace, 'damaged.gwdraft'), 'utf8')).toBe(damaged);
    const missing = await rejection(sb.call('file.open', { path: 'nope.gwdraft' }));
    expect(missing.code).toBe('not-found');
    const wrongType = await rejection(sb.call('file.open', { path: 'ok.gwdraft.bak' }));
    expect(['bad-file', 'not-found']).toContain(wrongType.code);
  });

  it('refuses an old .doc in Chinese with what to do, and a renamed one by what it is', async () => {
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    await writeFile(join(sb.workspace, '去年.doc'), ole);
    await writeFile(join(sb.workspace, '去年.docx'), ole);
    const doc = await rejection(sb.call('file.open', { path: '去年.doc' }));
    expect(doc.code).toBe('bad-file');
    expect(doc.message).toBe(
      '不支持的文件类型：去年.doc（可打开 .gwdraft，可导入 .txt、.md、.docx）。旧版 Word 文档（.doc）请先在 Word 或 WPS 中“另存为” .docx。',
    );
    const renamed = await rejection(sb.call('file.open', { path: '去年.docx' }));
    expect(renamed.message).toContain('这是旧版 Word（.doc）或 WPS 文件');
  });

  it('opens NAME.gwdraft.bak as an untitled copy of the previous version (never edited in place)', async () => {
    const first = (await save('h.gwdraft', sampleReport('第一版。'))) as Saved;
    await save(first.path, sampleReport('第二版。'), first.mtimeMs);
    const opened = (await sb.call('file.open', { path: 'h.gwdraft.bak' })) as ApiOutput<'file.open'>;
    expect(opened.path).toBeNull();
    expect(opened.report).toEqual(sampleReport('第一版。'));
    expect(opened.notes.join('')).toMatch(/备份 h\.gwdraft\.bak.*另存为/);
  });

  it('refuses an import whose report could never be saved (over the draft size limit), with its size', async () => {
    const text = Array.from({ length: 250_000 }, (_, i) => `第${i}项。`).join('\n');
    await writeFile(join(sb.workspace, 'many.txt'), text);
    const err = await rejection(sb.call('file.open', { path: 'many.txt' }));
    expect(err.code).toBe('bad-file');
    expect(err.message).toMatch(/many\.txt 导入后的报告过大（\d+\.\d MiB > 20 MiB）/);
  }, 60_000);

  it('refuses a __proto__ key anywhere in a request instead of dropping it', async () => {
    const report = JSON.parse(JSON.stringify(sampleReport())) as Record<string, unknown>;
    report.baseline = JSON.parse('{"year": 2023, "sections": {"measures": "x", "__proto__": "y"}}');
    const err = await rejection(
      sb.call('file.save', { path: 'p.gwdraft', report, expectedMtimeMs: null, force: true }),
    );
    expect(err.code).toBe('invalid-input');
    expect(err.message).toContain('baseline.sections.__proto__');
    await expect(stat(join(sb.workspace, 'p.gwdraft'))).rejects.toThrow();
  });

  it('saves only .gwdraft files', async () => {
    const err = await rejection(
      sb.call('file.save', { path: 'x.docx', report: sampleReport(), expectedMtimeMs: null, force: true }),
    );
    expect(err.code).toBe('invalid-input');
  });
});

describe('autosave and recovery', () => {
  it('writes to the data folder, never beside the user file, and restores what was typed', async () => {
    const saved = await save('a.gwdraft', sampleReport('已保存的内容。'));
    const onDisk = await readFile(saved.path, 'utf8');
    const unsaved = sampleReport('尚未保存、正在输入的内容。');
    const { savedAt } = (await sb.call('autosave.write', {
      key: 'doc-1',
      path: saved.path,
      report: unsaved,
    })) as {
      savedAt: string;
    };
    expect(await readFile(saved.path, 'utf8')).toBe(onDisk);
    expect((await readdir(sb.workspace)).sort()).toEqual(['a.gwdraft']);
    // A never-saved report is protected too.
    await sb.call('autosave.write', { key: 'new-2', path: null, report: sampleReport('新报告') });
    const list = (await sb.call('recovery.list', {})) as ApiOutput<'recovery.list'>;
    expect(list.map((e) => e.key).sort()).toEqual(['doc-1', 'new-2']);
    const entry = list.find((e) => e.key === 'doc-1')!;
    expect(entry).toMatchObject({ path: saved.path, savedAt });
    const restored = (await sb.call('recovery.restore', { key: 'doc-1' })) as ApiOutput<'recovery.restore'>;
    expect(restored.report).toEqual(unsaved);
    // Beside the file, never over it: an unsaved copy that knows which file it is a version of.
    expect(restored.path).toBeNull();
    expect(restored.copyOf?.path).toBe(saved.path);
    expect(restored.copyOf?.source).toBe('autosave');
    await sb.call('recovery.discard', { key: 'doc-1' });
    expect(((await sb.call('recovery.list', {})) as unknown[]).length).toBe(1);
    const gone = await rejection(sb.call('recovery.restore', { key: 'doc-1' }));
    expect(gone.code).toBe('not-found');
  });

  it('offers an autosave only while it is newer than its file; 历史版本 lists it and the .bak', async () => {
    const first = (await save('b.gwdraft', sampleReport('第一版。'))) as Saved;
    const autosaved = sampleReport('第一版。又输入了一些尚未保存的内容。');
    const { savedAt } = (await sb.call('autosave.write', {
      key: 'file-b-1',
      path: first.path,
      report: autosaved,
    })) as { savedAt: string };
    let offered = (await sb.call('recovery.list', {})) as ApiOutput<'recovery.list'>;
    expect(offered).toHaveLength(1);
    expect(offered[0]).toMatchObject({ key: 'file-b-1', fileMtimeMs: first.mtimeMs, savedAt });
    // The file is saved again later (another session, newer text): the older autosave is no longer offered.
    await new Promise((r) => setTimeout(r, 20));
    const second = (await save(
      'b.gwdraft',
      sampleReport('第二版，内容更新更长一些。'),
      first.mtimeMs,
    )) as Saved;
    offered = (await sb.call('recovery.list', {})) as ApiOutput<'recovery.list'>;
    expect(offered).toEqual([]);
    // …but nothing is thrown away: 历史版本 lists it, with the .bak (the first version), times and 字数.
    const h = (await sb.call('history.list', { path: 'b.gwdraft' })) as ApiOutput<'history.list'>;
    expect(h.path).toBe(second.path);
    expect(h.mtimeMs).toBe(second.mtimeMs);
    // 字数 of the whole report (导语 and headings too): the versions differ by their sections' text.
    const base = h.chars! - 13;
    expect(h.versions.map((v) => [v.source, v.newer])).toEqual([
      ['autosave', false],
      ['bak', false],
    ]);
    expect(h.versions.find((v) => v.source === 'bak')!.chars).toBe(base + 4);
    expect(h.versions.find((v) => v.source === 'autosave')!.chars).toBe(base + 18);
    // Each opens as an unsaved copy; the file on disk is not touched.
    const before = await readFile(second.path, 'utf8');
    const bak = (await sb.call('history.open', {
      source: 'bak',
      path: 'b.gwdraft',
    })) as ApiOutput<'history.open'>;
    expect(bak.path).toBeNull();
    expect(bak.copyOf).toMatchObject({ path: second.path });
    expect(bak.copyOf!.source).toBe('bak');
    expect(JSON.stringify(bak.report.sections)).toContain('第一版。');
    const auto = (await sb.call('history.open', {
      source: 'autosave',
      path: 'b.gwdraft',
      key: 'file-b-1',
    })) as ApiOutput<'history.open'>;
    expect(auto.report).toEqual(autosaved);
    expect(auto.path).toBeNull();
    expect(await readFile(second.path, 'utf8')).toBe(before);
    // An autosave of another file is not reachable through this file's history.
    await save('c.gwdraft', sampleReport('另一个文件。'));
    const wrong = await rejection(
      sb.call('history.open', { source: 'autosave', path: 'c.gwdraft', key: 'file-b-1' }),
    );
    expect(wrong.code).toBe('not-found');
  });

  it('skips a damaged recovery file instead of failing the list', async () => {
    await sb.call('autosave.write', { key: 'ok', path: null, report: sampleReport() });
    await writeFile(join(sb.dataDir, 'recovery', 'broken.json'), '{"key":');
    // Temp files a crash left mid-autosave: stale ones are cleared, a fresh one (a write in progress) stays.
    const stale = join(sb.dataDir, 'recovery', '.ok.json.1.aa.tmp');
    const fresh = join(sb.dataDir, 'recovery', '.ok.json.2.bb.tmp');
    await writeFile(stale, '{"key":"ok"');
    await writeFile(fresh, '{"key":"ok"');
    const hourAgo = new Date(Date.now() - 3600_000);
    await utimes(stale, hourAgo, hourAgo);
    const list = (await sb.call('recovery.list', {})) as ApiOutput<'recovery.list'>;
    expect(list.map((e) => e.key)).toEqual(['ok']);
    const left = await readdir(join(sb.dataDir, 'recovery'));
    expect(left).not.toContain('.ok.json.1.aa.tmp');
    expect(left).toContain('.ok.json.2.bb.tmp');
  });
});

describe('以去年报告为基础 (file.nextYear)', () => {
  it("rolls last year's draft over to a new, unsaved report marked carried over; the file is untouched", async () => {
    const saved = (await save('2024年报告.gwdraft', sampleReport('去年全年组织法治培训 12 次。'))) as Saved;
    const before = await readFile(saved.path, 'utf8');
    const next = (await sb.call('file.nextYear', {
      path: '2024年报告.gwdraft',
    })) as ApiOutput<'file.nextYear'>;
    expect(next.path).toBeNull();
    expect(next.report.meta.year).toBe(2025);
    expect(next.report.baseline?.year).toBe(2024);
    expect(next.report.sections[0]!.blocks.every((b) => b.carried === true)).toBe(true);
    expect(next.notes.join('')).toContain('已以 2024 年报告');
    expect(await readFile(saved.path, 'utf8')).toBe(before);
    await writeFile(join(sb.workspace, 'x.pdf'), '去年');
    expect((await rejection(sb.call('file.nextYear', { path: 'x.pdf' }))).code).toBe('bad-file');
  });

  it('rolls over last year’s report kept only as text (a copy of the published page)', async () => {
    await writeFile(
      join(sb.workspace, '去年.txt'),
      [
        '某县司法局2024年法治政府建设年度报告',
        '一、2024年度推进法治政府建设的主要举措和成效',
        '2024年，我局组织法治培训12次。',
        '二、2024年度推进法治政府建设存在的不足和原因',
        '执法人员不足，原因在于编制有限。',
        '三、2024年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况',
        '局长主持专题会议4次。',
        '四、下一年度推进法治政府建设的主要安排',
        '2025年，我局将加强培训。',
        '五、其他需要报告的情况',
        '无。',
      ].join('\n'),
    );
    const next = (await sb.call('file.nextYear', { path: '去年.txt' })) as ApiOutput<'file.nextYear'>;
    expect(next.path).toBeNull();
    expect(next.report.meta.year).toBe(2025);
    expect(next.report.baseline?.year).toBe(2024);
    expect(next.report.sections[0]!.blocks.every((b) => b.carried === true)).toBe(true);
    // what happened first, then how the text was read
    expect(next.notes[0]).toContain('已以 2024 年报告（去年.txt）');
    expect(next.notes.some((n) => n.includes('已从 去年.txt 导入'))).toBe(true);
  });
});

describe('settings', () => {
  it('validates, merges and persists', async () => {
    expect(await sb.call('settings.get', {})).toEqual(DEFAULT_SETTINGS);
    const next = (await sb.call('settings.set', {
      reviewerName: '李四',
      fonts: 'win10',
    })) as ApiOutput<'settings.get'>;
    expect(next).toMatchObject({ reviewerName: '李四', fonts: 'win10', reviewerUnit: '' });
    expect(await sb.call('settings.get', {})).toEqual(next);
  });

  it("keeps the page's zoom (50–200 %), and a settings file from before it stays valid", async () => {
    // Written before the zoom was a setting: no `zoom` key, and nothing set aside as damaged.
    const old = { ...DEFAULT_SETTINGS, reviewerName: '王五' };
    await writeFile(join(sb.dataDir, 'settings.json'), JSON.stringify(old));
    expect(await sb.call('settings.get', {})).toMatchObject({ reviewerName: '王五' });
    expect((await readdir(sb.dataDir)).some((n) => n.startsWith('settings.json.damaged-'))).toBe(false);
    expect(await sb.call('settings.set', { zoom: 1.5 })).toMatchObject({ zoom: 1.5, reviewerName: '王五' });
    expect(await sb.call('settings.get', {})).toMatchObject({ zoom: 1.5 });
    for (const zoom of [0.2, 3, Number.NaN])
      await expect(sb.call('settings.set', { zoom })).rejects.toBeTruthy();
  });

  it('falls back to defaults when the settings file is damaged, keeping the damaged copy', async () => {
    await writeFile(join(sb.dataDir, 'settings.json'), '{ not json');
    expect(await sb.call('settings.get', {})).toEqual(DEFAULT_SETTINGS);
    expect((await readdir(sb.dataDir)).some((n) => n.startsWith('settings.json.damaged-'))).toBe(true);
  });
});

describe('host info and templates', () => {
  it('describes the loopback host and lists the shipped templates', async () => {
    expect(await sb.call('host.info', {})).toEqual({
      kind: 'loopback',
      version: 'test',
      workspace: sb.workspace,
      initialFile: null,
    });
    const templates = (await sb.call('templates.list', {})) as ApiOutput<'templates.list'>;
    expect(templates.map((t) => t.id)).toContain('zhanjiang-department');
    expect(await sb.call('file.pickOpen', {})).toEqual({ path: null });
    expect(await sb.call('shell.showInFolder', { path: 'x.gwdraft' }).catch((e: ApiError) => e.code)).toBe(
      'not-found',
    );
    // 打印 without Electron: the page prints itself (window.print and the print CSS).
    expect(await sb.call('window.print', {})).toEqual({ native: false, printed: false });
  });

  it('gives an unknown template a clear not-found', async () => {
    const err = await rejection(sb.call('file.new', { templateId: 'nope', org: 'x', year: 2024 }));
    expect(err.code).toBe('not-found');
  });
});

describe('export, DOCX import and comment merge through the service', () => {
  const options = DEFAULT_EXPORT_OPTIONS;

  it('replaces its own earlier export only while the file holds what it wrote', async () => {
    const report = sampleReport('全年办理行政复议案件 15 件。');
    const first = (await sb.call('export.docx', {
      report,
      path: '年度报告.docx',
      options,
      overwrite: false,
    })) as ApiOutput<'export.docx'>;
    // unchanged since: written again without asking
    const second = (await sb.call('export.docx', {
      report,
      path: '年度报告.docx',
      options,
      overwrite: false,
      ifUnchanged: first.sha256,
    })) as ApiOutput<'export.docx'>;
    // saved in Word since: a conflict that says so, and the clerk's Word edits are still there
    const edited = Buffer.concat([await readFile(second.path), Buffer.from('word edits')]);
    await writeFile(second.path, edited);
    const err = await rejection(
      sb.call('export.docx', {
        report,
        path: '年度报告.docx',
        options,
        overwrite: false,
        ifUnchanged: second.sha256,
      }),
    );
    expect(err.code).toBe('conflict');
    expect(err.message).toContain('在上次导出后已被修改');
    expect(await readFile(second.path)).toEqual(edited);
    // a digest that is not hex is refused by the contract
    const bad = await rejection(
      sb.call('export.docx', { report, path: '年度报告.docx', options, overwrite: false, ifUnchanged: 'x' }),
    );
    expect(bad.code).toBe('invalid-input');
  });

  it('exports a DOCX into the workspace, refuses to overwrite unless asked, and imports it back', async () => {
    const report = sampleReport('全年办理行政复议案件 15 件。');
    const out = (await sb.call('export.docx', {
      report,
      path: '报告',
      options,
      overwrite: false,
    })) as ApiOutput<'export.docx'>;
    expect(out.path).toBe(join(sb.workspace, '报告.docx'));
    const bytes = await readFile(out.path);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(out.bytes).toBe(bytes.length);
    expect(out.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const again = await rejection(
      sb.call('export.docx', { report, path: '报告.docx', options, overwrite: false }),
    );
    expect(again.code).toBe('conflict');
    await sb.call('export.docx', { report, path: '报告.docx', options, overwrite: true });
    const wrongExt = await rejection(
      sb.call('export.docx', { report, path: 'x.gwdraft', options, overwrite: true }),
    );
    expect(wrongExt.code).toBe('invalid-input');

    const imported = (await sb.call('file.open', { path: '报告.docx' })) as ApiOutput<'file.open'>;
    expect(imported.path).toBeNull(); // an import never overwrites its source
    expect(JSON.stringify(imported.report.sections)).toContain('全年办理行政复议案件 15 件。');
    expect(imported.notes[0]).toContain('报告.docx');
  });

  it('refuses a damaged .docx with a clear message', async () => {
    await writeFile(join(sb.workspace, 'bad.docx'), 'this is not a zip');
    const err = await rejection(sb.call('file.open', { path: 'bad.docx' }));
    expect(err.code).toBe('bad-file');
    expect(err.message).toContain('bad.docx');
    expect(err.message).not.toContain(' / ');
  });

  it("merges a reviewer's .gwdraft copy", async () => {
    const mine = sampleReport();
    const theirs = sampleReport();
    theirs.comments = [
      {
        id: 't1',
        anchor: {
          exact: '法治培训',
          prefix: '全年组织',
          suffix: ' 12 次',
          sectionId: null,
          blockIndex: null,
          offset: null,
        },
        comments: [
          {
            id: 'c1',
            author: '王审核',
            initials: '王',
            createdAt: '2025-01-05T08:00:00Z',
            text: '请写明培训主题。',
          },
        ],
        resolved: false,
        detached: false,
      },
    ];
    await sb.call('file.save', {
      path: 'reviewed.gwdraft',
      report: theirs,
      expectedMtimeMs: null,
      force: false,
    });
    const merged = (await sb.call('comments.mergeFrom', {
      report: mine,
      path: 'reviewed.gwdraft',
    })) as ApiOutput<'comments.mergeFrom'>;
    expect(merged.added).toBe(1);
    expect(merged.report.comments[0]?.comments[0]?.text).toBe('请写明培训主题。');
  });
});

describe('text import through the service', () => {
  it('imports a messy Markdown report onto a template without touching the source', async () => {
    const md = [
      '# 吴川市某某局',
      '## 2024 年法治政府建设年度报告',
      '',
      '2024 年，我局坚持以习近平法治思想为指导。现将有关情况报告如下：',
      '',
      '一、深入学习贯彻习近平总书记重要讲话重要指示精神的情况',
      '',
      '**（一）强化理论学习。** 局党组全年开展集体学法 6 次，',
      '',
      '覆盖全体干部职工。',
      '',
      '二、存在的不足和原因',
      '',
      '执法人员培训仍需加强。',
      '',
      '吴川市某某局',
      '2024年12月12日',
    ].join('\n');
    await writeFile(join(sb.workspace, '去年报告.md'), md);
    const before = await snapshot(sb.workspace);
    const opened = (await sb.call('file.open', { path: '去年报告.md' })) as ApiOutput<'file.open'>;
    expect(opened.path).toBeNull();
    expect(opened.notes.join('\n')).toContain('去年报告.md');
    const all = JSON.stringify(opened.report);
    expect(all).toContain('局党组全年开展集体学法 6 次');
    expect(all).toContain('执法人员培训仍需加强。');
    expect(await snapshot(sb.workspace)).toEqual(before);
  });

  it("imports a text in the import worker as in-process: the user's template chosen, headings and notes mapped", async () => {
    // A user's template (提纲管理) with headings no shipped template has: the import must choose it.
    const base = findTemplate('statutory-five')!;
    const headings = ['抓学习促提升情况', '抓决策促规范情况', '抓执法促公正情况', '问题与差距', '下一步打算'];
    const mine: Template = {
      ...base,
      id: 'my-unit-outline',
      name: '本单位自定提纲',
      sections: base.sections.map((sec, i) => ({ ...sec, heading: headings[i] ?? sec.heading })),
    };
    await sb.call('templates.save', { template: mine });
    const text = [
      '某县某局2024年法治政府建设年度报告',
      ...headings.flatMap((h, i) => [`${'一二三四五'[i]}、${h}`, `第${i + 1}部分的正文。`]),
      '附带说明',
      '不属于任何部分的文字。',
    ].join('\n');
    await writeFile(join(sb.workspace, '本单位.txt'), text);
    const opened = (await sb.call('file.open', { path: '本单位.txt' })) as ApiOutput<'file.open'>;

    expect(opened.report.templateId).toBe('my-unit-outline');
    expect(opened.report.sections.map((sec) => sec.blocks.length > 0)).toEqual(headings.map(() => true));
    expect(JSON.stringify(opened.report.sections[2])).toContain('第3部分的正文。');
    expect(opened.notes[0]).toBe('已从 本单位.txt 导入。');
    expect(opened.notes).toContain('按标题匹配选用模板：本单位自定提纲。');
    expect(opened.notes.some((n) => n.startsWith('“抓执法促公正情况” → 三、'))).toBe(true);

    // Exactly what the importer gives in this thread (the worker changes where it runs, not what it does).
    const { importNotes, importTextBytes } = await import('../../core/import/text/index');
    const { outlineVocabulary } = await import('../../templates/vocabulary');
    const templates = [...shippedTemplates(), { ...mine, origin: 'user' as const }];
    const here = importTextBytes(new TextEncoder().encode(text), '本单位.txt', {
      templates,
      fallbackYear: new Date().getFullYear() - 1,
      vocabulary: outlineVocabulary(),
    });
    expect(opened.report).toEqual(here.report);
    expect(opened.notes.slice(1)).toEqual(importNotes(here, templates));
  });

  it("refuses a text that is not text with the decoder's Chinese message, from the worker", async () => {
    await writeFile(
      join(sb.workspace, '图片.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]),
    );
    const err = await rejection(sb.call('file.open', { path: '图片.txt' }));
    expect(err.code).toBe('bad-file');
    expect(err.message).toBe('图片.txt：文件不是文本文件');
  });

  it('reads a GBK text file (Notepad "ANSI") and says it did, in Chinese', async () => {
    // "某县司法局2024年法治政府建设年度报告\n一、存在的不足和原因\n执法力量不足，主要是由于人员少。\n" in GBK.
    await writeFile(
      join(sb.workspace, 'gbk.txt'),
      Buffer.from(
        'c4b3cfd8cbbeb7a8bed632303234c4eab7a8d6ced5feb8aebda8c9e8c4eab6c8b1a8b8e60ad2bba1a2b4e6d4dab5c4b2bbd7e3bacdd4add2f20ad6b4b7a8c1a6c1bfb2bbd7e3a3acd6f7d2aacac7d3c9d3dac8cbd4b1c9d9a1a30a',
        'hex',
      ),
    );
    const opened = (await sb.call('file.open', { path: 'gbk.txt' })) as ApiOutput<'file.open'>;
    expect(opened.report.meta.org).toBe('某县司法局');
    expect(JSON.stringify(opened.report.sections)).toContain('执法力量不足，主要是由于人员少。');
    expect(opened.notes.some((n) => /GBK/.test(n))).toBe(true);
  });
});
