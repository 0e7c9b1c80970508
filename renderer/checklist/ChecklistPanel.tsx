/**
 * 检查清单: the template's mandated items grouped by section with their status and message, a count of
 * what is met, manual confirmation with a note (one click undoes it), and the 公文 lint findings with
 * one-click fixes and 全部修正. Reads the live ChecklistModel; never takes the focus on its own —
 * only a click on an item moves the caret to its place.
 */
import { memo, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import {
  DATE_ID,
  DOC_NUMBER_ID,
  SIGNATURE_ID,
  TITLE_ID,
  type Evidence,
  type ItemResult,
  type ItemStatus,
} from '../../core/check';
import type { LintFinding } from '../../core/lint';
import { sectionLabel } from '../../core/model/numbering';
import type { DocStore } from '../document/doc-store';
import { PREAMBLE_KEY } from '../document/doc-store';
import { applyFindings, applyUntilFixed } from './apply-edits';
import { editorKeyOf, itemSection, type ChecklistModel } from './checklist-model';
import { revealEvidence } from './reveal';
import { useDoc } from '../document/use-doc';
import type { DocSnapshot } from '../document/doc-store';
import { returnFocus } from '../keyboard/focus-home';
import { useFocusReturn } from '../keyboard/modal';
import './checklist.css';

const STATUS_LABEL: Record<ItemStatus, string> = {
  pass: '已满足',
  fail: '缺少',
  warn: '请查看',
  manual: '需人工确认',
  na: '不适用',
};

function statusLabel(item: ItemResult): string {
  return item.confirmed ? '已人工确认' : STATUS_LABEL[item.status];
}

interface Group {
  key: string;
  label: string;
  items: ItemResult[];
}

function groupItems(store: DocStore, items: readonly ItemResult[]): Group[] {
  const groups: Group[] = store.sections.map((s, i) => {
    const ts = store.template?.sections.find((t) => t.id === s.id);
    return { key: s.id, label: sectionLabel(i) + (ts?.short ?? s.heading ?? ''), items: [] };
  });
  const whole: Group = { key: '', label: '全文', items: [] };
  for (const it of items) {
    const sec = itemSection(store.template, it.id);
    (groups.find((g) => g.key === sec) ?? whole).items.push(it);
  }
  return [...groups, whole].filter((g) => g.items.length > 0);
}

/** Where a finding is, in words: "三、… 第2段", 标题, 发文字号 … */
export function locationOf(store: DocStore, sectionId: string, blockIndex: number): string {
  if (sectionId === TITLE_ID) return '标题';
  if (sectionId === DOC_NUMBER_ID) return '发文字号';
  if (sectionId === DATE_ID) return '成文日期';
  if (sectionId === SIGNATURE_ID) return '署名';
  const key = editorKeyOf(sectionId);
  const where =
    key === PREAMBLE_KEY
      ? '导语'
      : `第${sectionLabel(store.sections.findIndex((s) => s.id === key)).replace('、', '')}部分`;
  return blockIndex < 0 ? `${where}标题` : `${where}第${blockIndex + 1}段`;
}

function sectionStartOf(store: DocStore, itemId: string): Evidence | null {
  const sec = itemSection(store.template, itemId);
  return sec === null ? null : { sectionId: sec, blockIndex: 0, offset: 0, length: 0 };
}

function ConfirmForm({ onConfirm, onCancel }: { onConfirm(note: string): void; onCancel(): void }) {
  const [note, setNote] = useState('');
  const first = useRef<HTMLTextAreaElement>(null);
  const root = useRef<HTMLDivElement>(null);
  // Like a dialog: the note field takes the focus, and closing (确认 or 取消) gives it back to the text.
  useEffect(() => first.current?.focus(), []);
  useFocusReturn(root);
  return (
    <div className="gw-confirm-form" ref={root}>
      <label>
        确认说明
        <textarea
          ref={first}
          value={note}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
          placeholder="如：已在第三部分第2段写明"
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              onCancel();
            }
          }}
        />
      </label>
      <div>
        <button type="button" onClick={() => onConfirm(note.trim())}>
          确认已满足
        </button>
        <button type="button" onClick={onCancel}>
          取消
        </button>
      </div>
    </div>
  );
}

