/**
 * 改用提纲: put the open draft on another outline (a shipped one or the user's). The clerk picks the
 * outline, sees where each part goes (core/import/retemplate.ts, the import's heading matcher), and
 * applies it; the shell makes it one undo step (DocStore.replaceWith).
 *
 * The dialog reads the document live, not a copy taken as it opened: an edit underneath while it is open
 * (Ctrl+Z, a menu command) is in the preview and in what is applied, and a dialog whose document was
 * replaced (an undo or redo of an earlier 改用提纲) closes, so it never applies one document's parts
 * onto another.
 */
import { useEffect, useMemo, useState } from 'react';
import type { ApiOutput, GwdraftApi } from '../../core/api/contract';
import type { DocStore } from '../document/doc-store';
import type { Template } from '../../core/templates/schema';
import { retemplate, type RetemplateResult } from '../../core/import/retemplate';
import { sectionLabel } from '../../core/model/numbering';
import { sectionHeading } from '../../core/templates/load';
import { outlineVocabulary } from '../../templates/vocabulary';
import { describeError } from '../notices/notices';
import { Dialog, DialogActions } from '../files/Dialog';
import './templates.css';

type Summary = ApiOutput<'templates.list'>[number];

const KIND_LABEL = {
  matched: '对应',
  joined: '并入（原标题作小标题）',
  unmatched: '无对应，原标题作小标题放入',
} as const;

export function RetemplateDialog({
  api,
  store,
  onApply,
  onCancel,
}: {
  api: GwdraftApi;
  /** The open document. */
  store: DocStore;
  /** `store` put on `target`: the shell puts it in the store's place. */
  onApply(store: DocStore, result: RetemplateResult, target: Template): void;
  onCancel(): void;
}) {
  const [list, setList] = useState<Summary[] | null>(null);
  const [chosen, setChosen] = useState<string | null>(null);
  const [target, setTarget] = useState<Template | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The document as it is: read again on each edit while the dialog is open.
  const [report, setReport] = useState(() => store.toReport());
  useEffect(() => store.onEdit(() => setReport(store.toReport())), [store]);
  useEffect(() => store.onReplace(() => onCancel()), [store, onCancel]);
  const current = store.template;

  useEffect(() => {
    let live = true;
    api['templates.list']({}).then(
      (all) => live && setList(all.filter((t) => t.id !== report.templateId)),
      (e: unknown) => live && setError(describeError(e, '读取提纲模板')),
    );
    return () => {
      live = false;
    };
  }, [api, report.templateId]);

  useEffect(() => {
    if (chosen === null) return;
    let live = true;
    api['templates.get']({ id: chosen }).then(
      (t) => live && setTarget(t),
      (e: unknown) => live && setError(describeError(e, '读取提纲模板')),
    );
    return () => {
      live = false;
    };
  }, [api, chosen]);

  const preview = useMemo(
    () => (target ? retemplate(report, current, target, outlineVocabulary()) : null),
    [report, current, target],
  );

  const group = (origin: 'shipped' | 'user', title: string) => {
    const items = (list ?? []).filter((t) => (t.origin ?? 'shipped') === origin);
    if (items.length === 0) return null;
    return (
      <fieldset className="gw-retemplate-group">
        <legend>{title}</legend>
        {items.map((t) => (
          <label key={t.id} className="gw-retemplate-choice">
            <input
              type="radio"
              name="gw-retemplate"
              value={t.id}
              checked={chosen === t.id}
              onChange={() => {
                setTarget(null);
                setChosen(t.id);
              }}
            />
            <span>{t.name}</span>
          </label>
        ))}
      </fieldset>
    );
  };

  return (
    <Dialog title="改用提纲" onCancel={onCancel}>
      <p className="gw-muted">
        现用提纲：{current?.name ?? report.templateId}
        。各部分按标题含义放到新提纲的对应部分，文字、批注和修订都保留；可撤销。
      </p>
      {list === null && !error && <p>正在读取提纲……</p>}
      <div className="gw-retemplate-list">
        {group('shipped', '内置提纲')}
        {group('user', '我的提纲')}
      </div>
      {preview && target && (
        <div className="gw-retemplate-preview" aria-label="改用后的对应">
          <table className="gw-template-table">
            <thead>
              <tr>
                <th>原部分</th>
                <th>放到</th>
                <th>方式</th>
              </tr>
            </thead>
            <tbody>
              {preview.moves.map((m) => {
                const i = target.sections.findIndex((s) => s.id === m.toId);
                return (
                  <tr key={m.fromId} data-kind={m.kind}>
                    <td>{m.fromHeading}</td>
                    <td>
                      {sectionLabel(i)}
                      {m.toHeading}
                    </td>
                    <td>
                      {KIND_LABEL[m.kind]}
                      {m.empty ? '（无内容）' : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {target.sections
            .filter((ts) => !preview.moves.some((m) => m.toId === ts.id && !m.empty))
            .map((ts) => (
              <p key={ts.id} className="gw-muted">
                “{sectionHeading(ts.heading, report.meta.year)}”没有对应内容，改用后留空待写。
              </p>
            ))}
        </div>
      )}
      {error && (
        <p className="gw-error-text" role="alert">
          {error}
        </p>
      )}
      <DialogActions onCancel={onCancel}>
        <button
          type="button"
          className="gw-primary"
          disabled={!preview || !target}
          onClick={() => preview && target && onApply(store, preview, target)}
        >
          改用此提纲
        </button>
      </DialogActions>
    </Dialog>
  );
}
