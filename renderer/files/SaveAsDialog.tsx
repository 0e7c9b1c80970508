/** 另存为 over the loopback host: a file name inside the workspace. */
import { useState } from 'react';
import { FormDialog } from './Dialog';

/** Characters Windows refuses in file names, and path separators. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const BAD = /[\\/:*?"<>|\u0000-\u001f]/g;

export function safeFileName(name: string): string {
  const base = name
    .replace(BAD, '')
    .replace(/\.gwdraft$/i, '')
    .trim();
  return base === '' ? '' : `${base}.gwdraft`;
}

export function SaveAsDialog({
  suggested,
  existing,
  onSave,
  onCancel,
}: {
  suggested: string;
  existing: readonly string[];
  onSave(fileName: string, overwrite: boolean): void;
  onCancel(): void;
}) {
  const [name, setName] = useState(suggested);
  const file = safeFileName(name);
  const exists = existing.includes(file);
  return (
    <FormDialog
      title="另存为"
      submitLabel={exists ? '覆盖保存' : '保存'}
      canSubmit={file !== ''}
      onSubmit={() => onSave(file, exists)}
      onCancel={onCancel}
    >
      <label>
        文件名
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <p className="gw-muted">保存为：{file || '（请输入文件名）'}</p>
      {exists && <p className="gw-error-text">工作文件夹中已有同名文件，保存将覆盖它。</p>}
    </FormDialog>
  );
}
