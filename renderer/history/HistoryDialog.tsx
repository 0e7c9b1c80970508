/**
 * 历史版本: the open file (its time and 字数) and its earlier versions — the .bak kept by the last save
 * and the autosaves recorded for it — each with its time and 字数. Any opens as an unsaved copy; the
 * file itself is replaced only by the copy's explicit 用此版本替换原文件 step.
 */
import type { ApiOutput } from '../../core/api/contract';
import { Dialog, DialogActions } from '../files/Dialog';
import { baseName, formatTime } from './format';
import './history.css';

type History = ApiOutput<'history.list'>;
export type Version = History['versions'][number];

export function versionName(v: Version): string {
  return v.source === 'bak' ? '上次保存前的版本（.bak）' : '自动保存的版本';
}

export function HistoryDialog({
  history,
  onOpenVersion,
  onCancel,
}: {
  history: History;
  onOpenVersion(v: Version): void;
  onCancel(): void;
}) {
  return (
    <Dialog title="历史版本" onCancel={onCancel}>
      <p>
        <span className="gw-fname">{baseName(history.path)}</span>
        {history.mtimeMs !== null ? (
          <span className="gw-muted">
            {' '}
            · 文件保存于 {formatTime(history.mtimeMs)}
            {history.chars !== null && ` · ${history.chars} 字`}
          </span>
        ) : (
          <span className="gw-muted"> · 文件已不在原处</span>
        )}
      </p>
      {history.versions.length === 0 ? (
        <p>此文件没有历史版本（第一次保存后才有 .bak，未保存的修改才有自动保存）。</p>
      ) : (
        <ul className="gw-filelist gw-versions" aria-label="历史版本列表">
          {history.versions.map((v) => (
            <li key={v.key ?? 'bak'}>
              <span className="gw-version">
                <span className="gw-fname">{versionName(v)}</span>
                <span className="gw-muted">
                  {formatTime(Date.parse(v.savedAt))} · {v.chars} 字
                  {history.chars !== null && ` （${signed(v.chars - history.chars)}）`}
                </span>
                {v.newer && <span className="gw-badge">比文件新</span>}
              </span>
              <button type="button" onClick={() => onOpenVersion(v)}>
                打开副本
              </button>
            </li>
          ))}
        </ul>
      )}
      <p className="gw-muted">
        版本以未保存的副本打开，原文件不会改动；比较后要恢复，在副本上方点“用此版本替换原文件…”。
      </p>
      <DialogActions onCancel={onCancel} />
    </Dialog>
  );
}

function signed(n: number): string {
  return n === 0 ? '字数相同' : n > 0 ? `比文件多 ${n} 字` : `比文件少 ${-n} 字`;
}
