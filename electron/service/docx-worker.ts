/**
 * Worker-thread entry for DOCX imports (docx-jobs.ts starts it): unzips, parses and maps DOCX files off
 * the host's event loop, so a hostile or merely huge file cannot stall other requests, and can be
 * stopped. One job at a time; the worker is reused for the next job while it stays idle.
 */
import { parentPort } from 'node:worker_threads';
import { executeDocxJob, type DocxJob, type DocxJobResult } from './docx-job-exec';

function run(job: DocxJob): DocxJobResult {
  try {
    return executeDocxJob(job);
  } catch (e) {
    return { ok: false, code: null, message: e instanceof Error ? e.message : String(e) };
  }
}

parentPort?.on('message', (job: DocxJob) => parentPort?.postMessage(run(job)));
