/**
 * Paints commented text by thread state with one small style sheet instead of per-leaf props, so the
 * editors' leaf renderer stays stable: open threads light yellow, resolved ones faint, the active thread
 * stronger. Marks naming no thread (an undone deletion) are not painted.
 */
import { useSyncExternalStore } from 'react';
import type { CommentsController, ThreadView } from './controller';

function cssId(id: string): string {
  return typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
}

function sel(id: string): string {
  return `.gw-c[data-c~="${cssId(id)}"]`;
}

export function threadCss(threads: readonly ThreadView[], active: string | null): string {
  const resolved = threads.filter((t) => t.thread.resolved).map((t) => sel(t.thread.id));
  const open = threads.filter((t) => !t.thread.resolved).map((t) => sel(t.thread.id));
  const rules: string[] = [];
  if (resolved.length)
    rules.push(`${resolved.join(',')}{background:#f1f1ec;border-bottom:1px dotted #b9b9a8}`);
  if (open.length) rules.push(`${open.join(',')}{background:#fff3b8;border-bottom:1px solid #f0cf5a}`);
  if (active && threads.some((t) => t.thread.id === active))
    rules.push(`${sel(active)}{background:#ffd85c;border-bottom:2px solid #d99a00}`);
  // The title, 主送机关, 署名 and 成文日期 carry no marks: their line on the page and their field in
  // 报告信息 are painted as a whole, by the state of the threads on them.
  // A part's heading (from Word) is painted the same way, by its section.
  const lines = new Map<string, ThreadView[]>();
  for (const t of threads) {
    const place = t.listing.place;
    if (!place) continue;
    // a joint 署名's organs are lines of their own: only those its words are on
    const organs = t.listing.organs;
    const key =
      place === 'heading'
        ? `.gw-page [data-line="heading"][data-section="${cssId(t.listing.section ?? '')}"] .gw-line-text`
        : organs
          ? [
              ...organs.map((at) => `.gw-page [data-line="${place}"][data-line-at="${at}"] .gw-line-text`),
              `input[data-line="${place}"]`,
            ].join(',')
          : `.gw-page [data-line="${place}"] .gw-line-text,input[data-line="${place}"]`;
    lines.set(key, [...(lines.get(key) ?? []), t]);
  }
  for (const [line, on] of lines) {
    if (on.some((t) => t.thread.id === active))
      rules.push(`${line}{background:#ffd85c;box-shadow:inset 0 -2px 0 #d99a00}`);
    else if (on.some((t) => !t.thread.resolved))
      rules.push(`${line}{background:#fff3b8;box-shadow:inset 0 -1px 0 #f0cf5a}`);
    else rules.push(`${line}{background:#f1f1ec}`);
  }
  return rules.join('\n');
}

export function ThreadStyles({ controller }: { controller: CommentsController }) {
  const snap = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  return <style data-gw="comments">{threadCss(snap.threads, snap.active)}</style>;
}
