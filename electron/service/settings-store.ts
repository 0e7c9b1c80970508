/** User settings (reviewer name and unit, font profile, export options) as validated JSON. */
import { join } from 'node:path';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../../core/api/contract';
import { readJsonOr, writeJson } from './json-store';

export class SettingsStore {
  private readonly file: string;

  constructor(dataDir: string) {
    this.file = join(dataDir, 'settings.json');
  }

  async get(): Promise<Settings> {
    return readJsonOr(this.file, SettingsSchema, DEFAULT_SETTINGS);
  }

  /** Merge a validated partial, re-validate the whole, then write. */
  async set(patch: Partial<Settings>): Promise<Settings> {
    const next = SettingsSchema.parse({ ...(await this.get()), ...patch });
    await writeJson(this.file, next);
    return next;
  }
}
