/**
 * Modal behaviour shared by every dialog (the files' Dialog/FormDialog, the export warning and options,
 * the print preview): focus moves in on open, Tab and Shift+Tab cycle inside until it closes, Escape
 * cancels, and on close the focus returns to the editor at its caret (or to the opener on the start
 * screen).
 */
import { useEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { returnFocusSoon } from './focus-home';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"]), [contenteditable="true"]';

/** The elements Tab can reach inside `root`, in order. */
export function focusables(root: HTMLElement): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>(FOCUSABLE)).filter(
    (el) => !el.closest('[hidden], [inert]') && el.getClientRects().length > 0,
  );
}

/** Tab/Shift+Tab wrap around inside `root`; returns true when it handled the key. */
export function trapTab(root: HTMLElement, e: KeyboardEvent | globalThis.KeyboardEvent): boolean {
  if (e.key !== 'Tab' || e.altKey || e.ctrlKey || e.metaKey) return false;
  const list = focusables(root);
  if (list.length === 0) {
    e.preventDefault();
    return true;
  }
  const first = list[0]!;
  const last = list[list.length - 1]!;
  const active = document.activeElement;
  const inside = active instanceof Node && root.contains(active);
  if (e.shiftKey && (!inside || active === first)) {
    e.preventDefault();
    last.focus();
    return true;
  }
  if (!e.shiftKey && (!inside || active === last)) {
    e.preventDefault();
    first.focus();
    return true;
  }
  return false;
}

/** The modal's first stop: `initial`, else its first field or button, else the modal itself. */
function focusStart(root: HTMLElement | null, initial: HTMLElement | null): void {
  const start =
    initial ??
    root?.querySelector<HTMLElement>('[autofocus], input, select, textarea, button:not([disabled])') ??
    root;
  if (start && start === root && !start.hasAttribute('tabindex')) start.setAttribute('tabindex', '-1');
  start?.focus();
}

/**
 * Make `ref` a modal: focus `initial` (or the first field/button) on open, trap Tab, Escape calls
 * `onCancel`, focus that escapes (a click outside, a script) is pulled back, and the focus goes home on
 * close. Returns the onKeyDown handler for the modal's root.
 */
export function useModal(
  ref: RefObject<HTMLElement | null>,
  onCancel: () => void,
  initial?: RefObject<HTMLElement | null>,
) {
  const cancel = useRef(onCancel);
  useEffect(() => {
    cancel.current = onCancel;
  }, [onCancel]);
  useEffect(() => {
    const opener = document.activeElement;
    focusStart(ref.current, initial?.current ?? null);
    // Focus leaving the modal while it is open (a click on the page behind) comes back to it.
    const onFocusIn = (e: FocusEvent) => {
      const r = ref.current;
      if (!r || !(e.target instanceof Node) || r.contains(e.target)) return;
      // A newer modal on top (the preview opened from a dialog) has its own trap.
      if (e.target instanceof Element && e.target.closest('[aria-modal="true"]')) return;
      (focusables(r)[0] ?? r).focus();
    };
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      returnFocusSoon(opener);
    };
    // Runs once per opening: the modal's identity is its mount.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      cancel.current();
      return;
    }
    if (ref.current) trapTab(ref.current, e);
  };
}
