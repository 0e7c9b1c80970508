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
