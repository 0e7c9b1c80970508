/**
 * The app: the start screen or the editing window, the file flow through getApi() (new, open, save,
 * save-as with conflict detection, autosave and recovery), shortcuts and Electron menu commands, and
 * the alert region where every API error lands in Chinese — an error never discards the open text.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError, type ApiOutput, type GwdraftApi, type MenuCommand } from '../../core/api/contract';
import { getApi, hostTransport, onMenuCommand } from '../api/client';
import { templateOf } from '../../templates/index';
import { resolvedTitle } from '../../core/model/report-helpers';
import { DocStore, type DocSnapshot, type ReplaceKind } from '../document/doc-store';
import { EditorScreen } from './EditorScreen';
import { Notices } from '../notices/Notices';
import { NoticeCorner } from '../notices/corner';
import { describeError, notice, type Notice } from '../notices/notices';
import { useDoc } from '../document/use-doc';
import { StartScreen } from '../files/StartScreen';
import { NewDialog, type NewInput } from '../files/NewDialog';
import { NoticeImportDialog } from '../templates/NoticeImportDialog';
import { TemplateManager } from '../templates/TemplateManager';
import { RetemplateDialog } from '../templates/RetemplateDialog';
import { OpenDialog } from '../files/OpenDialog';
import { SaveAsDialog, safeFileName } from '../files/SaveAsDialog';
import { useAutosave } from '../files/use-autosave';
import { UnsavedDialog } from '../files/UnsavedDialog';
import { rememberedScroll, rememberScroll } from '../files/scroll-memory';
import { useHistory } from '../history/use-history';
import { useRollOver } from '../files/use-roll-over';
import { useVersionCopy } from '../history/use-version-copy';
import { checkAutosaveOnOpen } from '../history/announce';
import type { SideTab } from '../layout/SidePanel';
import { ChecklistPanel } from '../checklist/ChecklistPanel';
import { CarriedBar } from '../checklist/CarriedBar';
import { useChecklist } from '../checklist/use-checklist';
import { useExport } from '../export/use-export';
import { useComments } from '../comments/use-comments';
import { useSuggestions } from '../suggestions/use-suggestions';
import { StatusBar } from '../status/StatusBar';
import { bindZoomSettings } from '../status/zoom';
import { useWindowTitle } from '../status/use-window-title';
import { createEchoFilter, type ShortcutSource } from '../keyboard/shortcut-echo';
import { useReviewMode } from '../comments/review-mode';

type Opened = ApiOutput<'file.open'>;
type DialogState =
  | { kind: 'new'; templates: ApiOutput<'templates.list'>; initialTemplateId?: string }
  | { kind: 'notice' }
  | { kind: 'templates' }
  | { kind: 'retemplate'; store: DocStore }
  | { kind: 'open'; files: ApiOutput<'file.list'>; workspace: string }
  | { kind: 'saveAs'; suggested: string; existing: string[]; workspace: string }
  | { kind: 'unsaved'; name: string; then: () => void }
  | null;

/** Listen to a store once: its notices, and the store it hands over to (改用提纲, its undo and redo). */
function adoptStore(
  store: DocStore,
  adopted: WeakSet<DocStore>,
  onNotice: (msg: string) => void,
  onShow: (next: DocStore, how: ReplaceKind) => void,
): void {
  if (adopted.has(store)) return;
  adopted.add(store);
  store.onNotice(onNotice);
  store.onReplace((next, how) => {
    adoptStore(next, adopted, onNotice, onShow);
    onShow(next, how);
  });
}

/** 查看导入说明: the 指引 tab, its 导入说明 unfolded and in view. */
function showImportNotes(setSideTab: (t: SideTab) => void): void {
  setSideTab('guidance');
  setTimeout(() => {
    const notes = document.querySelector<HTMLDetailsElement>('details.gw-import-notes');
    if (!notes) return;
    notes.open = true;
    notes.scrollIntoView({ block: 'nearest' });
    notes.querySelector<HTMLElement>('summary')?.focus();
  }, 0);
}

