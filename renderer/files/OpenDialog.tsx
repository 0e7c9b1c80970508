/** 打开 over the loopback host: the workspace's files, as the browser has no native file dialog. */
import type { ApiOutput } from '../../core/api/contract';
import { Dialog } from './Dialog';

type Entry = ApiOutput<'file.list'>[number];

const KIND: Record<Entry['kind'], string> = {
  gwdraft: '草稿',
  txt: '文本（导入）',
  md: 'Markdown（导入）',
  docx: 'Word（导入）',
};

export function OpenDialog({
  files,
  workspace,
  onOpen,
  onCancel,
}: {
  files: readonly Entry[];
  workspace: string;
  onOpen(path: string): void;
  onCancel(): void;
}) {
  return (
    <Dialog title="打开文件" onCancel={onCancel}>
      <p className="gw-muted">工作文件夹：{workspace}</p>
      {files.length === 0 ? (
        <p>工作文件夹中还没有文件。</p>
      ) : (
        <ul className="gw-filelist" aria-label="文件列表">
          {files.map((f) => (
            <li key={f.path}>
              <button type="button" onClick={() => onOpen(f.path)}>
                <span className="gw-fname">{f.name}</span>
                <span className="gw-muted">
                  {KIND[f.kind]} · {new Date(f.mtimeMs).toLocaleString('zh-CN')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="gw-actions">
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </Dialog>
  );
}
