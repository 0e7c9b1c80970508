/**
 * React, before every commit while a contenteditable has the focus, records the selection as character
 * offsets by walking every text node of the focused element (to put it back if the commit took the
 * focus away), and tracks the element for its synthetic `onSelect`. On a section editor that is the
 * whole section — at 200 pages, 66,000 characters walked on every keystroke (~1 ms), and on every
 * commit anywhere while the caret is in the page. Slate puts the DOM selection back itself after each
 * render and does not use `onSelect`, so the section editors opt out.
 *
 * React recognises an editable by `element.contentEditable === 'true'` (the JS property, nothing else):
 * on these elements the property reads 'inherit' instead of 'true'. The attribute is untouched, so the
 * browser, accessibility and `isContentEditable` (which Slate and the tests use) still see an editable
 * element; writing the property still works.
 */
export function hideFromReactSelectionTracking(el: HTMLElement): void {
  if (Object.prototype.hasOwnProperty.call(el, 'contentEditable')) return;
  const real = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'contentEditable');
  if (!real?.get || !real.set) return;
  const { get, set } = real;
  Object.defineProperty(el, 'contentEditable', {
    configurable: true,
    get(this: HTMLElement) {
      const value = get.call(this) as string;
      return value === 'true' ? 'inherit' : value;
    },
    set(this: HTMLElement, value: string) {
      set.call(this, value);
    },
  });
}
