/** 合并批注 over the loopback host: the workspace's .docx and .gwdraft files to merge comments from. */
import { FileListDialog, type WorkspaceEntry } from '../files/FileListDialog';

export function MergeDialog({
  files,
  workspace,
  onPick,
  onCancel,
}: {
  files: readonly WorkspaceEntry[];
  workspace: string;
  onPick(path: string): void;
  onCancel(): void;
}) {
  return (
    <FileListDialog
      title="合并批注"
      intro={
        <p className="gw-muted">
          选择审阅人返回的 Word 文件（.docx）或草稿副本（.gwdraft），其中的批注将按原文定位合并到当前报告。
        </p>
      }
      workspace={workspace}
      files={files}
      listLabel="可合并的文件"
      emptyText="工作文件夹中没有 .docx 或 .gwdraft 文件。"
      kindText={(f) => (f.kind === 'docx' ? 'Word 审阅稿' : '草稿副本')}
      onPick={onPick}
      onCancel={onCancel}
    />
  );
}
