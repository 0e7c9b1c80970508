/**
 * 新建 → 以去年报告为基础: pick last year's .gwdraft or .docx (the workspace list over the loopback
 * host, the system dialog under Electron) and start this year's report from it — the same roll-over as
 * `gwdraft import --next-year` (core/import/carry-forward), done by the service.
 */
import { useCallback, useState, type ReactNode } from 'react';
import type { ApiOutput, GwdraftApi } from '../../core/api/contract';
import { FileListDialog, type WorkspaceEntry } from './FileListDialog';

type Opened = ApiOutput<'file.open'>;

export function useRollOver(
  api: GwdraftApi,
  handlers: { openNew(opened: Opened): void; onError(e: unknown, doing: string): void },
): { start(): void; ui: ReactNode } {
  const [picking, setPicking] = useState<{ files: WorkspaceEntry[]; workspace: string } | null>(null);
  const { openNew, onError } = handlers;

  const fromPath = useCallback(
    (path: string) => {
      api['file.nextYear']({ path }).then(openNew, (e: unknown) => onError(e, '以去年报告为基础新建'));
    },
    [api, onError, openNew],
  );

  const start = useCallback(() => {
    void (async () => {
      try {
        const info = await api['host.info']({});
        if (info.workspace !== null) {
          const files = await api['file.list']({});
          setPicking({ files, workspace: info.workspace });
          return;
        }
        const { path } = await api['file.pickOpen']({});
        if (path) fromPath(path);
      } catch (e) {
        onError(e, '以去年报告为基础新建');
      }
    })();
  }, [api, fromPath, onError]);

  const ui = picking ? (
    <FileListDialog
      title="以去年报告为基础"
      intro={
        <p>
          选择去年的报告（.gwdraft 草稿、Word 文件，或从网站复制保存的 .txt
          文本）。年度加一，正文沿用并以浅色底标出，改写后标记消失；
          去年的批注和成文日期不带入。原文件不会改动。
        </p>
      }
      workspace={picking.workspace}
      files={picking.files}
      listLabel="去年的报告"
      emptyText="工作文件夹中没有 .gwdraft、.docx、.txt 或 .md 文件。"
      kindText={(f) => (f.kind === 'docx' ? 'Word' : f.kind === 'gwdraft' ? '草稿' : '文本')}
      onPick={(path) => {
        setPicking(null);
        fromPath(path);
      }}
      onCancel={() => setPicking(null)}
    />
  ) : null;
  return { start, ui };
}