function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

export function App({ api = getApi() }: { api?: GwdraftApi }) {
  const [doc, setDoc] = useState<DocStore | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  // The notices' corner, for the export's result bar to join (notices/corner.ts).
  const [corner, setCorner] = useState<HTMLDivElement | null>(null);
  const [dialog, setDialog] = useState<DialogState>(null);
  const closeDialog = useCallback(() => setDialog(null), []);
  const [host, setHost] = useState<ApiOutput<'host.info'> | null>(null);
  const [recent, setRecent] = useState<ApiOutput<'recent.list'>>([]);
  const [recovery, setRecovery] = useState<ApiOutput<'recovery.list'>>([]);
  const [find, setFind] = useState<{ replace: boolean; tick: number } | null>(null);
  const [sideTab, setTab] = useState<SideTab>('guidance');
  // Each request for a tab (menu, 查看导入说明, a new comment) also opens a side panel folded by the zoom.
  const [sideReveal, setSideReveal] = useState(0);
  const setSideTab = useCallback((t: SideTab) => {
    setTab(t);
    setSideReveal((n) => n + 1);
  }, []);
  const docRef = useRef<DocStore | null>(null);
  // The page's zoom is a setting, as 审阅模式 is: read once, written as it changes.
  useEffect(() => bindZoomSettings(api), [api]);
  useEffect(() => {
    docRef.current = doc;
  }, [doc]);
  // Set once saveAs exists; the conflict notice's 另存为 button calls it.
  const saveAsRef = useRef<(store: DocStore) => Promise<void>>(async () => {});

  /** Information fades after 6 s; with buttons it stays, unless `fadeMs` says when it may go. */
  const say = useCallback(
    (kind: Notice['kind'], text: string, actions?: Notice['actions'], fadeMs?: number) => {
      const n = notice(kind, text, actions);
      setNotices((ns) => [...ns.filter((x) => !(x.kind === 'info' && kind === 'info')), n]);
      const fade = kind === 'info' ? (fadeMs ?? (actions ? null : 6000)) : null;
      if (fade !== null) setTimeout(() => setNotices((ns) => ns.filter((x) => x.id !== n.id)), fade);
    },
    [],
  );
  const fail = useCallback((e: unknown, doing: string) => say('error', describeError(e, doing)), [say]);
  const info = useCallback((m: string, actions?: Notice['actions']) => say('info', m, actions), [say]);
  const dismiss = useCallback((id: number) => setNotices((ns) => ns.filter((n) => n.id !== id)), []);

  const refreshStart = useCallback(() => {
    api['recent.list']({}).then(setRecent, () => setRecent([]));
    api['recovery.list']({}).then(setRecovery, (e: unknown) => fail(e, '读取可恢复内容'));
  }, [api, fail]);

  // A store shown in the window: its notices, and 改用提纲 (and its undo/redo) showing another store.
  const adopted = useRef(new WeakSet<DocStore>());
  const adopt = useCallback(
    (store: DocStore) =>
      adoptStore(
        store,
        adopted.current,
        (msg) => say('info', msg),
        (next, how) => {
          docRef.current = next;
          setDoc(next);
          setFind(null);
          const name = next.template?.name ?? next.getSnapshot().meta.org;
          if (how === 'undo') say('info', `已撤销改用提纲，恢复为“${name}”。`);
          if (how === 'redo') say('info', `已重做改用提纲“${name}”。`);
        },
      ),
    [say],
  );

  const show = useCallback(
    (opened: Opened, recoveryKey?: string, restoredFrom: string | null = null) => {
      const template = templateOf(opened.report);
      const store = new DocStore(opened, template, opened.report, recoveryKey);
      // Restored text and a copy of an earlier version are not in any file yet: they read as unsaved.
      if (recoveryKey || opened.copyOf) store.markUnsaved();
      store.restoredFrom = restoredFrom;
      adopt(store);
      docRef.current = store;
      setDoc(store);
      setFind(null);
      // What was said about the document before (a file that failed to open, the last one's save) is
      // not about this one: left up, it covered the side panel and the buttons of the next dialog.
      setNotices([]);
      if (!template)
        say(
          'error',
          `找不到此报告使用的提纲模板“${opened.report.templateId}”，标题和指引将无法显示，正文仍可编辑。`,
        );
      // One line: what happened (the first note) and where the rest is. One notice a note showed only
      // the last, a heading's mapping such as "“其他需要报告的情况” → 七、…", meaningless on its own.
      const [first, ...rest] = opened.notes;
      if (first !== undefined && rest.length === 0) say('info', first);
      else if (first !== undefined)
        // It goes by itself, later than a plain line: the notes stay under 指引, and a line that stayed
        // would cover the side panel's buttons.
        say(
          'info',
          `${first}另有 ${rest.length} 条导入说明（选用的提纲、各标题的去处等），见右侧“指引”。`,
          [{ label: '查看导入说明', run: () => showImportNotes(setSideTab) }],
          20_000,
        );
    },
    [say, adopt, setSideTab],
  );

  /** Run THEN now, or after 保存 / 不保存 when the open document has unsaved changes (取消: never). */
  const afterSave = useRef<(() => void) | null>(null);
  const guard = useCallback((then: () => void) => {
    const store = docRef.current;
    if (!store?.getSnapshot().dirty) return then();
    const title = resolvedTitle(store.toReport(), store.template);
    const path = store.getSnapshot().path;
    const name = path ? path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1) : title;
    setDialog({ kind: 'unsaved', name: name || '未命名报告', then });
  }, []);

  const openPathRef = useRef<(path: string) => void>(() => {});

  // ---- start ----
  useEffect(() => {
    let cancelled = false;
    api['host.info']({}).then(
      (info) => {
        if (cancelled) return;
        setHost(info);
        // As if picked in 打开 (set below, before this answer can arrive): an autosave is said at once.
        if (info.initialFile) openPathRef.current(info.initialFile);
      },
      (e: unknown) => fail(e, '连接本机服务'),
    );
    refreshStart();
    return () => {
      cancelled = true;
    };
  }, [api, fail, refreshStart, show]);

  // ---- file actions ----
  const newDoc = useCallback(() => {
    guard(() =>
      api['templates.list']({}).then(
        (templates) => setDialog({ kind: 'new', templates }),
        (e: unknown) => fail(e, '读取提纲模板'),
      ),
    );
  }, [api, guard, fail]);

  // Back to 新建 from the 提纲 dialogs, with the list re-read (a template may have been added or removed).
  const reopenNew = useCallback(
    (initialTemplateId?: string) => {
      api['templates.list']({}).then(
        (templates) =>
          setDialog({ kind: 'new', templates, ...(initialTemplateId ? { initialTemplateId } : {}) }),
        (e: unknown) => fail(e, '读取提纲模板'),
      );
    },
    [api, fail],
  );

  const create = useCallback(
    (input: NewInput) => {
      setDialog(null);
      api['file.new'](input).then(
        (o) => show(o),
        (e: unknown) => fail(e, '新建报告'),
      );
    },
    [api, fail, show],
  );

  const history = useHistory(api, {
    openCopy: useCallback(
      (o: Opened, source: string | null) => guard(() => show(o, undefined, source)),
      [guard, show],
    ),
    onError: fail,
  });
  const { openHistory, openVersion } = history;
  const rollOver = useRollOver(api, { openNew: show, onError: fail });

  const openPath = useCallback(
    (path: string) => {
      setDialog(null);
      guard(() =>
        api['file.open']({ path }).then(
          async (o) => {
            show(o);
            if (o.path === null) return;
            // Unsaved work autosaved after this file's last save is said now, not at the next start.
            const found = await checkAutosaveOnOpen(api, o.path);
            const opened = o.path;
            if (found)
              say('info', found.text, [
                { label: '打开该版本', run: () => openVersion(opened, found.version) },
                { label: '历史版本', run: () => openHistory(opened) },
              ]);
          },
          (e: unknown) => {
            // A draft that cannot be read (cut short, damaged): its .bak or an autosave may still hold
            // the text. Say so on the error, with the way there, instead of leaving a dead end.
            if (!(e instanceof ApiError && e.code === 'bad-file' && /\.gwdraft$/i.test(path)))
              return fail(e, '打开文件');
            api['history.list']({ path }).then(
              (h) =>
                h.versions.length > 0
                  ? say(
                      'error',
                      `${describeError(e, '打开文件').replace(/。$/u, '')}。此文件有较早的版本可以找回。`,
                      [{ label: '历史版本', run: () => openHistory(path) }],
                    )
                  : fail(e, '打开文件'),
              () => fail(e, '打开文件'),
            );
          },
        ),
      );
    },
    [api, guard, fail, show, say, openHistory, openVersion],
  );
  useEffect(() => {
    openPathRef.current = openPath;
  }, [openPath]);

  const open = useCallback(async () => {
    try {
      const info = host ?? (await api['host.info']({}));
      if (info.workspace !== null) {
        const files = await api['file.list']({});
        setDialog({ kind: 'open', files, workspace: info.workspace });
        return;
      }
      const { path } = await api['file.pickOpen']({});
      if (path) openPath(path);
    } catch (e) {
      fail(e, '打开文件');
    }
  }, [api, fail, host, openPath]);

  const writeFile = useCallback(
    (store: DocStore, path: string, expectedMtimeMs: number | null, overwrite: boolean): Promise<void> => {
      const attempt = async (force: boolean): Promise<void> => {
        const version = store.currentVersion();
        try {
          const r = await api['file.save']({ path, report: store.toReport(), expectedMtimeMs, force });
          if (r.status === 'conflict') {
            afterSave.current = null; // the switch waits for a save that did not happen: it is dropped
            say(
              'error',
              '保存未完成：此文件在打开后已被其他程序或他人修改。为免覆盖别人的修改，请“另存为”新文件。',
              [
                { label: '另存为', run: () => void saveAsRef.current(store) },
                { label: '仍然覆盖', run: () => void attempt(true) },
              ],
            );
            return;
          }
          store.markSaved(r.path, r.mtimeMs, version);
          say('info', `已保存：${r.path}`);
          api['recovery.discard']({ key: store.recoveryKey }).catch(() => {});
          // A restored autosave, now in a file: no longer unsaved work to offer.
          if (store.restoredFrom) api['recovery.discard']({ key: store.restoredFrom }).catch(() => {});
          const next = afterSave.current;
          afterSave.current = null;
          if (next && !store.getSnapshot().dirty) next();
        } catch (e) {
          afterSave.current = null;
          fail(e, '保存');
        }
      };
      return attempt(overwrite);
    },
    [api, fail, say],
  );

  const saveAs = useCallback(
    async (store: DocStore) => {
      const title = resolvedTitle(store.toReport(), store.template);
      try {
        const picked = await api['file.pickSave']({
          suggestedName: safeFileName(title) || '报告.gwdraft',
          kind: 'gwdraft',
        });
        if (picked.path) return writeFile(store, picked.path, null, true);
        const info = host ?? (await api['host.info']({}));
        if (info.workspace === null) {
          afterSave.current = null; // the native dialog was cancelled
          return;
        }
        const files = await api['file.list']({});
        setDialog({
          kind: 'saveAs',
          suggested: title.replace(/\.gwdraft$/i, ''),
          existing: files.map((f) => f.name),
          workspace: info.workspace,
        });
      } catch (e) {
        afterSave.current = null;
        fail(e, '另存为');
      }
    },
    [api, fail, host, writeFile],
  );
  useEffect(() => {
    saveAsRef.current = saveAs;
  }, [saveAs]);

  const save = useCallback(() => {
    const store = docRef.current;
    if (!store) return;
    const { path, mtimeMs } = store.getSnapshot();
    if (path === null) void saveAs(store);
    else void writeFile(store, path, mtimeMs, false);
  }, [saveAs, writeFile]);

  const restore = useCallback(
    (key: string) => {
      api['recovery.restore']({ key }).then(
        (o) => {
          // A file's autosave opens as a copy beside the file; a new document's continues as itself.
          if (o.copyOf) show(o, undefined, key);
          else show(o, key);
        },
        (e: unknown) => fail(e, '恢复'),
      );
    },
    [api, fail, show],
  );
  const discardRecovery = useCallback(
    (key: string) => {
      api['recovery.discard']({ key }).then(refreshStart, (e: unknown) => fail(e, '放弃恢复'));
    },
    [api, fail, refreshStart],
  );

  useAutosave(
    api,
    doc,
    useCallback((e: unknown) => fail(e, '自动保存'), [fail]),
  );

  // ---- shortcuts and menu commands ----
  const openFind = useCallback((replace: boolean) => {
    if (!docRef.current) return;
    setFind((f) => ({ replace: replace || (f?.replace ?? false), tick: (f?.tick ?? 0) + 1 }));
  }, []);

  // A key handled here and the same Electron menu accelerator arriving as a command: act once.
  const [act] = useState(createEchoFilter);
  const run = useCallback(
    (name: string, source: ShortcutSource) => {
      if (!act(name, source)) return;
      const store = docRef.current;
      switch (name) {
        case 'file.new':
          return newDoc();
        case 'file.open':
          return void open();
        case 'file.save':
          return save();
        case 'file.saveAs':
          return store ? void saveAs(store) : undefined;
        case 'file.history': {
          const path = store?.getSnapshot().path ?? store?.copyOf?.path;
          if (path) return openHistory(path);
          return info(
            store
              ? '此报告还没有保存为文件，没有历史版本。'
              : '请先打开文件，或在“最近的文件”中点文件旁的“历史版本”。',
          );
        }
        case 'edit.undo':
          return store?.undo();
        case 'edit.redo':
          return store?.redo();
        case 'edit.find':
          return openFind(false);
        case 'edit.replace':
          return openFind(true);
        case 'view.checklist':
          return setSideTab('checklist');
        case 'view.outline': {
          // Folded by the zoom, the outline opens first (its rail button), then its current part takes the focus.
          const rail = document.querySelector<HTMLElement>('nav[aria-label="大纲"] .gw-rail-button');
          if (rail?.getAttribute('aria-expanded') === 'false') rail.click();
          return setTimeout(() => {
            const nav = document.querySelector<HTMLElement>('nav[aria-label="大纲"]');
            (
              nav?.querySelector<HTMLElement>('[aria-current="location"]') ??
              nav?.querySelector<HTMLElement>('.gw-outline-item') ??
              nav?.querySelector<HTMLElement>('button')
            )?.focus();
          }, 0);
        }
      }
    },
    [act, newDoc, open, openFind, save, saveAs, openHistory, info, setSideTab],
  );

  useEffect(
    () =>
      onMenuCommand((cmd: MenuCommand) => {
        if (cmd.command === 'app.openPath') openPath(cmd.path);
        else run(cmd.command, 'menu');
      }),
    [openPath, run],
  );

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey) return;
      const k = e.key.toLowerCase();
      const target = e.target as HTMLElement | null;
      const inEditor = !!target?.closest('[data-slate-editor]');
      const inFind = !!target?.closest('.gw-findbar');
      // A dialog's fields keep their own undo, and the document under a dialog is not changed from it.
      const inModal = !!target?.closest('[aria-modal="true"]');
      let name: string | null = null;
      if (k === 'n') name = 'file.new';
      else if (k === 'o') name = 'file.open';
      else if (k === 's') name = e.shiftKey ? 'file.saveAs' : 'file.save';
      else if (k === 'f') name = 'edit.find';
      else if (k === 'h') name = 'edit.replace';
      // In the editors the Slate handler routes undo; in the find bar and dialogs the inputs keep their own.
      else if ((k === 'z' || k === 'y') && !inEditor && !inFind && !inModal)
        name = k === 'y' || e.shiftKey ? 'edit.redo' : 'edit.undo';
      if (!name) return;
      e.preventDefault();
      run(name, 'key');
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  // ---- window title and the dirty flag ----
  return (
    <NoticeCorner.Provider value={corner}>
      <Notices notices={notices} onDismiss={dismiss} cornerRef={setCorner} />
      {doc ? (
        <DocWindow
          key={`${doc.recoveryKey}:${doc.serial}`}
          api={api}
          store={doc}
          onHistory={() => run('file.history', 'button')}
          onError={fail}
          onNew={newDoc}
          onOpen={() => void open()}
          onSave={save}
          onSaveAs={() => void saveAs(doc)}
          onMessage={info}
          find={find}
          onFind={openFind}
          onFindClose={() => setFind(null)}
          sideTab={sideTab}
          onSideTab={setSideTab}
          sideReveal={sideReveal}
          onRetemplate={() => setDialog({ kind: 'retemplate', store: doc })}
        />
      ) : (
        <StartScreen
          recent={recent}
          recovery={recovery}
          onNew={newDoc}
          onOpen={() => void open()}
          onOpenPath={openPath}
          onHistory={openHistory}
          onRestore={restore}
          onDiscard={discardRecovery}
        />
      )}
      {history.ui}
      {rollOver.ui}
      {dialog?.kind === 'unsaved' && (
        <UnsavedDialog
          name={dialog.name}
          onSave={() => {
            const then = dialog.then;
            setDialog(null);
            afterSave.current = then;
            save();
          }}
          onDiscard={() => {
            const then = dialog.then;
            setDialog(null);
            then();
          }}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'new' && (
        <NewDialog
          templates={dialog.templates}
          {...(dialog.initialTemplateId ? { initialTemplateId: dialog.initialTemplateId } : {})}
          onCreate={create}
          onFromLastYear={() => {
            setDialog(null);
            rollOver.start();
          }}
          onCancel={() => setDialog(null)}
          onFromNotice={() => setDialog({ kind: 'notice' })}
          onManageTemplates={() => setDialog({ kind: 'templates' })}
        />
      )}
      {dialog?.kind === 'notice' && (
        <NoticeImportDialog
          api={api}
          workspace={host?.workspace ?? null}
          onSaved={(t) => reopenNew(t.id)}
          onCancel={() => reopenNew()}
        />
      )}
      {dialog?.kind === 'templates' && (
        <TemplateManager api={api} workspace={host?.workspace ?? null} onClose={() => reopenNew()} />
      )}
      {dialog?.kind === 'retemplate' && doc === dialog.store && (
        <RetemplateDialog
          api={api}
          store={dialog.store}
          onCancel={closeDialog}
          onApply={(from, result, target) => {
            setDialog(null);
            const snap = from.getSnapshot();
            const notes = [`已改用提纲“${target.name}”（可撤销）。`, ...result.notes];
            const next = new DocStore(
              {
                path: snap.path,
                report: result.report,
                mtimeMs: snap.mtimeMs,
                notes,
                ...(from.copyOf ? { copyOf: from.copyOf } : {}),
              },
              target,
              result.report,
              from.recoveryKey,
            );
            // The old store's onReplace adopts the new one (adoptStore).
            from.replaceWith(next);
            say(
              'info',
              `已改用提纲“${target.name}”，各部分的去处共 ${result.notes.length} 条说明，见右侧“指引”；撤销可恢复原提纲。`,
              [{ label: '查看说明', run: () => showImportNotes(setSideTab) }],
              20_000,
            );
          }}
        />
      )}
      {dialog?.kind === 'open' && (
        <OpenDialog
          files={dialog.files}
          workspace={dialog.workspace}
          onOpen={openPath}
          onCancel={() => setDialog(null)}
        />
      )}
      {dialog?.kind === 'saveAs' && doc && (
        <SaveAsDialog
          suggested={dialog.suggested}
          existing={dialog.existing}
          onCancel={() => {
            afterSave.current = null;
            setDialog(null);
          }}
          onSave={(fileName, overwrite) => {
            // The dialog closes once the file is written, so "dialog gone" means "saved or failed".
            void writeFile(doc, joinPath(dialog.workspace, fileName), null, overwrite).finally(() =>
              setDialog(null),
            );
          }}
        />
      )}
    </NoticeCorner.Provider>
  );
}

