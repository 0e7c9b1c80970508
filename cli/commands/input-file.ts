/**
 * Reading a report written elsewhere as a .txt or .md, for `check`, `export` and `import`: decoded as
 * the editor decodes it (UTF-8, UTF-16 with BOM, or GBK — then said in the warnings; binary files get a
 * clear refusal) and imported onto the template named, or the shipped one whose headings fit best. Errors are one bilingual line.
 */
import { basename } from 'node:path';
import { UserError } from '../command';
import { isTextInput } from './draft-input';
import { readInputSync } from './read-input';
import {
  importTextBytes,
  ImportError,
  MAX_TEXT_BYTES,
  TextDecodeError,
  type ImportTextResult,
} from '../../core/import/text/index';
import { shippedTemplates } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';
import type { Template } from '../../core/templates/schema';
import { defaultDataDir } from '../../electron/service/app-paths';
import { UserTemplateStore } from '../../electron/service/user-templates';

/** The user's templates (gwdraft template import), chosen from beside the shipped ones. */
export function userTemplates(): Promise<Template[]> {
  return new UserTemplateStore(defaultDataDir()).list();
}

// Kept here too for the commands that import it from this module.
export { isTextInput };

/** userTemplates with synchronous reads, for a text import (no node:fs/promises loaded): the same list. */
function userTemplatesSync(): Template[] {
  return new UserTemplateStore(defaultDataDir()).listSync();
}

// synchronous: the one-shot commands have nothing else to do meanwhile (see readRegularFileSync)
function readTextBytes(path: string): Uint8Array {
  try {
    return readInputSync(path, MAX_TEXT_BYTES);
  } catch (e) {
    if (e instanceof TextDecodeError) throw new UserError(e.message);
    throw e;
  }
}

/** A .txt/.md report on a template; last year is assumed when the text names no year. */
export async function importTextFile(path: string, templateId?: string): Promise<ImportTextResult> {
  const bytes = readTextBytes(path);
  try {
    return importTextBytes(bytes, basename(path), {
      templates: [...shippedTemplates(), ...userTemplatesSync()],
      ...(templateId ? { templateId } : {}),
      fallbackYear: new Date().getFullYear() - 1,
      vocabulary: outlineVocabulary(),
    });
  } catch (e) {
    if (e instanceof TextDecodeError) throw new UserError(e.message);
    if (e instanceof ImportError) throw new UserError(`${basename(path)}: ${e.message}`);
    throw e;
  }
}
