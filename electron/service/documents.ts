/**
 * Opening, importing and saving documents, with the size cap and the on-disk-change check.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { UserTemplateStore } from './user-templates';
import { ApiError, type ApiOutput } from '../../core/api/contract';
import type { Report } from '../../core/model/report';
import type { ServiceContext } from './context';

/** Files larger than this are refused before reading (a report is well under 1 MiB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

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

async function checkedSize(real: string): Promise<void> {
  const st = await stat(real);
  if (!st.isFile()) throw new ApiError('bad-file', `${basename(real)} 不是文件。`);
  if (st.size > MAX_FILE_BYTES)
    throw new ApiError('bad-file', `文件过大（${(st.size / 1048576).toFixed(1)} MB），最大支持 20 MB。`);
}

export async function openDocument(ctx: ServiceContext, path: string): Promise<Opened> {
  const real = await ctx.policy.forRead(path);
  const name = basename(real);
  const kind = kindOf(real);
  if (kind === null)
    throw new ApiError('bad-file', `不支持的文件类型：${name}（可打开 .gwdraft，可导入 .txt、.md、.docx）。`);
  await checkedSize(real);
  if (kind === 'gwdraft') {
    const { report, mtimeMs } = await ctx.formats.loadDraft(real);
    return { path: real, report, mtimeMs, notes: [] };
  }
  const bytes = new Uint8Array(await readFile(real));
  // The user's templates (提纲管理) are candidates beside the shipped ones.
  const extra = await new UserTemplateStore(ctx.dataDir).list();
  const imported =
    kind === 'docx'
      ? await ctx.formats.importDocx(bytes, name, extra)
      : await ctx.formats.importText(bytes, name, extra);
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
