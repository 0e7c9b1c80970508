/**
 * Making suggestions on a report (the pure counterpart of the editor's 修订模式, for the CLI and tests):
 * an insertion puts marked text in; a deletion marks text as deleted instead of removing it — except the
 * same reviewer's own pending insertion, which simply goes (as in Word).
 */
import type { TextLeaf } from '../model/content';
import type { Report, Suggestion } from '../model/report';
import { flatOffset, flatten } from '../comments/flat';
import { uniqueId } from '../comments/ids';
import { mapBlocks, normalizeLeaves } from '../comments/marks';
import type { CommentSelection, TextPoint } from '../comments/threads';
import { refreshSuggestions } from './anchor';
import { insertMarkedText } from './marks';

export interface Reviewer {
  author: string;
  unit?: string;
  /** ISO date-time: the caller's clock. */
  createdAt: string;
  id?: string;
}

export class SuggestionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SuggestionError';
  }
}

function newSuggestion(report: Report, type: Suggestion['type'], who: Reviewer, seed: string): Suggestion {
  const taken = new Set(report.suggestions.map((s) => s.id));
  const id = who.id ?? uniqueId('s-', `${who.author}|${who.createdAt}|${type}|${seed}`, taken);
  if (taken.has(id)) throw new SuggestionError(`修订编号重复 / duplicate suggestion id ${id}`);
  const s: Suggestion = {
    id,
    type,
    author: who.author,
    createdAt: who.createdAt,
    anchor: { exact: '', prefix: '', suffix: '', sectionId: null, blockIndex: null, offset: null },
    detached: false,
  };
  if (who.unit) s.unit = who.unit;
  return s;
}

export function suggestInsert(
  report: Report,
  point: TextPoint,
  text: string,
  who: Reviewer,
): { report: Report; id: string } {
  if (text === '' || /[\r\n]/.test(text))
    throw new SuggestionError('插入的修订须为一段内的文字 / an insertion is text within one paragraph');
  const at = flatOffset(flatten(report), point.sectionId, point.blockIndex, point.offset);
  if (at === undefined) throw new SuggestionError('修订位置不存在 / the position is not in the report');
  const s = newSuggestion(report, 'insert', who, `${at}|${text}`);
  const r = insertMarkedText(report, at, text, s.id, 'insert');
  return { report: refreshSuggestions({ ...r, suggestions: [...r.suggestions, s] }), id: s.id };
}

function rangeOf(report: Report, sel: CommentSelection): [number, number] {
  const flat = flatten(report);
  let a: number | undefined;
  let b: number | undefined;
  if ('length' in sel) {
    a = flatOffset(flat, sel.sectionId, sel.blockIndex, sel.offset);
    b = flatOffset(flat, sel.sectionId, sel.blockIndex, sel.offset + sel.length);
  } else {
    a = flatOffset(flat, sel.anchor.sectionId, sel.anchor.blockIndex, sel.anchor.offset);
    b = flatOffset(flat, sel.focus.sectionId, sel.focus.blockIndex, sel.focus.offset);
  }
  if (a === undefined || b === undefined)
    throw new SuggestionError('修订位置不存在 / the selection is not in the report');
  return a <= b ? [a, b] : [b, a];
}

export function suggestDelete(
  report: Report,
  selection: CommentSelection,
  who: Reviewer,
): { report: Report; id: string | null } {
  const [start, end] = rangeOf(report, selection);
  if (end <= start) throw new SuggestionError('请先选中要删除的文字 / select the text to delete');
  const authorOf = new Map(report.suggestions.map((s) => [s.id, s.author]));
  const s = newSuggestion(report, 'delete', who, `${start}|${end}`);
  let marked = false;
  const r = mapBlocks(report, (block, blockStart) => {
    const from = start - blockStart;
    const to = end - blockStart;
    const children: TextLeaf[] = [];
    let off = 0;
    let touched = false;
    for (const l of block.children) {
      const ls = off;
      const le = off + l.text.length;
      off = le;
      const a = Math.min(Math.max(from, ls), le);
      const b = Math.min(Math.max(to, ls), le);
      if (b <= a) {
        children.push(l);
        continue;
      }
      touched = true;
      if (a > ls) children.push({ ...l, text: l.text.slice(0, a - ls) });
      const mid = l.text.slice(a - ls, b - ls);
      if (l.ins && authorOf.get(l.ins) === who.author) {
        // One's own insertion is simply taken back.
      } else if (l.del) children.push({ ...l, text: mid });
      else {
        children.push({ ...l, text: mid, del: s.id });
        marked = true;
      }
      if (b < le) children.push({ ...l, text: l.text.slice(b - ls) });
    }
    return touched ? { ...block, children: normalizeLeaves(children) } : block;
  });
  const next = marked ? { ...r, suggestions: [...r.suggestions, s] } : r;
  return { report: refreshSuggestions(next), id: marked ? s.id : null };
}
