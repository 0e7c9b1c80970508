/** 审阅人: the name and unit every comment carries, asked once and kept in settings. */
import { useState } from 'react';
import { FormDialog } from '../files/Dialog';
import { initialsOf } from '../../core/comments/index';

export function ReviewerDialog({
  name: initialName,
  unit: initialUnit,
  onSave,
  onCancel,
}: {
  name: string;
  unit: string;
  onSave(name: string, unit: string): void;
  onCancel(): void;
}) {
  const [name, setName] = useState(initialName);
  const [unit, setUnit] = useState(initialUnit);
  const ok = name.trim() !== '';
  return (
    <FormDialog
      title="审阅人"
      submitLabel="确定"
      canSubmit={ok}
      onSubmit={() => onSave(name, unit)}
      onCancel={onCancel}
    >
      <p className="gw-muted">批注上会写明审阅人的姓名和单位，导出到 Word 后同样显示。只需设置一次。</p>
      <label>
        姓名
        <input value={name} maxLength={100} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        单位
        <input
          value={unit}
          maxLength={200}
          placeholder="例如：市司法局"
          onChange={(e) => setUnit(e.target.value)}
        />
      </label>
      {ok && <p className="gw-muted">缩写：{initialsOf(name)}</p>}
    </FormDialog>
  );
}
