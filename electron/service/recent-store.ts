/** The recent-files list: newest first, at most MAX entries, one entry per path. */
import { join } from 'node:path';
import { z } from 'zod';
import { readJsonOr, writeJson } from './json-store';

const MAX = 12;

const RecentSchema = z.array(z.object({ path: z.string().min(1), title: z.string(), openedAt: z.string() }));
export type RecentEntry = z.infer<typeof RecentSchema>[number];

export class RecentStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'recent.json');
  }

  async list(): Promise<RecentEntry[]> {
    return readJsonOr(this.file, RecentSchema, []);
  }

  async add(path: string, title: string, now = new Date()): Promise<void> {
    const rest = (await this.list()).filter((e) => e.path !== path);
    await writeJson(this.file, [{ path, title, openedAt: now.toISOString() }, ...rest].slice(0, MAX));
  }
}
