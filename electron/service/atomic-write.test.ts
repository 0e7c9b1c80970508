import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic, writeFileAtomicSync, type AtomicWriteOptions } from './atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gwdraft-atomic-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const writers = {
  async: (target: string, data: Uint8Array | string, options?: AtomicWriteOptions) =>
    writeFileAtomic(target, data, options),
  sync: async (target: string, data: Uint8Array | string, options?: AtomicWriteOptions) =>
    writeFileAtomicSync(target, data, options),
};

describe.each(Object.entries(writers))('the atomic write (%s)', (_, write) => {
  it('replaces the content whole, private by default, and leaves no temp file', async () => {
    const target = join(dir, 'a.docx');
    await write(target, 'old');
    await write(target, new Uint8Array([0x50, 0x4b, 3, 4]));
    expect([...readFileSync(target)]).toEqual([0x50, 0x4b, 3, 4]);
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
    expect(readdirSync(dir)).toEqual(['a.docx']);
  });

  it.skipIf(process.platform === 'win32')(
    "keeps the replaced file's permissions with 'like-target', the umask's for a new file",
    async () => {
      const target = join(dir, 'shared.docx');
      writeFileSync(target, 'x');
      chmodSync(target, 0o640);
      await write(target, '新的内容', { permissions: 'like-target' });
      expect(readFileSync(target, 'utf8')).toBe('新的内容');
      expect(statSync(target).mode & 0o777).toBe(0o640);
      const fresh = join(dir, 'new.docx');
      await write(fresh, 'y', { permissions: 'like-target' });
      expect(statSync(fresh).mode & 0o777).toBe(0o666 & ~process.umask());
    },
  );

  it('fails without touching what is there and without leaving a temp file', async () => {
    const target = join(dir, 'busy');
    mkdirSync(target);
    writeFileSync(join(target, 'inside'), 'kept');
    await expect(write(target, 'new')).rejects.toThrow();
    expect(readFileSync(join(target, 'inside'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['busy']);
  });
});
