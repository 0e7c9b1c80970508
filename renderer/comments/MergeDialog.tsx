/** 合并批注 over the loopback host: the workspace's .docx and .gwdraft files to merge comments from. */
import type { ApiOutput } from '../../core/api/contract';
import { Dialog } from '../files/Dialog';

type Entry = ApiOutput<'file.list'>[number];

export function MergeDialog({
  files,
  workspace,
  onPick,
  onCancel,
}: {
  files: readonly Entry[];
  workspace: string;
  onPick(path: string): void;
  onCancel(): void;
}) {
  return (
    <Dialog title="合并批注" onCancel={onCancel}>
      <p className="gw-muted">
        选择审阅人返回的 Word 文件（.docx）或草稿副本（.gwdraft），其中的批注将按原文定位合并到当前报告。
      </p>
      <p className="gw-muted">工作文件夹：{workspace}</p>
      {files.length === 0 ? (
        <p>工作文件夹中没有 .docx 或 .gwdraft 文件。</p>
      ) : (
        <ul className="gw-filelist" aria-label="可合并的文件">
          {files.map((f) => (
            <li key={f.path}>
              <button type="button" onClick={() => onPick(f.path)}>
                <span className="gw-fname">{f.name}</span>
                <span className="gw-muted">
                  {f.kind === 'docx' ? 'Word 审阅稿' : '草稿副本'} ·{' '}
                  {new Date(f.mtimeMs).toLocaleString('zh-CN')}
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
