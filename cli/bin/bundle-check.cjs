// Whether the prebuilt CLI bundle (dist/cli, made by scripts/build-cli.mjs) may run: it was built, and
// none of the sources it was built from (dist/cli/manifest.json) is missing or newer than the build.
// CommonJS, as the bin that requires it (cli/bin/gwdraft.cjs): an ES module entry costs Node ~5 ms more
// to start (its ESM loader) than a CommonJS one.
'use strict';
const { readFileSync, statSync } = require('node:fs');
const { fileURLToPath } = require('node:url');

/**
 * Why the bundle under `root` (a folder path or file: URL, ending in /) cannot be used, or null when it is
 * up to date. With `bundle` (`'check'` or `'export'`: dist/cli/check.cjs or export.cjs, that command's own bundle), only the
 * sources of that bundle count, as the manifest lists them under `bundles`; otherwise every source of the
 * build (main.cjs and the import worker).
 */
function bundleProblem(root, bundle) {
  // One path, then plain strings: a URL per source (parsed, then turned back into a path) cost a third
  // of this check's ~3 ms at every start.
  const base = typeof root === 'string' ? root : fileURLToPath(root);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(base + 'dist/cli/manifest.json', 'utf8'));
  } catch {
    return 'dist/cli is not built';
  }
  if (!Array.isArray(manifest.inputs) || typeof manifest.builtAt !== 'number')
    return 'dist/cli/manifest.json is not readable';
  const inputs = bundle === undefined ? manifest.inputs : manifest.bundles?.[bundle];
  if (!Array.isArray(inputs)) return `dist/cli has no ${bundle} bundle`;
  const bundleFile = `dist/cli/${bundle ?? 'main'}.cjs`;
  if (!statSync(base + bundleFile, { throwIfNoEntry: false })) return `${bundleFile} is gone`;
  for (const file of inputs) {
    const st = statSync(base + file, { throwIfNoEntry: false });
    if (!st) return `${file} is gone`;
    if (st.mtimeMs > manifest.builtAt) return `${file} changed`;
  }
  return null;
}

module.exports = { bundleProblem };
