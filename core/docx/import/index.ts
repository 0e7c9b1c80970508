/**
 * DOCX import: last year's report (paragraphs, outline levels, Word comments) → a report on a template.
 * Comments are placed on the imported text by their quote, exactly as a reviewer's comments are merged.
 */
import type { Thread } from '../../model/report';
import type { Template } from '../../templates/schema';
import { mergeComments } from '../../comments/merge';
import { readDocx, type ReadDocxOptions } from './read';
import { paragraphsToReport, type Imported } from './to-report';

export { DocxImportError, type DocxImportErrorCode } from './errors';
export { readDocx, type DocxContent } from './read';
export { paragraphsToReport, type Imported } from './to-report';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip';

export interface ImportDocxOptions extends ReadDocxOptions {
  template: Template;
  /** Year when the document names none (callers pass last year). */
  fallbackYear: number;
}

export function importDocx(bytes: Uint8Array, opts: ImportDocxOptions): Imported {
  const content = readDocx(bytes, opts);
  const { report, notes } = paragraphsToReport(content.paragraphs, opts.template, {
    fallbackYear: opts.fallbackYear,
  });
  if (content.threads.length === 0) return { report, notes };
  const merged = mergeComments(report, content.threads, { keepDetached: true });
  notes.push(
    `导入批注 ${merged.added} 条：${merged.placed} 条已定位${merged.detached ? `，${merged.detached} 条原文已删除，作为游离批注保留` : ''}。`,
  );
  return { report: merged.report, notes };
}

/** Comment threads of a reviewer's DOCX, anchored by quote, for mergeComments. */
export function readDocxThreads(bytes: Uint8Array, opts: ReadDocxOptions = {}): Thread[] {
  return readDocx(bytes, opts).threads;
}
