/**
 * `.gwdraft` files on disk. Loading reads and validates the whole file (core/draft); saving is
 * atomic and keeps the previous version as NAME.gwdraft.bak:
 *   1. serialize (and validate) in memory — a bad report never reaches the disk;
 *   2. write a temp file in the same folder and fsync it (atomic-write.ts does 2, 4 and 5);
 *   3. hard-link the current file as the new .bak (atomic rename of a temp link; copy where links fail);
 *   4. rename the temp file over the target and fsync the folder;
 *   5. remove temp files that earlier, crashed saves of this file left behind.
 * A crash at any moment leaves the target as the old or the new version, and the .bak loadable.
 */
import { copyFile, link, lstat, open, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import {
  DraftError,
  MAX_DRAFT_BYTES,
  draftTooLarge,
  encodeDraft,
  parseDraftBytes,
} from '../../core/draft/index';
import type { Report } from '../../core/model/report';
import { shippedTemplates } from '../../templates/index';
import { removeStaleTemps, renameRetrying, writeFileAtomic } from './atomic-write';
import { FileReadError, readRegularFile, readRegularFileSync } from './regular-file';

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
  /** The report is only read, never saved back: see ParseDraftOptions.readOnly (core/draft/parse.ts). */
  readOnly?: boolean;
}

export function backupPathOf(path: string): string {
  return `${path}.bak`;
}

function ioError(e: unknown, fileName: string): DraftError {
  if (e instanceof DraftError) return e;
  if (e instanceof FileReadError)
    return e.code === 'too-large'
      ? draftTooLarge(e.size, fileName)
      : new DraftError('io', fileName, e.message);
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
    // Only a regular file, checked on the opened handle; a huge one is refused before reading, with its size.
    ({ bytes, mtimeMs } = await readRegularFile(path, MAX_DRAFT_BYTES));
  } catch (e) {
    throw ioError(e, fileName);
  }
  const readOnly = options.readOnly === true;
  return { report: parseDraftBytes(bytes, { fileName, knownTemplates, readOnly }), mtimeMs };
}

/** loadDraftFile with synchronous reads (readRegularFileSync), for the one-shot CLI: the same result and errors. */
export function loadDraftFileSync(path: string, options: DraftFileOptions = {}): LoadedDraft {
  const fileName = basename(path);
  const knownTemplates = options.knownTemplates ?? shippedTemplates().map((t) => t.id);
  let bytes: Uint8Array;
  let mtimeMs: number;
  try {
    ({ bytes, mtimeMs } = readRegularFileSync(path, MAX_DRAFT_BYTES));
  } catch (e) {
    throw ioError(e, fileName);
  }
  const readOnly = options.readOnly === true;
  return { report: parseDraftBytes(bytes, { fileName, knownTemplates, readOnly }), mtimeMs };
}

export async function saveDraftFile(path: string, report: Report): Promise<SavedDraft> {
  const fileName = basename(path);
  const data = encodeDraft(report, fileName); // throws before anything on disk is touched
  try {
    await writeFileAtomic(path, data, {
      permissions: 'like-target',
      beforeReplace: (tag) => backupCurrent(path, tag),
    });
  } catch (e) {
    // On save, a missing path means the folder: "file not found" would mislead.
    if ((e as NodeJS.ErrnoException | undefined)?.code === 'ENOENT')
      throw new DraftError('io', fileName, '所在文件夹不存在 / the folder does not exist');
    throw ioError(e, fileName);
  }
  await removeStaleTemps(dirname(path), fileName);
  const st = await stat(path).catch((e: unknown) => {
    throw ioError(e, fileName);
  });
  return { path, mtimeMs: st.mtimeMs, bytes: data.byteLength };
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
