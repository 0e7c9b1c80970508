#!/usr/bin/env node
// `npm run build:cli` (also run by `prepare`, i.e. after every `npm install` / `npm ci`): bundle the
// `gwdraft` command into dist/cli/ with esbuild, so `npx gwdraft` starts without compiling TypeScript.
//
// - One minified CommonJS file, dist/cli/main.cjs, exporting `main`. Each sub-command's modules and
//   libraries (docx, fast-xml-parser, the HTTP host…) are still initialised only when the command runs
//   (esbuild keeps cli/commands/index.ts's dynamic imports lazy); the file is one piece so that a V8
//   code cache can cover it: dist/cli/main.cjs.<build id>.cache, made here after a warm-up run of templates, new,
//   info, check and export, and loaded by cli/bin/load-bundle.cjs (Node 20 has no other compile cache).
// - A second entry, dist/cli/check.cjs (cli/check-main.ts), holds only the `check` command's modules, with
//   a code cache of its own made by a check run alone (check.cjs.<build id>.cache): `gwdraft check` runs
//   it (less code to read, a smaller cache to deserialise). Same build id, same manifest.
// - `import.meta.url` in the sources becomes the bundle's own file URL; dist/cli/ sits two folders below
//   the root like cli/commands/, so `new URL('../../', import.meta.url)` still names the repository root.
// - dist/cli/manifest.json lists every source file that went into the bundle and the time the build
//   started: cli/bin/gwdraft.cjs uses the bundle only while no source is newer (or missing), and runs the
//   sources through tsx otherwise. `bundles.check` lists the sources of check.cjs, which `gwdraft check`
//   needs up to date.
// - Built in a temporary folder and moved in file by file, the manifest last: a `gwdraft` starting
//   meanwhile runs the old bundle, the new one, or the sources, never half a bundle.
// A failure never fails `npm install`: the bin then runs the sources.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DOCX_FFLATE_MODULE,
  docxLazyDefaultStyles,
  fflateDeflateLoops,
  fflatePrecomputedTables,
  splitDocxFflate,
} from './bundle-patches.mjs';
import { VALIDATED_DATA_MODULE } from './prevalidated-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = join(root, 'dist', 'cli');
const builtAt = Date.now();
const tmp = `${outDir}.tmp-${process.pid}`;
/** The commands with a code cache of their own (see warmUpCache). */
const OWN_CACHE = ['templates'];

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

// zod in the check bundle, loaded on first use. A valid draft is read without it (core/draft/plain-
// report.ts) and the shipped templates come validated from the build, so `gwdraft check r.gwdraft` never
// parses with zod; yet bundled, zod's modules were initialised at every start, and even lazily
// initialised its ~1,200 namespace exports are defined (and kept in the code cache) at every start. Our
// sources' `import { z } from 'zod'` get this stub instead: `z.x` is the installed zod's own `z.x`, which
// Node loads (`require('zod')`, the package the sources use) the first time a draft needs it (an invalid
// draft, one carrying its own template, a user's template). The three schemas our modules make when they
// load (`z.lazy` of the report and template schemas, `z.enum` of the unit kinds) are made on first use
// too: until then they are stand-ins that forward every access to the real schema once made (methods
// bound to it), so zod only ever sees its own schemas at work. bin.test.ts checks that the bundle
// reports the sources' zod errors word for word.
const ZOD_STUB = `
let real;
const zod = () => (real ??= require('zod').z);
const forward = (make) => {
  let schema;
  const made = () => (schema ??= make());
  const value = (key) => {
    const v = Reflect.get(made(), key);
    return typeof v === 'function' ? v.bind(made()) : v;
  };
  return new Proxy(Object.create(null), {
    get: (_, key) => value(key),
    set: (_, key, v) => Reflect.set(made(), key, v),
    has: (_, key) => key in made(),
    getPrototypeOf: () => Object.getPrototypeOf(made()),
  });
};
const DEFERRED = new Set(['lazy', 'enum']);
export const z = new Proxy(Object.create(null), {
  get: (_, key) =>
    real === undefined && DEFERRED.has(key) ? (...args) => forward(() => zod()[key](...args)) : zod()[key],
});
`;
const zodOnDemand = {
  name: 'zod-on-demand',
  setup(b) {
    // the stub's own `require('zod')`: the installed package, loaded by Node when first used
    b.onResolve({ filter: /^zod$/ }, (args) =>
      args.namespace === 'gwdraft-zod'
        ? { path: 'zod', external: true }
        : { path: 'zod-on-demand', namespace: 'gwdraft-zod' },
    );
    b.onLoad({ filter: /.*/, namespace: 'gwdraft-zod' }, () => ({
      contents: ZOD_STUB,
      resolveDir: root,
      loader: 'js',
    }));
  },
};

