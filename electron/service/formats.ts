/**
 * Where the service meets the file formats other modules own: the draft loader/saver, the text and DOCX
 * importers, the DOCX exporter and the comment merge. Kept in one place so wiring a new format is a
 * one-line change here, and tests can pass their own.
 */
import { ApiError, type ExportOptions } from '../../core/api/contract';
import { DraftError } from '../../core/draft/index';
import { DocxImportError } from '../../core/docx/import/errors';
import { mergeComments, threadsOfCopy } from '../../core/comments/index';
import { ImportError, TextDecodeError } from '../../core/import/text/index';
import type { Report, Suggestion, Thread } from '../../core/model/report';
import type { Template } from '../../core/templates/schema';
import { loadDraftFile, saveDraftFile } from './draft-file';
import type { NoticeReader } from './user-templates';
import { ImportJobLimit, runImportJob, type ImportJobOptions } from './import-jobs';

// The DOCX exporter (the docx library, and zlib for its zip codec) loads on first use, and the importers
// run in the import worker (import-jobs.ts), so the app and `gwdraft serve` start without either.
const docxExport = () =>
  Promise.all([import('../../core/docx/export/index'), import('./zip-codec')]).then(([exporter, zip]) => ({
    ...exporter,
    NODE_ZIP_CODEC: zip.NODE_ZIP_CODEC,
  }));

export interface Imported {
  report: Report;
  /** How headings were mapped, what was guessed (Chinese). */
  notes: string[];
}

export interface Formats {
  /** Load and validate a .gwdraft; mtimeMs as read. */
  loadDraft(path: string): Promise<{ report: Report; mtimeMs: number }>;
  /** Atomic save keeping NAME.gwdraft.bak; mtimeMs after the write. */
  saveDraft(path: string, report: Report): Promise<{ mtimeMs: number }>;
  /**
   * .txt / .md bytes (UTF-8, UTF-16 with BOM, or GBK/GB18030, which the notes then mention). `extra`:
   * the user's templates, chosen from beside the shipped ones. Both imports reject with
   * DraftError('too-large-to-save') when the report could never be saved as a draft.
   */
  importText(bytes: Uint8Array, fileName: string, extra?: readonly Template[]): Promise<Imported>;
  importDocx(bytes: Uint8Array, fileName: string, extra?: readonly Template[]): Promise<Imported>;
  exportDocx(
    report: Report,
    template: Template,
    options: ExportOptions,
  ): Promise<{ bytes: Uint8Array; warnings: string[] }>;
  /** Merge comment threads found in a reviewer's copy; `fromDocx` keeps Word's detached threads detached. */
  mergeComments(
    current: Report,
    incoming: Thread[],
    fromDocx: boolean,
    template?: Template,
  ): {
    report: Report;
    added: number;
    placed: number;
    detached: number;
    onMeta: number;
    deletedSkipped: number;
    revived: number;
    alreadyPresent: number;
  };
  /** Threads of another .gwdraft copy, anchored on that copy's own text. */
  threadsOfCopy(copy: Report): Thread[];
  /**
   * A notice (.docx/.txt/.md) for 从通知导入提纲: its outline template (null when it has none) and
   * the report year; read in the import worker with its time budget (user-templates.ts noticeFile).
   */
  readNotice: NoticeReader;
  /** Threads and track changes (as suggestions) of a reviewer's .docx. */
  readDocxComments(
    bytes: Uint8Array,
    fileName: string,
  ): Promise<{ threads: Thread[]; suggestions: Suggestion[] }>;
}

/** The UI shows the Chinese half of the loader's bilingual "中文 / English" message. */
function chinese(message: string): string {
  const cut = message.indexOf(' / ');
  return cut > 0 ? message.slice(0, cut) : message;
}

export function draftErrorToApi(e: unknown): unknown {
  if (!(e instanceof DraftError)) return e;
  const code = e.code === 'not-found' ? 'not-found' : e.code === 'io' ? 'io' : 'bad-file';
  return new ApiError(code, chinese(e.message));
}

/** The job's fields every import shares: last year as the fallback, the user's templates as candidates. */
function importJob(op: 'docx' | 'text', bytes: Uint8Array, fileName: string, extra: readonly Template[]) {
  return { op, bytes, fileName, fallbackYear: new Date().getFullYear() - 1, extraTemplates: [...extra] };
}

/**
 * .txt/.md on the template whose headings match best (the user's templates are candidates too); notes
 * say how headings were mapped. Decoded, parsed and mapped in the import worker with its time budget
 * (import-jobs.ts): a huge text no longer stalls the host.
 */
