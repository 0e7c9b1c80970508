// Where an Electron binary can be found without a download, or null. Shared by npm start and the e2e runner.
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function exeName() {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

/** The folder of an installed `electron` package's dist (filled by a first require when online or cached). */
function packageDist() {
  try {
    return join(require.resolve('electron/package.json').replace(/package\.json$/, ''), 'dist');
  } catch {
    return null;
  }
}

export function electronVersion() {
  try {
    return require('electron/package.json').version;
  } catch {
    return null;
  }
}

/** Electron's download cache, as @electron/get lays it out (ELECTRON_CACHE overrides). */
export function cachedZip() {
  const version = electronVersion();
  if (!version) return null;
  const name = `electron-v${version}-${process.platform}-${process.arch}.zip`;
  const roots = [
    process.env.ELECTRON_CACHE,
    process.platform === 'win32' && process.env.LOCALAPPDATA
      ? join(process.env.LOCALAPPDATA, 'electron', 'Cache')
      : null,
    process.platform === 'darwin'
      ? join(homedir(), 'Library', 'Caches', 'electron')
      : join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'electron'),
  ].filter(Boolean);
  for (const root of roots) {
    if (existsSync(join(root, name))) return join(root, name);
    // @electron/get puts each download in a hashed sub-folder.
    try {
      for (const sub of readdirSync(root))
        if (existsSync(join(root, sub, name))) return join(root, sub, name);
    } catch {
      // no such cache folder
    }
  }
  return null;
}

export function findElectronBinary() {
  if (process.env.GWDRAFT_ELECTRON && existsSync(process.env.GWDRAFT_ELECTRON))
    return process.env.GWDRAFT_ELECTRON;
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, exeName());
    if (existsSync(p)) return p;
  }
  const dist = packageDist();
  if (dist && existsSync(join(dist, exeName()))) return join(dist, exeName());
  return null;
}
