/** 新建: pick the outline template, the 机关 and the 年度. */
import { useState } from 'react';
import type { ApiOutput } from '../../core/api/contract';
import { FormDialog } from './Dialog';

export interface NewInput {
  templateId: string;
  org: string;
  year: number;
}

/** Reports are written early in the next year: until June the default is last year. */
export function defaultReportYear(now = new Date()): number {
  return now.getMonth() < 6 ? now.getFullYear() - 1 : now.getFullYear();
}

export function NewDialog({
  templates,
  initialTemplateId,
  onCreate,
  onFromLastYear,
  onCancel,
  onFromNotice,
  onManageTemplates,
}: {
  templates: ApiOutput<'templates.list'>;
  /** Pre-selected template (e.g. the one just imported from a notice). */
  initialTemplateId?: string;
  onCreate(input: NewInput): void;
  /** 以去年报告为基础…: start from last year's report instead of an empty outline. */
  onFromLastYear?: () => void;
  onCancel(): void;
  /** 从通知导入提纲 (renderer/templates/NoticeImportDialog). */
  onFromNotice?(): void;
  /** 提纲管理 (renderer/templates/TemplateManager). */
  onManageTemplates?(): void;
}) {
  const [picked, setTemplateId] = useState(initialTemplateId ?? '');
  const templateId = picked || templates[0]?.id || '';
  const [org, setOrg] = useState('');
  const [year, setYear] = useState(String(defaultReportYear()));
  const yearOk = /^\d{4}$/.test(year) && Number(year) >= 2000 && Number(year) <= 2100;
  const chosen = templates.find((t) => t.id === templateId);
  return (
    <FormDialog
      title="新建报告"
      submitLabel="创建"
      canSubmit={templateId !== '' && yearOk}
      onSubmit={() => onCreate({ templateId, org: org.trim(), year: Number(year) })}
      onCancel={onCancel}
    >
      <label>
        提纲模板
        <select value={templateId} onChange={(e) => setTemplateId(e.target.value)}>
          {templates.map((t) => (
            <option key={t.id} value={t.id}>
              {t.origin === 'user' ? `${t.name}（用户提纲）` : t.name}
            </option>
          ))}
        </select>
      </label>
      {chosen && <p className="gw-muted">{chosen.description}</p>}
      {(onFromNotice || onManageTemplates) && (
        <p className="gw-template-links">
          {onFromNotice && (
            <button type="button" onClick={onFromNotice}>
              从通知导入提纲…
            </button>
          )}
          {onManageTemplates && (
            <button type="button" onClick={onManageTemplates}>
              提纲管理…
            </button>
          )}
        </p>
      )}
      <label>
        机关
        <input value={org} onChange={(e) => setOrg(e.target.value)} placeholder="如 吴川市科工贸和信息化局" />
      </label>
      <label>
        年度
        <input type="number" min={2000} max={2100} value={year} onChange={(e) => setYear(e.target.value)} />
      </label>
      {!yearOk && <p className="gw-error-text">年度应为 2000 至 2100 之间的四位数字。</p>}
      {onFromLastYear && (
        <p className="gw-from-last-year">
          <button type="button" onClick={onFromLastYear}>
            以去年报告为基础…
          </button>{' '}
          <span className="gw-muted">沿用去年的报告（.gwdraft、.docx 或 .txt），年度加一</span>
        </p>
      )}
    </FormDialog>
  );
}
