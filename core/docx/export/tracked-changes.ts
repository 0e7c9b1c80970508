/**
 * Pending suggestions (修订) in the exported DOCX. The review copy (`comments`) writes them as Word track
 * changes — w:ins / w:del with the reviewer's name and time — so Word and WPS show and accept them. The
 * clean/archive copy refuses while any are pending, unless the user chose 全部接受后导出 (`acceptAll`):
 * then it is written from the text as accepted.
 */
import { DeletedTextRun, InsertedTextRun, TextRun, XmlAttributeComponent } from 'docx';
import type { ExportOptions } from '../../api/contract';
import type { TextLeaf } from '../../model/content';
import type { Report } from '../../model/report';
import { wordAuthor } from '../../comments/author';
import { acceptedText, hasPendingSuggestions, pendingSuggestionCount } from '../../suggestions/resolve';

export interface ChangePlan {
  /** Suggestion id → author (with the unit, as for comments) and date for its runs. */
  meta: Map<string, { author: string; date: string }>;
  /** Next w:id: one per run, clear of the comment ids. */
  nextId: number;
}

export class PendingSuggestionsError extends Error {
  readonly count: number;
  constructor(count: number) {
    super(
      `还有 ${count} 处修订未接受或拒绝：请先处理，或选择“全部接受后导出” / ${count} suggested change(s) are pending: accept or reject them first, or export with --accept-all`,
    );
    this.name = 'PendingSuggestionsError';
    this.count = count;
  }
}

/** Word writes dates without milliseconds. */
function wordDate(iso: string): string {
  const t = Date.parse(iso);
  return Number.isNaN(t) ? iso : new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The report to write and the plan for its changes. Review copy: as is, with a plan. Otherwise pending
 * changes are refused, or accepted first when `acceptAll` (a warning says so, and names 无法定位 ones).
 */
export function prepareChanges(
  report: Report,
  options: ExportOptions,
  warnings: string[],
): { report: Report; plan: ChangePlan | null } {
  if (!hasPendingSuggestions(report)) return { report, plan: null };
  if (options.comments) {
    const meta = new Map(
      report.suggestions.map((s) => [
        s.id,
        { author: wordAuthor(s.author, s.unit), date: wordDate(s.createdAt) },
      ]),
    );
    return { report, plan: { meta, nextId: 10_000 } };
  }
  const count = pendingSuggestionCount(report);
  if (!options.acceptAll) throw new PendingSuggestionsError(count);
  const accepted = acceptedText(report);
  const left = accepted.suggestions.length;
  warnings.push(
    `已全部接受 ${count - left} 处修订后导出${left ? `；${left} 处修订无法定位，未写入` : ''}（草稿中的修订未改变）`,
  );
  return { report: { ...accepted, suggestions: [] }, plan: null };
}

interface Revision {
  id: number;
  author: string;
  date: string;
}

class RevisionAttributes extends XmlAttributeComponent<Revision> {
  protected override readonly xmlKeys = { id: 'w:id', author: 'w:author', date: 'w:date' };
}

/**
 * Text one reviewer inserted and another then deleted, as Word writes it: the deletion inside the
 * insertion (`<w:ins A><w:del B><w:r><w:delText>`), so Word and WPS show both and rejecting the deletion
 * gives back A's still pending insertion, not text that looks original. An InsertedTextRun whose run is
 * replaced by the deletion: the docx library has no nested form, and a paragraph takes only its run types.
 */
class DeletedInsertion extends InsertedTextRun {
  constructor(insertion: Revision, deletion: DeletedTextRun) {
    super({ ...insertion, text: '' });
    this.root.splice(0, this.root.length, new RevisionAttributes(insertion), deletion);
  }
}

/** A leaf's runs as tracked changes when it carries a suggestion mark and the plan knows it. */
export function trackedRuns(
  plan: ChangePlan | null,
  leaf: TextLeaf,
  runs: { text: string; bold: boolean; break: boolean; style?: string }[],
): (TextRun | InsertedTextRun | DeletedTextRun)[] | null {
  if (!plan || (!leaf.ins && !leaf.del)) return null;
  const metaOf = (id: string) => plan.meta.get(id) ?? { author: '', date: wordDate('1970-01-01T00:00:00Z') };
  return runs.map((r) => {
    const text = {
      text: r.text,
      ...(r.bold ? { bold: true } : {}),
      ...(r.break ? { break: 1 } : {}),
      ...(r.style ? { style: r.style } : {}),
    };
    if (!leaf.del) return new InsertedTextRun({ id: plan.nextId++, ...metaOf(leaf.ins!), ...text });
    const deletion = new DeletedTextRun({ id: plan.nextId++, ...metaOf(leaf.del), ...text });
    if (!leaf.ins) return deletion;
    return new DeletedInsertion({ id: plan.nextId++, ...metaOf(leaf.ins) }, deletion);
  });
}
