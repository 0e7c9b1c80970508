/**
 * An earlier version opened as a copy beside its file: a bar above the page says which file and which
 * version, with the two ways to keep it — 另存为 a new file, or the explicit 用此版本替换原文件… (asked
 * first, 取消 the default; the file's current text becomes its .bak). Closing the copy keeps the file.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { GwdraftApi } from '../../core/api/contract';
import type { DocSnapshot, DocStore } from '../document/doc-store';
import { useDoc } from '../document/use-doc';
import { ConfirmDialog } from '../files/ConfirmDialog';
import { baseName, versionLabel } from './format';
import { compareReports, type PartDiff } from './compare';
import { CompareDialog } from './CompareDialog';
import { sectionLabel } from '../../core/model/numbering';
import './history.css';

const selPath = (s: DocSnapshot) => s.path;
const selTotal = (s: DocSnapshot) => s.total;

export function useVersionCopy(
  api: GwdraftApi,
  store: DocStore,
  handlers: { onMessage(msg: string): void; onError(e: unknown, doing: string): void; onSaveAs(): void },
): { banner: ReactNode; ui: ReactNode } {
  const path = useDoc(store, selPath);
  const total = useDoc(store, selTotal);
  const [asking, setAsking] = useState(false);
  const [diff, setDiff] = useState<PartDiff[] | null>(null);
  const copyOf = store.copyOf;
  const label = copyOf ? versionLabel(copyOf) : '';
  const { onMessage, onError, onSaveAs } = handlers;

  const replace = useCallback(async () => {
    setAsking(false);
    if (!copyOf) return;
    const version = store.currentVersion();
    try {
      const r = await api['file.save']({
        path: copyOf.path,
        report: store.toReport(),
        expectedMtimeMs: null,
        force: true,
      });
      if (r.status !== 'saved') return;
      store.markSaved(r.path, r.mtimeMs, version);
      api['recovery.discard']({ key: store.recoveryKey }).catch(() => {});
      // The autosave this copy came from is in the file now: no longer unsaved work to offer.
      if (store.restoredFrom) api['recovery.discard']({ key: store.restoredFrom }).catch(() => {});
      onMessage(`已用${label}替换 ${baseName(r.path)}；替换前的内容保存为 ${baseName(r.path)}.bak。`);
    } catch (e) {
      onError(e, '替换原文件');
    }
  }, [api, copyOf, label, onError, onMessage, store]);

  const compare = useCallback(() => {
    if (!copyOf) return;
    api['file.open']({ path: copyOf.path }).then(
      (file) => setDiff(compareReports(store.toReport(), file.report)),
      (e: unknown) => onError(e, '读取原文件'),
    );
  }, [api, copyOf, onError, store]);

  if (!copyOf || path !== null) return { banner: null, ui: null };
  const name = baseName(copyOf.path);
  const banner = (
    <div className="gw-copybar" role="region" aria-label="历史版本副本">
      <p>
        这是 <b>{name}</b> 的 {label}（未保存的副本，{total} 字），原文件未改动。
      </p>
      <button type="button" onClick={compare}>
        与原文件比较
      </button>
      <button type="button" onClick={() => setAsking(true)}>
        用此版本替换原文件…
      </button>
      <button type="button" onClick={onSaveAs}>
        另存为新文件…
      </button>
    </div>
  );
  const partName = (id: string) => {
    const i = store.sections.findIndex((s) => s.id === id);
    if (i < 0) return id === 'preamble' ? '导语' : '其他部分';
    const short =
      store.template?.sections.find((t) => t.id === id)?.short ?? store.sections[i]!.heading ?? '';
    return sectionLabel(i) + short;
  };
  const compareUi =
    diff !== null ? (
      <CompareDialog
        fileName={name}
        versionLabel={label}
        diff={diff}
        partName={partName}
        onReplace={() => {
          setDiff(null);
          setAsking(true);
        }}
        onClose={() => setDiff(null)}
      />
    ) : null;
  const ui = asking ? (
    <ConfirmDialog
      title="用此版本替换原文件"
      confirmLabel="替换原文件"
      onConfirm={() => void replace()}
      onCancel={() => setAsking(false)}
    >
      <p>
        {name} 将被这个版本（{label}）替换。
      </p>
      <p className="gw-muted">原文件现在的内容会保存为 {name}.bak，可在“历史版本”中再次打开。</p>
    </ConfirmDialog>
  ) : (
    compareUi
  );
  return { banner, ui };
}
