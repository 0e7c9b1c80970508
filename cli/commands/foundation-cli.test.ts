/**
 * The templates / new / import / info commands, run as a user runs them: `node cli/bin/gwdraft.cjs …` (the bin package.json names).
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'cli/bin/gwdraft.cjs');
const FIXTURES = join(ROOT, 'test/fixtures/import');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function gwdraft(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8' }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A user error: exit 2, one bilingual line on stderr, no stack trace. */
function expectUserError(r: Run, pattern: RegExp): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(lines[0]).toMatch(/ \/ /);
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gwdraft templates / new / info', () => {
  it('lists every template', async () => {
    const r = await gwdraft('templates', '--json');
    expect(r.code).toBe(0);
    const ids = (JSON.parse(r.stdout) as { id: string }[]).map((t) => t.id);
    expect(ids).toEqual([
      'zhanjiang-department',
      'statutory-five',
      'government-gangyao',
      'county-three',
      'township',
    ]);
  });

  it('creates a draft, shows it, and refuses to overwrite it without --force', async () => {
    const out = join(dir, 'new.gwdraft');
    const r = await gwdraft(
      'new',
      '--template',
      'statutory-five',
      '--org',
      '某县司法局',
      '--year',
      '2024',
      '-o',
      out,
    );
    expect(r.code, r.stderr).toBe(0);
    const info = await gwdraft('info', out, '--json');
    expect(info.code).toBe(0);
    const json = JSON.parse(info.stdout) as {
      templateId: string;
      title: string;
      sections: { number: string; chars: number }[];
    };
    expect(json.templateId).toBe('statutory-five');
    expect(json.title).toBe('某县司法局2024年法治政府建设年度报告');
    expect(json.sections.map((s) => s.number)).toEqual(['一、', '二、', '三、', '四、', '五、']);
    const before = await readFile(out);
    expectUserError(
      await gwdraft('new', '--template', 'township', '--org', 'x', '--year', '2024', '-o', out),
      /已存在.*--force/,
    );
    expect(await readFile(out)).toEqual(before);
    const forced = await gwdraft(
      'new',
      '--template',
      'township',
      '--org',
      '青石镇',
      '--year',
      '2024',
      '-o',
      out,
      '--force',
    );
    expect(forced.code).toBe(0);
    expect(await readFile(`${out}.bak`)).toEqual(before);
  });

  it('refuses bad arguments with one line', async () => {
    expectUserError(
      await gwdraft(
        'new',
        '--template',
        'nope',
        '--org',
        'x',
        '--year',
        '2024',
        '-o',
        join(dir, 'x.gwdraft'),
      ),
      /没有模板 nope/,
    );
    expectUserError(
      await gwdraft(
        'new',
        '--template',
        'township',
        '--org',
        'x',
        '--year',
        '24',
        '-o',
        join(dir, 'x.gwdraft'),
      ),
      /年度无效/,
    );
    expectUserError(await gwdraft('info', '--bogus'), /未知选项/);
    expect(existsSync(join(dir, 'x.gwdraft'))).toBe(false);
  });

  it('refuses a damaged draft and leaves it byte-identical', async () => {
    const bad = join(dir, 'damaged.gwdraft');
    const bytes = Buffer.from('{"schemaVersion": 1, "templateId": "township", "meta": {');
    await writeFile(bad, bytes);
    expectUserError(await gwdraft('info', bad), /damaged\.gwdraft.*不完整.*truncated/);
    expect(await readFile(bad)).toEqual(bytes);
  });
});

describe('gwdraft import', () => {
  it('imports a Markdown report, prints the template and the mapping; info shows the sections', async () => {
    const out = join(dir, 'nanling.gwdraft');
    const r = await gwdraft('import', join(FIXTURES, 'nanling-transport-2024.md'), '-o', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/zhanjiang-department/);
    expect(r.stdout).toMatch(/标题映射 \/ heading mapping \(7\)/);
    expect(r.stdout).toMatch(
      /“2024 年度推进法治政府建设的主要举措和成效” → 四、主要举措和成效 \[measures\] {2}1\.00/,
    );
    const info = await gwdraft('info', out);
    expect(info.code).toBe(0);
    const rows = info.stdout.split('\n').filter((l) => /^[一二三四五六七]、/.test(l));
    expect(rows).toHaveLength(7);
    for (const row of rows) expect(Number(/ (\d+) 字/.exec(row)![1])).toBeGreaterThan(0);
    expect(info.stdout).toMatch(/署名 \/ signature: 南岭市交通运输局 {3}成文日期 \/ date: 2025年1月20日/);
  });

  it('accepts UTF-8 with BOM and UTF-16 (LE and BE) with BOM, with the same result', async () => {
    const text = await readFile(join(FIXTURES, 'qingshi-town-2023.txt'), 'utf8');
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [be[i + 1]!, be[i]!];
    const variants: [string, Buffer][] = [
      ['utf8.txt', Buffer.from(text, 'utf8')],
      ['bom.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
      ['le.txt', le],
      ['be.txt', be],
    ];
    const results: string[] = [];
    for (const [name, bytes] of variants) {
      await writeFile(join(dir, name), bytes);
      const r = await gwdraft('import', join(dir, name), '-o', join(dir, `${name}.gwdraft`), '--json');
      expect(r.code, r.stderr).toBe(0);
      expect(JSON.parse(r.stdout).templateId).toBe('township');
      results.push(await readFile(join(dir, `${name}.gwdraft`), 'utf8'));
    }
    expect(new Set(results).size).toBe(1);
  });

  it('reads GBK input (and says so), refuses binary input writing nothing', async () => {
    // "某县司法局2024年法治政府建设年度报告\n一、存在的不足和原因\n执法力量不足，主要是由于人员少。\n" in GBK.
    await writeFile(
      join(dir, 'gbk.txt'),
      Buffer.from(
        'c4b3cfd8cbbeb7a8bed632303234c4eab7a8d6ced5feb8aebda8c9e8c4eab6c8b1a8b8e60ad2bba1a2b4e6d4dab5c4b2bbd7e3bacdd4add2f20ad6b4b7a8c1a6c1bfb2bbd7e3a3acd6f7d2aacac7d3c9d3dac8cbd4b1c9d9a1a30a',
        'hex',
      ),
    );
    const gbk = await gwdraft('import', join(dir, 'gbk.txt'), '-o', join(dir, 'gbk.gwdraft'));
    expect(gbk.code).toBe(0);
    expect(gbk.stdout + gbk.stderr).toMatch(/GBK/);
    expect(await readFile(join(dir, 'gbk.gwdraft'), 'utf8')).toContain('执法力量不足，主要是由于人员少。');
    await writeFile(
      join(dir, 'bin.txt'),
      Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0, 0, 0, 0x08, 0]),
    );
    expectUserError(
      await gwdraft('import', join(dir, 'bin.txt'), '-o', join(dir, 'bin.gwdraft')),
      /不是文本文件/,
    );
    expectUserError(
      await gwdraft('import', join(dir, 'report.pdf'), '-o', join(dir, 'pdf.gwdraft')),
      /不支持的文件类型/,
    );
    for (const f of ['bin.gwdraft', 'pdf.gwdraft']) expect(existsSync(join(dir, f))).toBe(false);
  });
});
