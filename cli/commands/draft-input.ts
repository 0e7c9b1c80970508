/**
 * Reading a .gwdraft given on the command line, without the DOCX importer: `export` of a draft loads only
 * this (the importer's modules, fast-xml-parser and fflate are not initialised). docx-input.ts re-exports
 * it for the commands that read both. Errors become one bilingual line (UserError, exit 2).
 */
import { UserError } from '../command';
import { DraftError } from '../../core/draft/index';
import type { Report } from '../../core/model/report';
import { loadDraftFile } from '../../electron/service/draft-file';

/** A reading error as one bilingual line (a DraftError's own message, a missing file, anything else). */
export function readError(e: unknown, file: string): never {
  if (e instanceof UserError) throw e;
  if (e instanceof DraftError) throw new UserError(e.message);
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') throw new UserError(`文件不存在：${file} / no such file: ${file}`);
  throw new UserError(
    `无法读取 ${file} / cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`,
  );
}

/** A draft, or the backup a save keeps of it (NAME.gwdraft.bak), which has the same format. */
export function isDraftPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.gwdraft') || lower.endsWith('.gwdraft.bak');
}

export async function loadDraft(path: string): Promise<Report> {
  if (!isDraftPath(path))
    throw new UserError(
      `需要 .gwdraft 草稿文件（或其备份 .gwdraft.bak）：${path} / a .gwdraft file (or its .gwdraft.bak backup) is needed: ${path}`,
    );
  try {
    return (await loadDraftFile(path)).report;
  } catch (e) {
    readError(e, path);
  }
}
