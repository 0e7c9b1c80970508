/**
 * The export's font profiles and default options as plain data, without zod: `gwdraft export` reads
 * them at every start, and its bundle initialises zod only when a draft needs it (scripts/build-cli.mjs).
 * core/api/contract.ts builds its schemas from these and re-exports them.
 */
import type { ExportOptions, FontProfile } from './contract';

export const FONT_PROFILES = ['gb2312', 'win10'] as const;

/** What FontProfileSchema accepts, without building it. */
export function isFontProfile(value: unknown): value is FontProfile {
  return value === 'gb2312' || value === 'win10';
}

export const DEFAULT_EXPORT_OPTIONS: ExportOptions = {
  fonts: 'gb2312',
  header: false,
  footerBlock: false,
  comments: false,
  seal: false,
  boldLevel3: false,
};
