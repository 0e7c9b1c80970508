/**
 * 修订模式 as a Slate plugin: typing inserts text marked `ins`, deleting marks text `del` instead of
 * removing it (one's own pending insertion simply goes, as in Word), paste and replace become a deletion
 * plus an insertion. Structural edits (splitting or merging paragraphs, sub-heading levels, bold, moving
 * paragraphs) are refused with a message while it is on; Enter at the end of a paragraph starts a new one
 * whose text is then an insertion. Undo/redo and accept/reject pass through untouched.
 */
import { Editor, Node, Path, Point, Range, Text, Transforms, type BaseOperation } from 'slate';
import { HistoryEditor } from 'slate-history';
import { uniqueId } from '../../core/comments/ids';
import type { TextLeaf } from '../../core/model/content';
import type { Suggestion } from '../../core/model/report';
import { pasteCleanupNotes } from '../../core/import/paste-clutter';
import { plainTextLines } from '../../core/import/plain-blocks';
import { htmlToPlainText } from '../editor/html-text';
import type { GwEditor } from '../editor/slate-types';
import { isSuggestMode, suggestSession, type SuggestSession } from './mode';

const internal = new WeakSet<GwEditor>();

/** Run Slate transforms the 修订模式 guard must let through (our own marking, accept/reject). */
export function asInternal(editor: GwEditor, fn: () => void): void {
  const was = internal.has(editor);
  internal.add(editor);
  try {
    fn();
  } finally {
    if (!was) internal.delete(editor);
  }
}

const REFUSED =
  '修订模式下不能拆分、合并或移动段落，也不能改变小标题层级或加粗；请先关闭修订模式（Ctrl+Shift+E）。';

function isStructural(op: BaseOperation): boolean {
  switch (op.type) {
    case 'split_node':
    case 'merge_node':
    case 'move_node':
    case 'insert_node':
    case 'remove_node':
      return op.path.length === 1;
    case 'set_node':
      return op.path.length === 1 || 'bold' in op.newProperties || 'bold' in op.properties;
    default:
      return false;
  }
}

let seq = 0;
function newSuggestion(s: SuggestSession, type: Suggestion['type'], seed: string): Suggestion {
  const who = s.who()!;
  const createdAt = s.now().toISOString();
  const id = uniqueId('s-', `${who.author}|${createdAt}|${type}|${seed}|${seq++}`, new Set());
  const out: Suggestion = {
    id,
    type,
    author: who.author,
    createdAt,
    anchor: { exact: '', prefix: '', suffix: '', sectionId: null, blockIndex: null, offset: null },
    detached: false,
  };
  if (who.unit) out.unit = who.unit;
  s.register(out);
  return out;
}

function mine(s: SuggestSession, id: string | undefined): boolean {
  if (!id) return false;
  return s.get(id)?.author === s.who()?.author;
}

/** The leaf holding the character just before / after `p` in its block, if any. */
function leafBefore(editor: GwEditor, p: Point): TextLeaf | undefined {
  if (p.offset > 0) return Node.get(editor, p.path) as TextLeaf;
  const prev = Editor.previous(editor, { at: p.path, match: Text.isText });
  return prev && prev[1][0] === p.path[0] ? (prev[0] as TextLeaf) : undefined;
}
function leafAfter(editor: GwEditor, p: Point): TextLeaf | undefined {
  const node = Node.get(editor, p.path) as TextLeaf;
  if (p.offset < node.text.length) return node;
  const next = Editor.next(editor, { at: p.path, match: Text.isText });
  return next && next[1][0] === p.path[0] ? (next[0] as TextLeaf) : undefined;
}