function ItemRow({
  store,
  item,
  selected,
  onSelect,
  confirmer,
}: {
  store: DocStore;
  item: ItemResult;
  selected: boolean;
  onSelect(): void;
  confirmer: () => Promise<string>;
}) {
  const [confirming, setConfirming] = useState(false);
  const sec = itemSection(store.template, item.id);
  const guidance = sec ? store.template?.sections.find((s) => s.id === sec)?.guidance : undefined;
  const jump = () => {
    onSelect();
    const ev = item.evidence[0] ?? sectionStartOf(store, item.id);
    // A missing item puts the caret after its evidence, where the text goes on; the rest before it.
    if (ev) revealEvidence(store, ev, item.status === 'fail' ? 'end' : 'start');
  };
  const confirm = async (note: string) => {
    setConfirming(false);
    const by = await confirmer().catch(() => '');
    const rest = store.confirmations.filter((c) => c.itemId !== item.id);
    store.setConfirmations([...rest, { itemId: item.id, note, by, at: new Date().toISOString() }]);
  };
  const unconfirm = () => {
    store.setConfirmations(store.confirmations.filter((c) => c.itemId !== item.id));
    returnFocus();
  };
  const state = item.confirmed ? 'confirmed' : item.status;
  return (
    <li
      className={`gw-item gw-item-${state}${selected ? ' gw-selected' : ''}`}
      data-status={state}
      data-item={item.id}
    >
      <button
        type="button"
        className="gw-item-main"
        onClick={jump}
        aria-label={`${item.title}：${statusLabel(item)}`}
      >
        <span className="gw-badge">{statusLabel(item)}</span>
        <span className="gw-item-title">{item.title}</span>
      </button>
      <p className="gw-item-msg">{item.message}</p>
      {selected && item.status !== 'pass' && item.status !== 'na' && guidance && (
        <p className="gw-item-guide">写作指引：{guidance}</p>
      )}
      {item.confirmed ? (
        <p className="gw-item-confirmed">
          {item.confirmed.by ? `${item.confirmed.by} ` : ''}于 {item.confirmed.at.slice(0, 10)} 人工确认
          <button type="button" onClick={unconfirm}>
            撤销确认
          </button>
        </p>
      ) : item.status !== 'pass' && item.status !== 'na' ? (
        confirming ? (
          <ConfirmForm onConfirm={(note) => void confirm(note)} onCancel={() => setConfirming(false)} />
        ) : (
          <button type="button" className="gw-link" onClick={() => setConfirming(true)}>
            人工确认…
          </button>
        )
      ) : null}
    </li>
  );
}

