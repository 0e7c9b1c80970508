/** 历史版本 for a file: list its versions (dialog) and open one as an unsaved copy beside it. */
import { useCallback, useState, type ReactNode } from 'react';
import type { ApiOutput, GwdraftApi } from '../../core/api/contract';
import { HistoryDialog, type Version } from './HistoryDialog';

type Opened = ApiOutput<'file.open'>;

export function useHistory(
  api: GwdraftApi,
  handlers: {
    /** Show the copy (the shell asks about unsaved changes first). SOURCE: the autosave it came from. */
    openCopy(opened: Opened, source: string | null): void;
    onError(e: unknown, doing: string): void;
  },
): {
  openHistory(path: string): void;
  openVersion(path: string, v: Pick<Version, 'source' | 'key'>): void;
  ui: ReactNode;
} {
  const [shown, setShown] = useState<ApiOutput<'history.list'> | null>(null);
  const { openCopy, onError } = handlers;

  const openHistory = useCallback(
    (path: string) => {
      api['history.list']({ path }).then(setShown, (e: unknown) => onError(e, '读取历史版本'));
    },
    [api, onError],
  );

  const openVersion = useCallback(
    (path: string, v: Pick<Version, 'source' | 'key'>) => {
      setShown(null);
      const input =
        v.source === 'autosave' && v.key !== null
          ? { source: 'autosave' as const, path, key: v.key }
          : { source: 'bak' as const, path };
      api['history.open'](input).then(
        (o) => openCopy(o, input.source === 'autosave' ? input.key : null),
        (e: unknown) => onError(e, '打开历史版本'),
      );
    },
    [api, onError, openCopy],
  );

  const ui = shown ? (
    <HistoryDialog
      history={shown}
      onOpenVersion={(v) => openVersion(shown.path, v)}
      onCancel={() => setShown(null)}
    />
  ) : null;
  return { openHistory, openVersion, ui };
}
