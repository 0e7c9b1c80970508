/**
 * Choosing a file for the 提纲 dialogs: the native dialog in Electron (file.pickOpen); over the loopback
 * host the workspace's files of the wanted kinds, or a path typed into the field.
 */
import { useEffect, useState } from 'react';
import type { ApiOutput, GwdraftApi } from '../../core/api/contract';

export function PathPicker({
  api,
  workspace,
  kinds,
  label,
  value,
  onChange,
}: {
  api: GwdraftApi;
  /** Loopback: the workspace folder; Electron: null. */
  workspace: string | null;
  /** Which workspace files to list (file.list kinds). */
  kinds: readonly ApiOutput<'file.list'>[number]['kind'][];
  label: string;
  value: string;
  onChange(path: string): void;
}) {
  const [files, setFiles] = useState<ApiOutput<'file.list'>>([]);
  useEffect(() => {
    if (workspace === null || kinds.length === 0) return;
    let live = true;
    api['file.list']({}).then(
      (fs) => live && setFiles(fs.filter((f) => kinds.includes(f.kind))),
      () => {},
    );
    return () => {
      live = false;
    };
  }, [api, workspace, kinds]);
  return (
    <div className="gw-path-picker">
      <label>
        {label}
        <input
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={workspace ?? '文件路径'}
        />
      </label>
      {workspace === null ? (
        <button
          type="button"
          onClick={() =>
            void api['file.pickOpen']({}).then(
              (r) => r.path && onChange(r.path),
              () => {},
            )
          }
        >
          浏览…
        </button>
      ) : (
        files.length > 0 && (
          <ul className="gw-file-choices" aria-label="工作文件夹中的文件">
            {files.map((f) => (
              <li key={f.path}>
                <button type="button" aria-pressed={value === f.path} onClick={() => onChange(f.path)}>
                  {f.name}
                </button>
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  );
}
