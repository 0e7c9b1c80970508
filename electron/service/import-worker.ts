/**
 * Worker-thread entry for imports (import-jobs.ts starts it): unzips, decodes, parses and maps DOCX and
 * text files, and notices, off the host's event loop, so a hostile or merely huge file cannot stall
 * other requests, and can be stopped. One job at a time; the worker is reused for the next job while it
 * stays idle.
 */
import { parentPort } from 'node:worker_threads';
import { executeImportJob, type ImportJob, type ImportJobResult } from './import-job-exec';

function run(job: ImportJob): ImportJobResult {
  try {
    return executeImportJob(job);
  } catch (e) {
    return { ok: false, error: { name: 'Error', message: e instanceof Error ? e.message : String(e) } };
  }
}

parentPort?.on('message', (job: ImportJob) => parentPort?.postMessage(run(job)));
