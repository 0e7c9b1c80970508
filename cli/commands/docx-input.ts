/**
 * Reading a .docx or a .gwdraft given on the command line, for `comments`, `merge-comments`, and the
 * .docx branch of `import` and `check`. Errors become one bilingual line (UserError, exit 2).
 */
import { basename, extname } from 'node:path';
import { UserError } from '../command';
import { readInput } from './read-input';
import {
  DocxImportError,
  DEFAULT_ZIP_LIMITS,
  importDocx,
  readDocxReview,
  type Imported,
} from '../../core/docx/import/index';
import { startFromLastYear } from '../../core/import/carry-forward';
import { threadsOfCopy } from '../../core/comments/index';
import { suggestionsOfCopy } from '../../core/suggestions/merge';
import type { Report, Suggestion, Thread } from '../../core/model/report';
import { shippedTemplates } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';
import { userTemplates } from './input-file';
import { saveDraftFile } from '../../electron/service/draft-file';
import { inputError, isDocx, isDraftPath, loadDraft, templateById } from './draft-input';

function userError(e: unknown, file: string): never {
  if (e instanceof DocxImportError) throw new UserError(`${basename(file)}: ${e.message}`);
  inputError(e, file);
}

// Kept here too for the commands that import them from this module.
export { isDocx, isDraftPath, loadDraft, templateById };

export async function saveDraft(path: string, report: Report): Promise<void> {
  if (extname(path).toLowerCase() !== '.gwdraft')
    throw new UserError(`输出文件须为 .gwdraft：${path} / the output must be a .gwdraft file: ${path}`);
  try {
    await saveDraftFile(path, report);
  } catch (e) {
    userError(e, path);
  }
}

/** The bytes of a .docx: a regular file only, refused before reading when larger than the import cap. */
export async function readDocxBytes(path: string): Promise<Uint8Array> {
  return readInput(path, DEFAULT_ZIP_LIMITS.maxFileBytes);
}

/** Comment threads and suggestions (修订) of a reviewer's copy: a .docx from Word/WPS, or another .gwdraft. */
export async function readReviewedThreads(
  path: string,
): Promise<{ threads: Thread[]; suggestions: Suggestion[]; fromDocx: boolean }> {
  if (isDocx(path)) {
    const bytes = await readDocxBytes(path);
    try {
      return { ...readDocxReview(bytes), fromDocx: true };
    } catch (e) {
      userError(e, path);
    }
  }
  const copy = await loadDraft(path);
  return { threads: threadsOfCopy(copy), suggestions: suggestionsOfCopy(copy), fromDocx: false };
}

export interface DocxImportOptions {
  templateId?: string;
  /** Start this year's report from the imported one (year + 1, carried over, baseline). */
  nextYear?: boolean;
  /** Year assumed when the document names none. */
  fallbackYear?: number;
}

/**
 * Import a .docx onto a template. Without --template, the shipped template whose outline best fits the
 * document's 一、 headings is chosen (the text importer's matching).
 */
export async function importDocxFile(path: string, opts: DocxImportOptions = {}): Promise<Imported> {
  const bytes = await readDocxBytes(path);
  const fallbackYear = opts.fallbackYear ?? new Date().getFullYear() - 1;
  let imported: Imported;
  try {
    imported = opts.templateId
      ? importDocx(bytes, { template: templateById(opts.templateId), fallbackYear })
      : importDocx(bytes, {
          templates: [...shippedTemplates(), ...(await userTemplates())],
          fallbackYear,
          vocabulary: outlineVocabulary(),
        });
  } catch (e) {
    userError(e, path);
  }
  const { report, notes } = imported;
  return opts.nextYear ? rollOver(report, notes) : { report, notes };
}

/** Last year's report as the start of this year's (`--next-year`), with the note that says so. */
export function rollOver(last: Report, notes: string[]): { report: Report; notes: string[] } {
  const next = startFromLastYear(last);
  return {
    report: next,
    notes: [
      ...notes,
      `已以 ${last.meta.year} 年报告为基础开始 ${next.meta.year} 年报告：正文标记为沿用，检查时比对去年原文；去年的批注不带入。`,
    ],
  };
}
