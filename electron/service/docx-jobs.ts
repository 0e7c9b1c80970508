/**
 * DOCX imports and comment reads for the service, run in a worker thread with a time budget. The zip
 * reader bounds memory (core/docx/import/zip.ts); the worker bounds time and keeps the host responsive:
 * while it runs, the event loop serves every other request (`GET /` included), and when the budget is
 * spent the worker is terminated and the import refused with DocxImportError('timeout').
 *
 * The worker entry is docx-worker.cjs next to a bundle (Electron's dist-electron/) or docx-worker.ts
 * beside this file run through tsx (the CLI, `gwdraft serve`, tests). Where neither exists the job runs
 * in-process: the inflation bounds still hold, only the time budget is lost.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DocxImportError } from '../../core/docx/import/errors';
import type { DocxJob, DocxJobResult } from './docx-job-exec';

export type { DocxJob, DocxJobResult } from './docx-job-exec';

/** A DOCX of at most 30 MiB unpacking to at most 50 MiB imports in a few seconds; far more is hostile. */
export const DOCX_TIME_BUDGET_MS = 30_000;

export interface DocxJobOptions {
  timeoutMs?: number;
}

function here(): string {
  // CommonJS bundles have __dirname; ES modules (tsx, vitest) have import.meta.url.
  return typeof __dirname === 'string' ? __dirname : dirname(fileURLToPath(import.meta.url));
}

type Entry =
  { kind: 'bundle'; file: string } | { kind: 'tsx'; file: string; tsx: string } | { kind: 'inline' };

let entry: Entry | null = null;

function workerEntry(): Entry {
  if (entry) return entry;
  const dir = here();
  const bundled = join(dir, 'docx-worker.cjs');
  const source = join(dir, 'docx-worker.ts');
  if (existsSync(bundled)) entry = { kind: 'bundle', file: bundled };
  else if (existsSync(source)) {
    try {
      // require.resolve finds the CommonJS build; the worker imports the ES module next to it.
      const api = createRequire(source)
        .resolve('tsx/esm/api')
        .replace(/\.cjs$/, '.mjs');
      entry = existsSync(api) ? { kind: 'tsx', file: source, tsx: api } : { kind: 'inline' };
    } catch {
      entry = { kind: 'inline' };
    }
  } else entry = { kind: 'inline' };
  return entry;
}

function startWorker(e: Exclude<Entry, { kind: 'inline' }>): Worker {
  const options = {
    // A runaway parse is stopped by the heap limit as well as by the clock.
    resourceLimits: { maxOldGenerationSizeMb: 2048 },
    stdout: false,
    stderr: false,
  };
  if (e.kind === 'bundle') return new Worker(e.file, options);
  const boot =
    `import(${JSON.stringify(pathToFileURL(e.tsx).href)})` +
    `.then((m) => { (m.register ?? m.default.register)(); return import(${JSON.stringify(pathToFileURL(e.file).href)}); })`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * One idle worker is kept for the next job (starting one costs a module load: about a second when
 * the sources run through tsx); busy ones are never shared, so jobs run side by side and a hostile job
 * delays no other. An idle worker does not keep the process alive.
 */
let idle: Worker | null = null;

function takeWorker(e: Exclude<Entry, { kind: 'inline' }>): Worker {
  const w = idle ?? startWorker(e);
  idle = null;
  w.ref();
  return w;
}

function giveBack(w: Worker): void {
  w.removeAllListeners('message').removeAllListeners('error').removeAllListeners('exit');
  if (idle) {
    void w.terminate();
    return;
  }
  w.unref();
  // A worker that dies while idle is simply forgotten.
  w.once('exit', () => {
    if (idle === w) idle = null;
  });
  w.on('error', () => undefined);
  idle = w;
}

/** Run one job off the event loop; rejects with DocxImportError (the importer's, or 'timeout'). */
export function runDocxJob(job: DocxJob, opts: DocxJobOptions = {}): Promise<DocxJobResult & { ok: true }> {
  const e = workerEntry();
  const settle = (r: DocxJobResult): DocxJobResult & { ok: true } => {
    if (r.ok) return r;
    if (r.code) throw new DocxImportError(r.code, r.detail);
    throw new Error(r.message);
  };
  if (e.kind === 'inline') return import('./docx-job-exec').then((m) => settle(m.executeDocxJob(job)));
  const timeoutMs = opts.timeoutMs ?? DOCX_TIME_BUDGET_MS;
  return new Promise((resolve, reject) => {
    const worker = takeWorker(e);
    let done = false;
    const finish = (f: () => void, reusable: boolean) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      f();
      if (reusable) giveBack(worker);
      else void worker.terminate();
    };
    const timer = setTimeout(
      () =>
        finish(() => reject(new DocxImportError('timeout', `> ${Math.round(timeoutMs / 1000)} s`)), false),
      timeoutMs,
    );
    worker.on('message', (r: DocxJobResult) =>
      finish(() => {
        try {
          resolve(settle(r));
        } catch (err) {
          reject(err);
        }
      }, true),
    );
    worker.on('error', (err: Error & { code?: string }) =>
      finish(
        () =>
          reject(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new DocxImportError('bomb', 'out of memory') : err,
          ),
        false,
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new Error(`DOCX worker exited (${code})`)), false));
    worker.postMessage(job);
  });
}
