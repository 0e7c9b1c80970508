/**
 * Slate's scrollSelectionIntoView for the section editors. Slate's default runs after every key: it
 * measures the caret and then walks every ancestor of the text (span, paragraph, chunks, editable,
 * section, page, the scrolling centre, body), reading each one's computed style and scroll sizes to
 * find what could scroll (a forced style read per ancestor; 1 ms of a key in a sampling profile at 50
 * pages), to learn that the caret is on screen, as it nearly always is while typing.
 *
 * Here the caret is measured once and compared with the visible box of the editor's scrolling
 * ancestor (found once per editable) and the window; only a caret outside them goes on to Slate's
 * default, which scrolls exactly as before.
 */
import { Range } from 'slate';
import { defaultScrollSelectionIntoView, ReactEditor } from 'slate-react';
import type { GwEditor } from './slate-types';

/** The nearest ancestor that scrolls vertically (overflow-y auto or scroll), per editable element. */
const scrollers = new WeakMap<HTMLElement, HTMLElement | null>();

function scrollerOf(editable: HTMLElement): HTMLElement | null {
  const known = scrollers.get(editable);
  if (known !== undefined && (known === null || known.isConnected)) return known;
  let found: HTMLElement | null = null;
  for (let el = editable.parentElement; el && el !== document.body; el = el.parentElement) {
    const { overflowY } = getComputedStyle(el);
    if (overflowY === 'auto' || overflowY === 'scroll') {
      found = el;
      break;
    }
  }
  scrollers.set(editable, found);
  return found;
}

/** Whether `rect` lies wholly inside the client box of `el` (its scrollbar excluded). */
function inside(rect: DOMRect, el: HTMLElement): boolean {
  const box = el.getBoundingClientRect();
  const top = box.top + el.clientTop;
  const left = box.left + el.clientLeft;
  return (
    rect.top >= top &&
    rect.bottom <= top + el.clientHeight &&
    rect.left >= left &&
    rect.right <= left + el.clientWidth
  );
}

export function scrollCaretIntoView(editor: ReactEditor, domRange: globalThis.Range): void {
  const { selection } = editor;
  // An expanded selection (Slate's default scrolls to its focus end, unhung) goes to the default.
  if (!selection || Range.isExpanded(selection)) {
    defaultScrollSelectionIntoView(editor, domRange);
    return;
  }
  const caret = domRange.cloneRange();
  caret.collapse(true);
  const rect = caret.getBoundingClientRect();
  if (rect.width === 0 && rect.height === 0 && rect.x === 0 && rect.y === 0) {
    // A caret with no box (an empty text): the default measures its leaf instead.
    defaultScrollSelectionIntoView(editor, domRange);
    return;
  }
  const editable = ReactEditor.toDOMNode(editor, editor as unknown as GwEditor);
  const scroller = scrollerOf(editable);
  const inWindow =
    rect.top >= 0 && rect.left >= 0 && rect.bottom <= window.innerHeight && rect.right <= window.innerWidth;
  if (inWindow && (scroller === null || inside(rect, scroller))) return;
  if (lineStartInView(caret, rect, scroller)) return;
  defaultScrollSelectionIntoView(editor, domRange);
}

/**
 * A caret where a line wraps has two places, the end of one line and the start of the next; the DOM
 * range measures the first, while after Home or ↓ the browser draws the second. On a zoomed page wider
 * than its column the two are a column apart: scrolling to the first put the caret out of sight.
 * True when the caret is at such a wrap and the next line's start is in view.
 */
function lineStartInView(caret: globalThis.Range, rect: DOMRect, scroller: HTMLElement | null): boolean {
  const node = caret.startContainer;
  const offset = caret.startOffset;
  if (node.nodeType !== Node.TEXT_NODE || offset >= (node.textContent ?? '').length) return false;
  const next = document.createRange();
  next.setStart(node, offset);
  next.setEnd(node, offset + 1);
  const r = next.getBoundingClientRect();
  if (r.top < rect.top + rect.height / 2) return false;
  const inWindow = r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.left < window.innerWidth;
  return inWindow && (scroller === null || inside(new DOMRect(r.left, r.top, 1, r.height), scroller));
}
