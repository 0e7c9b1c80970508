#!/usr/bin/env node
// Bundle the Electron main process and preload to dist-electron/*.cjs with esbuild (brought by tsx).
// The preload runs sandboxed, so it must be one self-contained file with only 'electron' external.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: 'linked',
  logLevel: 'warning',
  legalComments: 'none',
  // docx-jobs.ts reads import.meta.url only where __dirname is missing (ES modules), never in these bundles.
  logOverride: { 'empty-import-meta': 'silent' },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
  // DOCX imports run in a worker thread (electron/service/docx-jobs.ts looks for it next to main.cjs).
  build({
    ...common,
    entryPoints: ['electron/service/docx-worker.ts'],
    outfile: 'dist-electron/docx-worker.cjs',
  }),
]);
console.log('dist-electron/main.cjs, dist-electron/preload.cjs, dist-electron/docx-worker.cjs');
