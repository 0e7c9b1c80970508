/** How comment times and counts read in the panel (Chinese, the machine's local time). */
import { HIDDEN_CHARS } from '../../core/model/hidden-chars';

/** "11月25日 09:05", with the year when it is not `now`'s. */
export function commentTime(iso: string, now: Date = new Date()): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  return d.getFullYear() === now.getFullYear() ? day : `${d.getFullYear()}年${day}`;
}

/** The line said after merging a reviewer's copy. */
export function mergeSummary(r: {
  added: number;
  placed: number;
  detached: number;
  onMeta?: number;
  suggestionsAdded?: number;
  suggestionsUnplaced?: number;
  deletedSkipped?: number;
  revived?: number;
  alreadyPresent?: number;
}): string {
  const s = r.suggestionsAdded ?? 0;
  const changes =
    (s > 0
      ? `修订 ${s} 处已并入“修订”栏${r.suggestionsUnplaced ? `（其中 ${r.suggestionsUnplaced} 处无法定位）` : ''}。`
      : '') +
    // What the copy still carried and was left out: deleted here, or already here in another shape.
    (r.deletedSkipped ? `${r.deletedSkipped} 条此前已删除的批注未再加入。` : '') +
    (r.revived ? `${r.revived} 条此前已删除的批注因审阅人有新回复而重新加入。` : '') +
    (r.alreadyPresent ? `${r.alreadyPresent} 条已有的批注未重复加入（审阅稿中的回复关系有变）。` : '');
  if (r.added === 0) return '合并完成：没有新的批注（已有的批注不会重复添加，新的回复已并入）。' + changes;
  const parts = [`合并完成：新增 ${r.added} 条批注`, `其中 ${r.placed} 条已定位到正文`];
  const onMeta = Math.min(r.onMeta ?? 0, r.detached);
  if (onMeta > 0) parts.push(`${onMeta} 条在标题、署名等行上`);
  if (r.detached > onMeta) parts.push(`${r.detached - onMeta} 条原文已删除，保留在批注栏中`);
  return parts.join('，') + '。' + changes;
}

/**
 * The comment as the panel shows it: the characters `gwdraft comments` escapes too (HIDDEN_CHARS) as
 * \u escapes (\u202e). The comment itself is left as it is.
 */
export function shownText(s: string): string {
  return s.replace(HIDDEN_CHARS, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
