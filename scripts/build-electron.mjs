#!/usr/bin/env node
// Bundle the Electron main process and preload to dist-electron/*.cjs with esbuild (brought by tsx).
// The preload runs sandboxed, so it must be one self-contained file with only 'electron' external.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
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
  // import-jobs.ts reads import.meta.url only where __dirname is missing (ES modules), never in these bundles.
  logOverride: { 'empty-import-meta': 'silent' },
};

await Promise.all([
  build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist-electron/main.cjs' }),
  build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist-electron/preload.cjs' }),
  // Imports (DOCX, text, notices) run in a worker thread (electron/service/import-jobs.ts looks for it
  // next to main.cjs).
  build({
    ...common,
    entryPoints: ['electron/service/import-worker.ts'],
    outfile: 'dist-electron/import-worker.cjs',
  }),
]);
// The worker's name before it ran text imports too.
rmSync(new URL('../dist-electron/docx-worker.cjs', import.meta.url), { force: true });
console.log('dist-electron/main.cjs, dist-electron/preload.cjs, dist-electron/import-worker.cjs');