// node:fs/promises in the check bundle, loaded on first use. Its module pulls in Node's readline and
// directory-watching modules (~1 ms of a start), and modules of the check bundle import it at their top
// (for folders, saves, user templates) though checking a draft never calls it (the draft is read with
// synchronous calls, readRegularFileSync). Our sources' named imports get functions that call
// fs/promises' own on first use: the same calls, the same results.
async function fsPromisesOnDemand() {
  const names = Object.entries(await import('node:fs/promises'))
    .filter(([name, value]) => typeof value === 'function' && /^[a-z]\w*$/i.test(name))
    .map(([name]) => name);
  const contents = [
    "const fsp = () => require('node:fs').promises;",
    ...names.map((n) => `export function ${n}(...args) { return fsp().${n}(...args); }`),
    "export { constants } from 'node:fs';",
  ].join('\n');
  return {
    name: 'fs-promises-on-demand',
    setup(b) {
      b.onResolve({ filter: /^(node:)?fs\/promises$/ }, (args) =>
        args.importer.includes('node_modules')
          ? undefined
          : { path: 'fs-promises', namespace: 'gwdraft-fsp' },
      );
      b.onLoad({ filter: /.*/, namespace: 'gwdraft-fsp' }, () => ({
        contents,
        resolveDir: root,
        loader: 'js',
      }));
    },
  };
}

// The docx library's class fields go through a transpiler helper, `_defineProperty(obj, key, value)`, which
// first turns every key into a property key through `toPropertyKey` → `toPrimitive` → `_typeof`: tens of
// thousands of calls per export, run cold in a fresh `gwdraft export`. Every key the library passes is a
// string, for which that conversion returns the key itself: a string skips it (same result, same
// semantics; any other key still goes through it). If the helper's text ever changes, nothing is patched.
const DOCX_DEFINE = 'function _defineProperty(e, r, t) {\n\treturn (r = toPropertyKey(r)) in e';

// docx's own copy of fflate is initialised on first use, and a Document's default styles are made when
// first written (scripts/bundle-patches.mjs: the export never calls the one, never writes the other).
const docxPatches = {
  name: 'docx-patches',
  setup(b) {
    let fflateCopy = null;
    b.onResolve({ filter: new RegExp(`^${DOCX_FFLATE_MODULE}$`) }, () => ({
      path: DOCX_FFLATE_MODULE,
      namespace: 'gwdraft-docx-fflate',
    }));
    b.onLoad({ filter: /.*/, namespace: 'gwdraft-docx-fflate' }, () => ({
      contents: fflateCopy,
      loader: 'js',
    }));
    b.onLoad({ filter: /[\\/]docx[\\/]dist[\\/]index\.mjs$/ }, async (args) => {
      let source = (await readFile(args.path, 'utf8')).replace(
        DOCX_DEFINE,
        'function _defineProperty(e, r, t) {\n\treturn (r = typeof r === "string" ? r : toPropertyKey(r)) in e',
      );
      const split = splitDocxFflate(source);
      if (split) ({ docx: source, fflate: fflateCopy } = split);
      source = docxLazyDefaultStyles(source) ?? source;
      return { contents: source, loader: 'js' };
    });
  },
};

// fflate tries `require('worker_threads')` when it loads, for its asynchronous API (a worker per call).
// `gwdraft export` only ever calls its synchronous functions (deflateSync, zipSync, unzipSync), and
// loading worker_threads costs Node ~2 ms of internal modules at every start: in the export bundle
// fflate finds no worker, as it would where worker_threads does not exist, which changes nothing for
// the synchronous calls. Patched only if the text is as expected.
const FFLATE_WORKER =
  "(_a = require('worker_threads'), Worker = _a.Worker, isMarkedAsUntransferable = _a.isMarkedAsUntransferable);";
