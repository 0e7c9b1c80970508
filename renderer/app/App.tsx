/**
 * The app: the start screen or the editing window, the file flow through getApi() (new, open, save,
 * save-as with conflict detection, autosave and recovery), shortcuts and Electron menu commands, and
 * the alert region where every API error lands in Chinese — an error never discards the open text.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ApiOutput, GwdraftApi, MenuCommand } from '../../core/api/contract';
import { getApi, hostTransport, onMenuCommand } from '../api/client';
import { findTemplate } from '../../templates/index';
import { resolvedTitle } from '../../core/model/report-helpers';
import { DocStore, type DocSnapshot } from '../document/doc-store';
import { EditorScreen } from './EditorScreen';
import { Notices } from '../notices/Notices';
import { describeError, notice, type Notice } from '../notices/notices';
import { useDoc } from '../document/use-doc';
import { StartScreen } from '../files/StartScreen';
import { NewDialog, type NewInput } from '../files/NewDialog';
import { OpenDialog } from '../files/OpenDialog';
import { SaveAsDialog, safeFileName } from '../files/SaveAsDialog';
import { useAutosave } from '../files/use-autosave';
import type { SideTab } from '../layout/SidePanel';
import { ChecklistPanel } from '../checklist/ChecklistPanel';
import { useChecklist } from '../checklist/use-checklist';
import { useExport } from '../export/use-export';
import { useComments } from '../comments/use-comments';
import { StatusBar } from '../status/StatusBar';
import { useWindowTitle } from '../status/use-window-title';

type Opened = ApiOutput<'file.open'>;
type DialogState =
  | { kind: 'new'; templates: ApiOutput<'templates.list'> }
  | { kind: 'open'; files: ApiOutput<'file.list'>; workspace: string }
  | { kind: 'saveAs'; suggested: string; existing: string[]; workspace: string }
  | null;

const UNSAVED = '当前报告有未保存的修改。继续将放弃这些修改（自动保存的内容仍可在启动时恢复）。确定继续吗？';

function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

export function App({ api = getApi() }: { api?: GwdraftApi }) {
  const [doc, setDoc] = useState<DocStore | null>(null);
  const [notices, setNotices] = useState<Notice[]>([]);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [host, setHost] = useState<ApiOutput<'host.info'> | null>(null);
  const [recent, setRecent] = useState<ApiOutput<'recent.list'>>([]);
  const [recovery, setRecovery] = useState<ApiOutput<'recovery.list'>>([]);
  const [find, setFind] = useState<{ replace: boolean; tick: number } | null>(null);
  const [sideTab, setSideTab] = useState<SideTab>('guidance');
  const docRef = useRef<DocStore | null>(null);
  useEffect(() => {
    docRef.current = doc;
  }, [doc]);
  // Set once saveAs exists; the conflict notice's 另存为 button calls it.
  const saveAsRef = useRef<(store: DocStore) => Promise<void>>(async () => {});

  const say = useCallback((kind: Notice['kind'], text: string, actions?: Notice['actions']) => {
    const n = notice(kind, text, actions);
    setNotices((ns) => [...ns.filter((x) => !(x.kind === 'info' && kind === 'info')), n]);
    if (kind === 'info' && !actions)
      setTimeout(() => setNotices((ns) => ns.filter((x) => x.id !== n.id)), 6000);
  }, []);
  const fail = useCallback((e: unknown, doing: string) => say('error', describeError(e, doing)), [say]);
  const info = useCallback((m: string) => say('info', m), [say]);
  const dismiss = useCallback((id: number) => setNotices((ns) => ns.filter((n) => n.id !== id)), []);

  const refreshStart = useCallback(() => {
    api['recent.list']({}).then(setRecent, () => setRecent([]));
    api['recovery.list']({}).then(setRecovery, (e: unknown) => fail(e, '读取可恢复内容'));
  }, [api, fail]);

  const show = useCallback(
    (opened: Opened, recoveryKey?: string) => {
      const template = findTemplate(opened.report.templateId);
      if (!template)
        say(
          'error',
          `找不到此报告使用的提纲模板“${opened.report.templateId}”，标题和指引将无法显示，正文仍可编辑。`,
        );
      const store = new DocStore(opened, template, opened.report, recoveryKey);
      // Restored text is not in the file yet: it must read as unsaved.
      if (recoveryKey) store.markUnsaved();
      store.onNotice((msg) => say('info', msg));
      docRef.current = store;
      setDoc(store);
      setFind(null);
      for (const n of opened.notes) say('info', n);
    },
    [say],
  );

  const confirmDiscard = useCallback(
    () => !docRef.current?.getSnapshot().dirty || window.confirm(UNSAVED),
    [],
  );

  // ---- start ----
  useEffect(() => {
    let cancelled = false;
    api['host.info']({}).then(
      (info) => {
        if (cancelled) return;
        setHost(info);
        if (info.initialFile)
          api['file.open']({ path: info.initialFile }).then(
            (o) => show(o),
            (e: unknown) => fail(e, '打开文件'),
          );
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
    if (!confirmDiscard()) return;
    api['templates.list']({}).then(
      (templates) => setDialog({ kind: 'new', templates }),
      (e: unknown) => fail(e, '读取提纲模板'),
    );
  }, [api, confirmDiscard, fail]);

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

  const openPath = useCallback(
    (path: string) => {
      setDialog(null);
      if (!confirmDiscard()) return;
      api['file.open']({ path }).then(
        (o) => show(o),
        (e: unknown) => fail(e, '打开文件'),
      );
    },
    [api, confirmDiscard, fail, show],
  );

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
        } catch (e) {
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
        if (info.workspace === null) return; // the native dialog was cancelled
        const files = await api['file.list']({});
        setDialog({
          kind: 'saveAs',
          suggested: title.replace(/\.gwdraft$/i, ''),
          existing: files.map((f) => f.name),
          workspace: info.workspace,
        });
      } catch (e) {
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
          show(o, key);
          say('info', '已恢复自动保存的内容。请检查后保存。');
        },
        (e: unknown) => fail(e, '恢复'),
      );
    },
    [api, fail, say, show],
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

  const lastShortcut = useRef<{ name: string; at: number }>({ name: '', at: 0 });
  const run = useCallback(
    (name: string) => {
      // A key handled here and the same Electron menu accelerator arriving as a command: act once.
      const now = performance.now();
      if (lastShortcut.current.name === name && now - lastShortcut.current.at < 300) return;
      lastShortcut.current = { name, at: now };
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
        case 'view.outline':
          return document.querySelector<HTMLElement>('nav[aria-label="大纲"] button')?.focus();
      }
    },
    [newDoc, open, openFind, save, saveAs],
  );

  useEffect(
    () =>
      onMenuCommand((cmd: MenuCommand) => {
        if (cmd.command === 'app.openPath') openPath(cmd.path);
        else run(cmd.command);
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
      let name: string | null = null;
      if (k === 'n') name = 'file.new';
      else if (k === 'o') name = 'file.open';
      else if (k === 's') name = e.shiftKey ? 'file.saveAs' : 'file.save';
      else if (k === 'f') name = 'edit.find';
      else if (k === 'h') name = 'edit.replace';
      // In the editors the Slate handler routes undo; in the find bar the input keeps its own.
      else if ((k === 'z' || k === 'y') && !inEditor && !inFind)
        name = k === 'y' || e.shiftKey ? 'edit.redo' : 'edit.undo';
      if (!name) return;
      e.preventDefault();
      run(name);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run]);

  // ---- window title and the dirty flag ----
  return (
    <>
      <Notices notices={notices} onDismiss={dismiss} />
      {doc ? (
        <DocWindow
          api={api}
          store={doc}
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
        />
      ) : (
        <StartScreen
          recent={recent}
          recovery={recovery}
          onNew={newDoc}
          onOpen={() => void open()}
          onOpenPath={openPath}
          onRestore={restore}
          onDiscard={discardRecovery}
        />
      )}
      {dialog?.kind === 'new' && (
        <NewDialog templates={dialog.templates} onCreate={create} onCancel={() => setDialog(null)} />
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
          onCancel={() => setDialog(null)}
          onSave={(fileName, overwrite) => {
            // The dialog closes once the file is written, so "dialog gone" means "saved or failed".
            void writeFile(doc, joinPath(dialog.workspace, fileName), null, overwrite).finally(() =>
              setDialog(null),
            );
          }}
        />
      )}
    </>
  );
}

const selDirty = (s: DocSnapshot) => s.dirty;

function DocWindow(
  props: Omit<Parameters<typeof EditorScreen>[0], 'store'> & { api: GwdraftApi; store: DocStore },
) {
  const { api, store } = props;
  const dirty = useDoc(store, selDirty);
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
  return (
    <>
      <EditorScreen
        {...props}
        statuses={checklist.statuses}
        checklist={<ChecklistPanel store={store} model={checklist.model} confirmer={confirmer} />}
        onExport={exporter.exportNow}
        onPreview={exporter.openPreview}
        onExportOptions={exporter.openOptions}
        comments={review.panel}
        tools={review.tools}
        status={<StatusBar store={store} load={exporter.loadSaved} />}
      />
      {exporter.ui}
      {review.ui}
    </>
  );
}
