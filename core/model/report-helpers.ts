/**
 * Small pure helpers over a report and its template: what the UI, the checklist and the exporter all need.
 */
import { blockText, emptyBlocks, type Block } from './content';
import { countChars } from './count';
import { SCHEMA_VERSION, type Report, type Section } from './report';
import type { Template } from '../templates/schema';
import { reportTitle, sectionHeading } from '../templates/load';
import { sectionLabel } from './numbering';
import { defaultRecipient } from './recipient';

export interface NewReportInput {
  org: string;
  year: number;
}

export function createReport(template: Template, input: NewReportInput): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    templateId: template.id,
    meta: {
      org: input.org,
      year: input.year,
      title: null,
      signature: null,
      date: null,
      recipient: defaultRecipient(template, input.org),
      docNumber: null,
    },
    preamble: emptyBlocks(),
    sections: template.sections.map((s) => ({ id: s.id, blocks: emptyBlocks() })),
    comments: [],
    suggestions: [],
    confirmations: [],
    baseline: null,
  };
}

export function resolvedTitle(report: Report, template: Template | undefined): string {
  if (report.meta.title !== null) return report.meta.title;
  const pattern = template?.titlePattern ?? '{org}{year}年法治政府建设年度报告';
  return reportTitle(pattern, report.meta.org, report.meta.year);
}

/**
 * The 署名 printed at the end: as written, or the org when none was set. An empty string means the
 * source had no 署名 (import keeps that as a finding); what is printed is still the org — see
 * `signatureMissing`.
 */
export function resolvedSignature(report: Report): string {
  const s = report.meta.signature;
  return s === null || s.trim() === '' ? report.meta.org : s;
}

/** True when the report was imported without a 署名 and none has been written since. */
export function signatureMissing(report: Report): boolean {
  return report.meta.signature !== null && report.meta.signature.trim() === '';
}

/** 2024-12-12 → 2024年12月12日 (GB/T 9704-2012 7.3.5.4: Arabic numerals, no zero padding). */
export function formatChineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  return `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日`;
}

/**
 * Heading text of a section (no number): as the unit wrote it when it did, otherwise the template's
 * prescribed heading with the report year.
 */
export function headingOf(section: Section, report: Report, template: Template | undefined): string {
  if (section.heading !== undefined && section.heading.trim() !== '') return section.heading;
  const ts = template?.sections.find((s) => s.id === section.id);
  if (ts) return sectionHeading(ts.heading, report.meta.year);
  return section.heading ?? '';
}

/** The template's prescribed heading of a section, with the report year, or null for an extra section. */
export function prescribedHeadingOf(
  section: Section,
  report: Report,
  template: Template | undefined,
): string | null {
  const ts = template?.sections.find((s) => s.id === section.id);
  return ts ? sectionHeading(ts.heading, report.meta.year) : null;
}

/** "一、" + heading. */
export function numberedHeadingOf(
  section: Section,
  index: number,
  report: Report,
  template: Template | undefined,
): string {
  return sectionLabel(index) + headingOf(section, report, template);
}

export function blocksText(blocks: readonly Block[]): string {
  return blocks.map(blockText).join('\n');
}

export function sectionText(section: Section): string {
  return blocksText(section.blocks);
}

export function sectionCharCount(section: Section): number {
  return countChars(sectionText(section));
}

export function reportCharCount(report: Report): number {
  return (
    countChars(blocksText(report.preamble)) + report.sections.reduce((n, s) => n + sectionCharCount(s), 0)
  );
}
