import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../../test/helpers/run-cli';
import { loadDraftFile } from '../../electron/service/draft-file';
import { blockText } from '../../core/model/content';

let dir = '';
const OWN = [
  '某市司法局2024年法治政府建设年度报告',
  '一、聚焦规范执法，提升执法质效',
  '全年办理行政执法案件120件。',
  '二、存在的不足和原因',
  '执法力量不足。',
  '三、读书分享活动',
  '组织读书会3次。',
  '四、2025年度推进法治政府建设的主要安排',
  '加强执法培训。',
].join('\n');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-retemplate-'));
  await writeFile(join(dir, 'own.txt'), OWN);
  process.env.GWDRAFT_DATA_DIR = join(dir, 'data');
  const imported = await run('import', join(dir, 'own.txt'), '-o', join(dir, 'own.gwdraft'));
  expect(imported.code).toBe(0);
});

afterAll(async () => {
  delete process.env.GWDRAFT_DATA_DIR;
  await rm(dir, { recursive: true, force: true });
});

describe('gwdraft retemplate', () => {
  it('moves an own-outline draft onto a shipped outline, keeps every paragraph and prints the notes', async () => {
    const before = (await loadDraftFile(join(dir, 'own.gwdraft'))).report;
    expect(before.templateId).toBe('own-outline');
    const out = join(dir, 'five.gwdraft');
    const res = await run('retemplate', join(dir, 'own.gwdraft'), '--template', 'statutory-five', '-o', out);
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
    expect(res.out).toContain('own-outline → statutory-five');
    expect(res.out).toContain('“读书分享活动”在新提纲中没有对应部分');
    const after = (await loadDraftFile(out)).report;
    expect(after.templateId).toBe('statutory-five');
    expect(after.template).toBeUndefined();
    const text = after.sections.flatMap((s) => s.blocks).map(blockText);
    for (const t of ['全年办理行政执法案件120件。', '执法力量不足。', '组织读书会3次。', '加强执法培训。'])
      expect(text).toContain(t);
    expect(after.sections.find((s) => s.id === 'shortcomings')!.blocks.map(blockText)).toEqual([
      '执法力量不足。',
    ]);
  });

  it('refuses an unknown template, a missing -o, the same template and an existing output', async () => {
    const own = join(dir, 'own.gwdraft');
    const unknown = await run('retemplate', own, '--template', 'nope', '-o', join(dir, 'x.gwdraft'));
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/nope/);
    const noOut = await run('retemplate', own, '--template', 'statutory-five');
    expect(noOut.code).toBe(2);
    expect(noOut.err).toContain('缺少输出文件');
    const noTemplate = await run('retemplate', own, '-o', join(dir, 'y.gwdraft'));
    expect(noTemplate.code).toBe(2);
    expect(noTemplate.err).toContain('missing --template');
    const same = await run(
      'retemplate',
      join(dir, 'five.gwdraft'),
      '--template',
      'statutory-five',
      '-o',
      join(dir, 'z.gwdraft'),
    );
    expect(same.code).toBe(2);
    expect(same.err).toContain('already uses template');
    const exists = await run(
      'retemplate',
      own,
      '--template',
      'statutory-five',
      '-o',
      join(dir, 'five.gwdraft'),
    );
    expect(exists.code).toBe(2);
    expect(exists.err).toContain('--force');
  });
});
