/**
 * Comment threads → Word comments (review copies only). Each comment of a thread gets its own numeric
 * id; replies point at the first comment by parentId (the packer writes commentsExtended with
 * paraIdParent), and a resolved thread marks every comment done. Ranges are placed by the exporter:
 * over the marked leaves, or, for a thread whose text is gone, over its section's heading.
 */
import { Paragraph, TextRun, type ICommentOptions } from 'docx';
import type { Report, Thread } from '../../model/report';
import { wordAuthor } from '../../comments/author';
import { STYLE } from './styles-xml';
import { xmlSafe, type DroppedChars } from './text-safety';
import { paraIdOf } from './comments-extended';

export interface CommentPlan {
  options: ICommentOptions[];
  /** The true time of each comment (ISO 8601), by its numeric id; null where it has none. */
  utc: (string | null)[];
  /** Thread id → the ids of its comments, opener first. */
  ids: Map<string, number[]>;
}

function commentParagraphs(text: string, dropped: DroppedChars): Paragraph[] {
  const lines = xmlSafe(text, dropped).split(/\r\n|\r|\n/);
  return lines.map((line) => new Paragraph({ style: STYLE.comment, children: [new TextRun(line)] }));
}

function parseDate(iso: string): Date | undefined {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * The comments of the threads to export. `detachedNote` threads get their quote prefixed, so the reader
 * of the Word copy knows the comment was about text that is no longer there. Each comment's w:date is
 * its time on the writer's clock (`zoneOffset`, minutes east of UTC), as Word writes it: Word shows
 * w:date as it stands, so a comment made at 10:00 in Beijing written as true UTC showed as 02:00.
 * The true time goes into commentsExtensible (comments-extended.ts), keyed by each comment's durable id.
 */
export function planComments(
  threads: readonly Thread[],
  detached: ReadonlySet<string>,
  dropped: DroppedChars,
  zoneOffset = 0,
): CommentPlan {
  const options: ICommentOptions[] = [];
  const utc: (string | null)[] = [];
  const ids = new Map<string, number[]>();
  let next = 0;
  for (const t of threads) {
    const threadIds: number[] = [];
    t.comments.forEach((c, i) => {
      const id = next++;
      threadIds.push(id);
      let text = c.text;
      if (i === 0 && detached.has(t.id)) text = `（原文已不在：“${t.anchor.exact}”）${text}`;
      const date = parseDate(c.createdAt);
      utc.push(date ? date.toISOString() : null);
      options.push({
        id,
        durableId: paraIdOf(id),
        // The unit goes with the name (张三（市司法局）): Word keeps no unit of its own.
        author: wordAuthor(xmlSafe(c.author, dropped) || '审阅人', c.unit && xmlSafe(c.unit, dropped)),
        initials: xmlSafe(c.initials, dropped) || undefined,
        ...(date ? { date: new Date(date.getTime() + zoneOffset * 60_000) } : {}),
        ...(i > 0 ? { parentId: threadIds[0]! } : {}),
        ...(t.resolved ? { resolved: true } : {}),
        children: commentParagraphs(text, dropped),
      });
    });
    ids.set(t.id, threadIds);
  }
  return { options, ids, utc };
}

/** Thread ids that some leaf of the report carries (only leaves the exporter writes count). */
export function anchoredThreadIds(report: Report, writes: (text: string) => boolean): Set<string> {
  const found = new Set<string>();
  const scan = (blocks: Report['preamble']) => {
    for (const b of blocks) {
      if (!writes(b.children.map((l) => l.text).join(''))) continue;
      for (const leaf of b.children) for (const id of leaf.comments ?? []) found.add(id);
    }
  };
  scan(report.preamble);
  for (const s of report.sections) scan(s.blocks);
  return found;
}
