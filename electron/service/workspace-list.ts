/** The loopback host's stand-in for a file dialog: the documents inside the workspace folder. */
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { ApiOutput } from '../../core/api/contract';
import { kindOf } from './documents';
import { isOwnerFile } from './owner-files';

type Entry = ApiOutput<'file.list'>[number];

const MAX_DEPTH = 3;
const MAX_ENTRIES = 1000;

/** Newest first; hidden files, .bak, temp and ~$ owner files skipped; symlinks not followed. */
export async function listWorkspace(root: string): Promise<Entry[]> {
  const out: Entry[] = [];
  async function walk(dir: string, depth: number): Promise<void> {
    let names;
    try {
      names = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const d of names) {
      if (out.length >= MAX_ENTRIES || d.name.startsWith('.') || isOwnerFile(d.name)) continue;
      const full = join(dir, d.name);
      if (d.isDirectory()) {
        if (depth < MAX_DEPTH) await walk(full, depth + 1);
        continue;
      }
      if (!d.isFile()) continue;
      const kind = kindOf(d.name);
      if (kind === null) continue;
      const st = await stat(full).catch(() => null);
      if (!st) continue;
      out.push({ path: full, name: relative(root, full), kind, size: st.size, mtimeMs: st.mtimeMs });
    }
  }
  await walk(root, 0);
  return out.sort((a, b) => b.mtimeMs - a.mtimeMs);
}
