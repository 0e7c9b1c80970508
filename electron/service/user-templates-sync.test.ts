/** UserTemplateStore.listSync (the one-shot CLI's text import) lists what list() lists. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserTemplateStore } from './user-templates';

const ROOT = join(import.meta.dirname, '../..');

describe('UserTemplateStore.listSync', () => {
  it('gives what list() gives: valid templates in name order, invalid, unreadable and other files left out', async () => {
    const data = mkdtempSync(join(tmpdir(), 'gwdraft-user-templates-'));
    try {
      const store = new UserTemplateStore(data);
      // no folder yet
      expect(store.listSync()).toEqual([]);
      expect(await store.list()).toEqual([]);
      mkdirSync(store.dir);
      const shipped = JSON.parse(readFileSync(join(ROOT, 'templates/statutory-five.json'), 'utf8'));
      writeFileSync(join(store.dir, 'b.json'), JSON.stringify({ ...shipped, id: 'user-b', name: '乙' }));
      writeFileSync(join(store.dir, 'a.json'), JSON.stringify({ ...shipped, id: 'user-a', name: '甲' }));
      writeFileSync(join(store.dir, 'bad.json'), '{"id": 1}');
      writeFileSync(join(store.dir, 'notes.txt'), 'not a template');
      mkdirSync(join(store.dir, 'folder.json'));
      const listed = await store.list();
      expect(listed.map((t) => t.id)).toEqual(['user-a', 'user-b']);
      expect(store.listSync()).toEqual(listed);
    } finally {
      rmSync(data, { recursive: true, force: true });
    }
  });
});
