/**
 * Opening, importing and saving documents, with the size cap and the on-disk-change check.
 */
import { stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { UserTemplateStore } from './user-templates';
import { ApiError, type ApiOutput } from '../../core/api/contract';
import { DraftError, MAX_INPUT_BYTES, formatSize } from '../../core/draft/index';
import type { Report } from '../../core/model/report';
import type { ServiceContext } from './context';
import { FileReadError, readRegularFile } from './regular-file';
import { unsupportedInputMessage } from '../../core/import/unsupported';

/** Files larger than this are refused before reading: the one limit of core/draft/limits.ts. */
export const MAX_FILE_BYTES = MAX_INPUT_BYTES;

type Opened = ApiOutput<'file.open'>;

export type DocKind = 'gwdraft' | 'txt' | 'md' | 'docx';

export function kindOf(path: string): DocKind | null {
  const ext = extname(path).toLowerCase();
  if (ext === '.gwdraft') return 'gwdraft';
  if (ext === '.txt') return 'txt';
  if (ext === '.md' || ext === '.markdown') return 'md';
  if (ext === '.docx') return 'docx';
  return null;
}

/**
 * The bytes of a file to import or merge from: a regular file (checked on the opened handle, opened
 * without blocking, so a FIFO is refused at once instead of pinning an fs thread), within the limit.
 */
export async function readInputFile(real: string): Promise<Uint8Array> {
  try {
    return (await readRegularFile(real, MAX_FILE_BYTES)).bytes;
  } catch (e) {
    if (e instanceof FileReadError && e.code === 'not-regular')
      throw new ApiError(
        'bad-file',
        `${basename(real)} 不是普通文件（${e.kind.split(' / ')[0]}），无法打开。`,
      );
    if (e instanceof FileReadError)
      throw new ApiError(
        'bad-file',
        `文件过大（${formatSize(e.size, MAX_FILE_BYTES)}），最大支持 ${formatSize(MAX_FILE_BYTES, e.size)}。`,
      );
    const code = (e as NodeJS.ErrnoException | undefined)?.code;
    if (code === 'ENOENT') throw new ApiError('not-found', `文件 ${basename(real)} 不存在。`);
    throw new ApiError('io', `无法读取 ${basename(real)}（${code ?? String(e)}）。`);
  }
}

export async function openDocument(ctx: ServiceContext, path: string): Promise<Opened> {
  const real = await ctx.policy.forRead(path);
  const name = basename(real);
  if (real.toLowerCase().endsWith('.gwdraft.bak')) {
    // The backup a save keeps (NAME.gwdraft.bak) is a draft of the same format. It opens as an untitled
    // copy: saving it asks for a name, so the backup itself is never edited in place.
    const { report } = await ctx.formats.loadDraft(real);
    return {
      path: null,
      report,
      mtimeMs: null,
      notes: [`已打开备份 ${name}（上一次保存前的版本），请另存为新的草稿文件。`],
    };
  }
  const kind = kindOf(real);
  if (kind === null)
    throw new ApiError(
      'bad-file',
      `${unsupportedInputMessage(name, '可打开 .gwdraft，可导入 .txt、.md、.docx', '.gwdraft, .txt, .md or .docx').zh}。`,
    );
  if (kind === 'gwdraft') {
    // The draft loader opens it the same way (regular file only, within the limit).
    const { report, mtimeMs } = await ctx.formats.loadDraft(real);
    return { path: real, report, mtimeMs, notes: [] };
  }
  const bytes = await readInputFile(real);
  // The user's templates (提纲管理) are candidates beside the shipped ones.
  const extra = await new UserTemplateStore(ctx.dataDir).list();
  // The import (in the worker) refuses a report that could never be saved (over the draft size limit):
  // now, not after editing.
  const imported = await (
    kind === 'docx' ? ctx.formats.importDocx(bytes, name, extra) : ctx.formats.importText(bytes, name, extra)
  ).catch((e: unknown) => {
    if (e instanceof DraftError && e.code === 'too-large-to-save')
      throw new ApiError(
        'bad-file',
        `${name} 导入后的报告过大（${e.detail}），无法保存为草稿文件，请拆分后再导入。`,
      );
    throw e;
  });
  // An import has no path until the user saves it as a .gwdraft: the source file is never overwritten.
  return {
    path: null,
    report: imported.report,
    mtimeMs: null,
    notes: [`已从 ${name} 导入。`, ...imported.notes],
  };
}

/** Saves go to .gwdraft files only; a name without an extension gets one. */
export function draftPath(path: string): string {
  const kind = kindOf(path);
  if (kind === 'gwdraft') return path;
  if (extname(path) === '') return `${path}.gwdraft`;
  throw new ApiError('invalid-input', '草稿只能保存为 .gwdraft 文件；导出 Word 请使用“导出 Word”。');
}

async function mtimeOrNull(path: string): Promise<number | null> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return null;
  }
}

/** Saves of one file run one after another, so the mtime check and the write cannot interleave. */
const saveQueues = new Map<string, Promise<unknown>>();

function serialised<T>(key: string, job: () => Promise<T>): Promise<T> {
  const prev = saveQueues.get(key) ?? Promise.resolve();
  const next = prev.then(job, job);
  saveQueues.set(
    key,
    next.catch(() => {}),
  );
  return next;
}

export async function saveDocument(
  ctx: ServiceContext,
  input: { path: string; report: Report; expectedMtimeMs: number | null; force: boolean },
): Promise<ApiOutput<'file.save'>> {
  const target = await ctx.policy.forWrite(draftPath(input.path));
  return serialised(target, async () => {
    const disk = await mtimeOrNull(target);
    // Changed on disk since the renderer read it (or a new report would replace an existing file).
    if (disk !== null && !input.force && disk !== input.expectedMtimeMs)
      return { status: 'conflict' as const, path: target, diskMtimeMs: disk };
    const { mtimeMs } = await ctx.formats.saveDraft(target, input.report);
    return { status: 'saved' as const, path: target, mtimeMs };
  });
}
