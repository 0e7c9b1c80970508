/**
 * Where the service meets the file formats other modules own: the draft loader/saver, the text and DOCX
 * importers, the DOCX exporter and the comment merge. Kept in one place so wiring a new format is a
 * one-line change here, and tests can pass their own.
 */
import { ApiError, type ExportOptions } from '../../core/api/contract';
import { DraftError } from '../../core/draft/index';
import type { Report, Thread } from '../../core/model/report';
import type { Template } from '../../core/templates/schema';
import { loadDraftFile, saveDraftFile } from './draft-file';

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
  /** .txt / .md text, already decoded. */
  importText(text: string, fileName: string): Promise<Imported>;
  importDocx(bytes: Uint8Array, fileName: string): Promise<Imported>;
  exportDocx(
    report: Report,
    template: Template,
    options: ExportOptions,
  ): Promise<{ bytes: Uint8Array; warnings: string[] }>;
  /** Comment threads found in a reviewer's copy (.docx or .gwdraft). */
  mergeComments(
    current: Report,
    incoming: Thread[],
  ): { report: Report; added: number; placed: number; detached: number };
  /** Threads of a reviewer's .docx. */
  readDocxComments(bytes: Uint8Array, fileName: string): Promise<Thread[]>;
}

function notYet(what: string): never {
  throw new ApiError('bad-file', `暂不支持${what}：该功能仍在开发中。`);
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

export const defaultFormats: Formats = {
  loadDraft: (path) =>
    loadDraftFile(path).catch((e: unknown) => {
      throw draftErrorToApi(e);
    }),
  saveDraft: (path, report) =>
    saveDraftFile(path, report).catch((e: unknown) => {
      throw draftErrorToApi(e);
    }),
  importText: async () => notYet('导入文本文件（.txt/.md）'),
  importDocx: async () => notYet('导入 Word 文档（.docx）'),
  exportDocx: async () => notYet('导出 Word 文档'),
  mergeComments: () => notYet('合并审阅意见'),
  readDocxComments: async () => notYet('读取 Word 文档中的批注'),
};
