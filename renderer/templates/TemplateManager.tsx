/**
 * 提纲管理: the outline templates — shipped ones read-only, user ones (app data folder) can be exported
 * to share and removed; a template file someone shared can be imported. All through the typed API.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiOutput, GwdraftApi } from '../../core/api/contract';
import { describeError } from '../notices/notices';
import { Dialog, DialogActions } from '../files/Dialog';
import { PathPicker } from './path-picker';
import './templates.css';

type Summary = ApiOutput<'templates.list'>[number];

function joinPath(dir: string, name: string): string {
  const sep = dir.includes('\\') && !dir.includes('/') ? '\\' : '/';
  return dir.endsWith(sep) ? dir + name : dir + sep + name;
}

export function TemplateManager({
  api,
  workspace,
  onClose,
}: {
  api: GwdraftApi;
  workspace: string | null;
  onClose(): void;
}) {
  const [list, setList] = useState<Summary[] | null>(null);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const [importPath, setImportPath] = useState('');

  const reload = useCallback(
    () =>
      api['templates.list']({}).then(setList, (e: unknown) =>
        setMessage({ error: true, text: describeError(e, '读取提纲模板') }),
      ),
    [api],
  );
  useEffect(() => {
    void reload();
  }, [reload]);

  const exportOne = async (t: Summary) => {
    try {
      const picked =
        workspace === null
          ? (await api['file.pickSave']({ suggestedName: `${t.id}.json`, kind: 'json' })).path
          : joinPath(workspace, `${t.id}.json`);
      if (!picked) return;
      const r = await api['templates.export']({ id: t.id, path: picked, overwrite: workspace === null });
      setMessage({ error: false, text: `已导出“${t.name}”到 ${r.path}` });
    } catch (e) {
      setMessage({ error: true, text: describeError(e, '导出提纲') });
    }
  };

  const removeOne = async (t: Summary) => {
    if (!window.confirm(`删除用户提纲“${t.name}”？已用它写的报告不受影响（报告中带有提纲副本）。`)) return;
    try {
      await api['templates.remove']({ id: t.id });
      setMessage({ error: false, text: `已删除“${t.name}”。` });
      await reload();
    } catch (e) {
      setMessage({ error: true, text: describeError(e, '删除提纲') });
    }
  };

  const importOne = async () => {
    try {
      const t = await api['templates.import']({ path: importPath.trim() });
      setMessage({ error: false, text: `已导入“${t.name}”。` });
      setImportPath('');
      await reload();
    } catch (e) {
      setMessage({ error: true, text: describeError(e, '导入提纲') });
    }
  };

  return (
    <Dialog title="提纲管理" onCancel={onClose}>
      <table className="gw-template-table" aria-label="提纲模板">
        <thead>
          <tr>
            <th>提纲</th>
            <th>来源</th>
            <th>部分</th>
            <th>操作</th>
          </tr>
        </thead>
        <tbody>
          {(list ?? []).map((t) => {
            const user = t.origin === 'user';
            return (
              <tr key={t.id} data-origin={user ? 'user' : 'shipped'}>
                <td>
                  <strong>{t.name}</strong>
                  <div className="gw-muted">{t.id}</div>
                </td>
                <td>{user ? '用户提纲' : '内置（只读）'}</td>
                <td>{t.headings?.length ?? ''}</td>
                <td className="gw-template-actions">
                  <button type="button" onClick={() => void exportOne(t)} aria-label={`导出 ${t.name}`}>
                    导出
                  </button>
                  {user && (
                    <button type="button" onClick={() => void removeOne(t)} aria-label={`删除 ${t.name}`}>
                      删除
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <form
        className="gw-form gw-template-import"
        onSubmit={(e) => {
          e.preventDefault();
          if (importPath.trim()) void importOne();
        }}
      >
        <PathPicker
          api={api}
          workspace={workspace}
          kinds={[]}
          label="导入提纲文件（.json）"
          value={importPath}
          onChange={setImportPath}
        />
        <button type="submit" disabled={!importPath.trim()}>
          导入
        </button>
      </form>
      {message && (
        <p className={message.error ? 'gw-error-text' : 'gw-muted'} role="status">
          {message.text}
        </p>
      )}
      <DialogActions onCancel={onClose} />
    </Dialog>
  );
}
