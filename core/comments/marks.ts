/**
 * Comment marks on text leaves (`comments: [threadId]`): adding a thread's marks over a flat range,
 * removing them, and finding where a thread's marks are. Pure: every function returns a new report.
 */
import type { Block, TextLeaf } from '../model/content';
import type { Report } from '../model/report';
import { flatten, type FlatText } from './flat';

function sameMarks(a: TextLeaf, b: TextLeaf): boolean {
  if (Boolean(a.bold) !== Boolean(b.bold) || a.ins !== b.ins || a.del !== b.del) return false;
  const x = a.comments ?? [];
  const y = b.comments ?? [];
  return x.length === y.length && x.every((id) => y.includes(id));
}

/** A leaf with `text` and `comments`, keeping the other marks of `like` (bold, suggestions). */
function leaf(text: string, like: TextLeaf | undefined, comments: readonly string[]): TextLeaf {
  const l: TextLeaf = { text };
  if (like?.bold) l.bold = true;
  if (comments.length) l.comments = [...comments];
  if (like?.ins) l.ins = like.ins;
  if (like?.del) l.del = like.del;
  return l;
}

/** Merge neighbours with the same marks and drop empty leaves (keeping one), as Slate normalizes. */
export function normalizeLeaves(leaves: readonly TextLeaf[]): TextLeaf[] {
  const out: TextLeaf[] = [];
  for (const l of leaves) {
    if (l.text === '') continue;
    const prev = out[out.length - 1];
    if (prev && sameMarks(prev, l)) out[out.length - 1] = { ...prev, text: prev.text + l.text };
    else out.push(leaf(l.text, l, l.comments ?? []));
  }
  if (out.length === 0) {
    const first = leaves[0];
    out.push(leaf('', first?.bold ? { text: '', bold: true } : undefined, []));
  }
  return out;
}

type BlockFn = (block: Block, blockStart: number) => Block;

export function mapBlocks(report: Report, fn: BlockFn): Report {
  let pos = 0;
  const map = (blocks: readonly Block[]) =>
    blocks.map((b) => {
      const start = pos;
      let len = 0;
      for (const l of b.children) len += l.text.length;
      pos += len + 1;
      return fn(b, start);
    });
  const preamble = map(report.preamble);
  const sections = report.sections.map((s) => ({ ...s, blocks: map(s.blocks) }));
  return { ...report, preamble, sections };
}

/**
 * Rewrite the leaves of the flat range [start, end): leaves are split at the range's edges and each piece
 * is given to `piece` with whether it lies inside; the result is normalised. Blocks the range does not
 * touch are returned as they are. Shared by comment marks and 修订 marks.
 */
export function mapRangeLeaves(
  report: Report,
  start: number,
  end: number,
  piece: (leaf: TextLeaf, text: string, inside: boolean) => TextLeaf,
): Report {
  if (end <= start) return report;
  return mapBlocks(report, (block, blockStart) => {
    let len = 0;
    for (const l of block.children) len += l.text.length;
    const from = Math.max(start - blockStart, 0);
    const to = Math.min(end - blockStart, len);
    if (to <= from) return block;
    const children: TextLeaf[] = [];
    let off = 0;
    for (const l of block.children) {
      const ls = off;
      const le = off + l.text.length;
      off = le;
      const cuts = [ls, Math.min(Math.max(from, ls), le), Math.min(Math.max(to, ls), le), le];
      for (let i = 0; i < 3; i++) {
        const a = cuts[i]!;
        const b = cuts[i + 1]!;
        if (b <= a) continue;
        children.push(piece(l, l.text.slice(a - ls, b - ls), a >= from && b <= to));
      }
    }
    return { ...block, children: normalizeLeaves(children) };
  });
}

/** Add `threadId` to every leaf inside the flat range [start, end), splitting leaves at its edges. */
export function markRange(report: Report, threadId: string, start: number, end: number): Report {
  return mapRangeLeaves(report, start, end, (l, text, inside) => {
    const ids = l.comments ?? [];
    return leaf(text, l, inside && !ids.includes(threadId) ? [...ids, threadId] : ids);
  });
}

/** Remove the marks of the threads `drop` says yes to. */
export function unmark(report: Report, drop: (threadId: string) => boolean): Report {
  return mapBlocks(report, (block) => {
    if (!block.children.some((l) => l.comments?.some(drop))) return block;
    const children = block.children.map((l) =>
      leaf(
        l.text,
        l,
        (l.comments ?? []).filter((id) => !drop(id)),
      ),
    );
    return { ...block, children: normalizeLeaves(children) };
  });
}

/** Flat span from the first to the last leaf marked with each thread id. */
export function markedSpans(flat: FlatText): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  for (const b of flat.blocks) {
    let off = b.start;
    for (const l of b.block.children) {
      const s = off;
      off += l.text.length;
      if (l.text === '') continue;
      for (const id of l.comments ?? []) {
        const span = spans.get(id);
        if (span) span.end = off;
        else spans.set(id, { start: s, end: off });
      }
    }
  }
  return spans;
}

export function markedSpan(report: Report, threadId: string): { start: number; end: number } | undefined {
  return markedSpans(flatten(report)).get(threadId);
}
