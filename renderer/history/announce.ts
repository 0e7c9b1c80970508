/**
 * Opening a file that has unsaved work autosaved after its last save says so at that moment, with
 * the way to look at it (历史版本) — instead of leaving it to the start screen after the next save.
 */
import type { ApiOutput, GwdraftApi } from '../../core/api/contract';
import { formatTime } from './format';

export type Version = ApiOutput<'history.list'>['versions'][number];

/** The message for the newest autosave newer than the file, or null when there is none. */
export function autosaveNotice(h: ApiOutput<'history.list'>): { text: string; version: Version } | null {
  const newer = h.versions.find((v) => v.source === 'autosave' && v.newer);
  if (!newer) return null;
  const file = h.mtimeMs === null ? '' : `（文件保存于 ${formatTime(h.mtimeMs)}）`;
  return {
    text: `此文件有 ${formatTime(Date.parse(newer.savedAt))} 自动保存的未保存内容，比文件新${file}。可打开该版本比较。`,
    version: newer,
  };
}

export async function checkAutosaveOnOpen(
  api: GwdraftApi,
  path: string,
): Promise<{ text: string; version: Version } | null> {
  try {
    return autosaveNotice(await api['history.list']({ path }));
  } catch {
    return null; // the file just opened: a failing history read is not worth an error here
  }
}
