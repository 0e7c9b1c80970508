/** Times and names as the history feature shows them. */

export function formatTime(ms: number): string {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleString('zh-CN', { hour12: false });
}

/** "2025/1/6 10:32:05 自动保存的版本" or "上次保存前的版本（.bak，保存于 …）". */
export function versionLabel(v: { source: 'bak' | 'autosave'; savedAt: string }): string {
  const when = formatTime(Date.parse(v.savedAt));
  return v.source === 'bak' ? `上次保存前的版本（.bak，保存于 ${when}）` : `${when} 自动保存的版本`;
}

export function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}
