/**
 * Suggestion anchors: refreshed from the marks (the truth while they exist), and placing a suggestion
 * that arrives without marks (from Word, or another copy) by its quote. A change is placed only where
 * its context says so: its text between its prefix and suffix (the text is there: mark it), or its
 * prefix and suffix side by side (the text is not there: put it in, marked). Otherwise it is 无法定位.
 */
import type { Block } from '../model/content';
import type { QuoteAnchor, Report, Suggestion } from '../model/report';
import { anchorFromSpan, CONTEXT_CHARS, hintOffset } from '../comments/anchor';
import { flatten, type FlatText } from '../comments/flat';
import { commonPrefix, commonSuffix } from '../comments/search';
import { mapBlocks, normalizeLeaves } from '../comments/marks';
import { insertMarkedText, markSuggestionRange, suggestionSpans, type SuggestionKind } from './marks';
import { judgedText } from './resolve';

/** The anchor of a marked span: its marked text, with the context around the span. */
export function suggestionAnchor(flat: FlatText, start: number, end: number, text: string): QuoteAnchor {
  return { ...anchorFromSpan(flat, start, end), exact: text };
}

/** Drop marks naming no suggestion in the list (keeping their text, unmarked). */
export function stripUnknownMarks(report: Report): Report {
  const known = new Set(report.suggestions.map((s) => s.id));
  const unknown = (bs: readonly Block[]) =>
    bs.some((b) => b.children.some((l) => (l.ins && !known.has(l.ins)) || (l.del && !known.has(l.del))));
  // Untouched reports keep their identity (the checklist caches on it).
  if (!unknown(report.preamble) && !report.sections.some((s) => unknown(s.blocks))) return report;
  return mapBlocks(report, (block) => {
    if (!block.children.some((l) => (l.ins && !known.has(l.ins)) || (l.del && !known.has(l.del))))
      return block;
    const children = block.children.map((l) => {
      const out = { ...l };
      if (out.ins && !known.has(out.ins)) delete out.ins;
      if (out.del && !known.has(out.del)) delete out.del;
      return out;
    });
    return { ...block, children: normalizeLeaves(children) };
  });
}

/**
 * Anchors from the marks; a suggestion whose marks are gone is dropped (its text went: nothing is left
 * to accept), unless it was detached already (无法定位, kept with its quote). The context is taken from
 * the text as the reviewer sees it — pending deletions left out — as Word's is, so a change is placed
 * the same way whether it comes from Word or from another copy.
 */
export function refreshSuggestions(report: Report): Report {
  const stripped = stripUnknownMarks(report);
  if (stripped.suggestions.length === 0) return stripped;
  const full = flatten(stripped);
  const spans = suggestionSpans(full);
  const live = flatten(judgedText(stripped));
  const toLive = liveOffsets(full);
  const suggestions: Suggestion[] = [];
  for (const s of stripped.suggestions) {
    const span = spans.get(s.id);
    if (!span) {
      if (s.detached) suggestions.push(s);
      continue;
    }
    const ls = toLive[span.start]!;
    const le = Math.max(ls, toLive[span.end]!);
    suggestions.push({
      ...s,
      anchor: { ...anchorFromSpan(live, ls, le), exact: span.text },
      detached: false,
    });
  }
  return { ...stripped, suggestions };
}

/** For each offset of the full text, the offset in the text without pending deletions. */
function liveOffsets(full: FlatText): number[] {
  const out: number[] = [];
  let n = 0;
  for (const b of full.blocks) {
    for (const l of b.block.children)
      for (let i = 0; i < l.text.length; i++) {
        out.push(n);
        if (!l.del) n += 1;
      }
    out.push(n); // the "\n" after the block (or the end)
    n += 1;
  }
  return out;
}

interface Candidate {
  pos: number;
  score: number;
  dist: number;
}

