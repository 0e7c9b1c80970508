/**
 * Accepting and rejecting suggestions, and the text as it reads with every change accepted (what the
 * checklist, counts and lint judge). Accepting an insertion drops its mark; accepting a deletion removes
 * its text; rejecting does the opposite. A block left empty by it (a paragraph the reviewer added or
 * deleted whole) goes, as long as its section keeps one block. Pure.
 */
import { blockText, type Block, type TextLeaf } from '../model/content';
import type { Report, Suggestion } from '../model/report';
import { flatten } from '../comments/flat';
import { normalizeLeaves } from '../comments/marks';
import { suggestionSpans } from './marks';

export type Resolution = 'accept' | 'reject';

function resolveLeaf(l: TextLeaf, ids: ReadonlySet<string>, how: Resolution): TextLeaf | null {
  const ins = l.ins !== undefined && ids.has(l.ins);
  const del = l.del !== undefined && ids.has(l.del);
  if (!ins && !del) return l;
  if (how === 'accept' ? del : ins) return null;
  const out: TextLeaf = { ...l };
  if (ins) delete out.ins;
  if (del) delete out.del;
  return out;
}

function resolveBlocks(blocks: readonly Block[], ids: ReadonlySet<string>, how: Resolution): Block[] {
  let changed = false;
  const out: Block[] = [];
  for (const b of blocks) {
    if (!b.children.some((l) => (l.ins && ids.has(l.ins)) || (l.del && ids.has(l.del)))) {
      out.push(b);
      continue;
    }
    changed = true;
    const kept = b.children.map((l) => resolveLeaf(l, ids, how)).filter((l): l is TextLeaf => l !== null);
    const nb = { ...b, children: normalizeLeaves(kept.length ? kept : [{ text: '' }]) } as Block;
    // The whole paragraph was the change: it goes with it.
    if (blockText(nb) === '' && blockText(b) !== '') continue;
    out.push(nb);
  }
  if (!changed) return blocks as Block[];
  return out.length > 0 ? out : [{ type: 'paragraph', children: [{ text: '' }] }];
}

/**
 * Accept or reject the suggestions in `ids`. They leave the list; so does any other suggestion whose
 * text went with them (a deletion inside a rejected insertion). Detached suggestions (无法定位) can only
 * be rejected (discarded): accepting one leaves it in the list.
 */
export function resolveSuggestions(report: Report, ids: ReadonlySet<string>, how: Resolution): Report {
  if (ids.size === 0) return report;
  const before = suggestionSpans(flatten(report));
  const next: Report = {
    ...report,
    preamble: resolveBlocks(report.preamble, ids, how),
    sections: report.sections.map((s) => {
      const blocks = resolveBlocks(s.blocks, ids, how);
      return blocks === s.blocks ? s : { ...s, blocks };
    }),
  };
  const after = suggestionSpans(flatten(next));
  const suggestions = report.suggestions.filter((s) => {
    if (s.detached) return !(ids.has(s.id) && how === 'reject');
    if (ids.has(s.id)) return false;
    return !before.has(s.id) || after.has(s.id);
  });
  return { ...next, suggestions };
}

export function acceptSuggestions(report: Report, ids: ReadonlySet<string>): Report {
  return resolveSuggestions(report, ids, 'accept');
}
export function rejectSuggestions(report: Report, ids: ReadonlySet<string>): Report {
  return resolveSuggestions(report, ids, 'reject');
}

/** Ids of every placed suggestion with marks in the text. */
export function placedSuggestionIds(report: Report): Set<string> {
  return new Set(suggestionSpans(flatten(report)).keys());
}

/** Ids of the suggestions with text in a section (null: the preamble). */
export function suggestionIdsInSection(report: Report, sectionId: string | null): Set<string> {
  const out = new Set<string>();
  for (const [id, span] of suggestionSpans(flatten(report)))
    if (span.sections.includes(sectionId)) out.add(id);
  return out;
}

/** Ids of one author's suggestions (detached ones included: rejecting by author discards them too). */
export function suggestionIdsByAuthor(report: Report, author: string): Set<string> {
  return new Set(report.suggestions.filter((s) => s.author === author).map((s) => s.id));
}

export function allSuggestionIds(report: Report): Set<string> {
  const ids = placedSuggestionIds(report);
  for (const s of report.suggestions) ids.add(s.id);
  return ids;
}

/** Marks on the text (ins/del) whatever the list says, plus detached ones: the pending changes. */
export function pendingSuggestionCount(report: Report): number {
  // None listed and no leaf marked (what most drafts are): no need to flatten the whole report.
  if (!hasPendingSuggestions(report)) return 0;
  return allSuggestionIds(report).size;
}

export function hasPendingSuggestions(report: Report): boolean {
  if (report.suggestions.length > 0) return true;
  const has = (bs: readonly Block[]) => bs.some((b) => b.children.some((l) => l.ins || l.del));
  return has(report.preamble) || report.sections.some((s) => has(s.blocks));
}

/**
 * The text as it would read with every placed change accepted; detached suggestions stay in the list
 * (they were never applied). Unchanged blocks keep their identity (the checklist caches on it).
 */
export function acceptedText(report: Report): Report {
  if (!hasPendingSuggestions(report)) return report;
  return acceptSuggestions(report, placedSuggestionIds(report));
}

/** Blocks as accepted: for callers holding one section's blocks (counts, lint per section). */
export function acceptedBlocks(blocks: readonly Block[]): Block[] {
  const ids = new Set<string>();
  for (const b of blocks)
    for (const l of b.children) {
      if (l.ins) ids.add(l.ins);
      if (l.del) ids.add(l.del);
    }
  return ids.size === 0 ? (blocks as Block[]) : resolveBlocks(blocks, ids, 'accept');
}

export type { Suggestion };

/**
 * Blocks as they read with every change accepted, block for block (an emptied block stays, empty), so
 * block indices and offsets of findings still point into the editor's blocks once deleted text is
 * skipped. The same array when nothing is pending (caches key on identity).
 */
export function judgedBlocks(blocks: readonly Block[]): Block[] {
  if (!blocks.some((b) => b.children.some((l) => l.ins || l.del))) return blocks as Block[];
  return blocks.map((b) => {
    if (!b.children.some((l) => l.ins || l.del)) return b;
    const kept = b.children
      .filter((l) => !l.del)
      .map((l) => {
        const out: TextLeaf = { ...l };
        delete out.ins;
        return out;
      });
    return { ...b, children: normalizeLeaves(kept.length ? kept : [{ text: '' }]) } as Block;
  });
}

/** A report judged as accepted, block for block (see judgedBlocks): for checks, counts and lint. */
export function judgedText(report: Report): Report {
  if (!hasPendingSuggestions(report)) return report;
  return {
    ...report,
    preamble: judgedBlocks(report.preamble),
    sections: report.sections.map((s) => ({ ...s, blocks: judgedBlocks(s.blocks) })),
  };
}
