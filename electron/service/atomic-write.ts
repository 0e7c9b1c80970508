/**
 * Write a file so that a crash at any moment leaves either the old content or the new, never a mix:
 * temp file in the same folder, fsync, rename over the target, fsync the folder.
 * Used for drafts (draft-file.ts adds the .bak step), recovery files, settings, recent files and
 * exported DOCX.
 */
import { lstat, open, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /**
   * 'private' (default): readable by the user only. 'like-target': the permission bits of the file
   * replaced (a new file gets the umask default), so saving a document does not change who may read it.
   */
  permissions?: 'private' | 'like-target';
  /**
   * Runs once the new content is synced to its temp file, just before it replaces the target; `tag`
   * names this write's temp files (`.NAME.TAG.tmp`), for any of its own. If it throws, nothing is replaced.
   */
  beforeReplace?: (tag: string) => Promise<void>;
}

export async function writeFileAtomic(
  target: string,
  data: Uint8Array | string,
  options: AtomicWriteOptions = {},
): Promise<void> {
  // The CLI's time breakdown (GWDRAFT_TIMING=1) reads this entry; not recorded otherwise, so a
  // long-running app does not collect one per save.
  if (!process.env.GWDRAFT_TIMING) return writeAtomic(target, data, options);
  const start = performance.now();
  try {
    await writeAtomic(target, data, options);
  } finally {
    performance.measure('gwdraft:write', { start, end: performance.now() });
  }
}

async function writeAtomic(target: string, data: Uint8Array | string, options: AtomicWriteOptions) {
  const dir = dirname(target);
  // node:crypto is loaded on the first write, not with this module: `gwdraft check` never writes. Not
  // `await import()`: the CLI bundle runs in a vm.Script (cli/bin/load-bundle.mjs), which has none.
  const { randomBytes } = process.getBuiltinModule('node:crypto');
  const tag = `${process.pid}.${randomBytes(6).toString('hex')}`;
  const tmp = join(dir, `.${basename(target)}.${tag}.tmp`);
  try {
    if (options.permissions === 'like-target')
      await writeSynced(tmp, data, undefined, await currentMode(target));
    else await writeSynced(tmp, data, 0o600, null);
    await options.beforeReplace?.(tag);
    await renameRetrying(tmp, target);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    throw e;
  }
  await syncDir(dir);
}

/** Permission bits of the file being replaced; null when there is none. */
async function currentMode(path: string): Promise<number | null> {
  try {
    const st = await lstat(path);
    return st.isFile() ? st.mode & 0o777 : null;
  } catch {
    return null;
  }
}

/** A new temp file created with `createMode` (undefined: the umask default), then given `mode` if any. */
async function writeSynced(
  file: string,
  data: Uint8Array | string,
  createMode: number | undefined,
  mode: number | null,
): Promise<void> {
  const fh = await open(file, 'wx', createMode);
  try {
    if (mode !== null && process.platform !== 'win32') await fh.chmod(mode);
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * On Windows a rename over a file fails for a moment while a virus scanner or the search indexer holds
 * it open (EPERM/EBUSY/EACCES): retry briefly, as graceful-fs does, before giving up.
 */
export async function renameRetrying(from: string, to: string): Promise<void> {
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

/** Make the rename durable. Windows cannot open a folder for fsync; NTFS journals renames itself. */
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
    // Some filesystems refuse fsync on a folder; the data itself is already synced.
  }
}

/**
 * Temp files crashed writes of `fileName` left behind (`.NAME.PID.HEX.tmp`, and `.NAME.bak.PID.HEX.tmp`
 * of draft-file's .bak step): removed only when their process is no longer running, so a concurrent
 * write is never hit.
 */
export async function removeStaleTemps(dir: string, fileName: string): Promise<void> {
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