/** The single best candidate: highest score, then nearest the hint; a tie without a hint is ambiguous. */
function pick(cands: Candidate[]): number | undefined {
  if (cands.length === 0) return undefined;
  const sorted = [...cands].sort((a, b) => b.score - a.score || a.dist - b.dist);
  const [first, second] = sorted;
  if (second && second.score === first!.score && second.dist === first!.dist) return undefined;
  return first!.pos;
}

function localContext(a: QuoteAnchor): { pre: string; suf: string; atStart: boolean; atEnd: boolean } {
  const pi = a.prefix.lastIndexOf('\n');
  const si = a.suffix.indexOf('\n');
  return {
    pre: pi >= 0 ? a.prefix.slice(pi + 1) : a.prefix,
    suf: si >= 0 ? a.suffix.slice(0, si) : a.suffix,
    atStart: pi >= 0 || a.prefix.length < CONTEXT_CHARS,
    atEnd: si >= 0 || a.suffix.length < CONTEXT_CHARS,
  };
}

/** Where the quoted text stands, between its context; undefined when the context does not vouch for it. */
export function findSpan(flat: FlatText, a: QuoteAnchor, kind: SuggestionKind): number | undefined {
  const exact = a.exact;
  if (exact === '') return undefined;
  const hint = hintOffset(flat, a);
  const local = localContext(a);
  const need = Math.min(8, local.pre.length + local.suf.length);
  const text = flat.text;
  const cands: Candidate[] = [];
  for (let i = text.indexOf(exact); i >= 0 && cands.length < 2000; i = text.indexOf(exact, i + 1)) {
    const score =
      commonSuffix(text.slice(Math.max(0, i - a.prefix.length), i), a.prefix) +
      commonPrefix(text.slice(i + exact.length, i + exact.length + a.suffix.length), a.suffix);
    if (score < need) continue;
    // Where the context says the paragraph began (or ended) right there, so must the match.
    if (local.pre === '' && local.atStart && i > 0 && text[i - 1] !== '\n') continue;
    const e = i + exact.length;
    if (local.suf === '' && local.atEnd && e < text.length && text[e] !== '\n') continue;
    if (alreadyMarked(flat, i, e, kind)) continue;
    cands.push({ pos: i, score, dist: hint === null ? 0 : Math.abs(i - hint) });
  }
  return pick(cands);
}

function alreadyMarked(flat: FlatText, start: number, end: number, kind: SuggestionKind): boolean {
  for (const b of flat.blocks) {
    if (b.start > end || b.start + b.text.length < start) continue;
    let off = b.start;
    for (const l of b.block.children) {
      const ls = off;
      off += l.text.length;
      if (off <= start || ls >= end) continue;
      if (kind === 'insert' ? l.ins : l.del) return true;
    }
  }
  return false;
}

/** A point between the quote's prefix and suffix (the quoted text is not there). */
export function findPoint(flat: FlatText, a: QuoteAnchor): number | undefined {
  const text = flat.text;
  const hint = hintOffset(flat, a);
  for (const n of [CONTEXT_CHARS, 16, 8]) {
    const pre = a.prefix.slice(-n);
    const suf = a.suffix.slice(0, n);
    if (pre.length + suf.length < 6) continue;
    const key = pre + suf;
    const cands: Candidate[] = [];
    for (let i = text.indexOf(key); i >= 0 && cands.length < 2000; i = text.indexOf(key, i + 1)) {
      const p = i + pre.length;
      const score =
        commonSuffix(text.slice(Math.max(0, p - a.prefix.length), p), a.prefix) +
        commonPrefix(text.slice(p, p + a.suffix.length), a.suffix);
      cands.push({ pos: p, score, dist: hint === null ? 0 : Math.abs(p - hint) });
    }
    const p = pick(cands);
    if (p !== undefined) return p;
    if (cands.length > 1) return undefined;
  }
  // Within one paragraph (the copy's text around it may differ: headings, other paragraphs, other
  // changes further along), on at most 8 characters each side.
  const local = localContext(a);
  const found = pointInParagraph(flat, local, hint);
  if (found !== undefined) return found;
  // A heading's typed number ("（一）加强" before a change in "（一）加强党的组织领导") is in the copy's
  // text, not in the report's, whose numbers are derived: the paragraph's start without it.
  const label = local.atStart ? HEADING_LABEL.exec(local.pre)?.[0] : undefined;
  return label ? pointInParagraph(flat, { ...local, pre: local.pre.slice(label.length) }, hint) : undefined;
}