const fflateNoWorker = {
  name: 'fflate-no-worker',
  setup(b) {
    b.onLoad({ filter: /[\\/]fflate[\\/]esm[\\/]index\.mjs$/ }, async (args) => {
      const source = (await readFile(args.path, 'utf8')).replace(
        FFLATE_WORKER,
        '/* no worker in gwdraft export */',
      );
      // and dflt's two per-byte loops in small functions, which V8 optimises early, and its two large
      // tables computed here, into export.cjs.<build>.tables beside the bundle, instead of at every
      // start (scripts/bundle-patches.mjs)
      const loops = fflateDeflateLoops(source) ?? source;
      const tables = fflatePrecomputedTables(
        loops,
        `require('node:path').join(__dirname, ${JSON.stringify(`export.cjs.${builtAt}.tables`)})`,
      );
      if (!tables) return { contents: loops, loader: 'js' };
      mkdirSync(tmp, { recursive: true });
      writeFileSync(join(tmp, `export.cjs.${builtAt}.tables`), tables.tables);
      return { contents: tables.source, loader: 'js' };
    });
  },
};

// The shipped templates and outline vocabulary validated here, once, instead of at every start (see
// scripts/prevalidated-data.mjs); if that fails, the bundle validates them at run time as the sources do.
async function prevalidatedPlugin() {
  let data;
  try {
    data = await (await import('./prevalidated-data.mjs')).prevalidatedData(root);
  } catch (err) {
    console.warn(
      `gwdraft: shipped templates not validated at build time (${err instanceof Error ? err.message.split('\n')[0] : err})`,
    );
    return { plugin: { name: 'prevalidated-data-none', setup() {} }, inputs: [] };
  }
  const file = join(root, VALIDATED_DATA_MODULE);
  const plugin = {
    name: 'prevalidated-data',
    setup(b) {
      b.onLoad({ filter: /[\\/]templates[\\/]validated-data\.ts$/ }, (args) =>
        args.path === file ? { contents: data.source, loader: 'js', resolveDir: dirname(file) } : undefined,
      );
    },
  };
  return { plugin, inputs: data.inputs };
}

