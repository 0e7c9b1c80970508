/**
 * What one DOCX job does, wherever it runs: in the worker thread (docx-worker.ts) or, where no worker
 * entry exists, in-process (docx-jobs.ts). One function so both paths import and read alike.
 */
import { DocxImportError, importDocx, readDocxReview } from '../../core/docx/import/index';
import type { Report, Suggestion, Thread } from '../../core/model/report';
import type { Template } from '../../core/templates/schema';
import type { DocxImportErrorCode } from '../../core/docx/import/errors';
import { shippedTemplates } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';

export type DocxJob =
  | {
      op: 'import';
      bytes: Uint8Array;
      fallbackYear: number;
      /** The user's templates (提纲管理), candidates beside the shipped ones. */
      extraTemplates: Template[];
    }
  | { op: 'comments'; bytes: Uint8Array };

export type DocxJobResult =
  | { ok: true; op: 'import'; report: Report; notes: string[] }
  | { ok: true; op: 'comments'; threads: Thread[]; suggestions: Suggestion[] }
  | { ok: false; code: DocxImportErrorCode | null; message: string; detail?: string };

/** Runs the job; importer errors become a result, anything else is thrown. */
export function executeDocxJob(job: DocxJob): DocxJobResult {
  try {
    if (job.op === 'comments') return { ok: true, op: 'comments', ...readDocxReview(job.bytes) };
    const imported = importDocx(job.bytes, {
      templates: [...shippedTemplates(), ...job.extraTemplates],
      fallbackYear: job.fallbackYear,
      vocabulary: outlineVocabulary(),
    });
    return { ok: true, op: 'import', report: imported.report, notes: imported.notes };
  } catch (e) {
    if (e instanceof DocxImportError)
      return { ok: false, code: e.code, message: e.message, ...(e.detail ? { detail: e.detail } : {}) };
    throw e;
  }
}
