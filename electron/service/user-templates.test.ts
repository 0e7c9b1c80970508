/** User templates through the service (the typed API): from a notice, save, list, new, export, import, remove. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiOutput } from '../../core/api/contract';
import { sandbox, type Sandbox } from './test-support';

let sb: Sandbox;
beforeEach(async () => {
  sb = await sandbox();
});
afterEach(async () => {
  await sb.cleanup();
});

const notice = join(import.meta.dirname, '../../test/fixtures/corpus/notice-2025.md');

describe('提纲 from a notice and 提纲管理 through the API', () => {
  it('parses, saves, lists, starts a report that carries the template, exports, imports and removes', async () => {
    await copyFile(notice, join(sb.workspace, '通知.md'));
    const parsed = (await sb.call('templates.fromNotice', {
      path: join(sb.workspace, '通知.md'),
    })) as ApiOutput<'templates.fromNotice'>;
    expect(parsed.year).toBe(2025);
    expect(parsed.template.sections.map((s) => s.heading)[0]).toBe(
      '{year}年度推进法治政府建设的主要举措和成效',
    );

    // The user corrects a heading before saving.
    const corrected = {
      ...parsed.template,
      name: '市委依法治市办2025年度提纲',
      sections: parsed.template.sections.map((s, i) =>
        i === 4 ? { ...s, heading: '其他需要报告的事项' } : s,
      ),
    };
    const saved = (await sb.call('templates.save', { template: corrected })) as ApiOutput<'templates.save'>;
    expect(saved.origin).toBe('user');

    const list = (await sb.call('templates.list', {})) as ApiOutput<'templates.list'>;
    expect(list.filter((t) => t.origin === 'shipped')).toHaveLength(5);
    expect(list.find((t) => t.id === saved.id)?.headings?.[4]).toBe('其他需要报告的事项');

    const opened = (await sb.call('file.new', {
      templateId: saved.id,
      org: '某市某局',
      year: 2025,
    })) as ApiOutput<'file.new'>;
    expect(opened.report.template?.id).toBe(saved.id);

    const out = join(sb.workspace, 'shared.json');
    await sb.call('templates.export', { id: saved.id, path: out, overwrite: false });
    expect(JSON.parse(await readFile(out, 'utf8'))).toMatchObject({ id: saved.id, origin: 'user' });

    await sb.call('templates.remove', { id: saved.id });
    expect(((await sb.call('templates.list', {})) as unknown[]).length).toBe(5);
    const back = (await sb.call('templates.import', { path: out })) as ApiOutput<'templates.import'>;
    expect(back.id).toBe(saved.id);
  });

  it('refuses to remove or shadow a shipped template, and a notice without an outline', async () => {
    await expect(sb.call('templates.remove', { id: 'township' })).rejects.toMatchObject({ code: 'bad-file' });
    const { findTemplate } = await import('../../templates/index');
    await expect(sb.call('templates.save', { template: findTemplate('township') })).rejects.toMatchObject({
      code: 'bad-file',
    });
    const { writeFile } = await import('node:fs/promises');
    await writeFile(join(sb.workspace, '会议通知.txt'), '关于开会的通知\n请准时参加。\n');
    await expect(
      sb.call('templates.fromNotice', { path: join(sb.workspace, '会议通知.txt') }),
    ).rejects.toMatchObject({ code: 'bad-file' });
  });
});
