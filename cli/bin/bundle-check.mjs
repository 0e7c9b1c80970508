// Whether the prebuilt CLI bundle (dist/cli, made by scripts/build-cli.mjs) may run: it was built, and
// none of the sources it was built from (dist/cli/manifest.json) is missing or newer than the build.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Why the bundle under `root` (a file: URL ending in /) cannot be used, or null when it is up to date. */
export function bundleProblem(root) {
  // One path, then plain strings: a URL per source (parsed, then turned back into a path) cost a third
  // of this check's ~3 ms at every start.
  const base = fileURLToPath(root);
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(base + 'dist/cli/manifest.json', 'utf8'));
  } catch {
    return 'dist/cli is not built';
  }
  if (!Array.isArray(manifest.inputs) || typeof manifest.builtAt !== 'number')
    return 'dist/cli/manifest.json is not readable';
  for (const file of manifest.inputs) {
    const st = statSync(base + file, { throwIfNoEntry: false });
    if (!st) return `${file} is gone`;
    if (st.mtimeMs > manifest.builtAt) return `${file} changed`;
  }
  return null;
}
