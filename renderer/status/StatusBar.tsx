/**
 * The status bar: the file in hand (name, 已保存 time or 未保存), 第 N 页 / 共 M 页 from the preview's
 * pagination, 字数, and the page's zoom.
 */
import { memo } from 'react';
import type { DocSnapshot, DocStore } from '../document/doc-store';
import { useDoc } from '../document/use-doc';
import { usePages } from './use-pages';
import { setZoom, useZoom, zoomBy, ZOOM_MAX, ZOOM_MIN } from './zoom';
import { fileNameOf } from './file-name';
import './status.css';

const selPath = (s: DocSnapshot) => s.path;
const selDirty = (s: DocSnapshot) => s.dirty;
const selMtime = (s: DocSnapshot) => s.mtimeMs;
const selTotal = (s: DocSnapshot) => s.total;

/** 17:05 today, 11月28日 17:05 otherwise. */
export function savedAt(ms: number, now = new Date()): string {
  const d = new Date(ms);
  const hm = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  const today =
    d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate();
  if (today) return hm;
  const md = `${d.getMonth() + 1}月${d.getDate()}日 ${hm}`;
  return d.getFullYear() === now.getFullYear() ? md : `${d.getFullYear()}年${md}`;
}

export const StatusBar = memo(function StatusBar({
  store,
  load,
}: {
  store: DocStore;
  /** The DOCX the preview shows (its bytes), paginated the same way for 共 M 页. */
  load: () => Promise<Uint8Array>;
}) {
  const path = useDoc(store, selPath);
  const dirty = useDoc(store, selDirty);
  const mtime = useDoc(store, selMtime);
  const total = useDoc(store, selTotal);
  const zoom = useZoom();
  const pages = usePages(store, load);
  const saved =
    path === null
      ? '尚未保存为文件'
      : dirty
        ? '有未保存的修改'
        : mtime !== null
          ? `已保存 ${savedAt(mtime)}`
          : '';
  return (
    <footer className="gw-status" aria-label="状态栏">
      <span className="gw-status-file" title={path ?? undefined} data-testid="status-file">
        {dirty && <span aria-label="未保存">● </span>}
        {fileNameOf(path)}
      </span>
      <span data-testid="status-saved">{saved}</span>
      <span data-testid="status-pages">
        {pages ? `第 ${pages.current ?? 1} 页 / 共 ${pages.total} 页` : '正在计算页数…'}
      </span>
      <span data-testid="status-count">{total} 字</span>
      <span className="gw-status-zoom" role="group" aria-label="页面缩放">
        <button type="button" onClick={() => zoomBy(-1)} disabled={zoom <= ZOOM_MIN} aria-label="缩小页面">
          −
        </button>
        <button
          type="button"
          onClick={() => setZoom(1)}
          title="Ctrl+滚轮或 Ctrl+= / Ctrl+− 缩放；单击或 Ctrl+0（光标不在正文中时）恢复 100%"
          data-testid="status-zoom"
        >
          {Math.round(zoom * 100)}%
        </button>
        <button type="button" onClick={() => zoomBy(1)} disabled={zoom >= ZOOM_MAX} aria-label="放大页面">
          +
        </button>
      </span>
    </footer>
  );
});
