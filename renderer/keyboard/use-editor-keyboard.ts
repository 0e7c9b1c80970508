/**
 * The editing window's keyboard wiring: the focus home (the editor the caret was last in, at that
 * caret), the focus on opening a document, and F6 / Shift+F6 cycling 大纲 → the page → the side panel
 * (as in Word and VS Code).
 */
import { useEffect } from 'react';
import { ReactEditor } from 'slate-react';
import type { DocStore } from '../document/doc-store';
import { returnFocus, setFocusHome } from './focus-home';

/** Focus the editor the caret was last in, with its selection as it was; false when it cannot. */
export function focusEditor(store: DocStore): boolean {
  const editor = store.editors.get(store.lastFocused);
  if (!editor) return false;
  try {
    const el = ReactEditor.toDOMNode(editor, editor);
    if (document.activeElement === el) return true;
    // Slate may still believe it is focused after the focus left for a dialog: reset, then focus.
    ReactEditor.blur(editor);
    ReactEditor.focus(editor);
    return document.activeElement === el;
  } catch {
    return false;
  }
}

type Region = 'outline' | 'page' | 'side';
const REGIONS: Region[] = ['outline', 'page', 'side'];

function regionOf(el: Element | null): Region | null {
  if (!el) return null;
  if (el.closest('nav.gw-outline')) return 'outline';
  if (el.closest('.gw-side')) return 'side';
  if (el.closest('.gw-page')) return 'page';
  return null;
}

function focusRegion(store: DocStore, region: Region): void {
  if (region === 'page') {
    focusEditor(store);
    return;
  }
  if (region === 'outline') {
    const nav = document.querySelector<HTMLElement>('nav.gw-outline');
    (nav?.querySelector<HTMLElement>('[aria-current="location"]') ?? nav?.querySelector('button'))?.focus();
    return;
  }
  document.querySelector<HTMLElement>('.gw-side [role="tab"][aria-selected="true"]')?.focus();
}

export function useEditorKeyboard(store: DocStore): void {
  useEffect(() => {
    const off = setFocusHome(() => focusEditor(store));
    // A document just opened or created: the keyboard starts in its text (unless a dialog is up).
    const t = setTimeout(() => {
      if (!document.querySelector('[aria-modal="true"]')) returnFocus();
    }, 0);
    return () => {
      clearTimeout(t);
      off();
    };
  }, [store]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'F6' || e.ctrlKey || e.altKey || e.metaKey) return;
      if (document.querySelector('[aria-modal="true"]')) return;
      e.preventDefault();
      const here = regionOf(document.activeElement);
      const i = here === null ? (e.shiftKey ? 2 : 0) : REGIONS.indexOf(here);
      const next = here === null ? 'page' : REGIONS[(i + (e.shiftKey ? 2 : 1)) % 3]!;
      focusRegion(store, next);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store]);
}