/** A sub-heading's typed number at the start of a paragraph: （一）, 1. / 1、, （1）. */
const HEADING_LABEL = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[1-9]\d?[.．、](?!\d)|[（(][1-9]\d?[）)])/u;

function pointInParagraph(
  flat: FlatText,
  local: ReturnType<typeof localContext>,
  hint: number | null,
): number | undefined {
  const W = 8;
  const pre = local.pre.slice(-W);
  const suf = local.suf.slice(0, W);
  const atStart = local.atStart && local.pre.length <= W;
  const atEnd = local.atEnd && local.suf.length <= W;
  if (pre.length + suf.length < 4 && !(atStart && atEnd && pre.length + suf.length > 0)) return undefined;
  const cands: Candidate[] = [];
  const key = pre + suf;
  for (const b of flat.blocks) {
    if (atStart && atEnd && b.text !== key) continue;
    for (let i = b.text.indexOf(key); i >= 0 && cands.length < 2000; i = b.text.indexOf(key, i + 1)) {
      if (atStart && i !== 0) break;
      if (atEnd && i + key.length !== b.text.length) continue;
      const pos = b.start + i + pre.length;
      cands.push({ pos, score: 0, dist: hint === null ? 0 : Math.abs(pos - hint) });
    }
  }
  return pick(cands);
}

/**
 * The text as the reviewer saw it: pending deletions left out (Word's text around a change does not hold
 * them), with the full-text offset of every character of it (and of its end).
 */
function liveView(report: Report, full: FlatText): { flat: FlatText; map: number[] } {
  const live = flatten(judgedText(report));
  const map: number[] = [];
  for (const b of full.blocks) {
    let off = b.start;
    for (const l of b.block.children) {
      if (!l.del) for (let i = 0; i < l.text.length; i++) map.push(off + i);
      off += l.text.length;
    }
    map.push(off); // the "\n" after the block (or the end)
  }
  return { flat: live, map };
}

export interface PlaceOptions {
  /**
   * The inserted text is in the report already (a DOCX import reads w:ins text as the paragraph's): an
   * insertion is only marked where its text is, never written in again. One whose whole paragraph was
   * read as a run-in heading and its text is marked on that text, the part after the heading.
   */
  insertionsInText?: boolean;
}

/** Place one suggestion by its quote: mark its text where it stands, or put it in, marked. */
export function placeSuggestion(
  report: Report,
  s: Suggestion,
  opts: PlaceOptions = {},
): { report: Report; placed: boolean } {
  const full = flatten(report);
  const { flat, map } = liveView(report, full);
  const exact = s.anchor.exact;
  if (exact === '') return { report, placed: false };
  const at = findSpan(flat, s.anchor, s.type);
  if (at !== undefined) {
    const start = map[at]!;
    const end = map[at + exact.length - 1]! + 1;
    if (!alreadyMarked(full, start, end, s.type))
      return { report: markSuggestionRange(report, s.id, s.type, start, end), placed: true };
  }
  if (s.type === 'insert' && opts.insertionsInText) {
    // "（三）依法化解水事纠纷。调处……" read as the heading "依法化解水事纠纷" and the paragraph "调处……".
    const lead = /^[^\n。：:]{2,40}[。：:]/u.exec(exact)?.[0];
    const rest = lead ? exact.slice(lead.length) : '';
    const from = rest.length >= 8 ? flat.text.indexOf(rest) : -1;
    if (from < 0 || flat.text.indexOf(rest, from + 1) >= 0) return { report, placed: false };
    const start = map[from]!;
    const end = map[from + rest.length - 1]! + 1;
    if (alreadyMarked(full, start, end, s.type)) return { report, placed: false };
    return { report: markSuggestionRange(report, s.id, s.type, start, end), placed: true };
  }
  if (exact.includes('\n')) return { report, placed: false };
  // A whole paragraph inserted, or deleted (its text is not in a report read from the reviewer's copy).
  const whole = findParagraphSlot(flat, s.anchor);
  if (whole) return { report: insertParagraph(report, whole, exact, s.id, s.type), placed: true };
  const point = findPoint(flat, s.anchor);
  if (point === undefined) return { report, placed: false };
  return {
    report: insertMarkedText(report, map[point] ?? full.text.length, exact, s.id, s.type),
    placed: true,
  };
}

