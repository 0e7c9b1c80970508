/**
 * Where one-click export writes: beside the draft (or, for a draft never saved, in the loopback
 * workspace), named after the title and the year; the review copy (with comments) has its own name, so
 * it can never land on the clean archive copy. Pure, so it is tested without a host.
 */
import type { ExportOptions } from '../../core/api/contract';

/** The clean document (archive, publication) or the review copy with the comment threads. */
export type ExportKind = 'clean' | 'review';

export const REVIEW_SUFFIX = '（审阅稿）';

/**
 * The options an export of KIND uses: the clerk's remembered layout options, with comments decided by
 * the command alone — never remembered, so a one-click export after a review copy is always clean.
 */
export function optionsFor(kind: ExportKind, saved: ExportOptions): ExportOptions {
  return { ...saved, comments: kind === 'review' };
}

/** Characters Windows and Linux refuse in file names, and control characters. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const BAD = /[\\/:*?"<>|\u0000-\u001f]/g;

export function exportFileName(title: string, year: number, kind: ExportKind = 'clean'): string {
  let base = title.replace(BAD, '').replace(/\s+/g, ' ').trim();
  if (base === '') base = '法治政府建设年度报告';
  if (!base.includes(String(year))) base = `${base}（${year}年）`;
  // Long titles: keep the name within common file-system limits (255 bytes in UTF-8 ≈ 80 CJK chars).
  if (base.length > 80) base = base.slice(0, 80);
  return kind === 'review' ? `${base}${REVIEW_SUFFIX}.docx` : `${base}.docx`;
}

export function dirOf(path: string): string {
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return i < 0 ? '' : path.slice(0, i);
}

export function joinPath(dir: string, name: string): string {
  if (dir === '') return name;
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

/**
 * The export path, or null when the host must ask (Electron, a draft never saved). `workspace` is the
 * loopback host's folder (null under Electron).
 */
export function exportTarget(
  draftPath: string | null,
  workspace: string | null,
  title: string,
  year: number,
  kind: ExportKind = 'clean',
): string | null {
  const name = exportFileName(title, year, kind);
  if (draftPath !== null) return joinPath(dirOf(draftPath), name);
  if (workspace !== null) return joinPath(workspace, name);
  return null;
}
