/**
 * What one import job does, wherever it runs: in the worker thread (import-worker.ts) or, where no
 * worker entry exists, in-process (import-jobs.ts). One function so both paths import and read alike.
 *
 * Jobs: a DOCX or a .txt/.md import (mapped onto the best-fitting template, the user's templates among
 * the candidates, and refused when the report could never be saved as a draft — that check serialises
 * the whole report, so it runs here too), a reviewer's DOCX read for comments and 修订, and a notice
 * (.docx/.txt/.md) parsed into an outline template for 从通知导入提纲.
 *
 * The importers' own errors cross the thread as data (JobError) and are rebuilt as the same classes on
 * the other side (import-jobs.ts rebuildJobError), so callers catch exactly what the in-process code
 * threw.
 */
import { DocxImportError, importDocx, readDocx, readDocxReview } from '../../core/docx/import/index';
import type { DocxImportErrorCode } from '../../core/docx/import/errors';
import { DraftError, encodeDraft } from '../../core/draft/index';
import {
  decodeText,
  importNotes,
  importTextBytes,
  ImportError,
  TextDecodeError,
  type TextDecodeCode,
} from '../../core/import/text/index';
import type { Report, Suggestion, Thread } from '../../core/model/report';
import { parseNotice, templateFromNotice } from '../../core/templates/from-notice';
import type { Template } from '../../core/templates/schema';
import { findTemplate, shippedTemplates } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';

export type ImportJob =
  | {
      op: 'docx' | 'text';
      bytes: Uint8Array;
      /** The file's name: the text decoder's messages and the draft-size refusal name it. */
      fileName: string;
      fallbackYear: number;
      /** The user's templates (提纲管理), candidates beside the shipped ones. */
      extraTemplates: Template[];
    }
  | { op: 'comments'; bytes: Uint8Array }
  | { op: 'notice'; bytes: Uint8Array; fileName: string };

/** An importer's refusal as plain data (errors lose their class crossing a thread). */
export type JobError =
  | { name: 'DocxImportError'; code: DocxImportErrorCode; detail?: string }
  | { name: 'TextDecodeError'; code: TextDecodeCode; fileName: string }
  | { name: 'ImportError'; message: string }
  | { name: 'DraftError'; code: 'too-large-to-save'; fileName: string; detail: string }
  /** Anything else (a bug): rethrown as a plain Error with this message. */
  | { name: 'Error'; message: string };

export type ImportJobResult =
  | { ok: true; op: 'docx' | 'text'; report: Report; notes: string[] }
  | { ok: true; op: 'comments'; threads: Thread[]; suggestions: Suggestion[] }
  /** `template` is null when the notice holds no outline headings. */
  | { ok: true; op: 'notice'; template: Template | null; year: number | null }
  | { ok: false; error: JobError };

function imported(job: Extract<ImportJob, { op: 'docx' | 'text' }>): ImportJobResult {
  const templates = [...shippedTemplates(), ...job.extraTemplates];
  const options = { templates, fallbackYear: job.fallbackYear, vocabulary: outlineVocabulary() };
  let out: { report: Report; notes: string[] };
  if (job.op === 'docx') out = importDocx(job.bytes, options);
  else {
    const result = importTextBytes(job.bytes, job.fileName, options);
    out = { report: result.report, notes: importNotes(result, templates) };
  }
  // A report that could never be saved (over the draft size limit) is refused now, not after editing.
  encodeDraft(out.report, job.fileName);
  return { ok: true, op: job.op, report: out.report, notes: out.notes };
}

function noticeText(bytes: Uint8Array, fileName: string): string {
  // Headings numbered by Word's lists carry their label only in numbering.xml: put it back in front.
  if (fileName.toLowerCase().endsWith('.docx'))
    return readDocx(bytes)
      .paragraphs.map((p) => (p.listLabel ?? '') + p.runs.map((r) => r.text).join(''))
      .join('\n');
  return decodeText(bytes, fileName).text;
}

function notice(bytes: Uint8Array, fileName: string): ImportJobResult {
  const parsed = parseNotice(noticeText(bytes, fileName));
  if (parsed.sections.length === 0) return { ok: true, op: 'notice', template: null, year: parsed.year };
  const template = templateFromNotice(parsed, {
    statutory: findTemplate('statutory-five')!,
    vocabulary: outlineVocabulary(),
  });
  return { ok: true, op: 'notice', template, year: parsed.year };
}

/** The importers' refusals as data; null for anything else (which the caller rethrows). */
function asJobError(e: unknown): JobError | null {
  if (e instanceof DocxImportError)
    return { name: 'DocxImportError', code: e.code, ...(e.detail ? { detail: e.detail } : {}) };
  if (e instanceof TextDecodeError) return { name: 'TextDecodeError', code: e.code, fileName: e.fileName };
  if (e instanceof ImportError) return { name: 'ImportError', message: e.message };
  if (e instanceof DraftError && e.code === 'too-large-to-save')
    return { name: 'DraftError', code: e.code, fileName: e.fileName, detail: e.detail };
  return null;
}

/** Runs the job; importer errors become a result, anything else is thrown. */
export function executeImportJob(job: ImportJob): ImportJobResult {
  try {
    switch (job.op) {
      case 'comments':
        return { ok: true, op: 'comments', ...readDocxReview(job.bytes) };
      case 'notice':
        return notice(job.bytes, job.fileName);
      default:
        return imported(job);
    }
  } catch (e) {
    const error = asJobError(e);
    if (error) return { ok: false, error };
    throw e;
  }
}
