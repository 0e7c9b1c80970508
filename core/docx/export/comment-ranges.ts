/**
 * Comment ranges in the body: each thread's range opens before the first leaf marked with it and closes
 * after the last (document order), followed by one reference run per comment of the thread (Word wants
 * a range and a reference for every reply too). Detached threads wrap a whole heading instead.
 */
import { CommentRangeEnd, CommentRangeStart, CommentReference, TextRun, type ParagraphChild } from 'docx';
import type { Block } from '../../model/content';
import type { Report } from '../../model/report';
import { blockWrites, leafKey, type ExportContext } from './export-context';

function push(map: Map<string, string[]>, key: string, thread: string): void {
  const list = map.get(key);
  if (list) list.push(thread);
  else map.set(key, [thread]);
}

/** Fill ctx.startsAt / ctx.endsAt for the threads that are anchored in written text. */
export function locateThreads(ctx: ExportContext, report: Report, detached: ReadonlySet<string>): void {
  const first = new Map<string, string>();
  const last = new Map<string, string>();
  const visit = (prefix: string, blocks: readonly Block[]) => {
    blocks.forEach((b, i) => {
      if (!blockWrites(b)) return;
      b.children.forEach((leaf, j) => {
        const key = leafKey(`${prefix}/${i}`, j);
        for (const id of leaf.comments ?? []) {
          if (!ctx.comments?.ids.has(id) || detached.has(id)) continue;
          if (!first.has(id)) first.set(id, key);
          last.set(id, key);
        }
      });
    });
  };
  visit('preamble', report.preamble);
  report.sections.forEach((s, i) => visit(`s${i}`, s.blocks));
  for (const [thread, key] of first) push(ctx.startsAt, key, thread);
  for (const [thread, key] of last) push(ctx.endsAt, key, thread);
}

function referenceRuns(ids: readonly number[]): TextRun[] {
  return ids.map((id) => new TextRun({ style: 'CommentReference', children: [new CommentReference(id)] }));
}

function idsOf(ctx: ExportContext, threads: readonly string[]): number[] {
  return threads.flatMap((t) => ctx.comments?.ids.get(t) ?? []);
}

export function rangeStarts(ctx: ExportContext, key: string): ParagraphChild[] {
  return idsOf(ctx, ctx.startsAt.get(key) ?? []).map((id) => new CommentRangeStart(id));
}

export function rangeEnds(ctx: ExportContext, key: string): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  for (const thread of ctx.endsAt.get(key) ?? []) {
    const ids = idsOf(ctx, [thread]);
    out.push(...ids.map((id) => new CommentRangeEnd(id)), ...referenceRuns(ids));
  }
  return out;
}

/** Whole-paragraph children wrapped in the ranges of the given threads (detached threads on a heading). */
export function wrapInThreads(
  ctx: ExportContext,
  threads: readonly string[],
  children: ParagraphChild[],
): ParagraphChild[] {
  const ids = idsOf(ctx, threads);
  if (ids.length === 0) return children;
  return [
    ...ids.map((id) => new CommentRangeStart(id)),
    ...children,
    ...ids.map((id) => new CommentRangeEnd(id)),
    ...referenceRuns(ids),
  ];
}

/**
 * A line — the title (its printed lines, broken), the 主送机关, a heading, the 署名, the 成文日期 — as
 * runs with each thread's range around its own words (ctx.lineSpans, when the line is written as the
 * text they were found on), or around the whole line. `piece`: these lines are one paragraph of a line
 * printed over several (a joint 署名, one organ a paragraph) starting at `from` in it: a range opens in
 * the piece its words begin in and closes in the one they end in.
 */
export function wrapLineInThreads(
  ctx: ExportContext,
  threads: readonly string[],
  lines: readonly string[],
  piece?: { line: string; from: number },
): ParagraphChild[] {
  const text = lines.join('');
  const full = piece?.line ?? text;
  const from = piece?.from ?? 0;
  const to = from + text.length;
  const spans = threads.map((t) => {
    const at = ctx.lineSpans?.get(t);
    const fits = at && at.line === full && at.start >= 0 && at.end <= full.length && at.start < at.end;
    const start = (fits ? at.start : 0) - from;
    const end = (fits ? at.end : full.length) - from;
    // where the range opens and closes in this piece (null: in another paragraph; a span found on the
    // line starts and ends on a character, never on the spaces between pieces)
    return {
      ids: idsOf(ctx, [t]),
      start: start >= 0 && start < text.length ? start : null,
      end: end > 0 && end <= text.length ? end : null,
    };
  });
  if (from === 0 && to === full.length && spans.every((x) => x.start === 0 && x.end === text.length))
    return wrapInThreads(
      ctx,
      threads,
      lines.map((l, i) => new TextRun({ text: l, ...(i > 0 ? { break: 1 } : {}) })),
    );
  const breaks = new Set<number>();
  let offset = 0;
  for (const l of lines) {
    if (offset > 0) breaks.add(offset);
    offset += l.length;
  }
  const ends = spans.flatMap((x) => [x.start, x.end]).filter((x): x is number => x !== null);
  const cuts = [...new Set([0, text.length, ...breaks, ...ends])].sort((a, b) => a - b);
  const out: ParagraphChild[] = [];
  cuts.forEach((at, i) => {
    // A range ending at a line's end closes before the break; one starting a line opens after it, so
    // its quote is the words, without the line break.
    for (const x of spans.filter((y) => y.end === at))
      out.push(...x.ids.map((id) => new CommentRangeEnd(id)), ...referenceRuns(x.ids));
    if (breaks.has(at)) out.push(new TextRun({ break: 1 }));
    for (const x of spans.filter((y) => y.start === at))
      out.push(...x.ids.map((id) => new CommentRangeStart(id)));
    const next = cuts[i + 1];
    if (next !== undefined && next > at) out.push(new TextRun(text.slice(at, next)));
  });
  return out;
}
