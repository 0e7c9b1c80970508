/** 打开 over the loopback host: the workspace's files, as the browser has no native file dialog. */
import { FileListDialog, type WorkspaceEntry } from './FileListDialog';

const KIND: Record<WorkspaceEntry['kind'], string> = {
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
  files: readonly WorkspaceEntry[];
  workspace: string;
  onOpen(path: string): void;
  onCancel(): void;
}) {
  return (
    <FileListDialog
      title="打开文件"
      workspace={workspace}
      files={files}
      listLabel="文件列表"
      emptyText="工作文件夹中还没有文件。"
      kindText={(f) => KIND[f.kind]}
      onPick={onOpen}
      onCancel={onCancel}
    />
  );
}
