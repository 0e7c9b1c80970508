/** A small modal: labelled, focus moves in on open, Escape cancels. */
import { useEffect, useRef, type ReactNode } from 'react';

export function Dialog({
  title,
  onCancel,
  children,
}: {
  title: string;
  onCancel(): void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input, select, button');
    first?.focus();
  }, []);
  return (
    <div className="gw-backdrop">
      <div
        ref={ref}
        className="gw-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onCancel();
          }
        }}
      >
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}
