/**
 * Suggestions as the 修订 tab and `gwdraft comments --json` show them: in the order of the text, with
 * their section, author, unit and time; 无法定位 ones last.
 */
import { sectionLabel } from '../model/numbering';
import type { Report } from '../model/report';
import type { Template } from '../templates/schema';
import { flatten } from '../comments/flat';
import { suggestionSpans } from './marks';

export interface SuggestionListing {
  id: string;
  type: 'insert' | 'delete';
  author: string;
  unit?: string;
  createdAt: string;
  /** The inserted or deleted text. */
  text: string;
  /** Section id, or null for the text before section 一 (and for 无法定位 ones). */
  section: string | null;
  sectionLabel: string;
  /** 无法定位: its place was not found; kept with its quote. */
  detached: boolean;
}

export function sectionLabelOf(report: Report, template: Template | undefined, id: string | null): string {
  if (id === null) return '开头';
  const i = report.sections.findIndex((s) => s.id === id);
  if (i < 0) return '';
  const short = template?.sections.find((x) => x.id === id)?.short ?? report.sections[i]!.heading ?? id;
  return sectionLabel(i) + short;
}

export function listSuggestions(report: Report, template: Template | undefined): SuggestionListing[] {
  const spans = suggestionSpans(flatten(report));
  return report.suggestions
    .map((s, i) => ({ s, i, at: spans.get(s.id)?.start ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ s }) => {
      const span = spans.get(s.id);
      const section = span ? (span.sections[0] ?? null) : null;
      const out: SuggestionListing = {
        id: s.id,
        type: s.type,
        author: s.author,
        createdAt: s.createdAt,
        text: span?.text ?? s.anchor.exact,
        section,
        sectionLabel: span ? sectionLabelOf(report, template, section) : '',
        detached: !span,
      };
      if (s.unit) out.unit = s.unit;
      return out;
    });
}
