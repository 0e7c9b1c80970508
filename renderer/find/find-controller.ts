/**
 * Find and replace across every editor of the document. Matches are found on block text (so they span
 * bold runs), selected in their editor, scrolled to, and painted with the CSS Custom Highlight API so
 * they show while the focus stays in the find bar. Replace-all is one global undo step.
 */
import { Editor, Transforms, type Range } from 'slate';
import { HistoryEditor } from 'slate-history';
import { replaceRange } from '../suggestions/with-suggestions';
import { ReactEditor } from 'slate-react';
import type { DocStore } from '../document/doc-store';
import { blocksOf } from '../editor/slate-types';
import { findInBlocks, offsetToPoint, type BlockMatch } from './search';

export interface DocMatch extends BlockMatch {
  key: string;
}

const ALL = 'gw-find';
const CURRENT = 'gw-find-current';

export function findAll(store: DocStore, query: string): DocMatch[] {
  const out: DocMatch[] = [];
  for (const key of store.keys) {
    for (const m of findInBlocks(blocksOf(store.editor(key)), query)) out.push({ key, ...m });
  }
  return out;
}

export function matchRange(store: DocStore, m: DocMatch): Range | null {
  const editor = store.editor(m.key);
  const block = blocksOf(editor)[m.block];
  if (!block) return null;
  return {
    anchor: offsetToPoint(block, m.block, m.start, 'start'),
    focus: offsetToPoint(block, m.block, m.end, 'end'),
  };
}

function domRange(store: DocStore, m: DocMatch): globalThis.Range | null {
  const range = matchRange(store, m);
  if (!range) return null;
  try {
    return ReactEditor.toDOMRange(store.editor(m.key), range);
  } catch {
    return null; // not rendered (yet)
  }
}

/** Paint all matches, the current one stronger. Cheap to call again after every change. */
export function paintMatches(store: DocStore, matches: DocMatch[], current: number): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS) || typeof Highlight === 'undefined') return;
  const all = new Highlight();
  const cur = new Highlight();
  // Painting is for the eye: cap it so a search for one common character stays instant.
  const from = Math.max(0, current - 200);
  for (let i = from; i < Math.min(matches.length, from + 400); i++) {
    const r = domRange(store, matches[i]!);
    if (r) (i === current ? cur : all).add(r);
  }
  CSS.highlights.set(ALL, all);
  CSS.highlights.set(CURRENT, cur);
}

export function clearPaint(): void {
  if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
  CSS.highlights.delete(ALL);
  CSS.highlights.delete(CURRENT);
}

/** Select a match in its editor and scroll it to the middle of the view. */
export function goTo(store: DocStore, m: DocMatch): void {
  const editor = store.editor(m.key);
  const range = matchRange(store, m);
  if (!range) return;
  Transforms.select(editor, range);
  store.lastFocused = m.key;
  store.setActive(m.key);
  const r = domRange(store, m);
  const el = r?.startContainer.parentElement;
  el?.scrollIntoView({ block: 'center' });
}

export function replaceOne(store: DocStore, m: DocMatch, replacement: string): void {
  const editor = store.editor(m.key);
  const range = matchRange(store, m);
  if (!range) return;
  HistoryEditor.withNewBatch(editor, () => replaceRange(editor, range, replacement));
}

/** Replace every match; returns how many were replaced. One undo step for all editors. */
export function replaceAll(store: DocStore, query: string, replacement: string): number {
  const matches = findAll(store, query);
  const keys = [...new Set(matches.map((m) => m.key))];
  store.batch(keys, () => {
    for (const key of keys) {
      const editor = store.editor(key);
      const mine = matches.filter((m) => m.key === key);
      HistoryEditor.withNewBatch(editor, () => {
        Editor.withoutNormalizing(editor, () => {
          // From the end, so earlier offsets stay valid; points are computed on the current text.
          for (let i = mine.length - 1; i >= 0; i--) {
            const range = matchRange(store, mine[i]!);
            // In 修订模式 a replacement is a suggestion (deletion + insertion).
            if (range) replaceRange(editor, range, replacement);
          }
        });
      });
    }
  });
  return matches.length;
}
