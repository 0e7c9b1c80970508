/**
 * Worker-thread entry for DOCX imports (docx-jobs.ts starts it): unzips, parses and maps DOCX files off
 * the host's event loop, so a hostile or merely huge file cannot stall other requests, and can be
 * stopped. One job at a time; the worker is reused for the next job while it stays idle.
 */
import { parentPort } from 'node:worker_threads';
import { DocxImportError, importDocx, readDocxThreads } from '../../core/docx/import/index';
import { shippedTemplates } from '../../templates/index';
import type { DocxJob, DocxJobResult } from './docx-jobs';

function run(job: DocxJob): DocxJobResult {
  try {
    if (job.op === 'comments') return { ok: true, op: 'comments', threads: readDocxThreads(job.bytes) };
    const imported = importDocx(job.bytes, { templates: shippedTemplates(), fallbackYear: job.fallbackYear });
    return { ok: true, op: 'import', report: imported.report, notes: imported.notes };
  } catch (e) {
    if (e instanceof DocxImportError)
      return { ok: false, code: e.code, message: e.message, ...(e.detail ? { detail: e.detail } : {}) };
    return { ok: false, code: null, message: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', (job: DocxJob) => parentPort?.postMessage(run(job)));