const selDirty = (s: DocSnapshot) => s.dirty;

function DocWindow({
  onError,
  onRetemplate,
  ...props
}: Omit<Parameters<typeof EditorScreen>[0], 'store'> & {
  api: GwdraftApi;
  store: DocStore;
  onError(e: unknown, doing: string): void;
  /** 改用提纲…: the shell opens the dialog. */
  onRetemplate(): void;
}) {
  const { api, store } = props;
  useScrollMemory(store);
  const dirty = useDoc(store, selDirty);
  // 审阅模式: the reviewer reads the outline, the clerk changes it.
  const reviewing = useReviewMode();
  useWindowTitle(store);
  useEffect(() => {
    api['window.setDirty']({ dirty }).catch(() => {});
    if (!dirty || hostTransport() !== 'loopback') return;
    const onUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, [api, dirty]);
  // The checklist panel, the outline's dots and the export share one live checklist.
  const checklist = useChecklist(store);
  const exporter = useExport(api, store, checklist.model);
  const confirmer = useCallback(() => api['settings.get']({}).then((s) => s.reviewerName), [api]);
  const { onMessage, onSideTab } = props;
  const review = useComments(
    api,
    store,
    useMemo(() => ({ onMessage, showTab: () => onSideTab?.('comments') }), [onMessage, onSideTab]),
  );
  const copy = useVersionCopy(api, store, { onMessage, onError, onSaveAs: props.onSaveAs });
  const changes = useSuggestions(
    store,
    review.controller,
    useMemo(() => ({ onMessage, showTab: () => onSideTab?.('suggestions') }), [onMessage, onSideTab]),
  );
  return (
    <>
      <EditorScreen
        {...props}
        banner={
          <>
            {copy.banner}
            <CarriedBar carried={checklist.carried} year={checklist.baselineYear} total={store.keys.length} />
          </>
        }
        carried={checklist.carried}
        statuses={checklist.statuses}
        checklist={<ChecklistPanel store={store} model={checklist.model} confirmer={confirmer} />}
        onExport={exporter.exportNow}
        onExportReview={exporter.exportReview}
        onPreview={exporter.openPreview}
        onExportOptions={exporter.openOptions}
        comments={review.panel}
        suggestions={changes.panel}
        tools={
          <>
            {review.tools}
            {changes.tools}
          </>
        }
        status={<StatusBar store={store} load={exporter.loadSaved} />}
        metaExtra={
          <div className="gw-wide gw-meta-outline">
            提纲
            <span>
              <span className="gw-meta-outline-name">{store.template?.name ?? '（找不到提纲）'}</span>
              <button
                type="button"
                disabled={reviewing}
                onClick={onRetemplate}
                title="把本报告的各部分移到另一提纲，文字不丢，可撤销"
              >
                改用提纲…
              </button>
            </span>
          </div>
        }
      />
      {exporter.ui}
      {review.ui}
      {copy.ui}
      {changes.ui}
    </>
  );
}

/** Each file opens at its top, or where the user left it in this session (the page is remounted per file). */
function useScrollMemory(store: DocStore): void {
  useEffect(() => {
    const page = document.querySelector<HTMLElement>('.gw-centre');
    if (!page) return;
    page.scrollTop = rememberedScroll(store.getSnapshot().path);
    let top = page.scrollTop;
    const onScroll = () => {
      top = page.scrollTop;
    };
    page.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      page.removeEventListener('scroll', onScroll);
      rememberScroll(store.getSnapshot().path, top);
    };
  }, [store]);
}
