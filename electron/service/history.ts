/**
 * 历史版本 and recovery that can only add safety: a file's earlier versions (its .bak, and the
 * autosaves recorded for its path) are listed with their times and 字数 and opened as unsaved copies
 * beside the file — never over it. Restoring one is the renderer's separate, explicit step (a save
 * onto the file that keeps the replaced text as the new .bak).
 */
import { stat } from 'node:fs/promises';
import { ApiError, type ApiOutput, type CopyOf, type VersionEntry } from '../../core/api/contract';
import { countChars } from '../../core/model/count';
import { blocksText } from '../../core/model/report-helpers';
import type { Report } from '../../core/model/report';
import type { ServiceContext } from './context';
import { backupPathOf } from './draft-file';
import type { RecoveryFile, RecoveryStore } from './recovery-store';

type Opened = ApiOutput<'file.open'>;

/** 字数 of a whole report, as the editor's status counts it (导语 and every section). */
export function reportChars(report: Report): number {
  let n = countChars(blocksText(report.preamble));
  for (const s of report.sections) n += countChars(blocksText(s.blocks));
  return n;
}

export async function mtimeOf(path: string): Promise<number | null> {
  try {
    const st = await stat(path);
    return st.isFile() ? st.mtimeMs : null;
  } catch {
    return null;
  }
}

/**
 * An autosave holds something its file lacks only when it was written after the file (the same
 * millisecond counts as after: when unsure, offer it).
 */
export function autosaveIsNewer(savedAt: string, fileMtimeMs: number | null): boolean {
  return fileMtimeMs === null || Date.parse(savedAt) >= Math.floor(fileMtimeMs);
}

export async function listVersions(
  ctx: ServiceContext,
  recovery: RecoveryStore,
  path: string,
): Promise<ApiOutput<'history.list'>> {
  const real = await ctx.policy.forRead(path);
  const mtimeMs = await mtimeOf(real);
  let chars: number | null = null;
  if (mtimeMs !== null)
    chars = await ctx.formats.loadDraft(real).then(
      (d) => reportChars(d.report),
      () => null,
    );
  const versions: VersionEntry[] = [];
  const bak = backupPathOf(real);
  const bakMtime = await mtimeOf(bak);
  if (bakMtime !== null) {
    const loaded = await ctx.formats.loadDraft(bak).catch(() => null);
    if (loaded)
      versions.push({
        source: 'bak',
        key: null,
        savedAt: new Date(bakMtime).toISOString(),
        chars: reportChars(loaded.report),
        newer: false,
      });
  }
  for (const e of await recovery.list()) {
    if (e.path !== real) continue;
    const f = await recovery.read(e.key).catch(() => null);
    if (!f) continue;
    versions.push({
      source: 'autosave',
      key: e.key,
      savedAt: e.savedAt,
      chars: reportChars(f.report),
      newer: autosaveIsNewer(e.savedAt, mtimeMs),
    });
  }
  versions.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  return { path: real, mtimeMs, chars, versions };
}

/** An autosave of a file as an unsaved copy beside it; of a new document, as that document. */
export function openedFromAutosave(ctx: ServiceContext, f: RecoveryFile): Opened {
  if (f.path === null)
    return { path: null, report: f.report, mtimeMs: null, notes: ['已恢复自动保存的内容，请检查后保存。'] };
  // The explicit restore step saves onto this path: the user chose it when the autosave was written.
  ctx.policy.grant(f.path);
  const copyOf: CopyOf = { path: f.path, source: 'autosave', savedAt: f.savedAt };
  return { path: null, report: f.report, mtimeMs: null, notes: [], copyOf };
}

export async function openVersion(
  ctx: ServiceContext,
  recovery: RecoveryStore,
  input: { source: 'bak'; path: string } | { source: 'autosave'; path: string; key: string },
): Promise<Opened> {
  const real = await ctx.policy.forRead(input.path);
  if (input.source === 'autosave') {
    const f = await recovery.read(input.key);
    if (f.path !== real) throw new ApiError('not-found', '这份自动保存的内容不属于此文件。');
    return openedFromAutosave(ctx, f);
  }
  const bak = backupPathOf(real);
  const mtime = await mtimeOf(bak);
  if (mtime === null) throw new ApiError('not-found', '此文件没有上次保存前的版本（.bak）。');
  const { report } = await ctx.formats.loadDraft(bak);
  return {
    path: null,
    report,
    mtimeMs: null,
    notes: [],
    copyOf: { path: real, source: 'bak', savedAt: new Date(mtime).toISOString() },
  };
}
