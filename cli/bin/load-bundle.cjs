// Loads the CLI bundle dist/cli/main.cjs with a V8 code cache beside it (main.cjs.<build>.cache): the compiled
// bytecode of the bundle's functions, so a run skips parsing and compiling most of its ~800 KB of code.
// Node 20 has no module compile cache for this (module.enableCompileCache is Node ≥ 22.1); a vm.Script
// with `cachedData` is V8's own cache and works on every Node version. The cache is made by
// scripts/build-cli.mjs after a warm-up run of the main commands; if V8 refuses it (another Node
// version), the run compiles as usual and writes a new one.
// CommonJS, as the bin that requires it (cli/bin/gwdraft.cjs).
'use strict';
const { readFileSync, renameSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname } = require('node:path');
const vm = require('node:vm');

/**
 * `{ main, saveCache }` of the bundle at `file` (a path). With `command` (the sub-command about to run),
 * the cache the build made for that command alone is used when there is one (main.cjs.<build>.<command>.cache:
 * only what that command compiles, so V8 has less to read and deserialise than the general cache of
 * every command); otherwise the general one. `cache: false` loads without any (the build uses it to make
 * a command's own cache).
 */
function loadBundle(file, { command, cache = true } = {}) {
  const source = readFileSync(file, 'utf8');
  // Named after the build (the id the build writes first in the file): V8 checks a cache against little
  // more than the source's length, so a cache must only ever be read with the code it was made from.
  const build = /^\/\* gwdraft-build (\d+) \*\//.exec(source)?.[1] ?? 'unknown';
  let cacheFile = `${file}.${build}.cache`;
  const candidates =
    typeof command === 'string' && /^[a-z][a-z-]*$/.test(command)
      ? [commandCacheFile(file, build, command), cacheFile]
      : [cacheFile];
  let cachedData;
  for (const candidate of cache ? candidates : []) {
    try {
      cachedData = readFileSync(candidate);
      cacheFile = candidate;
      break;
    } catch {
      cachedData = undefined;
    }
  }
  // Strict, as the ES modules it was bundled from (the build's banner line would otherwise come before
  // esbuild's "use strict").
  const script = new vm.Script(
    `(function (exports, require, module, __filename, __dirname) {"use strict";${source}\n})`,
    {
      filename: file,
      ...(cachedData ? { cachedData } : {}),
    },
  );
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
  return {
    main: module.exports.main,
    /** Whether the cache was missing or refused. */
    cacheMissed: !cachedData || script.cachedDataRejected === true,
    /**
     * Writes the cache of what has been compiled so far, over the one read (or the general one), or to
     * `target` (best effort: the folder may be read-only).
     */
    saveCache(target = cacheFile) {
      try {
        const tmp = `${target}.${process.pid}.tmp`;
        writeFileSync(tmp, script.createCachedData());
        renameSync(tmp, target);
      } catch {
        // a cache is only an optimisation
      }
    },
  };
}

/** Where the build puts the code cache of one command's run (scripts/build-cli.mjs). */
function commandCacheFile(file, build, command) {
  return `${file}.${build}.${command}.cache`;
}

module.exports = { loadBundle, commandCacheFile };
