/**
 * The notices: stacked in the bottom-right corner above the status bar (over the side panel, never over
 * the page), newest last, at most MAX_SHOWN at a time — older ones (errors wait until dismissed) sit
 * behind a "另有 N 条" line.
 * Information fades by itself (App's `say`); errors stay until dismissed.
 */
import type { Ref } from 'react';
import type { Notice } from './notices';

export const MAX_SHOWN = 3;

/** The notices to show (the newest MAX_SHOWN, whatever their kind) and how many older ones wait. */
export function visibleNotices(notices: readonly Notice[]): { shown: Notice[]; waiting: number } {
  const shown = notices.slice(-MAX_SHOWN);
  return { shown, waiting: notices.length - shown.length };
}

export function Notices({
  notices,
  onDismiss,
  cornerRef,
}: {
  notices: Notice[];
  onDismiss(id: number): void;
  /** Receives the corner's element, provided to what joins it (./corner.ts). */
  cornerRef?: Ref<HTMLDivElement>;
}) {
  const { shown, waiting } = visibleNotices(notices);
  const errors = shown.filter((n) => n.kind === 'error');
  const infos = shown.filter((n) => n.kind === 'info');
  const item = (n: Notice) => (
    <div key={n.id} className={`gw-notice gw-notice-${n.kind}`}>
      <span className="gw-notice-text">{n.text}</span>
      {n.actions?.map((a) => (
        <button
          key={a.label}
          type="button"
          onClick={() => {
            onDismiss(n.id);
            a.run();
          }}
        >
          {a.label}
        </button>
      ))}
      <button type="button" className="gw-close" aria-label="关闭提示" onClick={() => onDismiss(n.id)}>
        ✕
      </button>
    </div>
  );
  return (
    <div className="gw-notices" ref={cornerRef}>
      {waiting > 0 && (
        <div className="gw-notice-more">
          另有 {waiting} 条较早的提示
          <button
            type="button"
            onClick={() => {
              const visible = new Set(shown.map((n) => n.id));
              for (const n of notices) if (!visible.has(n.id)) onDismiss(n.id);
            }}
          >
            全部关闭
          </button>
        </div>
      )}
      <div role="alert" className="gw-alerts">
        {errors.map(item)}
      </div>
      <div role="status" aria-live="polite" className="gw-infos">
        {infos.map(item)}
      </div>
    </div>
  );
}
