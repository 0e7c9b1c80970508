/**
 * Threads as the comments tab and `gwdraft comments` show them: in the order of the text, with their
 * section's number and short name, filtered open/resolved. Pure, for the renderer and the CLI alike.
 */
import { sectionLabel } from '../model/numbering';
import type { Report, Thread } from '../model/report';
import type { Template } from '../templates/schema';
import { hintOffset } from './anchor';
import { flatten } from './flat';
import { signatureOrgans } from '../model/signature-organs';
import { linePlaceOf, lineText, META_PLACE_LABEL, spanOnLine, type LinePlace, type MetaPlace } from './place';

export interface ThreadListing {
  id: string;
  author: string;
  unit?: string;
  createdAt: string;
  text: string;
  quote: string;
  /** Section id, or null for the text before section 一 and for detached threads without a place. */
  section: string | null;
  /** "四、主要举措和成效", "开头", or "" when unknown. */
  sectionLabel: string;
  resolved: boolean;
  detached: boolean;
  /**
   * A detached thread on the title, a part's heading (its section and label are that part's), the 署名
   * or the 成文日期 — from Word: its text is there, not deleted.
   */
  place?: MetaPlace;
  /**
   * On a joint 署名 (organs on lines of their own): where in the 署名 each organ its words are on
   * begins, as the page marks the organs' lines (data-line-at), so only those lines are painted.
   */
  organs?: number[];
  replies: { author: string; createdAt: string; text: string }[];
}

export type ThreadFilter = 'all' | 'open' | 'resolved';

function labelOf(report: Report, template: Template | undefined, t: Thread): string {
  const id = t.anchor.sectionId;
  if (id === null) return t.detached || t.anchor.blockIndex === null ? '' : '开头';
  const i = report.sections.findIndex((s) => s.id === id);
  if (i < 0) return '';
  const short = template?.sections.find((x) => x.id === id)?.short ?? report.sections[i]!.heading ?? id;
  return sectionLabel(i) + short;
}

/** The starts of the organs of a joint 署名 that a thread's words are on (undefined: one organ). */
function organsUnder(report: Report, template: Template | undefined, t: Thread): number[] | undefined {
  const line = lineText(report, template, 'signature');
  const span = line === null ? null : spanOnLine(line, t.anchor);
  if (line === null || !span) return undefined;
  const organs = signatureOrgans(line);
  if (organs.length < 2) return undefined;
  let from = 0;
  const out: number[] = [];
  for (const organ of organs) {
    const at = line.indexOf(organ, from);
    from = at + organ.length;
    if (at < span.end && span.start < from) out.push(at);
  }
  return out;
}

export function listThreads(
  report: Report,
  template: Template | undefined,
  filter: ThreadFilter = 'all',
): ThreadListing[] {
  const flat = flatten(report);
  const places = new Map<string, LinePlace>();
  for (const t of report.comments) {
    const line = linePlaceOf(report, template, t);
    if (line) places.set(t.id, line);
  }
  // The title's threads come first, a heading's just before its part's text, the 署名's and the date's
  // after the text, the deleted text's last.
  const partStart = (id: string | null) => flat.blocks.find((b) => b.sectionId === id)?.start ?? 0;
  const order = (t: Thread) => {
    const line = places.get(t.id);
    if (line?.place === 'title') return -2;
    if (line?.place === 'recipient') return -1;
    if (line?.place === 'heading') return partStart(line.sectionId) - 0.5;
    if (line) return Number.MAX_SAFE_INTEGER - 1;
    return hintOffset(flat, t.anchor) ?? Number.MAX_SAFE_INTEGER;
  };
  return report.comments
    .filter((t) => filter === 'all' || (filter === 'open' ? !t.resolved : t.resolved))
    .map((t, i) => ({ t, i, at: order(t) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map(({ t }) => {
      const [first, ...rest] = t.comments;
      const out: ThreadListing = {
        id: t.id,
        author: first?.author ?? '',
        createdAt: first?.createdAt ?? '',
        text: first?.text ?? '',
        quote: t.anchor.exact,
        section: t.anchor.sectionId,
        sectionLabel: labelOf(report, template, t),
        resolved: t.resolved,
        detached: t.detached,
        replies: rest.map((c) => ({ author: c.author, createdAt: c.createdAt, text: c.text })),
      };
      if (first?.unit) out.unit = first.unit;
      const line = places.get(t.id);
      if (line?.place === 'heading') {
        out.place = 'heading';
        out.section = line.sectionId;
        out.sectionLabel = labelOf(report, template, {
          ...t,
          anchor: { ...t.anchor, sectionId: line.sectionId },
        });
      } else if (line) {
        out.place = line.place;
        out.sectionLabel = META_PLACE_LABEL[line.place];
        if (line.place === 'signature') {
          const on = organsUnder(report, template, t);
          if (on) out.organs = on;
        }
      }
      return out;
    });
}
