#!/usr/bin/env node
// The `gwdraft` command. Runs the prebuilt bundle dist/cli/main.cjs (made by `npm run build:cli`, which
// `npm install` / `npm ci` run through `prepare`) while it is up to date: none of the sources listed in
// dist/cli/manifest.json is newer than the build or missing. Otherwise it runs the TypeScript sources
// through tsx, as before, so an edited source is never ignored; on a terminal it says so on stderr.
// The bundle is loaded with its V8 code cache (load-bundle.cjs); `gwdraft check` runs a bundle of its own,
// dist/cli/check.cjs (cli/check-main.ts), which holds only that command's modules.
// CommonJS on purpose: Node starts a CommonJS entry ~5 ms faster than an ES module one, whose loader it
// would initialise first (the sources' fallback below loads it only when it is needed). gwdraft.mjs
// beside it runs this file, for callers that name that one.
// GWDRAFT_CLI=sources forces the sources. GWDRAFT_TIMING=1 prints where the time went on stderr.
'use strict';

// Node start-up: from the process's time origin to this line. Only when asked for: the first use of
// `performance` loads Node's perf_hooks modules (~1 ms).
const timing = Boolean(process.env.GWDRAFT_TIMING);
const started = timing ? performance.now() : 0;

// Node ≥ 22.1 keeps the compiled code of the modules on disk between runs (NODE_COMPILE_CACHE, or the
// default folder under the system temp dir). Node 20 has no such cache for ES modules.
require('node:module').enableCompileCache?.();

const { join } = require('node:path');
const { bundleProblem } = require('./bundle-check.cjs');

const root = join(__dirname, '..', '..');
const sourcesForced = process.env.GWDRAFT_CLI === 'sources';

// `gwdraft check` and `gwdraft export` have a bundle of their own (cli/check-main.ts, cli/export-main.ts:
// only their modules, a smaller code cache), up to date when its own sources are.
const own = process.argv[2] === 'check' || process.argv[2] === 'export' ? process.argv[2] : undefined;

async function run() {
  const problem = sourcesForced ? 'GWDRAFT_CLI=sources' : bundleProblem(root + '/', own);
  let main;
  let bundle = null;
  if (problem === null) {
    const { loadBundle } = require('./load-bundle.cjs');
    bundle = own
      ? loadBundle(join(root, `dist/cli/${own}.cjs`))
      : loadBundle(join(root, 'dist/cli/main.cjs'), { command: process.argv[2] });
    ({ main } = bundle);
  } else {
    if (!sourcesForced && process.stderr.isTTY)
      process.stderr.write(
        `gwdraft: 使用源代码运行（较慢），npm run build:cli 可重建 / running from the sources (slower): ${problem}; \`npm run build:cli\` rebuilds the bundle\n`,
      );
    const { register } = await import('tsx/esm/api');
    register();
    ({ main } = await import('../main.ts'));
  }
  const loaded = timing ? performance.now() : 0;
  process.exitCode = await main(process.argv.slice(2));
  // No cache yet, or V8 refused it (another Node version): keep what this run compiled for the next.
  if (bundle?.cacheMissed) bundle.saveCache();

  if (timing) {
    const done = performance.now();
    const spent = (name) => performance.getEntriesByName(name).reduce((sum, e) => sum + e.duration, 0);
    const [commandLoad, write] = [spent('gwdraft:command-load'), spent('gwdraft:write')];
    const ms = (n) => `${n.toFixed(1)} ms`;
    process.stderr.write(
      `gwdraft timing: node start ${ms(started)} · module load ${ms(loaded - started + commandLoad)} (${problem === null ? 'bundle' : 'sources'}) · work ${ms(done - loaded - commandLoad - write)} · write ${ms(write)} · total ${ms(done)}\n`,
    );
  }
}

// As the ES module bin did with its top-level await: an unexpected failure is thrown, not swallowed.
run().catch((err) => {
  process.exitCode = 1;
  throw err;
});
