// Whether the prebuilt CLI bundle (dist/cli, made by scripts/build-cli.mjs) may run: it was built, and
// none of the sources it was built from (dist/cli/manifest.json) is missing or newer than the build.
import { readFileSync, statSync } from 'node:fs';

/** Why the bundle under `root` (a file: URL ending in /) cannot be used, or null when it is up to date. */
export function bundleProblem(root) {
  let manifest;
  try {
    manifest = JSON.parse(readFileSync(new URL('dist/cli/manifest.json', root), 'utf8'));
  } catch {
    return 'dist/cli is not built';
  }
  if (!Array.isArray(manifest.inputs) || typeof manifest.builtAt !== 'number')
    return 'dist/cli/manifest.json is not readable';
  for (const file of manifest.inputs) {
    const st = statSync(new URL(file, root), { throwIfNoEntry: false });
    if (!st) return `${file} is gone`;
    if (st.mtimeMs > manifest.builtAt) return `${file} changed`;
  }
  return null;
}
