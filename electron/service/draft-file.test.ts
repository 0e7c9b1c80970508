import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmod, mkdtemp, readFile, readdir, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupPathOf, loadDraftFile, saveDraftFile } from './draft-file';
import { DraftError, serializeDraft } from '../../core/draft/index';
import { createReport } from '../../core/model/report-helpers';
import { paragraph } from '../../core/model/content';
import type { Report } from '../../core/model/report';
import { findTemplate } from '../../templates/index';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-file-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function report(text: string): Report {
  const r = createReport(findTemplate('statutory-five')!, { org: '某县司法局', year: 2024 });
  r.sections[0]!.blocks = [paragraph(text)];
  return r;
}

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return 'ok';
  } catch (e) {
    if (e instanceof DraftError) return e.code;
    throw e;
  }
}

describe('saveDraftFile / loadDraftFile', () => {
  it('round-trips a report and leaves no temp files', async () => {
    const file = join(dir, '报告.gwdraft');
    const r = report('第一版');
    const saved = await saveDraftFile(file, r);
    expect(saved.bytes).toBe(Buffer.byteLength(serializeDraft(r)));
    const loaded = await loadDraftFile(file);
    expect(loaded.report).toEqual(r);
    expect(loaded.mtimeMs).toBe(saved.mtimeMs);
    expect(await readdir(dir)).toEqual(['报告.gwdraft']);
  });

  it('keeps the previous version as NAME.gwdraft.bak', async () => {
    const file = join(dir, 'a.gwdraft');
    await saveDraftFile(file, report('第一版'));
    const first = await readFile(file);
    await saveDraftFile(file, report('第二版'));
    expect(await readFile(backupPathOf(file))).toEqual(first);
    await saveDraftFile(file, report('第三版'));
    const bak = await loadDraftFile(backupPathOf(file));
    expect(bak.report.sections[0]!.blocks).toEqual([paragraph('第二版')]);
    expect((await loadDraftFile(file)).report.sections[0]!.blocks).toEqual([paragraph('第三版')]);
    expect((await readdir(dir)).sort()).toEqual(['a.gwdraft', 'a.gwdraft.bak']);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const file = join(dir, 'private.gwdraft');
    await saveDraftFile(file, report('第一版'));
    await chmod(file, 0o600);
    await saveDraftFile(file, report('第二版'));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it('never touches the target or the .bak when the report is invalid', async () => {
    const file = join(dir, 'a.gwdraft');
    await saveDraftFile(file, report('第一版'));
    await saveDraftFile(file, report('第二版'));
    const before = await readFile(file);
    const bakBefore = await readFile(backupPathOf(file));
    const bad = report('坏') as unknown as { meta: { year: number } };
    bad.meta.year = 1800;
    expect(await codeOf(saveDraftFile(file, bad as unknown as Report))).toBe('invalid-report');
    expect(await readFile(file)).toEqual(before);
    expect(await readFile(backupPathOf(file))).toEqual(bakBefore);
    expect((await readdir(dir)).sort()).toEqual(['a.gwdraft', 'a.gwdraft.bak']);
  });

  it('reports a missing folder as an io/not-found error and creates nothing', async () => {
    const err = await saveDraftFile(join(dir, 'no', 'a.gwdraft'), report('x')).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DraftError);
    expect((err as DraftError).code).toBe('io');
    expect((err as DraftError).message).toMatch(/文件夹不存在.*folder does not exist/);
    expect(await readdir(dir)).toEqual([]);
    expect(await codeOf(loadDraftFile(join(dir, 'missing.gwdraft')))).toBe('not-found');
    expect(await codeOf(loadDraftFile(dir))).toBe('io');
  });

  it.each([
    ['invalid-json', Buffer.from('{"schemaVersion": 1,,}')],
    ['truncated', Buffer.from('{"schemaVersion": 1, "templateId": "statut')],
    ['wrong-shape', Buffer.from('{"schemaVersion": 1, "templateId": "statutory-five"}')],
    ['newer-version', Buffer.from('{"schemaVersion": 3}')],
    ['not-utf8', Buffer.from([0x7b, 0xce, 0xe2, 0xb4, 0xa8, 0x7d])],
    ['empty', Buffer.alloc(0)],
  ])('refuses a damaged file (%s) and leaves it byte-identical', async (code, bytes) => {
    const file = join(dir, 'bad.gwdraft');
    await writeFile(file, bytes);
    const err = await loadDraftFile(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DraftError);
    expect((err as DraftError).code).toBe(code);
    expect((err as DraftError).message).toContain('bad.gwdraft');
    expect(await readFile(file)).toEqual(bytes);
  });

  it('refuses an unknown template and a file over the size limit, untouched', async () => {
    const file = join(dir, 'x.gwdraft');
    const text = serializeDraft(report('x')).replace('"statutory-five"', '"unknown-outline"');
    await writeFile(file, text);
    expect(await codeOf(loadDraftFile(file))).toBe('unknown-template');
    expect(await readFile(file, 'utf8')).toBe(text);
    const huge = join(dir, 'huge.gwdraft');
    await writeFile(huge, '{');
    await truncate(huge, 21 * 1024 * 1024); // sparse: cheap to make
    expect(await codeOf(loadDraftFile(huge))).toBe('too-large');
  });
});
