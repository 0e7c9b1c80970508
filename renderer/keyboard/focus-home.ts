/**
 * Where the keyboard goes home to. The editing window registers "the editor at the caret it had";
 * dialogs, the find bar, checklist actions and file operations call `returnFocus` when they are done,
 * so typing after them lands in the text instead of on the page body.
 */

type Home = () => boolean;

let home: Home | null = null;

/** Register the focus home (the editing window); returns the unregister function. */
export function setFocusHome(fn: Home): () => void {
  home = fn;
  return () => {
    if (home === fn) home = null;
  };
}

/** Focus the editor at its caret now; false when no document is open. */
export function returnFocus(): boolean {
  return home ? home() : false;
}

function lost(): boolean {
  const a = document.activeElement;
  return !a || a === document.body || a === document.documentElement || !a.isConnected;
}

/**
 * Give the focus back now, as a dialog closes: a dialog opened from a form field (the comment composer
 * asking for the reviewer's name) goes back to that field; from anywhere else (a toolbar button, a menu,
 * a shortcut, the text) to the editor at its caret — or to `opener` when no document is open.
 */
export function returnFocusTo(opener?: Element | null): void {
  const field =
    opener instanceof HTMLElement &&
    opener.isConnected &&
    opener.matches('textarea, input:not([type="button"]):not([type="submit"]), select') &&
    !opener.closest('[data-slate-editor]');
  if (field) return opener.focus();
  if (returnFocus()) return;
  if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
}

/**
 * After something that held the focus went away (a panel closed, a button re-rendered): once the DOM
 * has settled, if the focus fell to the page body, send it home (returnFocusTo). Focus that already
 * went somewhere on purpose is left alone.
 */
export function returnFocusSoon(opener?: Element | null): void {
  setTimeout(() => {
    if (lost()) returnFocusTo(opener);
  }, 0);
}

/**
 * As a part that holds the focus closes (from a layout effect's cleanup, before its DOM goes): when the
 * focus is inside `root` (or already lost), send it home at once — so the very next key typed lands in
 * the text — else leave it where it went.
 */
export function returnFocusFrom(root: Element | null, opener?: Element | null): void {
  const a = document.activeElement;
  if (lost() || (root && a instanceof Node && root.contains(a))) returnFocusTo(opener);
}

/** Send the focus home unconditionally once the current event is done (a toolbar action, a fix). */
export function returnFocusAfter(): void {
  setTimeout(() => returnFocus(), 0);
}

/**
 * For a toolbar's onClick (bubbling, so it runs after the button's own handler): the focus goes back to
 * the editor unless the action moved it somewhere on purpose. A dialog or the find bar the action opens
 * mounts afterwards and takes the focus from there.
 */
export function afterToolbarClick(e: { currentTarget: HTMLElement }): void {
  const a = document.activeElement;
  if (lost() || (a instanceof Node && e.currentTarget.contains(a))) returnFocus();
}