async function importTextFile(
  bytes: Uint8Array,
  fileName: string,
  extra: readonly Template[],
  opts: ImportJobOptions,
): Promise<Imported> {
  try {
    const r = await runImportJob(importJob('text', bytes, fileName, extra), opts);
    return { report: r.report, notes: r.notes };
  } catch (e) {
    if (e instanceof TextDecodeError || e instanceof ImportError)
      throw new ApiError('bad-file', chinese(e.message));
    if (e instanceof ImportJobLimit)
      throw new ApiError(
        'bad-file',
        `${fileName}：${e.reason === 'timeout' ? '导入超时' : '导入所需内存过多'}，文件可能过大或过于复杂（${e.detail}）`,
      );
    throw e;
  }
}

function docxErrorToApi(e: unknown, fileName: string): unknown {
  // The worker's limits are the DOCX importer's own refusals: too slow, or too large once unpacked.
  if (e instanceof ImportJobLimit)
    e =
      e.reason === 'timeout'
        ? new DocxImportError('timeout', e.detail)
        : new DocxImportError('bomb', e.detail);
  if (!(e instanceof DocxImportError)) return e;
  // The Chinese half of the message, then the specifics (which part, which sizes) as they are.
  const detail = e.detail ? `（${e.detail}）` : '';
  return new ApiError('bad-file', `${fileName}：${chinese(e.message)}${detail}`);
}

/**
 * A .docx on the template whose outline it fits best (core's choice, as for .txt/.md; the user's
 * templates are candidates too), imported in a worker thread with a time budget (import-jobs.ts): the
 * host keeps answering while it runs.
 */
async function importDocxFile(
  bytes: Uint8Array,
  fileName: string,
  extra: readonly Template[],
  opts: ImportJobOptions,
): Promise<Imported> {
  try {
    const r = await runImportJob(importJob('docx', bytes, fileName, extra), opts);
    return { report: r.report, notes: r.notes };
  } catch (e) {
    throw docxErrorToApi(e, fileName);
  }
}

async function readDocxComments(
  bytes: Uint8Array,
  fileName: string,
  opts: ImportJobOptions,
): Promise<{ threads: Thread[]; suggestions: Suggestion[] }> {
  try {
    const r = await runImportJob({ op: 'comments', bytes }, opts);
    return { threads: r.threads, suggestions: r.suggestions };
  } catch (e) {
    throw docxErrorToApi(e, fileName);
  }
}

/** The service's formats; `importTimeoutMs` is the budget of one import, DOCX comment read or notice read. */
export function createFormats(opts: { importTimeoutMs?: number } = {}): Formats {
  const jobOptions: ImportJobOptions = opts.importTimeoutMs ? { timeoutMs: opts.importTimeoutMs } : {};
  return {
    loadDraft: (path) =>
      loadDraftFile(path).catch((e: unknown) => {
        throw draftErrorToApi(e);
      }),
    saveDraft: (path, report) =>
      saveDraftFile(path, report).catch((e: unknown) => {
        throw draftErrorToApi(e);
      }),
    importText: (bytes, fileName, extra = []) => importTextFile(bytes, fileName, extra, jobOptions),
    importDocx: (bytes, fileName, extra = []) => importDocxFile(bytes, fileName, extra, jobOptions),
    exportDocx: async (report, template, options) => {
      const { exportDocx, PendingSuggestionsError, NODE_ZIP_CODEC } = await docxExport();
      // A review copy's comment times on this machine's clock, as Word writes them (comments.ts).
      const zoned = {
        ...options,
        commentZoneOffset: options.commentZoneOffset ?? -new Date().getTimezoneOffset(),
      };
      return exportDocx(report, template, zoned, NODE_ZIP_CODEC).catch((e: unknown) => {
        // Pending 修订 in a clean copy: the renderer asks first; this is the backstop.
        if (e instanceof PendingSuggestionsError) throw new ApiError('invalid-input', chinese(e.message));
        throw e;
      });
    },
    // Threads from Word arrive detached when the reviewer deleted their text: keep them so.
    mergeComments: (current, incoming, fromDocx, template) =>
      mergeComments(current, incoming, { keepDetached: fromDocx, ...(template ? { template } : {}) }),
    threadsOfCopy,
    readDocxComments: (bytes, fileName) => readDocxComments(bytes, fileName, jobOptions),
    readNotice: async (bytes, fileName) => {
      const r = await runImportJob({ op: 'notice', bytes, fileName }, jobOptions);
      return { template: r.template, year: r.year };
    },
  };
}

export const defaultFormats: Formats = createFormats();
