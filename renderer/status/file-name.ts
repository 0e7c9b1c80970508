/** The file in hand, as the title bar and the status bar name it. */

/** 报告.gwdraft from a path (either separator); 未命名（未保存） for a document never saved. */
export function fileNameOf(path: string | null): string {
  if (path === null) return '未命名（未保存）';
  const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return path.slice(i + 1);
}

/** "● 报告.gwdraft — 公文起草助手": the unsaved dot first, as Word and VS Code show it. */
export function windowTitle(path: string | null, dirty: boolean): string {
  return `${dirty ? '● ' : ''}${fileNameOf(path)} — 公文起草助手`;
}
