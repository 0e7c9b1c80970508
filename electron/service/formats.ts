/**
 * Where the service meets the file formats other modules own: the draft loader/saver, the text and DOCX
 * importers, the DOCX exporter and the comment merge. Kept in one place so wiring a new format is a
 * one-line change here, and tests can pass their own.
 */
import { readFile } from 'node:fs/promises';
import { ApiError, type ExportOptions } from '../../core/api/contract';
import { ReportSchema, type Report, type Thread } from '../../core/model/report';
import type { Template } from '../../core/templates/schema';
import { writeFileAtomic } from './atomic-write';

export interface Imported {
  report: Report;
  /** How headings were mapped, what was guessed (Chinese). */
  notes: string[];
}

export interface Formats {
  loadDraft(path: string): Promise<Report>;
  saveDraft(path: string, report: Report): Promise<void>;
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

/**
 * Interim draft I/O until electron/service/draft-file.ts lands: plain JSON validated by ReportSchema,
 * written atomically.
 */
async function interimLoadDraft(path: string): Promise<Report> {
  const text = await readFile(path, 'utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError('bad-file', '文件已损坏：不是有效的 gwdraft 草稿（JSON 格式错误）。');
  }
  const parsed = ReportSchema.safeParse(data);
  if (!parsed.success) throw new ApiError('bad-file', '文件已损坏或不是 gwdraft 草稿：内容结构不符合要求。');
  return parsed.data;
}

export const defaultFormats: Formats = {
  loadDraft: interimLoadDraft,
  saveDraft: (path, report) => writeFileAtomic(path, JSON.stringify(report, null, 2) + '\n'),
  importText: async () => notYet('导入文本文件（.txt/.md）'),
  importDocx: async () => notYet('导入 Word 文档（.docx）'),
  exportDocx: async () => notYet('导出 Word 文档'),
  mergeComments: () => notYet('合并审阅意见'),
  readDocxComments: async () => notYet('读取 Word 文档中的批注'),
};
