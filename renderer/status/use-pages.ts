/**
 * 第 N 页 / 共 M 页 for the status bar, from the preview's own pagination: the export's DOCX rendered
 * off screen and cut into pages (render-pages). Never on the keystroke: only once the keyboard has
 * been quiet for PAGES_DELAY_MS (longer for a long report — three times what the last count took), in
 * idle time, one run at a time; again after each edit. The caret's page is then looked up
 * by text (page-of-caret), when the caret moves.
 */
import { useEffect, useState } from 'react';
import { Node } from 'slate';
import type { DocStore } from '../document/doc-store';
import { QuietTimer } from '../document/quiet-timer';
import type { FlowBlock } from '../export/render-pages';
import { pageOfCaret } from './page-of-caret';

export const PAGES_DELAY_MS = 2000;

export interface Pages {
  total: number;
  current: number | null;
}

function idle(fn: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(fn, { timeout: 2000 });
  else setTimeout(fn, 0);
}

/**
 * Lay out `bytes` off screen and map each block to its page; null when `wanted` turns false between the
 * steps (the clerk typed meanwhile: the count gives way and runs again later).
 */
async function measure(
  bytes: Uint8Array,
  wanted: () => boolean,
): Promise<{ pages: number; blocks: FlowBlock[] } | null> {
  const styles = document.createElement('div');
  styles.hidden = true;
  const host = document.createElement('div');
  host.className = 'gw-pv-measure';
  host.setAttribute('aria-hidden', 'true');
  document.body.append(styles, host);
  try {
    // docx-preview loads with the first count (after the keyboard was quiet), not with the first screen.
    const { pageMap, renderDocx } = await import('../export/render-pages');
    await renderDocx(bytes, host, styles);
    return wanted() ? pageMap(host) : null;
  } finally {
    host.remove();
    styles.remove();
  }
}

function caretPage(store: DocStore, blocks: readonly FlowBlock[]): number | null {
  const key = store.lastFocused;
  const editor = store.editors.get(key);
  const heading = document.getElementById(`h-${key}`)?.textContent ?? null;
  const at = editor?.selection?.focus.path[0];
  const block = at === undefined ? undefined : editor?.children[at];
  const before = at === undefined || !editor ? [] : editor.children.slice(0, at).map((b) => Node.string(b));
  return pageOfCaret(blocks, heading, block ? Node.string(block) : '', before);
}

export function usePages(store: DocStore, load: () => Promise<Uint8Array>): Pages | null {
  const [map, setMap] = useState<{ pages: number; blocks: FlowBlock[] } | null>(null);
  const [current, setCurrent] = useState<number | null>(null);

  useEffect(() => {
    let cancelled = false;
    let running = false;
    let again = false;
    let took = 0;
    let waiting = false;
    let lastKey = 0;
    const run = async () => {
      waiting = false;
      if (cancelled) return;
      if (running) {
        again = true;
        return;
      }
      running = true;
      const t0 = performance.now();
      const wanted = () => !cancelled && lastKey < t0;
      try {
        const bytes = await load();
        const m = wanted() ? await measure(bytes, wanted) : null;
        if (m === null) {
          if (!cancelled) again = true;
          return;
        }
        took = performance.now() - t0;
        setMap(m);
      } catch {
        // No count rather than a wrong one: the status bar leaves the pages out.
      } finally {
        running = false;
        if (again && !cancelled) {
          again = false;
          schedule();
        }
      }
    };
    const timer = new QuietTimer(() => idle(() => void run()));
    const schedule = () => {
      waiting = true;
      timer.poke(Math.max(PAGES_DELAY_MS, 3 * took));
    };
    // Counting competes with typing for the main thread: it waits until the keyboard has been quiet for
    // PAGES_DELAY_MS — after opening, after an edit, after any key (moving the caret is not an edit).
    schedule();
    const off = store.onEdit(schedule);
    // A key (even one that only moves the caret) postpones a count that is waiting; it starts none.
    const postpone = () => {
      lastKey = performance.now();
      if (waiting) schedule();
    };
    window.addEventListener('keydown', postpone, true);
    return () => {
      cancelled = true;
      timer.cancel();
      off();
      window.removeEventListener('keydown', postpone, true);
    };
  }, [store, load]);

  useEffect(() => {
    if (!map) return;
    const update = () => setCurrent(caretPage(store, map.blocks));
    const timer = new QuietTimer(update);
    const onSel = () => timer.poke(250);
    update();
    document.addEventListener('selectionchange', onSel);
    return () => {
      timer.cancel();
      document.removeEventListener('selectionchange', onSel);
    };
  }, [store, map]);

  return map ? { total: map.pages, current } : null;
}
