/**
 * A question with buttons, in the app's own modal (never window.confirm): the actions, then 取消.
 * `cancelDefault` puts the focus on 取消, so Enter on a risky question (overwrite a file) does nothing
 * harmful; otherwise the first action has it, as Dialog gives it.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import './files.css';

export interface ConfirmAction {
  label: string;
  run(): void;
}

export function ChoiceDialog({
  title,
  actions,
  onCancel,
  cancelDefault = false,
  children,
}: {
  title: string;
  actions: readonly ConfirmAction[];
  onCancel(): void;
  cancelDefault?: boolean;
  children: ReactNode;
}) {
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!cancelDefault) return;
    // After Dialog has moved the focus in (its effect runs after this one, as the parent's).
    const id = requestAnimationFrame(() => cancel.current?.focus());
    return () => cancelAnimationFrame(id);
  }, [cancelDefault]);
  return (
    <Dialog title={title} onCancel={onCancel}>
      {children}
      <div className="gw-actions">
        {actions.map((a) => (
          <button key={a.label} type="button" onClick={a.run}>
            {a.label}
          </button>
        ))}
        <button ref={cancel} type="button" onClick={onCancel} className={cancelDefault ? 'gw-default' : ''}>
          取消
        </button>
      </div>
    </Dialog>
  );
}

/** One risky action and 取消, with 取消 the default. */
export function ConfirmDialog({
  title,
  confirmLabel,
  onConfirm,
  onCancel,
  children,
}: {
  title: string;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  return (
    <ChoiceDialog
      title={title}
      actions={[{ label: confirmLabel, run: onConfirm }]}
      onCancel={onCancel}
      cancelDefault
    >
      {children}
    </ChoiceDialog>
  );
}
