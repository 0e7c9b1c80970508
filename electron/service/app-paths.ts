/**
 * Default folders for hosts without Electron's app.getPath: the app data folder (settings, recent files,
 * recovery) and the loopback workspace. GWDRAFT_DATA_DIR overrides the data folder (tests, portable use).
 */
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.GWDRAFT_DATA_DIR) return env.GWDRAFT_DATA_DIR;
  if (process.platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'gwdraft');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'gwdraft');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'gwdraft');
}

/** ~/Documents/gwdraft, or ~/文档/gwdraft on a Chinese-localised Linux desktop that has only that. */
export function defaultWorkspace(): string {
  const home = homedir();
  const zh = join(home, '文档');
  const docs = join(home, 'Documents');
  return join(!existsSync(docs) && existsSync(zh) ? zh : docs, 'gwdraft');
}

export async function ensureDir(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
}
