/**
 * `.gwdraft` files on disk. Loading reads and validates the whole file (core/draft); saving is
 * atomic and keeps the previous version as NAME.gwdraft.bak:
 *   1. serialize (and validate) in memory — a bad report never reaches the disk;
 *   2. write a temp file in the same folder and fsync it;
 *   3. hard-link the current file as the new .bak (atomic rename of a temp link; copy where links fail);
 *   4. rename the temp file over the target and fsync the folder;
 *   5. remove temp files that earlier, crashed saves of this file left behind.
 * A crash at any moment leaves the target as the old or the new version, and the .bak loadable.
 */
import { randomBytes } from 'node:crypto';
import { copyFile, link, lstat, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { DraftError, MAX_DRAFT_BYTES, encodeDraft, parseDraftBytes } from '../../core/draft/index';
import type { Report } from '../../core/model/report';
import { shippedTemplates } from '../../templates/index';

export interface LoadedDraft {
  report: Report;
  /** mtime when read: the service passes it back on save to notice changes made elsewhere. */
  mtimeMs: number;
}

export interface SavedDraft {
  path: string;
  mtimeMs: number;
  bytes: number;
}

export interface DraftFileOptions {
  /** Template ids accepted on load; default the shipped templates. */
  knownTemplates?: readonly string[];
}

export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

function ioError(e: unknown, fileName: string): DraftError {
  if (e instanceof DraftError) return e;
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new DraftError('not-found', fileName);
  return new DraftError('io', fileName, code ?? (e instanceof Error ? e.message : String(e)));
}

export async function loadDraftFile(path: string, options: DraftFileOptions = {}): Promise<LoadedDraft> {
  const fileName = basename(path);
  const knownTemplates = options.knownTemplates ?? shippedTemplates().map((t) => t.id);
  let bytes: Uint8Array;
  let mtimeMs: number;
  try {
    const fh = await open(path, 'r');
    try {
      const st = await fh.stat();
      if (!st.isFile()) throw new DraftError('io', fileName, '不是文件 / not a regular file');
      mtimeMs = st.mtimeMs;
      // Never read more than the limit (plus one byte to know it is over): a huge file is refused fast.
      if (st.size > MAX_DRAFT_BYTES) {
        bytes = new Uint8Array(MAX_DRAFT_BYTES + 1);
      } else {
        const buf = Buffer.alloc(st.size + 1);
        const { bytesRead } = await fh.read(buf, 0, buf.length, 0);
        bytes = buf.subarray(0, bytesRead);
      }
    } finally {
      await fh.close();
    }
  } catch (e) {
    throw ioError(e, fileName);
  }
  return { report: parseDraftBytes(bytes, { fileName, knownTemplates }), mtimeMs };
}

export async function saveDraftFile(path: string, report: Report): Promise<SavedDraft> {
  const fileName = basename(path);
  const data = encodeDraft(report, fileName); // throws before anything on disk is touched
  const dir = dirname(path);
  const tag = `${process.pid}.${randomBytes(6).toString('hex')}`;
  const tmp = join(dir, `.${fileName}.${tag}.tmp`);
  try {
    await writeSynced(tmp, data, await currentMode(path));
    await backupCurrent(path, tag);
    await renameRetrying(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    // On save, a missing path means the folder: "file not found" would mislead.
    if ((e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
      throw new DraftError('io', fileName, '所在文件夹不存在 / the folder does not exist');
    throw ioError(e, fileName);
  }
  await syncDir(dir);
  await removeStaleTemps(dir, fileName);
  const st = await stat(path).catch((e: unknown) => {
    throw ioError(e, fileName);
  });
  return { path, mtimeMs: st.mtimeMs, bytes: data.byteLength };
}

/** Permission bits of the file being replaced, so a save does not widen (or narrow) who may read it. */
async function currentMode(path: string): Promise<number | null> {
  try {
    const st = await lstat(path);
    return st.isFile() ? st.mode & 0o777 : null;
  } catch {
    return null;
  }
}

async function writeSynced(file: string, data: Uint8Array, mode: number | null): Promise<void> {
  const fh = await open(file, 'wx');
  try {
    if (mode !== null && process.platform !== 'win32') await fh.chmod(mode);
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/** Make the current file (if any) the .bak, atomically: the .bak is always a whole earlier version. */
async function backupCurrent(path: string, tag: string): Promise<void> {
  try {
    const st = await lstat(path);
    if (!st.isFile()) return;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return; // first save: nothing to keep
    throw e;
  }
  const bak = backupPathOf(path);
  const bakTmp = join(dirname(path), `.${basename(bak)}.${tag}.tmp`);
  try {
    try {
      // Same inode as the current file: no copy, and the rename below cannot see a half-written .bak.
      await link(path, bakTmp);
    } catch {
      // Filesystems without hard links (FAT, some network shares): copy and sync instead.
      await copyFile(path, bakTmp);
      const fh = await open(bakTmp, 'r+');
      try {
        await fh.sync();
      } finally {
        await fh.close();
      }
    }
    await renameRetrying(bakTmp, bak);
  } catch (e) {
    await rm(bakTmp, { force: true }).catch(() => undefined);
    throw e;
  }
}

/**
 * Temp files a crashed save left behind (`.NAME.PID.HEX.tmp`, `.NAME.bak.PID.HEX.tmp`): removed once a
 * later save succeeds, but only those of processes no longer running, so a concurrent save is never hit.
 */
async function removeStaleTemps(dir: string, fileName: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const prefix = `.${fileName}.`;
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith('.tmp')) continue;
    const m = /^(?:bak\.)?(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length));
    if (!m || isAlive(Number(m[1]))) continue;
    await rm(join(dir, name), { force: true }).catch(() => undefined);
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // alive, owned by someone else
  }
}

/**
 * On Windows a rename over a file fails for a moment while a virus scanner or the search indexer holds
 * it open (EPERM/EBUSY/EACCES): retry briefly, as graceful-fs does, before giving up.
 */
async function renameRetrying(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const transient = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      if (process.platform !== 'win32' || !transient || attempt >= 10) throw e;
      await new Promise((resolve) => setTimeout(resolve, 20 * (attempt + 1)));
    }
  }
}

/** Make the renames durable. Windows cannot open a folder for fsync; NTFS journals renames itself. */
async function syncDir(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const dh = await open(dir, 'r');
    try {
      await dh.sync();
    } finally {
      await dh.close();
    }
  } catch {
    // Some filesystems refuse fsync on a folder; the file data is synced already.
  }
}
