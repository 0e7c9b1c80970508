/**
 * Modal behaviour shared by every dialog (the files' Dialog/FormDialog, the export warning and options,
 * the print preview): focus moves in on open, Tab and Shift+Tab cycle inside until it closes, Escape
 * cancels, and on close the focus returns to the editor at its caret (or to the opener on the start
 * screen).
 */
import { useEffect, useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';
import { returnFocusFrom, returnFocusSoon } from './focus-home';

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
 * For a part that takes the focus while open (the find bar, the comment composer, the confirmation
 * note): when it closes with the focus inside, the focus goes back to the text at once.
 */
export function useFocusReturn(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const root = ref.current;
    return () => {
      returnFocusFrom(root);
      returnFocusSoon();
    };
  }, [ref]);
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
  // A layout effect: its cleanup runs before the modal's DOM goes, so the focus can be handed back in the
  // same task as the click or key that closed it (the next key typed already lands in the text).
  useLayoutEffect(() => {
    const opener = document.activeElement;
    const root = ref.current;
    focusStart(root, initial?.current ?? null);
    // Focus leaving the modal while it is open (a click on the page behind) comes back to it.
    const onFocusIn = (e: FocusEvent) => {
      if (!root || !(e.target instanceof Node) || root.contains(e.target)) return;
      // A newer modal on top (the preview opened from a dialog) has its own trap.
      if (e.target instanceof Element && e.target.closest('[aria-modal="true"]')) return;
      (focusables(root)[0] ?? root).focus();
    };
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      returnFocusFrom(root, opener);
      // Whatever the focus did meanwhile, it must not be left on the page body.
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
