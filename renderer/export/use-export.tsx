/**
 * One-click export and the preview: 导出 Word (and Ctrl+E, and the menu's 导出) writes the clean DOCX
 * (never with comments) with the last-used layout options beside the draft; 导出审阅稿 writes the copy
 * with the comment threads as "…（审阅稿）.docx". A file this document did not write is replaced only
 * after asking. Both run after one dialog listing mandated items that still fail (which
 * the clerk may pass); 导出选项 is one click further. The service writes a temporary file and renames
 * it, so a failed export leaves nothing half-written; the failure is said in Chinese.
 */
import { lazy, Suspense, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { ApiError, type ApiOutput, type ExportOptions, type GwdraftApi } from '../../core/api/contract';
import type { ItemResult } from '../../core/check';
import { resolvedTitle } from '../../core/model/report-helpers';
import type { DocStore } from '../document/doc-store';
import { pendingCount } from '../suggestions/judged';
import { describeError } from '../notices/notices';
import { NoticeCorner } from '../notices/corner';
import { Dialog } from '../files/Dialog';
import type { ChecklistModel } from '../checklist/checklist-model';
import { revealEvidence } from '../checklist/reveal';
import { itemSection } from '../checklist/checklist-model';
import { ConfirmDialog } from '../files/ConfirmDialog';
import { exportFileName, exportTarget, optionsFor, type ExportKind } from './export-target';
import { ExportOptionsDialog } from './ExportOptionsDialog';
import { chord, useShortcuts } from '../keyboard/shortcuts';
import { createPortal } from 'react-dom';
import './export.css';

// The preview (docx-preview) and the in-page exporter (the docx library) are loaded when the preview
// first opens, not with the editor: the first screen does not show them.
const PreviewDialog = lazy(() => import('./PreviewDialog').then((m) => ({ default: m.PreviewDialog })));

type Ui =
  | null
  | { kind: 'missing'; items: ItemResult[]; options: ExportOptions | null; export: ExportKind }
  | { kind: 'pending'; count: number; options: ExportOptions | null; export: ExportKind }
  | { kind: 'options'; options: ExportOptions }
  | { kind: 'progress'; export: ExportKind }
  | {
      kind: 'overwrite';
      path: string;
      options: ExportOptions | null;
      export: ExportKind;
      acceptAll: boolean;
      /** The file is one this document exported, changed since (saved in Word or WPS). */
      changed: boolean;
    }
  | { kind: 'done'; path: string; warnings: string[]; canShow: boolean; export: ExportKind; threads: number }
  | { kind: 'error'; message: string };

function baseName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

export function useExport(api: GwdraftApi, store: DocStore, checklist: ChecklistModel) {
  const [ui, setUi] = useState<Ui>(null);
  const [preview, setPreview] = useState<ExportOptions | 'saved' | null>(null);
  const corner = useContext(NoticeCorner);
  /** The preview was opened by 打印 (Ctrl+P, the menu): print once its pages are ready. */
  const [printOnReady, setPrintOnReady] = useState(false);
  const host = useRef<ApiOutput<'host.info'> | null>(null);
  const busy = useRef(false);
  /** Electron: the export path the clerk picked for this document, per kind, reused by the next export. */
  const chosen = useRef<Record<ExportKind, string | null>>({ clean: null, review: null });
  /**
   * Files this document's exports wrote in this session, with the SHA-256 of what was written: written
   * again without asking while they still hold those bytes.
   */
  const written = useRef(new Map<string, string>());
  useEffect(() => {
    chosen.current = { clean: null, review: null };
    written.current = new Map();
  }, [store]);

  const hostInfo = useCallback(async () => (host.current ??= await api['host.info']({})), [api]);
  /** The remembered layout options; comments are never part of them (see optionsFor). */
  const savedOptions = useCallback(
    async () => optionsFor('clean', (await api['settings.get']({})).exportOptions),
    [api],
  );

  const run = useCallback(
    async (
      kind: ExportKind,
      options: ExportOptions | null,
      { confirmed = null, acceptAll = false }: { confirmed?: string | null; acceptAll?: boolean } = {},
    ) => {
      if (busy.current) return;
      busy.current = true;
      setUi({ kind: 'progress', export: kind });
      try {
        let saved: ExportOptions;
        if (options) {
          saved = optionsFor('clean', options);
          await api['settings.set']({ exportOptions: saved });
        } else saved = await savedOptions();
        let opts = optionsFor(kind, saved);
        const report = checklist.report();
        // Pending 修订 and a copy without comments: ask first (全部接受后导出 is never remembered).
        const pending = pendingCount(report);
        if (pending > 0 && !opts.comments && !acceptAll) {
          setUi({ kind: 'pending', count: pending, options, export: kind });
          return;
        }
        if (acceptAll) opts = { ...opts, acceptAll: true };
        const info = await hostInfo();
        const title = resolvedTitle(report, store.template);
        const ask = async (): Promise<string | null> =>
          (
            await api['file.pickSave']({
              suggestedName: exportFileName(title, report.meta.year, kind),
              kind: 'docx',
            })
          ).path;
        // A path from the system's save dialog was confirmed there (it asks before replacing a file). The
        // path picked for an earlier export is not: the file may have been edited in Word since.
        let path = chosen.current[kind];
        let fromPicker = false;
        path ??= exportTarget(store.getSnapshot().path, info.workspace, title, report.meta.year, kind);
        if (path === null) {
          path = await ask();
          fromPicker = true;
        }
        if (path === null) {
          setUi(null);
          return;
        }
        const write = (to: string, overwrite: boolean) => {
          const ifUnchanged = overwrite ? undefined : written.current.get(to);
          return api['export.docx']({
            report,
            path: to,
            options: opts,
            overwrite,
            ...(ifUnchanged ? { ifUnchanged } : {}),
          });
        };
        let r: ApiOutput<'export.docx'>;
        try {
          r = await write(path, fromPicker || confirmed === path);
        } catch (e) {
          // Another file of that name is there, or our own export edited since: never replaced without asking.
          if (e instanceof ApiError && e.code === 'conflict') {
            const changed = written.current.has(path);
            setUi({ kind: 'overwrite', path, options, export: kind, acceptAll, changed });
            return;
          }
          // Electron writes only where the clerk chose (a dialog grants the path): beside the draft is
          // refused until then, so ask once and keep the answer for this document's next exports.
          if (!(e instanceof ApiError && e.code === 'forbidden' && info.kind === 'electron')) throw e;
          const picked = await ask();
          if (picked === null) {
            setUi(null);
            return;
          }
          r = await write(picked, true);
        }
        written.current.set(r.path, r.sha256);
        chosen.current[kind] = info.kind === 'electron' ? r.path : null;
        setUi({
          kind: 'done',
          path: r.path,
          warnings: r.warnings,
          canShow: info.kind === 'electron',
          export: kind,
          threads: opts.comments ? report.comments.length : 0,
        });
      } catch (e) {
        setUi({ kind: 'error', message: describeError(e, kind === 'review' ? '导出审阅稿' : '导出') });
      } finally {
        busy.current = false;
      }
    },
    [api, checklist, hostInfo, savedOptions, store],
  );

  /** Export, first listing mandated items that still fail (once; the clerk may pass it). */
  const start = useCallback(
    (kind: ExportKind, options: ExportOptions | null) => {
      const failing = checklist.evaluate().items.filter((i) => i.status === 'fail');
      if (failing.length > 0) setUi({ kind: 'missing', items: failing, options, export: kind });
      else void run(kind, options);
    },
    [checklist, run],
  );

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
  // The print CSS and its module load with the first print, like the preview they print.
  const print = useCallback(() => void import('../print/print').then((m) => m.printPages(api)), [api]);
  // Ctrl+E / Ctrl+P seen by the page and by the Electron menu accelerator: act once.
  const fire = useShortcuts([
    { command: 'file.export', key: chord('e'), run: () => start('clean', null) },
    { command: 'file.exportReview', run: () => start('review', null) },
    { command: 'file.print', key: chord('p'), run: openPrint },
  ]);
  /** 导出 Word / Ctrl+E: always the clean document. */
  const exportNow = useCallback(() => fire('file.export', 'button'), [fire]);
  /** 导出审阅稿: the copy with the comment threads, under its own name. */
  const exportReview = useCallback(() => fire('file.exportReview', 'button'), [fire]);
  const printNow = useCallback(() => fire('file.print', 'button'), [fire]);

  const loadPreview = useCallback(async () => {
    const opts = preview === 'saved' || preview === null ? await savedOptions() : preview;
    const { exportDocx } = await import('../../core/docx/export/export-docx');
    // The clean copy's preview shows the text as accepted (the export itself asks first).
    return (
      await exportDocx(
        checklist.report(),
        store.template,
        opts.comments ? opts : { ...opts, acceptAll: true },
      )
    ).bytes;
  }, [preview, savedOptions, checklist, store]);

  /** The DOCX with the saved options, as the preview shows it (the status bar paginates it). */
  const loadSaved = useCallback(async () => {
    const { exportDocx } = await import('../../core/docx/export/export-docx');
    // As the clean copy will read: every pending 修订 accepted.
    const opts = { ...(await savedOptions()), acceptAll: true };
    return (await exportDocx(checklist.report(), store.template, opts)).bytes;
  }, [checklist, savedOptions, store]);

  let node: ReactNode = null;
  if (ui?.kind === 'pending') {
    node = (
      <Dialog title="还有修订未处理" onCancel={() => setUi(null)}>
        <p>
          草稿中还有 {ui.count}{' '}
          处修订未接受或拒绝。不带批注的正式稿（报送稿、归档稿）不能带着修订导出：可以在“修订”栏逐条处理，
          或全部接受后导出（草稿中的修订不变）。带批注的审阅稿会以 Word 修订的形式保留它们。
        </p>
        <div className="gw-dialog-actions">
          <button type="button" onClick={() => void run(ui.export, ui.options, { acceptAll: true })}>
            全部接受后导出
          </button>
          <button type="button" onClick={() => setUi(null)}>
            返回处理
          </button>
        </div>
      </Dialog>
    );
  } else if (ui?.kind === 'missing') {
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
          <button type="button" onClick={() => void run(ui.export, ui.options)}>
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
        onExport={(o) => start('clean', o)}
        onExportReview={(o) => start('review', o)}
        onPreview={(o) => {
          setUi(null);
          setPreview(o);
        }}
      />
    );
  } else if (ui?.kind === 'progress') {
    node = (
      <div className="gw-export-bar" role="status" aria-label="导出进度">
        <p>{ui.export === 'review' ? '正在导出审阅稿…' : '正在导出 Word 文件…'}</p>
        <progress className="gw-progress" aria-label="正在导出" />
      </div>
    );
  } else if (ui?.kind === 'overwrite') {
    const { path, options, export: kind, acceptAll, changed } = ui;
    const by = kind === 'review' ? '审阅稿' : '这次导出';
    node = (
      <ConfirmDialog
        title={changed ? '文件在导出后已被修改' : '文件已存在'}
        confirmLabel="覆盖"
        onConfirm={() => void run(kind, options, { confirmed: path, acceptAll })}
        onCancel={() => setUi(null)}
      >
        {changed ? (
          <p>
            {baseName(path)} 是上次导出的文件，之后已被修改（例如在 Word 或 WPS 中编辑并保存过）。用{by}
            覆盖会丢失这些修改。要覆盖吗？如需保留，请先在 Word 或 WPS 中把它另存为其他名称。
          </p>
        ) : (
          <p>
            {baseName(path)} 已存在，不是本次导出写的文件。要用{by}覆盖它吗？
          </p>
        )}
        <p className="gw-muted">{path}</p>
      </ConfirmDialog>
    );
  } else if (ui?.kind === 'done') {
    const path = ui.path;
    node = (
      <div className="gw-export-bar" role="status" aria-label="导出结果">
        <p>
          {ui.export === 'review' ? `已导出审阅稿（含批注 ${ui.threads} 条）：` : '已导出（不含批注）：'}
          <span data-testid="export-path">{path}</span>
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

  // The result and its buttons join the notices' corner (over the side panel, above the status bar):
  // fixed on their own, at 1093 px they lay over the page's text and the status bar's zoom, and over
  // a notice in the same corner.
  const ui2 = (
    <>
      {node && corner ? createPortal(node, corner) : node}
      {preview !== null && (
        <Suspense fallback={null}>
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
        </Suspense>
      )}
    </>
  );
  return { exportNow, exportReview, openOptions, openPreview, openPrint: printNow, loadSaved, ui: ui2 };
}
