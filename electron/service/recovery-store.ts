/**
 * Autosave and crash recovery. The renderer writes its unsaved work here a few seconds after typing
 * stops; the files live in the app data folder (never beside or over the user's file) and are written
 * atomically, so a kill mid-write leaves the previous autosave intact.
 */
import { mkdir, readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { ApiError } from '../../core/api/contract';
import { ReportSchema, type Report } from '../../core/model/report';
import { writeFileAtomic } from './atomic-write';

const RecoveryFileSchema = z.object({
  key: z.string(),
  path: z.string().nullable(),
  title: z.string(),
  savedAt: z.string(),
  report: ReportSchema,
});
export type RecoveryFile = z.infer<typeof RecoveryFileSchema>;

const KEY = /^[A-Za-z0-9_-]{1,80}$/;
const STALE_TMP_MS = 10 * 60 * 1000;

export class RecoveryStore {
  constructor(readonly dir: string) {}

  private fileOf(key: string): string {
    // The contract already restricts keys; checked again because a file name is built from it.
    if (!KEY.test(key)) throw new ApiError('invalid-input', '恢复记录的标识无效。');
    return join(this.dir, `${key}.json`);
  }

  async write(
    key: string,
    path: string | null,
    title: string,
    report: Report,
    now = new Date(),
  ): Promise<string> {
    await mkdir(this.dir, { recursive: true });
    const savedAt = now.toISOString();
    const body: RecoveryFile = { key, path, title, savedAt, report };
    await writeFileAtomic(this.fileOf(key), JSON.stringify(body));
    return savedAt;
  }

  private async readOne(key: string): Promise<RecoveryFile | null> {
    try {
      const parsed = RecoveryFileSchema.safeParse(JSON.parse(await readFile(this.fileOf(key), 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Newest first. Unreadable entries are skipped (and left on disk for inspection). */
  async list(): Promise<Omit<RecoveryFile, 'report'>[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch {
      return [];
    }
    const out: Omit<RecoveryFile, 'report'>[] = [];
    for (const name of names) {
      // Temp files of autosaves interrupted by a crash: never complete, safe to drop once stale.
      if (name.startsWith('.') && name.endsWith('.tmp')) {
        const st = await stat(join(this.dir, name)).catch(() => null);
        if (st && Date.now() - st.mtimeMs > STALE_TMP_MS) await rm(join(this.dir, name), { force: true });
        continue;
      }
      const key = name.endsWith('.json') ? name.slice(0, -5) : '';
      if (!KEY.test(key)) continue;
      const f = await this.readOne(key);
      if (f) out.push({ key: f.key, path: f.path, title: f.title, savedAt: f.savedAt });
    }
    return out.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  }

  async read(key: string): Promise<RecoveryFile> {
    const f = await this.readOne(key);
    if (!f) throw new ApiError('not-found', '找不到这份自动保存的内容，可能已被丢弃。');
    return f;
  }

  async discard(key: string): Promise<void> {
    await rm(this.fileOf(key), { force: true });
  }
}
