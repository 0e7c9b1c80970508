import type { Notice } from './notices';

export function Notices({ notices, onDismiss }: { notices: Notice[]; onDismiss(id: number): void }) {
  const errors = notices.filter((n) => n.kind === 'error');
  const infos = notices.filter((n) => n.kind === 'info');
  const item = (n: Notice) => (
    <div key={n.id} className={`gw-notice gw-notice-${n.kind}`}>
      <span>{n.text}</span>
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
    <div className="gw-notices">
      <div role="alert" className="gw-alerts">
        {errors.map(item)}
      </div>
      <div role="status" aria-live="polite" className="gw-infos">
        {infos.map(item)}
      </div>
    </div>
  );
}
