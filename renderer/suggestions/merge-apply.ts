/**
 * After 合并审阅意见…: the service placed the reviewer's track changes (or the copy's 修订) on the report it
 * was sent; bring them into the editors — each block that gained suggestions is replaced by the merged
 * one, if the clerk has not changed it meanwhile — and register them (one undo step per section).
 */
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { blockText, type Block } from '../../core/model/content';
import type { Report } from '../../core/model/report';
import { PREAMBLE_KEY, type DocStore } from '../document/doc-store';
import { asInternal } from './with-suggestions';

function ids(b: Block | undefined): string {
  return (b?.children ?? [])
    .flatMap((l) => [l.ins ?? '', l.del ?? ''])
    .filter(Boolean)
    .join(' ');
}

export function applyMergedSuggestions(store: DocStore, sent: Report, merged: Report): number {
  const known = new Set(store.suggestions.keys());
  const fresh = merged.suggestions.filter((s) => !known.has(s.id));
  if (fresh.length === 0) return 0;
  for (const s of fresh) store.registerSuggestion(s);
  const pairs: [string, readonly Block[], readonly Block[]][] = [
    [PREAMBLE_KEY, sent.preamble, merged.preamble],
    ...merged.sections.map(
      (s) =>
        [s.id, sent.sections.find((x) => x.id === s.id)?.blocks ?? [], s.blocks] as [
          string,
          Block[],
          Block[],
        ],
    ),
  ];
  for (const [key, before, after] of pairs) {
    const editor = store.editors.get(key);
    if (!editor || before.length !== after.length) continue;
    const changed = after.map((b, i) => i).filter((i) => ids(after[i]) !== ids(before[i]));
    if (changed.length === 0) continue;
    HistoryEditor.withNewBatch(editor, () =>
      asInternal(editor, () =>
        Editor.withoutNormalizing(editor, () => {
          for (const i of changed) {
            if (editor.children.length !== before.length) return;
            if (Editor.string(editor, [i]) !== blockText(before[i]!)) continue;
            Transforms.removeNodes(editor, { at: [i] });
            Transforms.insertNodes(editor, structuredClone(after[i]!), { at: [i] });
          }
        }),
      ),
    );
    store.editorChanged(key);
  }
  // 无法定位 ones have no marks: the list keeps them.
  store.setSuggestions([...store.suggestions.values()]);
  return fresh.length;
}
