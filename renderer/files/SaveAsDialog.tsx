/**
 * 另存为 over the loopback host: a file name inside the workspace. A name that is taken is never
 * overwritten on Enter: a second question asks, with 取消 as the default.
 */
import { useState } from 'react';
import { ConfirmDialog } from './ConfirmDialog';
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
  const [confirming, setConfirming] = useState(false);
  const file = safeFileName(name);
  const exists = existing.includes(file);
  if (confirming)
    return (
      <ConfirmDialog
        title="文件已存在"
        confirmLabel="覆盖"
        onConfirm={() => onSave(file, true)}
        onCancel={() => setConfirming(false)}
      >
        <p>工作文件夹中已有 {file}。要用当前报告覆盖它吗？</p>
        <p className="gw-muted">覆盖前的内容会保存为 {file}.bak。</p>
      </ConfirmDialog>
    );
  return (
    <FormDialog
      title="另存为"
      submitLabel="保存"
      canSubmit={file !== ''}
      onSubmit={() => (exists ? setConfirming(true) : onSave(file, false))}
      onCancel={onCancel}
    >
      <label>
        文件名
        <input value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <p className="gw-muted">保存为：{file || '（请输入文件名）'}</p>
      {exists && <p className="gw-error-text">工作文件夹中已有同名文件，保存前会先询问是否覆盖。</p>}
    </FormDialog>
  );
}
