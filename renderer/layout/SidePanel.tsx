/**
 * The right-hand tabs: 指引, 检查清单, 批注. The checklist and comments panels are separate components
 * plugged in through props by their own features; until then the tab says it is not available.
 */
import { useState, type ReactNode, type KeyboardEvent } from 'react';
import type { DocStore } from '../document/doc-store';
import { GuidancePanel } from './GuidancePanel';

export type SideTab = 'guidance' | 'checklist' | 'comments' | 'suggestions';

export interface SidePanelProps {
  store: DocStore;
  checklist?: ReactNode;
  comments?: ReactNode;
  /** The 修订 tab (renderer/suggestions). */
  suggestions?: ReactNode;
  /** Controlled tab, e.g. a menu command opening the checklist. */
  tab?: SideTab;
  onTabChange?: (tab: SideTab) => void;
}

const TABS: { id: SideTab; label: string }[] = [
  { id: 'guidance', label: '指引' },
  { id: 'checklist', label: '检查清单' },
  { id: 'comments', label: '批注' },
  { id: 'suggestions', label: '修订' },
];

export function SidePanel({ store, checklist, comments, suggestions, tab, onTabChange }: SidePanelProps) {
  const [own, setOwn] = useState<SideTab>('guidance');
  const current = tab ?? own;
  const select = (t: SideTab) => {
    setOwn(t);
    onTabChange?.(t);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const i = TABS.findIndex((t) => t.id === current);
    const next = TABS[(i + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length]!;
    select(next.id);
    document.getElementById(`tab-${next.id}`)?.focus();
  };
  return (
    <aside className="gw-side" aria-label="侧栏">
      <div role="tablist" aria-label="侧栏" className="gw-tabs" onKeyDown={onKey}>
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={current === t.id}
            aria-controls={`panel-${t.id}`}
            tabIndex={current === t.id ? 0 : -1}
            onClick={() => select(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} className="gw-panel">
        {current === 'guidance' && <GuidancePanel store={store} />}
        {current === 'checklist' && (checklist ?? <p className="gw-muted">检查清单功能尚未接入。</p>)}
        {current === 'comments' && (comments ?? <p className="gw-muted">批注功能尚未接入。</p>)}
        {current === 'suggestions' && (suggestions ?? <p className="gw-muted">修订功能尚未接入。</p>)}
      </div>
    </aside>
  );
}
