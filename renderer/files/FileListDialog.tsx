/** A dialog listing the workspace's files (the browser has no native file dialog): pick one or 取消. */
import type { ReactNode } from 'react';
import type { ApiOutput } from '../../core/api/contract';
import { Dialog, DialogActions } from './Dialog';

export type WorkspaceEntry = ApiOutput<'file.list'>[number];

export function FileListDialog({
  title,
  intro,
  workspace,
  files,
  listLabel,
  emptyText,
  kindText,
  onPick,
  onCancel,
}: {
  title: string;
  /** Shown above the workspace line. */
  intro?: ReactNode;
  workspace: string;
  files: readonly WorkspaceEntry[];
  /** The list's accessible name. */
  listLabel: string;
  emptyText: string;
  kindText(entry: WorkspaceEntry): string;
  onPick(path: string): void;
  onCancel(): void;
}) {
  return (
    <Dialog title={title} onCancel={onCancel}>
      {intro}
      <p className="gw-muted">工作文件夹：{workspace}</p>
      {files.length === 0 ? (
        <p>{emptyText}</p>
      ) : (
        <ul className="gw-filelist" aria-label={listLabel}>
          {files.map((f) => (
            <li key={f.path}>
              <button type="button" onClick={() => onPick(f.path)}>
                <span className="gw-fname">{f.name}</span>
                <span className="gw-muted">
                  {kindText(f)} · {new Date(f.mtimeMs).toLocaleString('zh-CN')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <DialogActions onCancel={onCancel} />
    </Dialog>
  );
}
