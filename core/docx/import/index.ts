/**
 * DOCX import: last year's report (paragraphs, outline levels, Word comments) → a report on a template.
 * Comments are placed on the imported text by their quote, exactly as a reviewer's comments are merged.
 */
import type { Suggestion, Thread } from '../../model/report';
import type { Template } from '../../templates/schema';
import { mergeComments } from '../../comments/merge';
import { mergeSuggestions } from '../../suggestions/merge';
import { readDocx, type ReadDocxOptions } from './read';
import { paragraphsToReport, sectionHeadingsOf, type Imported } from './to-report';
import { chooseTemplateFor } from '../../import/text/choose';
import { EMPTY_VOCABULARY, unitKindOf, type Vocabulary } from '../../templates/vocabulary';
import { ownOutline } from '../../templates/own-outline';
import { headingOf, resolvedTitle } from '../../model/report-helpers';
import { changesOnMetaLines } from './meta-changes';
import { liveDateNote } from './date-field';

export { DocxImportError, type DocxImportErrorCode } from './errors';
export { readDocx, type DocxContent } from './read';
export { paragraphsToReport, type Imported } from './to-report';
export { DEFAULT_ZIP_LIMITS, type ZipLimits } from './zip';

export interface ImportDocxOptions extends ReadDocxOptions {
  /** The template to import onto; without it, the one of `templates` whose outline fits best. */
  template?: Template;
  templates?: readonly Template[];
  /** Year when the document names none (callers pass last year). */
  fallbackYear: number;
  /** Unit kinds, heading synonyms and choice weights (templates/outline-vocabulary.json). */
  vocabulary?: Vocabulary;
}

export function importDocx(bytes: Uint8Array, opts: ImportDocxOptions): Imported {
  const content = readDocx(bytes, opts);
  let template = opts.template;
  const notes: string[] = [];
  if (!template) {
    if (!opts.templates?.length) throw new Error('importDocx: a template or templates are needed');
    const vocab = opts.vocabulary ?? EMPTY_VOCABULARY;
    const headings = sectionHeadingsOf(content.paragraphs);
    // The org (hence the kind of unit) is read from the title, whatever the template.
    const probe = paragraphsToReport(content.paragraphs, opts.templates[0]!, {
      fallbackYear: opts.fallbackYear,
    });
    const kind = unitKindOf(probe.report.meta.org, vocab);
    const choice = chooseTemplateFor(headings, opts.templates, kind, vocab);
    template = choice.ranking[0]!.template;
    const statutory = opts.templates.find((t) => t.id === 'statutory-five');
    if (choice.ownOutline && statutory)
      template = ownOutline(headings, probe.report.meta.year, kind, statutory, vocab);
    // Worded as the text importer's note (import/text/notes.ts): the UI shows both.
    notes.push(`按标题匹配选用模板：${template.name}。`, `选择依据：${choice.reason}。`);
  }
  if (content.unreadChunks > 0)
    notes.push(
      `文档中有 ${content.unreadChunks} 处以其他格式（如 RTF）嵌入的内容未能导入：请在 Word 或 WPS 中打开并“另存为” .docx 后再导入。`,
    );
  const mapped = paragraphsToReport(content.paragraphs, template, {
    fallbackYear: opts.fallbackYear,
    ...(opts.vocabulary ? { vocabulary: opts.vocabulary } : {}),
  });
  let report = mapped.report;
  notes.push(...mapped.notes);
  const live = liveDateNote(content.paragraphs, report.meta.date);
  if (live !== null) notes.push(live);
  if (content.threads.length > 0) {
    const merged = mergeComments(report, content.threads, { keepDetached: true, template });
    const deleted = merged.detached - merged.onMeta;
    notes.push(
      `导入批注 ${merged.added} 条：${merged.placed} 条已定位` +
        (merged.onMeta ? `，${merged.onMeta} 条在标题、署名等行上` : '') +
        (deleted ? `，${deleted} 条原文已删除，作为游离批注保留` : '') +
        '。',
    );
    report = merged.report;
  }
  // 修订 on the title, 署名 or 成文日期 are read into them as changed: taken as read, and said.
  const onMeta = changesOnMetaLines(
    content.paragraphs,
    content.suggestionParagraphs,
    {
      ...report.meta,
      title: resolvedTitle(report, template),
    },
    report.sections.map((s) => headingOf(s, report, template)),
  );
  if (onMeta.size > 0) notes.push(metaChangesNote(content.suggestions.filter((_, i) => onMeta.has(i))));
  const suggestions = content.suggestions.filter((_, i) => !onMeta.has(i));
  if (suggestions.length > 0) {
    // Track changes come in as pending suggestions (修订), placed on the imported text by their quote.
    // The inserted text was read into the paragraphs: marked where it is, never written in twice.
    const m = mergeSuggestions(report, suggestions, { insertionsInText: true });
    notes.push(suggestionNote(m.added, m.placed, m.unplaced));
    report = m.report;
  }
  return { report, notes };
}

/** What the import says of the 修订 it took as read on the title, 署名 or 成文日期 lines. */
function metaChangesNote(changes: readonly Suggestion[]): string {
  const said = changes
    .slice(0, 4)
    .map((c) => `${c.type === 'insert' ? '插入' : '删除'}“${c.anchor.exact.slice(0, 12)}”`)
    .join('、');
  return `标题、署名、成文日期等行上的修订 ${changes.length} 处（${said}${changes.length > 4 ? ' 等' : ''}）已按修订后的文字导入，请核对。`;
}

export function suggestionNote(added: number, placed: number, unplaced: number): string {
  return `导入修订 ${added} 处：${placed} 处已定位${unplaced ? `，${unplaced} 处无法定位（保留在修订列表中，未改动正文）` : ''}。`;
}

/** Comment threads and track changes of a reviewer's DOCX, anchored by quote, for merging. */
export function readDocxReview(
  bytes: Uint8Array,
  opts: ReadDocxOptions = {},
): { threads: Thread[]; suggestions: Suggestion[] } {
  const c = readDocx(bytes, opts);
  return { threads: c.threads, suggestions: c.suggestions };
}

/** Comment threads of a reviewer's DOCX, anchored by quote, for mergeComments. */
export function readDocxThreads(bytes: Uint8Array, opts: ReadDocxOptions = {}): Thread[] {
  return readDocx(bytes, opts).threads;
}