/** Insert `text` at the caret as the reviewer's insertion (continuing the one just typed). */
function insertSuggested(editor: GwEditor, s: SuggestSession, text: string): void {
  if (!editor.selection || text === '') return;
  if (Range.isExpanded(editor.selection)) deleteSuggested(editor, s, editor.selection, 'forward');
  const sel = editor.selection;
  if (!sel) return;
  const at = Range.start(sel);
  const before = leafBefore(editor, at);
  const here = Node.get(editor, at.path) as TextLeaf;
  const id = before && !before.del && mine(s, before.ins) ? before.ins! : newSuggestion(s, 'insert', text).id;
  asInternal(editor, () => {
    if (here.ins === id && !here.del && (at.offset > 0 || before === here)) {
      Transforms.insertText(editor, text, { at });
      return;
    }
    const leaf: TextLeaf = { text, ins: id };
    const like = before ?? here;
    if (like.bold) leaf.bold = true;
    if (like.comments?.length && here.comments?.length) leaf.comments = [...here.comments];
    Transforms.insertNodes(editor, leaf, { at, select: true });
  });
}

/**
 * Mark `range` deleted by the reviewer: own insertions inside it go, text already deleted stays as it
 * is, the rest gets a `del` mark (continuing the deletion next to it). The caret ends at the start
 * (backward) or the end (forward) of the range.
 */
export function deleteSuggested(
  editor: GwEditor,
  s: SuggestSession,
  range: Range,
  direction: 'backward' | 'forward',
): void {
  const [start, end] = Range.edges(range);
  if (Point.equals(start, end)) return;
  const neighbour = direction === 'backward' ? leafAfter(editor, end) : leafBefore(editor, start);
  let id: string | null = neighbour?.del && mine(s, neighbour.del) ? neighbour.del : null;
  const caret = Editor.pointRef(editor, direction === 'backward' ? start : end, {
    affinity: direction === 'backward' ? 'backward' : 'forward',
  });
  const startRef = Editor.pointRef(editor, start, { affinity: 'backward' });
  const parts: { ref: ReturnType<typeof Editor.rangeRef>; leaf: TextLeaf }[] = [];
  for (const [node, path] of Editor.nodes(editor, {
    at: { anchor: start, focus: end },
    match: Text.isText,
  })) {
    const whole = Editor.range(editor, path);
    const sub = Range.intersection(whole, { anchor: start, focus: end });
    if (!sub || Range.isCollapsed(sub)) continue;
    parts.push({ ref: Editor.rangeRef(editor, sub), leaf: node as TextLeaf });
  }
  asInternal(editor, () =>
    Editor.withoutNormalizing(editor, () => {
      for (const { ref, leaf } of parts.reverse()) {
        const sub = ref.unref();
        if (!sub) continue;
        if (leaf.ins && !leaf.del && mine(s, leaf.ins)) Transforms.delete(editor, { at: sub });
        else if (!leaf.del) {
          if (id === null) id = newSuggestion(s, 'delete', Editor.string(editor, sub)).id;
          Transforms.setNodes(editor, { del: id } as Partial<Text>, {
            at: sub,
            match: Text.isText,
            split: true,
          });
        }
      }
    }),
  );
  const to = caret.unref() ?? startRef.current;
  startRef.unref();
  if (to) Transforms.select(editor, to);
}

/** Backspace / Delete with a collapsed caret: one unit, skipping text already deleted; never across blocks. */
function deleteUnit(
  editor: GwEditor,
  s: SuggestSession,
  direction: 'backward' | 'forward',
  unit: 'character' | 'word' | 'line' | 'block',
): void {
  const sel = editor.selection;
  if (!sel) return;
  let at = sel.anchor;
  for (let guard = 0; guard < 10_000; guard++) {
    const other =
      direction === 'backward'
        ? Editor.before(editor, at, { unit: unit === 'block' ? 'line' : unit })
        : Editor.after(editor, at, { unit: unit === 'block' ? 'line' : unit });
    if (!other || !Path.equals(other.path.slice(0, 1), at.path.slice(0, 1))) {
      s.notice('修订模式下不能合并段落。');
      if (!Point.equals(at, sel.anchor)) Transforms.select(editor, at);
      return;
    }
    const range = direction === 'backward' ? { anchor: other, focus: at } : { anchor: at, focus: other };
    const leaves = [...Editor.nodes(editor, { at: range, match: Text.isText })].map(([n]) => n as TextLeaf);
    if (leaves.every((l) => l.del)) {
      at = other; // already deleted: step over it, as Word does
      continue;
    }
    deleteSuggested(editor, s, range, direction);
    return;
  }
}

