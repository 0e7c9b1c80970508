import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommandName } from '../../core/api/contract';
import { bindShortcuts, chord, type Shortcut } from './shortcuts';
import type { ShortcutSource } from './shortcut-echo';

/** A keydown as the page sees it (Node has EventTarget but no KeyboardEvent). */
function key(
  init: Partial<Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>>,
) {
  const e = new Event('keydown', { cancelable: true });
  return Object.assign(e, {
    key: '',
    code: '',
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...init,
  });
}

describe('chord', () => {
  it('matches Ctrl or ⌘ with the letter and exactly the modifiers given', () => {
    const addComment = chord('m', { alt: true });
    expect(addComment(key({ ctrlKey: true, altKey: true, key: 'm', code: 'KeyM' }) as never)).toBe(true);
    expect(addComment(key({ metaKey: true, altKey: true, key: 'µ', code: 'KeyM' }) as never)).toBe(true);
    expect(addComment(key({ ctrlKey: true, key: 'm', code: 'KeyM' }) as never)).toBe(false);
    expect(
      addComment(key({ ctrlKey: true, altKey: true, shiftKey: true, key: 'M', code: 'KeyM' }) as never),
    ).toBe(false);
    expect(
      chord('e', { shift: true })(key({ ctrlKey: true, shiftKey: true, key: 'E', code: 'KeyE' }) as never),
    ).toBe(true);
    expect(chord('e')(key({ altKey: true, key: 'e', code: 'KeyE' }) as never)).toBe(false);
    // Without Alt or Shift the key itself, as the menu's accelerator reads it (a Dvorak "." is no E).
    expect(chord('e')(key({ ctrlKey: true, key: '.', code: 'KeyE' }) as never)).toBe(false);
  });
});

describe('bindShortcuts', () => {
  afterEach(() => vi.restoreAllMocks());

  it('sends a chord and a menu command to fire, prevents the chord, and unbinds both', () => {
    const target = new EventTarget();
    let menu: ((cmd: { command: string }) => void) | null = null;
    const subscribe = (cb: (cmd: { command: string }) => void) => {
      menu = cb;
      return () => (menu = null);
    };
    const fired: [MenuCommandName, ShortcutSource][] = [];
    const shortcuts: Shortcut[] = [
      { command: 'file.export', key: chord('e'), run: () => {} },
      { command: 'file.exportReview', run: () => {} },
    ];
    const off = bindShortcuts(
      target,
      subscribe,
      () => shortcuts,
      (c, s) => fired.push([c, s]),
    );
    const e = key({ ctrlKey: true, key: 'e', code: 'KeyE' });
    target.dispatchEvent(e);
    expect(e.defaultPrevented).toBe(true);
    const other = key({ ctrlKey: true, key: 'x', code: 'KeyX' });
    target.dispatchEvent(other);
    expect(other.defaultPrevented).toBe(false);
    menu!({ command: 'file.exportReview' });
    menu!({ command: 'file.save' });
    expect(fired).toEqual([
      ['file.export', 'key'],
      ['file.exportReview', 'menu'],
    ]);
    off();
    target.dispatchEvent(key({ ctrlKey: true, key: 'e', code: 'KeyE' }));
    expect(menu).toBeNull();
    expect(fired).toHaveLength(2);
  });
});
