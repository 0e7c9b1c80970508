/**
 * The 修订 feature's state and actions over the open document: pending suggestions listed by section in
 * the order of the text (无法定位 last), the one in hand, 上一处/下一处, and 接受/拒绝 one, a section's,
 * an author's or all — each one step of the global undo order. The suggestions' text and marks live in
 * the section editors; their metadata in the DocStore.
 */
import { Editor, Path, Text, Transforms, type Range } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { TextLeaf } from '../../core/model/content';
import type { Suggestion } from '../../core/model/report';
import { listSuggestions, type SuggestionListing } from '../../core/suggestions/list';
import { PREAMBLE_KEY, type DocStore } from '../document/doc-store';
import type { GwEditor } from '../editor/slate-types';
import { asInternal } from './with-suggestions';
import { QuietTimer } from '../document/quiet-timer';

export type Resolution = 'accept' | 'reject';

export interface SuggestionsSnapshot {
  items: readonly SuggestionListing[];
  /** Author → colour, in order of first appearance. */
  colours: Readonly<Record<string, string>>;
  active: string | null;
}

const PALETTE = ['#c0392b', '#1f6fb2', '#2e7d32', '#8e44ad', '#d35400', '#00838f', '#6d4c41'];
const REFRESH_MS = 250;

function keyOf(section: string | null): string {
  return section === null ? PREAMBLE_KEY : section;
}

/** Accept or reject the marked leaves of `ids` in one editor; paragraphs that were only the change go. */
export function resolveInEditor(editor: GwEditor, ids: ReadonlySet<string>, how: Resolution): boolean {
  const entries = [...Editor.nodes(editor, { at: [], match: Text.isText })] as [TextLeaf, Path][];
  const hit = entries.filter(([l]) => (l.ins && ids.has(l.ins)) || (l.del && ids.has(l.del)));
  if (hit.length === 0) return false;
  const hadText = editor.children.map((_, i) => Editor.string(editor, [i]) !== '');
  asInternal(editor, () =>
    Editor.withoutNormalizing(editor, () => {
      for (const [leaf, path] of hit.reverse()) {
        const ins = leaf.ins !== undefined && ids.has(leaf.ins);
        const del = leaf.del !== undefined && ids.has(leaf.del);
        const remove = how === 'accept' ? del : ins;
        if (remove) Transforms.delete(editor, { at: Editor.range(editor, path) });
        else
          Transforms.unsetNodes(editor, [ins ? 'ins' : '', del ? 'del' : ''].filter(Boolean), { at: path });
      }
    }),
  );
  asInternal(editor, () => {
    for (let i = editor.children.length - 1; i >= 0; i--)
      if (editor.children.length > 1 && hadText[i] && Editor.string(editor, [i]) === '')
        Transforms.removeNodes(editor, { at: [i] });
  });
  return true;
}

/** The range from the first to the last leaf of suggestion `id` in an editor. */
export function suggestionRange(editor: GwEditor, id: string): Range | null {
  let first: Path | null = null;
  let last: Path | null = null;
  for (const [node, path] of Editor.nodes(editor, { at: [], match: Text.isText })) {
    const l = node as TextLeaf;
    if (l.ins !== id && l.del !== id) continue;
    first ??= path;
    last = path;
  }
  if (!first || !last) return null;
  return { anchor: Editor.start(editor, first), focus: Editor.end(editor, last) };
}

export class SuggestionsController {
  private snap: SuggestionsSnapshot = { items: [], colours: {}, active: null };
  private readonly listeners = new Set<() => void>();
  private readonly timer = new QuietTimer(() => this.refresh());

