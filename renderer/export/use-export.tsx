/**
 * One-click export and the preview: 导出 Word (and Ctrl+E, and the menu's 导出) writes the DOCX with the
 * last-used options beside the draft, after one dialog listing mandated items that still fail (which
 * the clerk may pass); 导出选项 is one click further. The service writes a temporary file and renames
 * it, so a failed export leaves nothing half-written; the failure is said in Chinese.
 */
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, type ApiOutput, type ExportOptions, type GwdraftApi } from '../../core/api/contract';
import type { ItemResult } from '../../core/check';
import { exportDocx } from '../../core/docx/export';
import { resolvedTitle } from '../../core/model/report-helpers';
import { onMenuCommand } from '../api/client';
import type { DocStore } from '../document/doc-store';
import { describeError } from '../notices/notices';
import { Dialog } from '../files/Dialog';
import type { ChecklistModel } from '../checklist/checklist-model';
import { revealEvidence } from '../checklist/reveal';
import { itemSection } from '../checklist/checklist-model';
import { exportFileName, exportTarget } from './export-target';
import { ExportOptionsDialog } from './ExportOptionsDialog';
import { PreviewDialog } from './PreviewDialog';
import { printPages } from '../print/print';
import './export.css';

type Ui =
  | null
  | { kind: 'missing'; items: ItemResult[]; options: ExportOptions | null }
  | { kind: 'options'; options: ExportOptions }
  | { kind: 'progress' }
  | { kind: 'done'; path: string; warnings: string[]; canShow: boolean }
  | { kind: 'error'; message: string };