try {
  const { build } = await import('esbuild');
  const prevalidated = await prevalidatedPlugin();
  const cliBuild = (entryPoints, plugins) =>
    build({
      absWorkingDir: root,
      entryPoints,
      bundle: true,
      format: 'cjs',
      platform: 'node',
      target: 'node20',
      outdir: tmp,
      outExtension: { '.js': '.cjs' },
      metafile: true,
      minify: true,
      sourcemap: 'linked',
      plugins,
      define: { 'import.meta.url': '__gwdraftModuleUrl' },
      // `await import('node:crypto')` (a library loaded only when used) becomes a lazy require: the bundle
      // runs as a vm.Script, which has no loader for a real dynamic import.
      supported: { 'dynamic-import': false },
      // The build's id first: the loader names the code cache after it (a V8 cache checks little more
      // than the source's length, so a cache must never meet another build's code).
      banner: {
        js: `/* gwdraft-build ${builtAt} */ var __gwdraftModuleUrl = require('node:url').pathToFileURL(__filename).href;`,
      },
      logLevel: 'warning',
      legalComments: 'none',
    });
  const result = await cliBuild({ main: 'cli/main.ts' }, [zodEnglishOnly, docxPatches, prevalidated.plugin]);
  const checkResult = await cliBuild({ check: 'cli/check-main.ts' }, [
    zodEnglishOnly,
    zodOnDemand,
    await fsPromisesOnDemand(),
    prevalidated.plugin,
  ]);
  // The export bundle finds the parts deflated by its build (warmUpCache) beside it.
  const knownPartsFile = {
    name: 'known-parts-file',
    setup(b) {
      b.onLoad({ filter: /[\\/]cli[\\/]known-parts-file\.ts$/ }, () => ({
        contents: `export const KNOWN_PARTS_FILE = require('node:path').join(__dirname, 'export.cjs.${builtAt}.parts');`,
        loader: 'js',
      }));
    },
  };
  const exportResult = await cliBuild({ export: 'cli/export-main.ts' }, [
    knownPartsFile,
    fflateNoWorker,
    zodEnglishOnly,
    zodOnDemand,
    await fsPromisesOnDemand(),
    docxPatches,
    prevalidated.plugin,
  ]);
  // `gwdraft serve` runs imports (DOCX, text, notices) in a worker thread; electron/service/import-jobs.ts
  // looks for import-worker.cjs next to the running bundle (without it the imports run in-process,
  // unbounded in time).
  const worker = await build({
    absWorkingDir: root,
    entryPoints: ['electron/service/import-worker.ts'],
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    outfile: join(tmp, 'import-worker.cjs'),
    metafile: true,
    minify: true,
    plugins: [zodEnglishOnly, prevalidated.plugin],
    define: { 'import.meta.url': '__gwdraftModuleUrl' },
    banner: { js: "var __gwdraftModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    logLevel: 'warning',
    legalComments: 'none',
  });
  const sources = (paths) =>
    paths
      .filter((p) => !p.includes('node_modules/'))
      .concat('package.json', 'package-lock.json')
      .filter((p, i, all) => existsSync(join(root, p)) && all.indexOf(p) === i)
      .sort();
  const inputs = sources([
    ...Object.keys(result.metafile.inputs),
    ...Object.keys(checkResult.metafile.inputs),
    ...Object.keys(exportResult.metafile.inputs),
    ...Object.keys(worker.metafile.inputs),
    ...prevalidated.inputs,
  ]);
  // The sources of check.cjs alone (~2/3 of them): `gwdraft check` stats only these (one `stat` each at
  // every start); the bundle it runs is up to date when they are, whatever the others do.
  const checkInputs = sources([...Object.keys(checkResult.metafile.inputs), ...prevalidated.inputs]);
  const exportInputs = sources([...Object.keys(exportResult.metafile.inputs), ...prevalidated.inputs]);
  asciiOnly(join(tmp, 'main.cjs'));
  asciiOnly(join(tmp, 'check.cjs'));
  asciiOnly(join(tmp, 'export.cjs'));
  try {
    await warmUpCache(join(tmp, 'main.cjs'), join(tmp, 'check.cjs'), join(tmp, 'export.cjs'));
  } catch (err) {
    // the bundle works without its cache (the bin then writes one after its first run)
    console.warn(`gwdraft: no code cache for the CLI bundle (${err instanceof Error ? err.message : err})`);
  }
  writeFileSync(
    join(tmp, 'manifest.json'),
    JSON.stringify({ builtAt, inputs, bundles: { check: checkInputs, export: exportInputs } }, null, 1) +
      '\n',
  );
  mkdirSync(outDir, { recursive: true });
  const last = [
    'import-worker.cjs',
    'main.cjs.map',
    'main.cjs',
    'check.cjs.map',
    'check.cjs',
    `check.cjs.${builtAt}.cache`,
    'export.cjs.map',
    'export.cjs',
    `export.cjs.${builtAt}.parts`,
    `export.cjs.${builtAt}.tables`,
    `export.cjs.${builtAt}.cache`,
    `main.cjs.${builtAt}.cache`,
    ...OWN_CACHE.map((c) => `main.cjs.${builtAt}.${c}.cache`),
    'manifest.json',
  ];
  for (const f of last) if (existsSync(join(tmp, f))) renameSync(join(tmp, f), join(outDir, f));
  rmSync(tmp, { recursive: true, force: true });
  // what earlier builds left: their code caches (and the ESM chunks of the first bundle layout)
  for (const f of readdirSync(outDir)) if (!last.includes(f)) rmSync(join(outDir, f), { force: true });
  console.log(`dist/cli/main.cjs (${inputs.length} sources)`);
} catch (err) {
  rmSync(tmp, { recursive: true, force: true });
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  console.warn(`gwdraft: CLI bundle not built (${message}); \`gwdraft\` will run the sources through tsx.`);
}

/**
 * Runs the main commands once from the new bundle, in this process with their output swallowed, then
 * writes the V8 code cache of everything compiled: the commands' code is then in the cache, not only the
 * start-up. Then each command of OWN_CACHE once more, alone in a fresh process, for a cache of its own:
 * what that command compiles and nothing else (`templates` 0.4 MB against 1.3 MB), which V8 deserialises
 * in less time at every start; and the same for the check bundle (`checkFile`, 0.6 MB). Best effort: without a cache the bin still runs (and
 * writes one itself). A warm-up command that fails makes this throw: a cache of an error path is no cache.
 */
/**
 * esbuild escapes non-ASCII characters in strings but leaves them in regular expression literals (the
 * 公文 punctuation classes). One such character makes V8 hold the whole 0.9 MB source as a two-byte
 * string, which every lazily compiled function is then scanned from: measured, `check` and `templates`
 * start 3–4 ms faster from an all-ASCII bundle. `\uXXXX` means the same in a string, a template and a
 * regular expression (with or without the u flag, surrogate pairs included); the bundle has no
 * `String.raw`. Columns in the source map shift on the few lines concerned.
 */
function asciiOnly(file) {
  const source = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    source.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
  );
}

