// The shipped template data validated at build time, for the CLI bundle (scripts/build-cli.mjs).
//
// templates/validated-data.ts validates templates/*.json with their zod schemas when first asked for. The
// build runs that module once (bundled on its own by esbuild, in this process) and returns a replacement
// for it whose functions return what the zod parse returned, as JSON: the same values, keys in the same
// order (zod's output, not the file's). The bundle then neither builds those schemas nor runs them at
// start-up. If the parse throws (a shipped file is invalid), so does this, and the build keeps the module
// as it is: the bundle then fails at run time with the same error as the sources.
// templates/prevalidated.test.ts checks that the replacement returns exactly what a run-time parse does.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const VALIDATED_DATA_MODULE = 'templates/validated-data.ts';

/**
 * `{ source, inputs }`: the JavaScript (ESM) source that replaces templates/validated-data.ts in the
 * bundle, and the project files it was made from (for the bundle's staleness check).
 */
export async function prevalidatedData(root = fileURLToPath(new URL('..', import.meta.url))) {
  const { build } = await import('esbuild');
  const out = await build({
    absWorkingDir: root,
    entryPoints: [VALIDATED_DATA_MODULE],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const dir = mkdtempSync(join(tmpdir(), 'gwdraft-prevalidated-'));
  try {
    const file = join(dir, 'validated-data.mjs');
    writeFileSync(file, out.outputFiles[0].text);
    const data = await import(pathToFileURL(file).href);
    const exported = Object.keys(data).sort();
    const lines = [
      '// Made by scripts/prevalidated-data.mjs from templates/validated-data.ts: validated at build time.',
    ];
    for (const name of exported) {
      if (typeof data[name] !== 'function')
        throw new Error(`${VALIDATED_DATA_MODULE}: ${name} is not a function`);
      // JSON.parse of a string literal: V8 reads it faster than the same object literal.
      const json = JSON.stringify(data[name]());
      lines.push(`export function ${name}() {`, `  return JSON.parse(${JSON.stringify(json)});`, '}');
    }
    const inputs = Object.keys(out.metafile.inputs).filter((p) => !p.includes('node_modules/'));
    return { source: lines.join('\n') + '\n', inputs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