function LintList({
  store,
  model,
  lint,
}: {
  store: DocStore;
  model: ChecklistModel;
  lint: readonly LintFinding[];
}) {
  // 全部修正 leaves the unit's own heading wording alone (修正 on the finding itself still applies it).
  const fixable = lint.filter((f) => f.fix && !f.ownChoice);
  // Fixes act on the text as it is now: re-check first, then apply what still matches.
  const fresh = (f: LintFinding): LintFinding | undefined =>
    model
      .evaluate()
      .lint.find(
        (g) =>
          g.rule === f.rule &&
          g.sectionId === f.sectionId &&
          g.blockIndex === f.blockIndex &&
          g.offset === f.offset &&
          g.length === f.length,
      );
  // After a fix the focus goes back to the text at its caret (the button it was on may be gone).
  const fixOne = (f: LintFinding) => {
    const g = fresh(f);
    if (g) applyFindings(store, [g]);
    returnFocus();
  };
  const fixAll = () => {
    applyUntilFixed(store, () => model.evaluate().lint.filter((f) => !f.ownChoice));
    returnFocus();
  };
  return (
    <section className="gw-lint" aria-label="格式问题">
      <div className="gw-lint-head">
        <h3>格式问题（{lint.length}）</h3>
        {fixable.length > 0 && (
          <button type="button" onClick={fixAll} title="一次修正所有可自动修正的问题（可撤销）">
            全部修正（{fixable.length}）
          </button>
        )}
      </div>
      {lint.length === 0 ? (
        <p className="gw-muted">未发现标点、序号、日期格式问题。</p>
      ) : (
        <ul>
          {lint.map((f, i) => (
            <li
              key={`${f.rule}-${f.sectionId}-${f.blockIndex}-${f.offset}-${i}`}
              className="gw-finding"
              data-rule={f.rule}
            >
              <button type="button" className="gw-finding-main" onClick={() => revealEvidence(store, f)}>
                <span className="gw-where">{locationOf(store, f.sectionId, f.blockIndex)}</span>
                <span>{f.message}</span>
              </button>
              {f.fix && (
                <button type="button" onClick={() => fixOne(f)} aria-label={`修正：${f.message}`}>
                  修正
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

const NOBODY = () => Promise.resolve('');
const selActive = (s: DocSnapshot) => s.active;

export const ChecklistPanel = memo(function ChecklistPanel({
  store,
  model,
  confirmer = NOBODY,
}: {
  store: DocStore;
  model: ChecklistModel;
  /** Who confirms by hand (the settings' reviewer name), saved with the confirmation. */
  confirmer?: () => Promise<string>;
}) {
  const snap = useSyncExternalStore(model.subscribe, model.getSnapshot);
  const [selected, setSelected] = useState<string | null>(null);
  const [onlyOpen, setOnlyOpen] = useState(false);
  const groups = groupItems(
    store,
    onlyOpen ? snap.items.filter((i) => i.status !== 'pass' && i.status !== 'na') : snap.items,
  );
  const failing = snap.items.filter((i) => i.status === 'fail').length;
  // The section of the caret (or of the scroll, when the caret is off screen) is marked and kept in view.
  const active = useDoc(store, selActive);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    root.current
      ?.querySelector(`[data-group="${CSS.escape(active)}"]`)
      ?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);
  return (
    <aside className="gw-checklist" aria-label="检查清单" ref={root}>
      <div className="gw-check-summary" aria-live="polite">
        <span>
          已满足 <strong data-testid="met">{snap.met}</strong> / {snap.total} 项
          {failing > 0 && <span className="gw-check-failing">，缺 {failing} 项</span>}
        </span>
        {snap.pending && <span className="gw-muted">检查中…</span>}
      </div>
      {(snap.suggestions ?? 0) > 0 && (
        <p className="gw-muted" data-testid="check-suggestions">
          有 {snap.suggestions} 处修订未处理：检查按全部接受后的文字进行。
        </p>
      )}
      <label className="gw-check-filter">
        <input type="checkbox" checked={onlyOpen} onChange={(e) => setOnlyOpen(e.target.checked)} />
        只看未满足的项
      </label>
      {!store.template && <p className="gw-muted">找不到此报告的提纲模板，只检查格式问题。</p>}
      {groups.map((g) => (
        <section
          key={g.key || 'whole'}
          className={`gw-check-group${g.key === active ? ' gw-current' : ''}`}
          aria-label={g.label}
          aria-current={g.key === active ? 'location' : undefined}
          data-group={g.key}
        >
          <h3>{g.label}</h3>
          <ul>
            {g.items.map((it) => (
              <ItemRow
                key={it.id}
                store={store}
                item={it}
                selected={selected === it.id}
                onSelect={() => setSelected(it.id)}
                confirmer={confirmer}
              />
            ))}
          </ul>
        </section>
      ))}
      <LintList store={store} model={model} lint={snap.lint} />
    </aside>
  );
});
