#!/usr/bin/env node
// `npm run build:cli` (also run by `prepare`, i.e. after every `npm install` / `npm ci`): bundle the
// `gwdraft` command into dist/cli/ with esbuild, so `npx gwdraft` starts without compiling TypeScript.
//
// - One minified ESM entry (dist/cli/main.js, exporting `main`) and shared chunks: each sub-command and its
//   libraries (docx, fast-xml-parser, the HTTP host…) stay in their own chunk, loaded only when the
//   command runs, as cli/commands/index.ts asks.
// - dist/cli/ sits two folders below the root like cli/commands/, so `new URL('../../', import.meta.url)`
//   still names the repository root from the bundle.
// - dist/cli/manifest.json lists every source file that went into the bundle and the time the build
//   started: cli/bin/gwdraft.mjs uses the bundle only while no source is newer (or missing), and runs the
//   sources through tsx otherwise.
// - The bundle is built in a temporary folder and moved in file by file, the manifest last: a `gwdraft`
//   starting meanwhile sees a complete bundle (its manifest names sources older than it) or runs the
//   sources; one already running keeps finding its chunks (old chunks are removed an hour later).
// A failure never fails `npm install`: the bin then runs the sources.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist', 'cli');
const builtAt = Date.now();
const tmp = `${outDir}.tmp-${process.pid}`;

// zod's namespace object re-exports its ~40 message locales (60 % of zod once minified) and nothing here
// uses any but the default English one: the bundle gets only that, which halves what `gwdraft templates`
// has to parse at start-up. (`z.locales.xx` would be undefined in the bundle; the sources are unchanged.)
const zodEnglishOnly = {
  name: 'zod-english-only',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      /[\\/]zod[\\/]v4[\\/](classic|core|mini)[\\/]/.test(args.importer)
        ? { path: 'zod-locales-en', namespace: 'gwdraft-stub' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'gwdraft-stub' }, () => ({
      contents: "export { default as en } from 'zod/v4/locales/en.js';",
      resolveDir: root,
      loader: 'js',
    }));
  },
};

try {
  const { build } = await import('esbuild');
  const result = await build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    outdir: tmp,
    chunkNames: 'chunk-[hash]',
    metafile: true,
    minify: true,
    sourcemap: 'linked',
    plugins: [zodEnglishOnly],
    logLevel: 'warning',
    legalComments: 'none',
  });
  const inputs = Object.keys(result.metafile.inputs)
    .filter((p) => !p.includes('node_modules/'))
    .concat('package.json', 'package-lock.json')
    .filter((p) => existsSync(join(root, p)))
    .sort();
  writeFileSync(join(tmp, 'manifest.json'), JSON.stringify({ builtAt, inputs }, null, 1) + '\n');
  // Into place: the chunks first (named by content hash, so a chunk of the same name is the same file),
  // then main.js and, last, the manifest. Chunks of earlier builds stay a while: a `gwdraft serve`
  // started before this build still loads its commands' chunks by their old names.
  mkdirSync(outDir, { recursive: true });
  const fresh = new Set(readdirSync(tmp));
  const last = ['main.js.map', 'main.js', 'manifest.json'];
  for (const f of [...fresh].filter((f) => !last.includes(f)).concat(last))
    if (fresh.has(f)) renameSync(join(tmp, f), join(outDir, f));
  rmSync(tmp, { recursive: true, force: true });
  const hour = 3600_000;
  for (const f of readdirSync(outDir))
    if (!fresh.has(f) && statSync(join(outDir, f)).mtimeMs < builtAt - hour)
      rmSync(join(outDir, f), { force: true });
  console.log(`dist/cli/main.js (${inputs.length} sources)`);
} catch (err) {
  rmSync(tmp, { recursive: true, force: true });
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  console.warn(`gwdraft: CLI bundle not built (${message}); \`gwdraft\` will run the sources through tsx.`);
}
