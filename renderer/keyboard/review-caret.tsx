/**
 * 审阅模式 by keyboard. The text is read-only (contenteditable=false), where browsers draw no caret and
 * arrow keys only scroll. Here the editing area stays focusable, the arrow keys (with Shift to select,
 * Ctrl for words), Home/End and Ctrl+A move the page's own selection through the text
 * (Selection.modify), and a drawn caret shows where it is — so a keyboard-only reviewer can select a
 * passage and press Ctrl+Alt+M.
 */
import { useEffect, useState, type KeyboardEvent } from 'react';
import { Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { DocStore } from '../document/doc-store';
import type { GwEditor } from '../editor/slate-types';

type Dir = 'forward' | 'backward';
type Granularity = 'character' | 'word' | 'line' | 'lineboundary';

function moveFor(e: KeyboardEvent): [Dir, Granularity] | null {
  const word = e.ctrlKey || e.metaKey;
  switch (e.key) {
    case 'ArrowLeft':
      return ['backward', word ? 'word' : 'character'];
    case 'ArrowRight':
      return ['forward', word ? 'word' : 'character'];
    case 'ArrowUp':
      return ['backward', 'line'];
    case 'ArrowDown':
      return ['forward', 'line'];
    case 'Home':
      return ['backward', 'lineboundary'];
    case 'End':
      return ['forward', 'lineboundary'];
    default:
      return null;
  }
}

/** The first or last text position of `root` (Slate's strings only, not placeholders). */
function edge(root: HTMLElement, end: boolean): [Node, number] | null {
  const strings = root.querySelectorAll('[data-slate-string], [data-slate-zero-width]');
  const el = end ? strings[strings.length - 1] : strings[0];
  const text = el?.firstChild;
  if (!text) return null;
  return [text, end ? (text.textContent?.length ?? 0) : 0];
}

/**
 * Tell Slate at once where the page's selection went. Slate follows selectionchange only every 100 ms,
 * and a re-render in between would put the DOM selection back where Slate last saw it (a quick Shift+→
 * would lose characters).
 */
function syncSlate(editor: GwEditor): void {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0) return;
  const range = ReactEditor.toSlateRange(editor, sel, { exactMatch: false, suppressThrow: true });
  if (range && !(editor.selection && Range.equals(range, editor.selection))) Transforms.select(editor, range);
}

/**
 * The read-only editing area's keydown in 审阅模式: moves or extends the selection; returns true when
 * it handled the key.
 */
export function reviewKeyDown(e: KeyboardEvent<HTMLElement>, editor: GwEditor): boolean {
  const handled = moveSelection(e);
  if (handled) syncSlate(editor);
  return handled;
}

function moveSelection(e: KeyboardEvent<HTMLElement>): boolean {
  const root = e.currentTarget;
  const sel = window.getSelection();
  if (!sel) return false;
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && e.key.toLowerCase() === 'a') {
    const a = edge(root, false);
    const b = edge(root, true);
    if (a && b) sel.setBaseAndExtent(a[0], a[1], b[0], b[1]);
    e.preventDefault();
    return true;
  }
  if (e.altKey) return false;
  if (mod && (e.key === 'Home' || e.key === 'End')) {
    const p = edge(root, e.key === 'End');
    if (p) {
      if (e.shiftKey && sel.anchorNode) sel.extend(p[0], p[1]);
      else sel.collapse(p[0], p[1]);
    }
    e.preventDefault();
    return true;
  }
  const move = moveFor(e);
  if (!move) return false;
  e.preventDefault();
  if (sel.rangeCount === 0 || !sel.anchorNode || !root.contains(sel.anchorNode)) {
    const p = edge(root, false);
    if (p) sel.collapse(p[0], p[1]);
  }
  sel.modify(e.shiftKey ? 'extend' : 'move', move[0], move[1]);
  const node = sel.focusNode;
  (node instanceof Element ? node : node?.parentElement)?.scrollIntoView({ block: 'nearest' });
  return true;
}

interface Box {
  left: number;
  top: number;
  height: number;
}

function caretBox(): Box | null {
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || !sel.isCollapsed || !sel.focusNode) return null;
  const host = sel.focusNode instanceof Element ? sel.focusNode : sel.focusNode.parentElement;
  const editable = host?.closest<HTMLElement>('.gw-page [data-slate-editor]');
  if (!editable || !document.activeElement?.closest('.gw-page')) return null;
  const range = sel.getRangeAt(0);
  let r: DOMRect | undefined = range.getClientRects()[0];
  if (!r || r.height === 0) r = host?.getBoundingClientRect();
  if (!r) return null;
  return { left: r.left, top: r.top, height: r.height };
}

/** The drawn caret of 审阅模式; also keeps the current section on the caret's. */
export function ReviewCaret({ store }: { store: DocStore }) {
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    let raf = 0;
    const update = () => {
      cancelAnimationFrame(raf);
      raf = requestAnimationFrame(() => {
        setBox(caretBox());
        const node = window.getSelection()?.focusNode;
        const el = node instanceof Element ? node : node?.parentElement;
        const key = el?.closest<HTMLElement>('.gw-page .gw-section')?.dataset.section;
        if (key && store.editors.has(key)) {
          store.lastFocused = key;
          store.setActive(key);
        }
      });
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('focusin', update);
    document.addEventListener('focusout', update);
    window.addEventListener('scroll', update, true);
    window.addEventListener('resize', update);
    update();
    return () => {
      cancelAnimationFrame(raf);
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('focusin', update);
      document.removeEventListener('focusout', update);
      window.removeEventListener('scroll', update, true);
      window.removeEventListener('resize', update);
    };
  }, [store]);
  if (!box) return null;
  return (
    <div
      className="gw-review-caret"
      aria-hidden="true"
      style={{ left: box.left, top: box.top, height: box.height }}
    />
  );
}
