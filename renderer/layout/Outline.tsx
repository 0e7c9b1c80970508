/**
 * The outline: every section with its character count and a status dot (from the checklist via the
 * `statuses` prop; grey until it is wired). Click jumps; the current section is highlighted.
 */
import { memo, useRef } from 'react';
import type { DocSnapshot, DocStore } from '../document/doc-store';
import { PREAMBLE_KEY } from '../document/doc-store';
import { useDoc } from '../document/use-doc';
import { useFoldedOverlay } from './use-panel-fit';

export type SectionStatus = 'ok' | 'warn' | 'fail' | 'unknown';

export interface OutlineItem {
  key: string;
  /** "一、学习贯彻重要讲话精神" or 导语. */
  title: string;
  /** The heading in full as the page prints it (the hover text); the title when absent. */
  full?: string;
}

export interface OutlineProps {
  store: DocStore;
  items: readonly OutlineItem[];
  statuses?: Readonly<Record<string, SectionStatus>>;
  /** Sections still mostly last year's text (a report started from last year's): their dot says so. */
  carried?: readonly string[];
  onJump(key: string): void;
  /** Folded to a rail (the zoomed page needs the room, layout/fit.ts): 大纲 opens it over the page. */
  folded?: boolean;
}

const STATUS_TEXT: Record<SectionStatus, string> = {
  ok: '检查通过',
  warn: '有提示',
  fail: '有缺项',
  unknown: '未检查',
};

const selCounts = (s: DocSnapshot) => s.counts;
const selActive = (s: DocSnapshot) => s.active;
const selTotal = (s: DocSnapshot) => s.total;

export const Outline = memo(function Outline({
  store,
  items,
  statuses,
  carried,
  onJump,
  folded = false,
}: OutlineProps) {
  const counts = useDoc(store, selCounts);
  const active = useDoc(store, selActive);
  const total = useDoc(store, selTotal);
  const nav = useRef<HTMLElement>(null);
  const [open, setOpen, foldOnEscape] = useFoldedOverlay(nav, folded, '.gw-rail-button');
  return (
    <nav
      ref={nav}
      className={`gw-outline${folded ? ' gw-outline-folded' : ''}${folded && open ? ' gw-outline-open' : ''}`}
      aria-label="大纲"
      onKeyDown={foldOnEscape}
    >
      {folded && (
        <button
          type="button"
          className="gw-rail-button"
          aria-expanded={open}
          title="大纲（页面放大后收起，单击展开）"
          onClick={() => setOpen(!open)}
        >
          大纲
        </button>
      )}
      {(!folded || open) && (
        <div className="gw-outline-list">
          <ol>
            {items.map((it) => {
              const status = statuses?.[it.key] ?? 'unknown';
              const old = carried?.includes(it.key) ?? false;
              const dotText = old ? `${STATUS_TEXT[status]}，大部分仍是去年的内容` : STATUS_TEXT[status];
              return (
                <li key={it.key}>
                  <button
                    type="button"
                    className={`gw-outline-item${active === it.key ? ' gw-current' : ''}${it.key === PREAMBLE_KEY ? ' gw-preamble' : ''}`}
                    aria-current={active === it.key ? 'location' : undefined}
                    onClick={() => onJump(it.key)}
                  >
                    <span
                      className={`gw-dot gw-dot-${status}${old ? ' gw-dot-carried' : ''}`}
                      title={dotText}
                      aria-label={dotText}
                    />
                    <span className="gw-outline-title" title={it.full ?? it.title}>
                      {it.title}
                    </span>
                    <span className="gw-outline-count" aria-label={`${counts[it.key] ?? 0}字`}>
                      {counts[it.key] ?? 0}
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
          <p className="gw-total">
            全文 <strong>{total}</strong> 字
            <br />
            <small>字数按 Word 规则：汉字和标点各计1，连续的英文数字计1</small>
          </p>
        </div>
      )}
    </nav>
  );
});
