/**
 * A section's heading as the unit wrote it against the heading the outline prescribes. Import keeps
 * the unit's wording; this says where it differs: a wrong year (a heading left from last year's file)
 * is a fail, other wording a warning, each with the prescribed wording as the fix.
 */
import type { Report } from '../model/report';
import { sectionHeading } from '../templates/load';
import type { Template } from '../templates/schema';
import { yearMentions } from './rules/years';

export interface HeadingFinding {
  sectionId: string;
  /** Position in report.sections (0 = 一、). */
  index: number;
  written: string;
  prescribed: string;
  severity: 'fail' | 'warn';
  kind: 'year' | 'wording';
  /** The wrong years as written ("2023年"), for kind 'year'. */
  wrongYears: string[];
}

function comparable(s: string): string {
  return s
    .replace(/[\s\u3000]/gu, '')
    .replace(/[。.；;]$/u, '')
    .replace(/[“”"]/gu, '"')
    .replace(/[，,]/gu, '，')
    .replace(/[（(]/gu, '（')
    .replace(/[）)]/gu, '）');
}

/** True when two headings say the same in the same words (spaces, final stop, quote and bracket forms aside). */
export function sameHeadingWording(a: string, b: string): boolean {
  return comparable(a) === comparable(b);
}

/**
 * The prescribed heading in the unit's words only as to the year: "2026年度…主要安排" where the outline
 * says "下一年度…", "2026年工作打算" where it says "下一步工作打算", "2025年推进…" where it says
 * "2025年度推进…". Not a difference worth a warning.
 */
function sameButYear(written: string, prescribed: string, year: number): boolean {
  const plain = (s: string) => comparable(s).replace(/(\d{4})年度/gu, '$1年');
  const w = plain(written);
  return [prescribed, prescribed.replace(/下一年度|下一年|下一步/u, `${year + 1}年`)].some(
    (p) => plain(p) === w,
  );
}

/** A section whose heading (or prescribed heading) speaks of the following year. */
function speaksOfNextYear(text: string): boolean {
  return /下一年|下一步|明年|来年/u.test(text);
}

export function headingFindings(report: Report, template: Template): HeadingFinding[] {
  const out: HeadingFinding[] = [];
  const year = report.meta.year;
  report.sections.forEach((section, index) => {
    const written = section.heading;
    if (written === undefined || written.trim() === '') return;
    const ts = template.sections.find((s) => s.id === section.id);
    if (!ts) return;
    const prescribed = sectionHeading(ts.heading, year);
    if (sameHeadingWording(written, prescribed) || sameButYear(written, prescribed, year)) return;
    const nextOk = speaksOfNextYear(ts.heading) || speaksOfNextYear(written);
    const wrongYears = yearMentions([written])
      .filter((m) => !m.excepted && m.year !== year && !(nextOk && m.year === year + 1))
      .map((m) => written.slice(m.offset, m.offset + m.length));
    out.push({
      sectionId: section.id,
      index,
      written,
      prescribed,
      severity: wrongYears.length > 0 ? 'fail' : 'warn',
      kind: wrongYears.length > 0 ? 'year' : 'wording',
      wrongYears,
    });
  });
  return out;
}
