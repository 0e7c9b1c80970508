/**
 * Imports for the service, run in a worker thread with a time budget: DOCX and .txt/.md imports, DOCX
 * comment reads, and notices parsed for 从通知导入提纲 (the jobs: import-job-exec.ts). The zip reader
 * bounds memory (core/docx/import/zip.ts); the worker bounds time and keeps the host responsive: while
 * it runs, the event loop serves every other request (`GET /` included), and when the budget is spent
 * the worker is terminated and the job refused with ImportJobLimit('timeout'), which each caller words
 * for its kind of file.
 *
 * The worker entry is import-worker.cjs next to a bundle (Electron's dist-electron/, the CLI's
 * dist/cli/) or import-worker.ts beside this file run through tsx (the CLI from its sources, tests).
 * Where neither exists the job runs in-process: the inflation bounds still hold, only the time budget is
 * lost.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DocxImportError } from '../../core/docx/import/errors';
import { DraftError } from '../../core/draft/index';
import { TextDecodeError } from '../../core/import/text/decode';
import { ImportError } from '../../core/import/text/import-text';
import type { ImportJob, ImportJobResult, JobError } from './import-job-exec';

export type { ImportJob, ImportJobResult, JobError } from './import-job-exec';

/** A file of at most 20 MiB imports in a few seconds; far longer is hostile. */
export const IMPORT_TIME_BUDGET_MS = 30_000;

export interface ImportJobOptions {
  timeoutMs?: number;
  /** Run in this thread (the CLI, which has no other requests to serve), without the time budget. */
  inProcess?: boolean;
}

/** A job stopped by its time budget or by the worker's heap cap; callers say it for their file kind. */
export class ImportJobLimit extends Error {
  constructor(
    readonly reason: 'timeout' | 'memory',
    /** "> 30 s", "out of memory". */
    readonly detail: string,
  ) {
    super(`import job stopped: ${detail}`);
    this.name = 'ImportJobLimit';
  }
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
  const bundled = join(dir, 'import-worker.cjs');
  const source = join(dir, 'import-worker.ts');
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

type Done = ImportJobResult & { ok: true };
/** The members of a result union whose op takes `Op` (distributes over D; docx and text share one). */
type ResultFor<D, Op> = D extends { op: infer P } ? (Op extends P ? D : never) : never;
/** What a job of `op` gives (a docx or text job: the imported report). */
export type JobResultOf<Op extends ImportJob['op']> = ResultFor<Done, Op>;

/**
 * The error a JobError stands for, of the class the importer threw (import-job-exec.ts asJobError is
 * the other half). Only the errors' light modules load here, not the importers.
 */
function rebuildJobError(e: JobError): Error {
  switch (e.name) {
    case 'DocxImportError':
      return new DocxImportError(e.code, e.detail);
    case 'TextDecodeError':
      return new TextDecodeError(e.code, e.fileName);
    case 'ImportError':
      return new ImportError(e.message);
    case 'DraftError':
      return new DraftError(e.code, e.fileName, e.detail);
    default:
      return new Error(e.message);
  }
}

/**
 * The result, of the job's own kind, or the importer's own error rebuilt (DocxImportError,
 * TextDecodeError, ImportError…).
 */
function settle<J extends ImportJob>(job: J, r: ImportJobResult): JobResultOf<J['op']> {
  if (!r.ok) throw rebuildJobError(r.error);
  if (r.op !== job.op) throw new Error('unexpected import job result');
  return r as JobResultOf<J['op']>;
}

/** Run one job off the event loop; rejects with the importer's error, or ImportJobLimit. */
export async function runImportJob<J extends ImportJob>(
  job: J,
  opts: ImportJobOptions = {},
): Promise<JobResultOf<J['op']>> {
  const e = opts.inProcess ? ({ kind: 'inline' } as const) : workerEntry();
  if (e.kind === 'inline') return settle(job, (await import('./import-job-exec')).executeImportJob(job));
  const timeoutMs = opts.timeoutMs ?? IMPORT_TIME_BUDGET_MS;
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
      () => finish(() => reject(new ImportJobLimit('timeout', `> ${Math.round(timeoutMs / 1000)} s`)), false),
      timeoutMs,
    );
    worker.on('message', (r: ImportJobResult) =>
      finish(() => {
        try {
          resolve(settle(job, r));
        } catch (err) {
          reject(err);
        }
      }, true),
    );
    worker.on('error', (err: Error & { code?: string }) =>
      finish(
        () =>
          reject(
            err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new ImportJobLimit('memory', 'out of memory') : err,
          ),
        false,
      ),
    );
    worker.on('exit', (code) => finish(() => reject(new Error(`import worker exited (${code})`)), false));
    worker.postMessage(job);
  });
}