  constructor(readonly store: DocStore) {
    this.refresh();
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getSnapshot = (): SuggestionsSnapshot => this.snap;

  start(): () => void {
    const off = this.store.onEdit(() => {
      this.timer.poke(REFRESH_MS);
    });
    return () => {
      off();
      this.timer.cancel();
    };
  }

  refresh(): void {
    // Nothing to list and nothing was: skip building the report (a keystroke pause in a long draft).
    if (this.store.suggestions.size === 0 && this.snap.items.length === 0) return;
    const items = listSuggestions(this.store.toReport(), this.store.template);
    const colours: Record<string, string> = {};
    // Colours follow the authors known in the file, so one reviewer keeps one colour as changes come and go.
    for (const s of [...this.store.suggestions.values()])
      if (!(s.author in colours)) colours[s.author] = PALETTE[Object.keys(colours).length % PALETTE.length]!;
    const active = items.some((i) => i.id === this.snap.active) ? this.snap.active : null;
    this.snap = { items, colours, active };
    for (const l of this.listeners) l();
  }

  /**
   * Accept or reject the suggestions in `ids` across the editors: one undo step. Returns how many, and
   * the 无法定位 ones rejecting dropped (忽略): they have no text, so the undo history cannot bring them
   * back — `restore` can.
   */
  resolve(ids: ReadonlySet<string>, how: Resolution): { count: number; dropped: Suggestion[] } {
    if (ids.size === 0) return { count: 0, dropped: [] };
    const items = this.snap.items.filter((i) => ids.has(i.id));
    const placed = items.filter((i) => !i.detached);
    const keys = this.store.keys.filter((k) => {
      const ed = this.store.editor(k);
      return [...Editor.nodes(ed, { at: [], match: Text.isText })].some(([n]) => {
        const l = n as TextLeaf;
        return (l.ins && ids.has(l.ins)) || (l.del && ids.has(l.del));
      });
    });
    if (keys.length > 0)
      this.store.batch(keys, () => {
        for (const key of keys) {
          const editor = this.store.editor(key);
          HistoryEditor.withNewBatch(editor, () => resolveInEditor(editor, ids, how));
        }
      });
    // 无法定位 ones have no text to change: rejecting discards them (accepting cannot apply them).
    const lost = new Set(items.filter((i) => i.detached && how === 'reject').map((i) => i.id));
    const all = [...this.store.suggestions.values()];
    const dropped = all.filter((s) => lost.has(s.id));
    if (dropped.length > 0) this.store.setSuggestions(all.filter((s) => !lost.has(s.id)));
    this.refresh();
    return { count: placed.length + dropped.length, dropped };
  }

  /** Put 无法定位 suggestions that 忽略 dropped back in the list. */
  restore(dropped: readonly Suggestion[]): void {
    const have = this.store.suggestions;
    const back = dropped.filter((s) => !have.has(s.id));
    if (back.length === 0) return;
    this.store.setSuggestions([...have.values(), ...back]);
    this.refresh();
  }

  idsOf(filter: (i: SuggestionListing) => boolean): Set<string> {
    return new Set(this.snap.items.filter(filter).map((i) => i.id));
  }

  /** Select a suggestion's text in its editor and bring it into view. */
  jump(id: string): void {
    const item = this.snap.items.find((i) => i.id === id);
    this.snap = { ...this.snap, active: id };
    for (const l of this.listeners) l();
    if (!item || item.detached) return;
    const key = keyOf(item.section);
    const editor = this.store.editor(key);
    const range = suggestionRange(editor, id);
    if (!range) return;
    try {
      ReactEditor.focus(editor);
      Transforms.select(editor, range);
      this.store.lastFocused = key;
      this.store.setActive(key);
      ReactEditor.toDOMRange(editor, range).startContainer.parentElement?.scrollIntoView({ block: 'center' });
    } catch {
      // Not rendered yet (a chunk off screen): the selection is enough.
    }
  }

  /** 上一处 / 下一处: the placed suggestion before or after the one in hand (wrapping). */
  step(dir: 1 | -1): string | null {
    const placed = this.snap.items.filter((i) => !i.detached);
    if (placed.length === 0) return null;
    const i = placed.findIndex((x) => x.id === this.snap.active);
    const next =
      placed[i < 0 ? (dir === 1 ? 0 : placed.length - 1) : (i + dir + placed.length) % placed.length]!;
    this.jump(next.id);
    return next.id;
  }
}