function insertPlainText(editor: GwEditor, s: SuggestSession, text: string, clean = true): void {
  const { lines, removedControls, ...cleanup } = plainTextLines(text, clean);
  if (lines.length === 0) return;
  insertSuggested(editor, s, lines[0]!);
  for (const line of lines.slice(1)) {
    const sel = editor.selection;
    if (!sel || !Editor.isEnd(editor, sel.anchor, [sel.anchor.path[0]!])) {
      insertSuggested(editor, s, line);
      continue;
    }
    asInternal(editor, () => Transforms.splitNodes(editor, { always: true }));
    asInternal(editor, () => Transforms.setNodes(editor, { type: 'paragraph' } as never));
    insertSuggested(editor, s, line);
  }
  const notes = pasteCleanupNotes(cleanup);
  if (removedControls > 0) notes.unshift(`已删除 ${removedControls} 个不可见的控制字符`);
  if (notes.length > 0) s.notice(notes.join('；') + '。');
}

/** Replace `range` with `text`: a suggestion in 修订模式, a plain edit otherwise (find/replace, lint fixes). */
export function replaceRange(editor: GwEditor, range: Range, text: string): void {
  const s = suggestSession();
  if (!isSuggestMode() || !s?.who()) {
    Transforms.insertText(editor, text, { at: range });
    return;
  }
  deleteSuggested(editor, s, range, 'forward');
  if (text !== '') insertSuggested(editor, s, text);
}

export function withSuggestions(editor: GwEditor): GwEditor {
  const {
    apply,
    insertText,
    deleteBackward,
    deleteForward,
    deleteFragment,
    insertBreak,
    insertData,
    insertFragment,
  } = editor;
  const active = (): SuggestSession | null => {
    const s = suggestSession();
    return isSuggestMode() && s?.who() ? s : null;
  };

  editor.apply = (op) => {
    if (isStructural(op) && !internal.has(editor) && HistoryEditor.isSaving(editor) !== false && active()) {
      suggestSession()?.notice(REFUSED);
      return;
    }
    apply(op);
  };
  editor.insertText = (text, options) => {
    const s = active();
    if (!s || options?.at) return insertText(text, options);
    insertSuggested(editor, s, text);
  };
  editor.deleteBackward = (unit) => {
    const s = active();
    if (!s) return deleteBackward(unit);
    deleteUnit(editor, s, 'backward', unit);
  };
  editor.deleteForward = (unit) => {
    const s = active();
    if (!s) return deleteForward(unit);
    deleteUnit(editor, s, 'forward', unit);
  };
  editor.deleteFragment = (options) => {
    const s = active();
    if (!s || !editor.selection) return deleteFragment(options);
    deleteSuggested(editor, s, editor.selection, options?.direction === 'backward' ? 'backward' : 'forward');
  };
  editor.insertBreak = () => {
    const s = active();
    if (!s) return insertBreak();
    const sel = editor.selection;
    if (!sel) return;
    if (Range.isExpanded(sel) || !Editor.isEnd(editor, sel.anchor, [sel.anchor.path[0]!])) {
      s.notice('修订模式下只能在段末换行（拆分段落不能记为修订）。');
      return;
    }
    asInternal(editor, () => insertBreak());
  };
  editor.insertData = (data) => {
    const s = active();
    if (!s) return insertData(data);
    const html = data.getData('text/html');
    const text = html ? htmlToPlainText(html) : data.getData('text/plain');
    if (text) insertPlainText(editor, s, text);
  };
  editor.insertFragment = (fragment, options) => {
    const s = active();
    if (!s) return insertFragment(fragment, options);
    // gwdraft's own text: nothing of a web page to leave out.
    insertPlainText(editor, s, fragment.map((n) => Node.string(n)).join('\n'), false);
  };
  return editor;
}
