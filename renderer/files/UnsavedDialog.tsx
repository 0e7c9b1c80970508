/** Switching files with unsaved changes: 保存 / 不保存 / 取消, in the app's own dialog. */
import { ChoiceDialog } from './ConfirmDialog';

export function UnsavedDialog({
  name,
  onSave,
  onDiscard,
  onCancel,
}: {
  name: string;
  onSave(): void;
  onDiscard(): void;
  onCancel(): void;
}) {
  return (
    <ChoiceDialog
      title="保存修改吗"
      actions={[
        { label: '保存', run: onSave },
        { label: '不保存', run: onDiscard },
      ]}
      onCancel={onCancel}
    >
      <p>“{name}”有未保存的修改。要先保存吗？</p>
      <p className="gw-muted">选“不保存”会放弃这些修改（自动保存的内容仍在“历史版本”中）。</p>
    </ChoiceDialog>
  );
}
