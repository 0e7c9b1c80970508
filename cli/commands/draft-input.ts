/**
 * Reading a .gwdraft given on the command line, and telling the kinds of input apart, without loading
 * the DOCX or text importers (cli/commands/docx-input.ts, input-file.ts): `gwdraft check r.gwdraft`
 * starts without fflate, fast-xml-parser and the user-template store. Errors become one bilingual line
 * (UserError, exit 2).
 */
import { extname } from 'node:path';
import { UserError } from '../command';
import { DraftError } from '../../core/draft/errors';
import type { Report } from '../../core/model/report';
import type { Template } from '../../core/templates/schema';
import { findTemplate, shippedTemplates } from '../../templates/index';
import { loadDraftFile, loadDraftFileSync } from '../../electron/service/draft-file';

/** A read or import error as a UserError; anything else unexpected is rethrown as one too. */
export function inputError(e: unknown, file: string): never {
  if (e instanceof UserError) throw e;
  if (e instanceof DraftError) throw new UserError(e.message);
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') throw new UserError(`文件不存在：${file} / no such file: ${file}`);
  throw new UserError(
    `无法读取 ${file} / cannot read ${file}: ${e instanceof Error ? e.message : String(e)}`,
  );
}

export function isDocx(path: string): boolean {
  return extname(path).toLowerCase() === '.docx';
}

/** A draft, or the backup a save keeps of it (NAME.gwdraft.bak), which has the same format. */
export function isDraftPath(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith('.gwdraft') || lower.endsWith('.gwdraft.bak');
}

const TEXT_EXTENSIONS = ['.txt', '.md', '.markdown', '.text'];

export function isTextInput(path: string): boolean {
  return TEXT_EXTENSIONS.includes(extname(path).toLowerCase());
}

/** `readOnly`: the report is never saved back (see ParseDraftOptions.readOnly, core/draft/parse.ts). */
export async function loadDraft(path: string, { readOnly = false } = {}): Promise<Report> {
  if (!isDraftPath(path))
    throw new UserError(
      `需要 .gwdraft 草稿文件（或其备份 .gwdraft.bak）：${path} / a .gwdraft file (or its .gwdraft.bak backup) is needed: ${path}`,
    );
  try {
    return (await loadDraftFile(path, { readOnly })).report;
  } catch (e) {
    inputError(e, path);
  }
}

/** loadDraft with synchronous reads, for `gwdraft check` and `export` (see readRegularFileSync): same result and errors. */
export function loadDraftSync(path: string, { readOnly = false } = {}): Report {
  if (!isDraftPath(path))
    throw new UserError(
      `需要 .gwdraft 草稿文件（或其备份 .gwdraft.bak）：${path} / a .gwdraft file (or its .gwdraft.bak backup) is needed: ${path}`,
    );
  try {
    return loadDraftFileSync(path, { readOnly }).report;
  } catch (e) {
    inputError(e, path);
  }
}

export function templateById(id: string): Template {
  const t = findTemplate(id);
  if (!t) {
    const ids = shippedTemplates()
      .map((x) => x.id)
      .join(', ');
    throw new UserError(`没有模板 ${id}（可用：${ids}） / unknown template ${id} (available: ${ids})`);
  }
  return t;
}
