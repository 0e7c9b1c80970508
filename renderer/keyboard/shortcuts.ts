/**
 * A feature's commands reached three ways: a key chord the page sees, the Electron menu's command for
 * the same accelerator, and the feature's own buttons. In Electron the key and the menu both report one
 * press of an accelerator: the echo filter acts on the first (shortcut-echo.ts). One binding for the
 * features that have such commands (comments, 修订, export and print).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { MenuCommandName } from '../../core/api/contract';
import { onMenuCommand } from '../api/client';
import { createEchoFilter, type ShortcutSource } from './shortcut-echo';

export interface Shortcut {
  /** The Electron menu's command for it; also the name the echo filter knows it by. */
  command: MenuCommandName;
  /** The page's own key chord for it (chord()), when it has one. */
  key?: (e: KeyboardEvent) => boolean;
  run(): void;
}

/**
 * Ctrl (⌘ on a Mac) with `letter`, Alt and Shift exactly as given: chord('m', { alt: true }) is
 * Ctrl+Alt+M. With Alt or Shift the key's code counts too, as they change what some layouts report as
 * the key; without, the key alone (as the menu's accelerator reads it).
 */
export function chord(letter: string, mods: { alt?: boolean; shift?: boolean } = {}) {
  const alt = mods.alt ?? false;
  const shift = mods.shift ?? false;
  const code = alt || shift ? `Key${letter.toUpperCase()}` : null;
  return (e: KeyboardEvent): boolean =>
    (e.ctrlKey || e.metaKey) &&
    e.altKey === alt &&
    e.shiftKey === shift &&
    (e.key.toLowerCase() === letter || e.code === code);
}

/**
 * Listen for `shortcuts()` (read at each event, so the caller's latest) on `target`'s keydown and on
 * the menu's commands (`subscribe`), each report going to `fire`; returns the unbinding function.
 */
export function bindShortcuts(
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
  subscribe: (cb: (cmd: { command: string }) => void) => () => void,
  shortcuts: () => readonly Shortcut[],
  fire: (command: MenuCommandName, source: ShortcutSource) => void,
  capture = false,
): () => void {
  const onKey = (e: Event) => {
    const s = shortcuts().find((x) => x.key?.(e as KeyboardEvent));
    if (!s) return;
    e.preventDefault();
    fire(s.command, 'key');
  };
  target.addEventListener('keydown', onKey, capture);
  const off = subscribe((cmd) => {
    const s = shortcuts().find((x) => x.command === cmd.command);
    if (s) fire(s.command, 'menu');
  });
  return () => {
    target.removeEventListener('keydown', onKey, capture);
    off();
  };
}

/**
 * Bind `shortcuts` (the page's keydown, in the capture phase with `capture`, and the menu) while the
 * component is mounted; returns `fire(command, source)` for the buttons ('button': never an echo).
 */
export function useShortcuts(
  shortcuts: readonly Shortcut[],
  { capture = false }: { capture?: boolean } = {},
): (command: MenuCommandName, source: ShortcutSource) => void {
  const [act] = useState(createEchoFilter);
  const latest = useRef(shortcuts);
  useLayoutEffect(() => {
    latest.current = shortcuts;
  });
  const fire = useCallback(
    (command: MenuCommandName, source: ShortcutSource) => {
      const s = latest.current.find((x) => x.command === command);
      if (s && act(command, source)) s.run();
    },
    [act],
  );
  useEffect(() => bindShortcuts(window, onMenuCommand, () => latest.current, fire, capture), [fire, capture]);
  return fire;
}
