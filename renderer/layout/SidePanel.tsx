/**
 * The right-hand tabs: 指引, 检查清单, 批注, 修订. The checklist and comments panels are separate components
 * plugged in through props by their own features; until then the tab says it is not available.
 *
 * Folded (the zoomed page needs the room: layout/fit.ts) the panel is a rail of its tabs, read top to
 * bottom; a tab opens its panel over the page's edge, and ✕, Esc, a click on the page or the keyboard
 * going back to the text fold it again — the page underneath never moves.
 */
import { useEffect, useRef, useState, type ReactNode, type KeyboardEvent } from 'react';
import type { DocStore } from '../document/doc-store';
import { GuidancePanel } from './GuidancePanel';
import { returnFocus } from '../keyboard/focus-home';
import { useFoldedOverlay } from './use-panel-fit';

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
  /** Folded to a rail of tabs (the zoomed page needs the room). */
  folded?: boolean;
  /** Bumped when something asks for the panel (a menu command, a new comment): a folded panel opens. */
  reveal?: number;
}

const TABS: { id: SideTab; label: string }[] = [
  { id: 'guidance', label: '指引' },
  { id: 'checklist', label: '检查清单' },
  { id: 'comments', label: '批注' },
  { id: 'suggestions', label: '修订' },
];

export function SidePanel({
  store,
  checklist,
  comments,
  suggestions,
  tab,
  onTabChange,
  folded = false,
  reveal = 0,
}: SidePanelProps) {
  const [own, setOwn] = useState<SideTab>('guidance');
  const current = tab ?? own;
  const aside = useRef<HTMLElement>(null);
  // Esc leaves the focus on the open panel's tab in the rail.
  const [open, setOpen, foldOnEscape] = useFoldedOverlay(aside, folded, '[role="tab"][aria-selected="true"]');
  // A request for the panel (not the first render) opens it while folded.
  const seen = useRef(reveal);
  useEffect(() => {
    if (seen.current === reveal) return;
    seen.current = reveal;
    setOpen(true);
  }, [reveal, setOpen]);
  const select = (t: SideTab) => {
    // A folded rail's tab opens its panel; the tab already open folds it again.
    if (folded) setOpen(!(open && t === current));
    setOwn(t);
    onTabChange?.(t);
  };
  const onKey = (e: KeyboardEvent) => {
    const next =
      e.key === 'ArrowRight' || (folded && e.key === 'ArrowDown')
        ? 1
        : e.key === 'ArrowLeft' || (folded && e.key === 'ArrowUp')
          ? -1
          : 0;
    if (next === 0) return;
    e.preventDefault();
    const i = TABS.findIndex((t) => t.id === current);
    const to = TABS[(i + next + TABS.length) % TABS.length]!;
    setOwn(to.id);
    onTabChange?.(to.id);
    document.getElementById(`tab-${to.id}`)?.focus();
  };
  const fold = () => {
    setOpen(false);
    returnFocus();
  };
  const shown = !folded || open;
  const label = TABS.find((t) => t.id === current)?.label ?? '';
  return (
    <aside
      ref={aside}
      className={`gw-side${folded ? ' gw-side-folded' : ''}${folded && open ? ' gw-side-open' : ''}`}
      aria-label="侧栏"
      onKeyDown={foldOnEscape}
    >
      <div
        role="tablist"
        aria-label="侧栏"
        aria-orientation={folded ? 'vertical' : 'horizontal'}
        className="gw-tabs"
        onKeyDown={onKey}
      >
        {TABS.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            role="tab"
            type="button"
            aria-selected={current === t.id}
            aria-controls={shown ? `panel-${current}` : undefined}
            aria-expanded={folded ? open && current === t.id : undefined}
            tabIndex={current === t.id ? 0 : -1}
            title={folded ? `${t.label}（页面放大后侧栏收起，单击展开）` : undefined}
            onClick={() => select(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {shown && (
        <div role="tabpanel" id={`panel-${current}`} aria-labelledby={`tab-${current}`} className="gw-panel">
          {folded && (
            <div className="gw-panel-head">
              <span>{label}</span>
              <button
                type="button"
                className="gw-close"
                onClick={fold}
                aria-label="收起侧栏"
                title="收起侧栏（Esc）"
              >
                ✕
              </button>
            </div>
          )}
          {current === 'guidance' && <GuidancePanel store={store} />}
          {current === 'checklist' && (checklist ?? <p className="gw-muted">检查清单功能尚未接入。</p>)}
          {current === 'comments' && (comments ?? <p className="gw-muted">批注功能尚未接入。</p>)}
          {current === 'suggestions' && (suggestions ?? <p className="gw-muted">修订功能尚未接入。</p>)}
        </div>
      )}
    </aside>
  );
}
