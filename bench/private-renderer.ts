/**
 * A private build of the current renderer sources for a browser bench: dist/renderer may be stale, or
 * rebuilt by someone else mid-run. Returns the folder; the caller removes it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export function buildPrivateRenderer(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  const built = spawnSync(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'build',
      '--config',
      'renderer/vite.config.ts',
      '--outDir',
      dir,
      '--emptyOutDir',
      '--logLevel',
      'warn',
    ],
    { cwd: ROOT, stdio: 'inherit' },
  );
  if (built.status !== 0) throw new Error('renderer build failed');
  return dir;
}
