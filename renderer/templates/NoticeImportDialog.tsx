/**
 * 新建 → 从通知导入提纲: read the outline out of a 法治办's notice (templates.fromNotice), show the parsed
 * sections to confirm or correct (heading, guidance, 字数), then keep it as a user template
 * (templates.save). The statutory items were attached by heading meaning when parsed; a removed part
 * sends its items to the whole report.
 */
import { useState } from 'react';
import type { ApiOutput, GwdraftApi } from '../../core/api/contract';
import type { Template, TemplateSection } from '../../core/templates/schema';
import { withoutSection } from '../../core/templates/from-notice';
import { describeError } from '../notices/notices';
import { Dialog, DialogActions } from '../files/Dialog';
import { PathPicker } from './path-picker';
import './templates.css';

type Summary = ApiOutput<'templates.save'>;

const NOTICE_KINDS = ['docx', 'txt', 'md'] as const;

export function NoticeImportDialog({
  api,
  workspace,
  onSaved,
  onCancel,
}: {
  api: GwdraftApi;
  workspace: string | null;
  onSaved(template: Summary): void;
  onCancel(): void;
}) {
  const [path, setPath] = useState('');
  const [template, setTemplate] = useState<Template | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const read = () => {
    setBusy(true);
    setError(null);
    api['templates.fromNotice']({ path: path.trim() }).then(
      (r) => {
        setTemplate(r.template);
        setYear(r.year);
        setBusy(false);
      },
      (e: unknown) => {
        setError(describeError(e, '读取通知'));
        setBusy(false);
      },
    );
  };

  const setSection = (i: number, patch: Partial<TemplateSection>) =>
    setTemplate((t) => t && { ...t, sections: t.sections.map((s, k) => (k === i ? { ...s, ...patch } : s)) });

  const removeSection = (i: number) =>
    setTemplate((t) => {
      if (!t || t.sections.length <= 1) return t;
      return withoutSection(t, t.sections[i]!.id);
    });

  const addSection = () =>
    setTemplate((t) => {
      if (!t) return t;
      let n = t.sections.length + 1;
      while (t.sections.some((s) => s.id === `part-${n}`)) n++;
      const s: TemplateSection = {
        id: `part-${n}`,
        heading: '新的部分',
        short: '新的部分',
        guidance: '按通知要求撰写。',
        required: true,
        minChars: 0,
        topics: [],
        aliases: [],
      };
      return { ...t, sections: [...t.sections, s] };
    });

  const valid =
    template !== null &&
    template.name.trim() !== '' &&
    template.sections.every((s) => s.heading.trim() !== '' && s.guidance.trim() !== '');

  const save = () => {
    if (!template) return;
    const clean: Template = {
      ...template,
      name: template.name.trim(),
      sections: template.sections.map((s) => ({
        ...s,
        heading: s.heading.trim(),
        short:
          [...s.heading.replace(/\{(?:year|nextYear)\}年度?/gu, '').trim()].slice(0, 16).join('') || s.short,
      })),
      // The 字数 the user confirmed is the section's minimum in its checklist item.
      items: template.items.map((it) => {
        const s = template.sections.find((x) => x.id === it.section);
        if (!s || s.minChars === 0) return it;
        return {
          ...it,
          rules: it.rules.map((r) => (r.kind === 'minLength' ? { ...r, chars: s.minChars } : r)),
        };
      }),
    };
    setBusy(true);
    api['templates.save']({ template: clean }).then(onSaved, (e: unknown) => {
      setError(describeError(e, '保存提纲'));
      setBusy(false);
    });
  };

  return (
    <Dialog title="从通知导入提纲" onCancel={onCancel}>
      {template === null ? (
        <form
          className="gw-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (path.trim() && !busy) read();
          }}
        >
          <p className="gw-muted">
            选择法治办下发的通知（Word、文本或
            Markdown），软件读出其中的提纲（各部分标题、填写说明和字数要求），年份改为“本年度”“下一年度”占位。
          </p>
          <PathPicker
            api={api}
            workspace={workspace}
            kinds={NOTICE_KINDS}
            label="通知文件"
            value={path}
            onChange={setPath}
          />
          {error && <p className="gw-error-text">{error}</p>}
          <DialogActions onCancel={onCancel}>
            <button type="submit" disabled={!path.trim() || busy}>
              读取提纲
            </button>
          </DialogActions>
        </form>
      ) : (
        <form
          className="gw-form gw-notice-outline"
          onSubmit={(e) => {
            e.preventDefault();
            if (valid && !busy) save();
          }}
        >
          <p className="gw-muted">
            请核对读出的提纲
            {year ? `（${year}年度；标题中的“{year}”代表报告年度，“{nextYear}”代表下一年度）` : ''}
            ，可修改、删除或添加部分。
          </p>
          <label>
            提纲名称
            <input
              value={template.name}
              onChange={(e) => setTemplate({ ...template, name: e.target.value })}
            />
          </label>
          <ol className="gw-outline-rows" aria-label="提纲各部分">
            {template.sections.map((s, i) => (
              <li key={s.id} className="gw-outline-row">
                <label>
                  第{i + 1}部分标题
                  <input value={s.heading} onChange={(e) => setSection(i, { heading: e.target.value })} />
                </label>
                <label>
                  填写说明
                  <textarea
                    rows={2}
                    value={s.guidance}
                    onChange={(e) => setSection(i, { guidance: e.target.value })}
                  />
                </label>
                <label className="gw-outline-words">
                  不少于（字）
                  <input
                    type="number"
                    min={0}
                    value={s.minChars}
                    onChange={(e) =>
                      setSection(i, { minChars: Math.max(0, Math.floor(Number(e.target.value) || 0)) })
                    }
                  />
                </label>
                <span className="gw-muted">
                  检查项：
                  {template.items
                    .filter((it) => it.section === s.id)
                    .map((it) => it.title)
                    .join('、') || '（无，在全文中检查）'}
                </span>
                <button
                  type="button"
                  onClick={() => removeSection(i)}
                  disabled={template.sections.length <= 1}
                >
                  删除这一部分
                </button>
              </li>
            ))}
          </ol>
          <button type="button" onClick={addSection}>
            添加一部分
          </button>
          {error && <p className="gw-error-text">{error}</p>}
          <DialogActions onCancel={onCancel}>
            <button type="submit" disabled={!valid || busy}>
              保存提纲
            </button>
          </DialogActions>
        </form>
      )}
    </Dialog>
  );
}