interface Slot {
  sectionId: string | null;
  /** Insert before this block index of the section (or the preamble). */
  blockIndex: number;
}

/**
 * A whole paragraph inserted (Word: a new paragraph of inserted text): where it goes, between the
 * paragraph its context ends with and the one it starts with — both, else either alone; unique.
 */
export function findParagraphSlot(flat: FlatText, a: QuoteAnchor): Slot | undefined {
  const local = localContext(a);
  if (local.pre !== '' || local.suf !== '' || !a.prefix.endsWith('\n') || !a.suffix.startsWith('\n'))
    return undefined;
  const prevLine = a.prefix.slice(0, -1).split('\n').pop() ?? '';
  const nextLine = a.suffix.slice(1).split('\n')[0] ?? '';
  const prevTail = prevLine.slice(-16);
  const nextHead = nextLine.slice(0, 16);
  const blocks = flat.blocks;
  const tries: ((j: number) => boolean)[] = [];
  if (prevTail.length >= 2 && nextHead.length >= 2)
    tries.push((j) =>
      Boolean(blocks[j - 1]?.text.endsWith(prevTail) && blocks[j]?.text.startsWith(nextHead)),
    );
  if (nextHead.length >= 4) tries.push((j) => Boolean(blocks[j]?.text.startsWith(nextHead)));
  if (prevTail.length >= 4) tries.push((j) => Boolean(blocks[j - 1]?.text.endsWith(prevTail)));
  for (const ok of tries) {
    const hits: number[] = [];
    for (let j = 0; j <= blocks.length && hits.length < 2; j++) if (ok(j)) hits.push(j);
    if (hits.length > 1) return undefined;
    const j = hits[0];
    if (j === undefined) continue;
    const next = blocks[j];
    const prev = blocks[j - 1];
    // Before the next paragraph in its section; at the end of the previous one's section when that is
    // the one that matched (the next paragraph starts another section).
    const prevOnly = prevTail.length >= 4 && ok === tries[tries.length - 1];
    if (next && !(prevOnly && prev && prev.sectionId !== next.sectionId))
      return { sectionId: next.sectionId, blockIndex: next.blockIndex };
    if (prev) return { sectionId: prev.sectionId, blockIndex: prev.blockIndex + 1 };
    return undefined;
  }
  return undefined;
}

function insertParagraph(report: Report, slot: Slot, text: string, id: string, kind: SuggestionKind): Report {
  const block: Block = {
    type: 'paragraph',
    children: [kind === 'delete' ? { text, del: id } : { text, ins: id }],
  };
  const put = (blocks: readonly Block[]) => [
    ...blocks.slice(0, slot.blockIndex),
    block,
    ...blocks.slice(slot.blockIndex),
  ];
  if (slot.sectionId === null) return { ...report, preamble: put(report.preamble) };
  return {
    ...report,
    sections: report.sections.map((s) => (s.id === slot.sectionId ? { ...s, blocks: put(s.blocks) } : s)),
  };
}
