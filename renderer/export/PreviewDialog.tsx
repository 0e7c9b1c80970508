/**
 * 打印预览: the DOCX the export writes, rendered by docx-preview from its bytes (so the preview cannot
 * drift from the file), cut into A4 pages of the text block's height with "— N —" page numbers where
 * GB/T 9704 puts them (odd pages right, even pages left, one character in). All local: docx-preview
 * injects <style> elements (the CSP allows inline styles, never eval) and loads no font or file.
 */
import { useEffect, useRef, useState } from 'react';
import { paginate, renderDocx } from './render-pages';
import { useModal } from '../keyboard/modal';
import './export.css';

export interface PreviewProps {
  /** The DOCX to show (the exporter's bytes). */
  load(): Promise<Uint8Array>;
  onClose(): void;
  onExport?: () => void;
  /** 打印 (the button, and Ctrl+P): prints these pages. */
  onPrint?: () => void;
  /** Opened by Ctrl+P: print as soon as the pages are laid out. */
  printOnReady?: boolean;
}

export function PreviewDialog({ load, onClose, onExport, onPrint, printOnReady }: PreviewProps) {
  const styles = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const pages = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const onKeyDown = useModal(rootRef, onClose, closeRef);
  const [zoom, setZoom] = useState(1);
  const [state, setState] = useState<
    { kind: 'loading' } | { kind: 'ready'; pages: number } | { kind: 'error'; message: string }
  >({
    kind: 'loading',
  });

  const printed = useRef(false);
  useEffect(() => {
    if (state.kind !== 'ready' || !printOnReady || printed.current || !onPrint) return;
    printed.current = true;
    onPrint();
  }, [state.kind, printOnReady, onPrint]);

  useEffect(() => {
    let cancelled = false;
    (async () => {
      try {
        const bytes = await load();
        if (cancelled || !measure.current || !pages.current || !styles.current) return;
        await renderDocx(bytes, measure.current, styles.current);
        if (cancelled || !measure.current || !pages.current) return;
        pages.current.replaceChildren();
        const n = paginate(measure.current, pages.current);
        measure.current.replaceChildren();
        setState({ kind: 'ready', pages: n });
      } catch (e) {
        if (!cancelled) setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [load]);

  return (
    <div
      ref={rootRef}
      className="gw-pv-backdrop"
      role="dialog"
      aria-modal="true"
      aria-label="打印预览"
      onKeyDown={onKeyDown}
    >
      <div className="gw-pv-bar">
        <strong>打印预览</strong>
        <span role="status" className="gw-pv-status">
          {state.kind === 'loading' && '正在生成预览…'}
          {state.kind === 'ready' && `共 ${state.pages} 页（A4，按导出的 Word 文件排版）`}
        </span>
        <label>
          缩放
          <select value={zoom} onChange={(e) => setZoom(Number(e.target.value))}>
            <option value={1}>100%</option>
            <option value={0.75}>75%</option>
            <option value={0.5}>50%</option>
          </select>
        </label>
        {onPrint && (
          <button
            type="button"
            onClick={onPrint}
            disabled={state.kind !== 'ready'}
            title="打印这些页面（Ctrl+P）"
          >
            打印
          </button>
        )}
        {onExport && (
          <button type="button" onClick={onExport}>
            导出 Word
          </button>
        )}
        <button type="button" ref={closeRef} onClick={onClose}>
          关闭预览
        </button>
      </div>
      {state.kind === 'error' && (
        <p role="alert" className="gw-pv-error">
          预览生成失败：{state.message}
        </p>
      )}
      <div ref={styles} hidden />
      <div className="gw-pv-scroll">
        {/* Zoom only scales the finished pages: the measuring happens at 100% in its own box. */}
        <div ref={pages} className="gw-pv-pages" data-testid="preview-pages" style={{ zoom }} />
      </div>
      <div ref={measure} className="gw-pv-measure" aria-hidden="true" />
    </div>
  );
}
