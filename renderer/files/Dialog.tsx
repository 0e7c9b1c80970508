/**
 * A small modal: labelled, focus moves in on open, Tab stays inside until it closes, Escape cancels, and
 * the focus returns to the editor at its caret afterwards (renderer/keyboard/modal).
 */
import { useRef, type FormEvent, type ReactNode } from 'react';
import { useModal } from '../keyboard/modal';

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
  const onKeyDown = useModal(ref, onCancel);
  return (
    <div className="gw-backdrop">
      <div
        ref={ref}
        className="gw-dialog"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onKeyDown={onKeyDown}
      >
        <h2>{title}</h2>
        {children}
      </div>
    </div>
  );
}

/** The dialogs' footer: the action buttons, then 取消. */
export function DialogActions({ onCancel, children }: { onCancel(): void; children?: ReactNode }) {
  return (
    <div className="gw-actions">
      {children}
      <button type="button" onClick={onCancel}>
        取消
      </button>
    </div>
  );
}

/** A dialog that is one form: Enter or the submit button submits when `canSubmit`, 取消 cancels. */
export function FormDialog({
  title,
  submitLabel,
  canSubmit,
  onSubmit,
  onCancel,
  children,
}: {
  title: string;
  submitLabel: string;
  canSubmit: boolean;
  onSubmit(): void;
  onCancel(): void;
  children: ReactNode;
}) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (canSubmit) onSubmit();
  };
  return (
    <Dialog title={title} onCancel={onCancel}>
      <form onSubmit={submit} className="gw-form">
        {children}
        <DialogActions onCancel={onCancel}>
          <button type="submit" disabled={!canSubmit}>
            {submitLabel}
          </button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
