/**
 * The outline corpus (test/fixtures/corpus): realistic reports of every outline family and unit kind,
 * each with what a reviewer expects — the template, the heading findings, the failing items and some
 * item statuses. `evaluateCorpus` imports and checks each as `gwdraft check` does and compares.
 * Template-choice accuracy and false fails (items failing that a reviewer would pass) are the figures
 * issue 12 asks for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evaluateChecklist, type ItemResult } from '../../core/check/index';
import { headingFindings } from '../../core/check/headings';
import { importText } from '../../core/import/text/index';
import { decodeTextBytes } from '../../core/import/text/decode';
import { importDocx } from '../../core/docx/import/index';
import { CORPUS_DOCX } from '../fixtures/corpus/docx-corpus';
import { lintReport } from '../../core/lint/index';
import type { Report } from '../../core/model/report';
import { unitKindOf } from '../../core/templates/vocabulary';
import { shippedTemplates, templateOf } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';

export const CORPUS_DIR = join(__dirname, '../fixtures/corpus');

export interface Expected {
  file: string;
  family: string;
  unitKind: string;
  template: string;
  org: string;
  recipient?: string | null;
  signature?: string | null;
  /** The title as printed (the one read, or the one derived from 机关 and year) and the number of parts. */
  title?: string;
  parts?: number;
  /** The year reported on, the 成文日期 (YYYY-MM-DD), the 发文字号 and the 附件 named, as read. */
  year?: number;
  date?: string | null;
  docNumber?: string | null;
  attachments?: string[];
  /** Text that must not reach the report (a web page's chrome, page numbers, running headers). */
  absent?: string[];
  headings: { n: number; severity: 'fail' | 'warn' }[];
  fails: string[];
  items: Record<string, ItemResult['status']>;
  lint?: string[];
  noLint?: string[];
}

export interface CorpusCase {
  expected: Expected;
  report: Report;
  templateId: string;
  unitKind: string | null;
  headings: { n: number; severity: 'fail' | 'warn' }[];
  items: ItemResult[];
  fails: string[];
  lintRules: string[];
  reason: string;
}

export function loadExpected(): { today: string; reports: Expected[] } {
  return JSON.parse(readFileSync(join(CORPUS_DIR, 'expected.json'), 'utf8')) as {
    today: string;
    reports: Expected[];
  };
}

/** A text or Markdown file is imported as `gwdraft import` does; a .docx is built (docx-corpus.ts) and read from Word. */
function importCase(
  file: string,
  vocab: ReturnType<typeof outlineVocabulary>,
): { report: Report; sourceFindings: { rule: string }[]; reason: string } {
  const build = CORPUS_DOCX[file];
  if (build) {
    const { report, notes } = importDocx(build(), {
      templates: shippedTemplates(),
      vocabulary: vocab,
      fallbackYear: 2024,
    });
    return { report, sourceFindings: [], reason: notes.find((n) => n.startsWith('选择依据')) ?? '' };
  }
  // Read as `gwdraft import` reads a file (encodings, control characters), not as a string.
  const text = decodeTextBytes(readFileSync(join(CORPUS_DIR, file)), file);
  const result = importText(text, { templates: shippedTemplates(), vocabulary: vocab, fallbackYear: 2024 });
  return {
    report: result.report,
    sourceFindings: result.sourceFindings,
    reason: result.choice?.reason ?? '',
  };
}

export function runCase(expected: Expected, today: Date): CorpusCase {
  const vocab = outlineVocabulary();
  const imported = importCase(expected.file, vocab);
  const { report } = imported;
  const template = templateOf(report);
  if (!template) throw new Error(`${expected.file}: no template ${report.templateId}`);
  const items = evaluateChecklist(report, template, { today }).items;
  const lintRules = [
    ...lintReport(report, template).map((f) => f.rule as string),
    ...imported.sourceFindings.map((f) => f.rule as string),
  ];
  return {
    expected,
    report,
    templateId: report.templateId,
    unitKind: unitKindOf(report.meta.org, vocab),
    headings: headingFindings(report, template).map((f) => ({ n: f.index + 1, severity: f.severity })),
    items,
    fails: items.filter((i) => i.status === 'fail').map((i) => i.id),
    lintRules,
    reason: imported.reason,
  };
}

export interface CorpusMetrics {
  reports: number;
  templateCorrect: number;
  /** Items failing that the expectation does not list as failing. */
  falseFails: { file: string; item: string; message: string }[];
  /** Expected fails that did not fail. */
  missedFails: { file: string; item: string }[];
}

export function evaluateCorpus(): { cases: CorpusCase[]; metrics: CorpusMetrics } {
  const { today, reports } = loadExpected();
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const day = new Date(y, m - 1, d);
  const cases = reports.map((e) => runCase(e, day));
  const metrics: CorpusMetrics = {
    reports: cases.length,
    templateCorrect: 0,
    falseFails: [],
    missedFails: [],
  };
  for (const c of cases) {
    if (c.templateId === c.expected.template) metrics.templateCorrect++;
    for (const id of c.fails)
      if (!c.expected.fails.includes(id))
        metrics.falseFails.push({
          file: c.expected.file,
          item: id,
          message: c.items.find((i) => i.id === id)?.message ?? '',
        });
    for (const id of c.expected.fails)
      if (!c.fails.includes(id)) metrics.missedFails.push({ file: c.expected.file, item: id });
  }
  return { cases, metrics };
}