async function warmUpCache(file, checkFile, exportFile) {
  const { loadBundle, commandCacheFile } = await import('../cli/bin/load-bundle.cjs');
  const dir = mkdtempSync(join(tmpdir(), 'gwdraft-cli-cache-'));
  const write = process.stdout.write;
  const writeErr = process.stderr.write;
  const draft = join(dir, 'r.gwdraft');
  const md = join(dir, 'r.md');
  const check = ['check', draft, md, '--today', '2026-01-01'];
  try {
    const bundle = loadBundle(file, { cache: false });
    process.stdout.write = process.stderr.write = () => true;
    const run = async (argv) => {
      const code = await bundle.main(argv);
      // check exits 1 when a mandated item fails, which the little report of the warm-up does
      if (code !== 0 && !(argv[0] === 'check' && code === 1))
        throw new Error(`warm-up \`gwdraft ${argv[0]}\` exited with ${code}`);
    };
    writeFileSync(md, '# 某局2025年法治政府建设年度报告\n\n一、主要举措\n\n（一）学法。全年学法12次。\n');
    await run(['templates']);
    await run(['new', '--template', 'zhanjiang-department', '--org', '某局', '--year', '2025', '-o', draft]);
    await run(['info', draft]);
    await run(check);
    await run(['export', draft, '-o', join(dir, 'r.docx')]);
    await run(['export', md, '-o', join(dir, 'm.docx')]);
    bundle.saveCache();
    process.stdout.write = write;
    process.stderr.write = writeErr;
    const alone = [
      ...OWN_CACHE.map((c) => ({ bundle: file, argv: [c], cache: commandCacheFile(file, builtAt, c) })),
      { bundle: checkFile, argv: check, cache: `${checkFile}.${builtAt}.cache` },
      // The export bundle's cache: an export of a draft, then of a text file (the importer). Meanwhile
      // the parts it deflates at level 2 or more (all but the body) are kept with their input in
      // export.cjs.<build>.parts (the layout of electron/service/known-parts.ts), which the bundle then
      // serves for the same input bytes; the default options, and the other font profile.
      {
        bundle: exportFile,
        argv: ['export', draft, '-o', join(dir, 'e.docx')],
        then: [
          ['export', md, '-o', join(dir, 'e.docx'), '--force'],
          ['export', draft, '-o', join(dir, 'e.docx'), '--force', '--fonts', 'win10'],
        ],
        cache: `${exportFile}.${builtAt}.cache`,
        parts: `${exportFile}.${builtAt}.parts`,
      },
    ];
    for (const { bundle: from, argv, then = [], cache, parts } of alone) {
      const code = [
        `import { loadBundle } from ${JSON.stringify(new URL('../cli/bin/load-bundle.cjs', import.meta.url).href)};`,
        `const bundle = loadBundle(${JSON.stringify(from)}, { cache: false });`,
        'process.stdout.write = process.stderr.write = () => true;',
        ...(parts ? ['globalThis.__gwdraftRecordParts = [];'] : []),
        `if ((await bundle.main(${JSON.stringify(argv)})) > 1) process.exit(9);`,
        ...then.map((next) => `if ((await bundle.main(${JSON.stringify(next)})) > 1) process.exit(9);`),
        `bundle.saveCache(${JSON.stringify(cache)});`,
        ...(parts
          ? [
              "const { writeFileSync } = await import('node:fs');",
              'const seen = new Set(); const chunks = [];',
              'for (const p of globalThis.__gwdraftRecordParts) {',
              '  const key = p.level + ":" + Buffer.from(p.input).toString("latin1");',
              '  if (p.level < 2 || seen.has(key)) continue;',
              '  seen.add(key);',
              '  const head = Buffer.alloc(9); head[0] = p.level;',
              '  head.writeUInt32LE(p.input.length, 1); head.writeUInt32LE(p.output.length, 5);',
              '  chunks.push(head, p.input, p.output);',
              '}',
              `writeFileSync(${JSON.stringify(parts)}, Buffer.concat(chunks));`,
            ]
          : []),
      ].join('\n');
      const r = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
        cwd: root,
        stdio: 'ignore',
      });
      if (r.status !== 0)
        console.warn(`gwdraft: no code cache of its own for \`gwdraft ${argv[0]}\` (exit ${r.status})`);
    }
  } finally {
    process.stdout.write = write;
    process.stderr.write = writeErr;
    rmSync(dir, { recursive: true, force: true });
  }
}