export function useExport(api: GwdraftApi, store: DocStore, checklist: ChecklistModel) {
  const [ui, setUi] = useState<Ui>(null);
  const [preview, setPreview] = useState<ExportOptions | 'saved' | null>(null);
  /** The preview was opened by 打印 (Ctrl+P, the menu): print once its pages are ready. */
  const [printOnReady, setPrintOnReady] = useState(false);
  const host = useRef<ApiOutput<'host.info'> | null>(null);
  const busy = useRef(false);
  /** Electron: the export path the clerk picked for this document, reused by the next one-click export. */
  const chosen = useRef<string | null>(null);
  useEffect(() => {
    chosen.current = null;
  }, [store]);

  const hostInfo = useCallback(async () => (host.current ??= await api['host.info']({})), [api]);
  const savedOptions = useCallback(async () => (await api['settings.get']({})).exportOptions, [api]);

  const run = useCallback(
    async (options: ExportOptions | null) => {
      if (busy.current) return;
      busy.current = true;
      setUi({ kind: 'progress' });
      try {
        let opts: ExportOptions;
        if (options) {
          opts = options;
          await api['settings.set']({ exportOptions: options });
        } else opts = await savedOptions();
        const report = checklist.report();
        const info = await hostInfo();
        const title = resolvedTitle(report, store.template);
        const ask = async (): Promise<string | null> =>
          (
            await api['file.pickSave']({
              suggestedName: exportFileName(title, report.meta.year),
              kind: 'docx',
            })
          ).path;
        let path =
          chosen.current ?? exportTarget(store.getSnapshot().path, info.workspace, title, report.meta.year);
        path ??= await ask();
        if (path === null) {
          setUi(null);
          return;
        }
        const write = (to: string) =>
          api['export.docx']({ report, path: to, options: opts, overwrite: true });
        let r: ApiOutput<'export.docx'>;
        try {
          r = await write(path);
        } catch (e) {
          // Electron writes only where the clerk chose (a dialog grants the path): beside the draft is
          // refused until then, so ask once and keep the answer for this document's next exports.
          if (!(e instanceof ApiError && e.code === 'forbidden' && info.kind === 'electron')) throw e;
          const picked = await ask();
          if (picked === null) {
            setUi(null);
            return;
          }
          r = await write(picked);
        }
        chosen.current = info.kind === 'electron' ? r.path : null;
        setUi({ kind: 'done', path: r.path, warnings: r.warnings, canShow: info.kind === 'electron' });
      } catch (e) {
        setUi({ kind: 'error', message: describeError(e, '导出') });
      } finally {
        busy.current = false;
      }
    },
    [api, checklist, hostInfo, savedOptions, store],
  );

  /** Export, first listing mandated items that still fail (once; the clerk may pass it). */
  const start = useCallback(
    (options: ExportOptions | null) => {
      const failing = checklist.evaluate().items.filter((i) => i.status === 'fail');
      if (failing.length > 0) setUi({ kind: 'missing', items: failing, options });
      else void run(options);
    },
    [checklist, run],
  );

  const lastTrigger = useRef(0);
  const lastPrint = useRef(0);
  const exportNow = useCallback(() => {
    // Ctrl+E seen by the page and by the Electron menu accelerator: act once.
    const now = performance.now();
    if (now - lastTrigger.current < 300) return;
    lastTrigger.current = now;
    start(null);
  }, [start]);

  const openOptions = useCallback(() => {
    savedOptions().then(
      (options) => setUi({ kind: 'options', options }),
      (e: unknown) => setUi({ kind: 'error', message: describeError(e, '读取导出选项') }),
    );
  }, [savedOptions]);

  const openPreview = useCallback(() => {
    setPrintOnReady(false);
    setPreview('saved');
  }, []);
  /** 打印: the preview's pages, printed as soon as they are laid out (the preview stays open). */
  const openPrint = useCallback(() => {
    setPrintOnReady(true);
    setPreview((p) => p ?? 'saved');
  }, []);
  const print = useCallback(() => void printPages(api), [api]);
  const printNow = useCallback(() => {
    // Ctrl+P seen by the page and by the Electron menu accelerator: act once.
    const now = performance.now();
    if (now - lastPrint.current < 300) return;
    lastPrint.current = now;
    openPrint();
  }, [openPrint]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'e') {
        e.preventDefault();
        exportNow();
      }
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        printNow();
      }
    };
    window.addEventListener('keydown', onKey);
    const off = onMenuCommand((cmd) => {
      if (cmd.command === 'file.export') exportNow();
      if (cmd.command === 'file.print') printNow();
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      off();
    };
  }, [exportNow, printNow]);

  const loadPreview = useCallback(async () => {
    const opts = preview === 'saved' || preview === null ? await savedOptions() : preview;
    return (await exportDocx(checklist.report(), store.template, opts)).bytes;
  }, [preview, savedOptions, checklist, store]);

  /** The DOCX with the saved options, as the preview shows it (the status bar paginates it). */
  const loadSaved = useCallback(
    async () => (await exportDocx(checklist.report(), store.template, await savedOptions())).bytes,
    [checklist, savedOptions, store],
  );

  let node: ReactNode = null;
  if (ui?.kind === 'missing') {
    const sectionName = (it: ItemResult) => (it.section ? `第${it.section}部分` : '全文');
    node = (
      <Dialog title="尚有必备内容未满足" onCancel={() => setUi(null)}>
        <p>以下 {ui.items.length} 项必备内容检查未通过。可以先修改，也可以继续导出：</p>
        <ul className="gw-missing-list">
          {ui.items.map((it) => (
            <li key={it.id}>
              <button
                type="button"
                className="gw-link"
                onClick={() => {
                  setUi(null);
                  const sec = itemSection(store.template, it.id);
                  const ev =
                    it.evidence[0] ?? (sec ? { sectionId: sec, blockIndex: 0, offset: 0, length: 0 } : null);
                  if (ev) revealEvidence(store, ev, 'end');
                }}
              >
                {sectionName(it)}：{it.title}
              </button>
              <div className="gw-muted">{it.message}</div>
            </li>
          ))}
        </ul>
        <div className="gw-dialog-actions">
          <button type="button" onClick={() => void run(ui.options)}>
            继续导出
          </button>
          <button type="button" onClick={() => setUi(null)}>
            返回修改
          </button>
        </div>
      </Dialog>
    );
  } else if (ui?.kind === 'options') {
    node = (
      <ExportOptionsDialog
        initial={ui.options}
        onCancel={() => setUi(null)}
        onExport={(o) => start(o)}
        onPreview={(o) => {
          setUi(null);
          setPreview(o);
        }}
      />
    );
  } else if (ui?.kind === 'progress') {
    node = (
      <div className="gw-export-bar" role="status" aria-label="导出进度">
        <p>正在导出 Word 文件…</p>
        <progress className="gw-progress" aria-label="正在导出" />
      </div>
    );
  } else if (ui?.kind === 'done') {
    const path = ui.path;
    node = (
      <div className="gw-export-bar" role="status" aria-label="导出结果">
        <p>
          已导出：<span data-testid="export-path">{path}</span>
        </p>
        {ui.warnings.map((w) => (
          <p key={w} className="gw-muted">
            {w}
          </p>
        ))}
        {ui.canShow && (
          <button
            type="button"
            onClick={() =>
              api['shell.showInFolder']({ path }).then(
                (r) => {
                  if (!r.shown)
                    setUi({ kind: 'error', message: '无法打开所在文件夹，请在文件管理器中查找上面的路径。' });
                },
                (e: unknown) => setUi({ kind: 'error', message: describeError(e, '打开所在文件夹') }),
              )
            }
          >
            打开所在文件夹
          </button>
        )}
        <button type="button" onClick={openPreview}>
          预览
        </button>
        <button type="button" onClick={openOptions}>
          导出选项…
        </button>
        <button type="button" onClick={() => setUi(null)} aria-label="关闭导出结果">
          关闭
        </button>
      </div>
    );
  } else if (ui?.kind === 'error') {
    node = (
      <div className="gw-export-bar gw-export-error" role="alert">
        <p>{ui.message}</p>
        <button type="button" onClick={openOptions}>
          导出选项…
        </button>
        <button type="button" onClick={() => setUi(null)} aria-label="关闭错误提示">
          关闭
        </button>
      </div>
    );
  }

  const ui2 = (
    <>
      {node}
      {preview !== null && (
        <PreviewDialog
          load={loadPreview}
          onClose={() => setPreview(null)}
          onPrint={print}
          printOnReady={printOnReady}
          onExport={() => {
            setPreview(null);
            exportNow();
          }}
        />
      )}
    </>
  );
  return { exportNow, openOptions, openPreview, openPrint: printNow, loadSaved, ui: ui2 };
}
