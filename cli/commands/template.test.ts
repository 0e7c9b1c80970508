import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli as run } from '../../test/helpers/run-cli';
import { parseTemplate } from '../../core/templates/load';
import { loadDraftFile } from '../../electron/service/draft-file';

let dir = '';
const notice = join(import.meta.dirname, '../../test/fixtures/corpus/notice-2025.md');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'gwdraft-template-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('gwdraft template', () => {
  it('new --from a notice writes a valid template with the outline, 字数 and placeholders', async () => {
    const out = join(dir, '提纲.json');
    const r = await run('template', 'new', '--from', notice, '-o', out);
    expect(r.code).toBe(0);
    expect(r.out).toContain('一、{year}年度推进法治政府建设的主要举措和成效（不少于1500字）');
    expect(r.out).toContain('四、{nextYear}年度推进法治政府建设的主要安排');
    const t = parseTemplate(JSON.parse(await readFile(out, 'utf8')));
    expect(t.origin).toBe('user');
    expect(t.sections).toHaveLength(5);
    expect((await run('template', 'check', out)).code).toBe(0);
  });

  it('check names the line and the field of each error', async () => {
    const good = JSON.parse(await readFile(join(dir, '提纲.json'), 'utf8')) as {
      sections: { heading: string; short?: string }[];
    };
    good.sections[1]!.heading = '';
    delete good.sections[2]!.short;
    const bad = join(dir, 'bad.json');
    const text = JSON.stringify(good, null, 2);
    await writeFile(bad, text);
    const r = await run('template', 'check', bad);
    expect(r.code).toBe(1);
    const headingLine = text.split('\n').findIndex((l) => l.includes('"heading": ""')) + 1;
    expect(r.out).toContain(`${bad}:${headingLine}: sections[1].heading:`);
    expect(r.out).toMatch(/:\d+: sections\[2\]\.short:/u);
    const broken = join(dir, 'broken.json');
    await writeFile(broken, '{\n  "id": "x",\n  "name": \n}\n');
    const b = await run('template', 'check', broken);
    expect(b.code).toBe(1);
    expect(b.out).toMatch(/broken\.json:\d+: （整个文件）: 不是有效的 JSON/u);
  });

  it('import, list, a draft on the user template carries its copy, export, remove', async () => {
    const data = join(dir, 'data');
    process.env.GWDRAFT_DATA_DIR = data;
    try {
      expect((await run('template', 'import', join(dir, '提纲.json'))).code).toBe(0);
      const list = await run('template', 'list');
      const id = /(user-[a-z0-9]+) {2}.*（用户模板）/u.exec(list.out)![1]!;
      expect(list.out).toContain('statutory-five  法定五项内容（通用）（内置，只读）');
      const draft = join(dir, 'a.gwdraft');
      expect(
        (await run('new', '--template', id, '--org', '某市某局', '--year', '2025', '-o', draft)).code,
      ).toBe(0);
      const loaded = await loadDraftFile(draft);
      expect(loaded.report.template?.id).toBe(id);
      expect((await run('check', draft, '--today', '2026-01-20', '--summary')).out).toContain(id);
      // A report written on the notice's outline is imported onto the user's template, which it carries.
      const text = [
        '某市某局2025年法治政府建设年度报告',
        '一、2025年度推进法治政府建设的主要举措和成效',
        '全年办理行政许可事项120件。',
        '二、党政主要负责人履行推进法治建设第一责任人职责情况',
        '局长履行第一责任人职责，亲自部署法治工作。',
        '三、存在的不足和原因',
        '执法力量不足，原因是编制少。',
        '四、2026年度推进法治政府建设的主要安排',
        '2026年将加强培训。',
        '五、其他需要报告的情况',
        '无。',
        '某市某局',
        '2026年1月10日',
      ].join('\n');
      await writeFile(join(dir, 'report.txt'), text);
      const imported = await run('import', join(dir, 'report.txt'), '-o', join(dir, 'report.gwdraft'));
      expect(imported.out).toContain(`模板 / template: ${id}`);
      expect((await loadDraftFile(join(dir, 'report.gwdraft'))).report.template?.id).toBe(id);
      expect((await run('template', 'export', id, '-o', join(dir, 'out.json'))).code).toBe(0);
      expect((await run('template', 'remove', 'statutory-five')).code).toBe(2);
      expect((await run('template', 'remove', id)).code).toBe(0);
      expect((await run('template', 'list')).out).not.toContain(id);
    } finally {
      delete process.env.GWDRAFT_DATA_DIR;
    }
  });
});
