/** templates.get: the full template 改用提纲 moves a draft onto — shipped, or the user's. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { copyFile } from 'node:fs/promises';
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

describe('templates.get', () => {
  it("gives a shipped template and a user's in full, and refuses an unknown id in Chinese", async () => {
    const shipped = (await sb.call('templates.get', { id: 'statutory-five' })) as ApiOutput<'templates.get'>;
    expect(shipped.sections.map((s) => s.id)).toContain('first-responsible');
    expect(shipped.items.length).toBeGreaterThan(0);

    await copyFile(notice, join(sb.workspace, '通知.md'));
    const parsed = (await sb.call('templates.fromNotice', {
      path: join(sb.workspace, '通知.md'),
    })) as ApiOutput<'templates.fromNotice'>;
    const saved = (await sb.call('templates.save', {
      template: { ...parsed.template, name: '市里的提纲' },
    })) as ApiOutput<'templates.save'>;
    const user = (await sb.call('templates.get', { id: saved.id })) as ApiOutput<'templates.get'>;
    expect(user).toMatchObject({ id: saved.id, name: '市里的提纲', origin: 'user' });
    expect(user.sections).toHaveLength(parsed.template.sections.length);

    await expect(sb.call('templates.get', { id: 'no-such' })).rejects.toMatchObject({ code: 'not-found' });
  });
});
