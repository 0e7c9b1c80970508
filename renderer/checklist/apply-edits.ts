/**
 * Lint fixes applied to the open editors as Slate operations, so they land in the undo history: one
 * fix, or 全部修正, is one step of the global undo order (DocStore.batch). Edits are plain-text offsets
 * in a block (core/lint); they are applied right to left so earlier offsets stay valid, and an edit
 * overlapping one already taken is skipped (as core's applyFixes does).
 */
import { Editor, Text, type Point } from 'slate';
import { HistoryEditor } from 'slate-history';
import { DOC_NUMBER_ID, SIGNATURE_ID, TITLE_ID } from '../../core/check';
import type { LintEdit, LintFinding } from '../../core/lint';
import type { DocStore } from '../document/doc-store';
import type { GwEditor } from '../editor/slate-types';
import { editorKeyOf } from './checklist-model';
import { isReviewMode } from '../comments/review-mode';
import { replaceRange } from '../suggestions/with-suggestions';

/** The Slate point at a plain-text offset of top-level block `blockIndex`. */
export function pointAt(editor: GwEditor, blockIndex: number, offset: number): Point | null {
  const block = editor.children[blockIndex];
  if (!block) return null;
  let pos = 0;
  let last: Point | null = null;
  for (const [node, path] of Editor.nodes(editor, { at: [blockIndex], match: Text.isText })) {
    // Lint judges the text as accepted: text a pending 修订 deletes is not part of its offsets.
    if ((node as Text).del) continue;
    const len = (node as Text).text.length;
    if (offset <= pos + len) return { path, offset: offset - pos };
    pos += len;
    last = { path, offset: len };
  }
  return offset === pos ? last : null;
}

function disjointRightToLeft(edits: readonly LintEdit[]): LintEdit[] {
  const kept: LintEdit[] = [];
  for (const e of edits) {
    const clash = kept.some(
      (k) =>
        k.blockIndex === e.blockIndex &&
        (k.offset === e.offset || (e.offset < k.offset + k.length && k.offset < e.offset + e.length)),
    );
    if (!clash) kept.push(e);
  }
  return kept.sort((a, b) => b.blockIndex - a.blockIndex || b.offset - a.offset);
}

function applyToEditor(editor: GwEditor, edits: readonly LintEdit[]): void {
  for (const e of disjointRightToLeft(edits)) {
    const anchor = pointAt(editor, e.blockIndex, e.offset);
    const focus = pointAt(editor, e.blockIndex, e.offset + e.length);
    if (!anchor || !focus) continue;
    replaceRange(editor, { anchor, focus }, e.replacement);
  }
}

const META_FIELDS = {
  [TITLE_ID]: 'title',
  [SIGNATURE_ID]: 'signature',
  [DOC_NUMBER_ID]: 'docNumber',
} as const;

function applyToString(s: string, edits: readonly LintEdit[]): string {
  let out = s;
  for (const e of disjointRightToLeft(edits))
    if (e.offset + e.length <= out.length)
      out = out.slice(0, e.offset) + e.replacement + out.slice(e.offset + e.length);
  return out;
}

/**
 * Apply the fixes of `findings` (those without a fix are ignored). The section edits are one undo
 * step; metadata fields (标题, 发文字号) change through the metadata form's history. Returns how many
 * findings had a fix.
 */
export function applyFindings(store: DocStore, findings: readonly LintFinding[]): number {
  // 审阅模式: the reviewer comments, the text stays as the clerk wrote it.
  if (isReviewMode()) {
    store.notice('审阅模式下不能修改正文，请先关闭审阅模式。');
    return 0;
  }
  const byKey = new Map<string, LintEdit[]>();
  let fixed = 0;
  for (const f of findings) {
    if (!f.fix) continue;
    fixed += 1;
    for (const e of f.fix.edits) {
      const key = e.sectionId in META_FIELDS ? e.sectionId : editorKeyOf(e.sectionId);
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)!.push(e);
    }
  }
  const editorKeys = [...byKey.keys()].filter((k) => store.editors.has(k));
  if (editorKeys.length > 0)
    store.batch(editorKeys, () => {
      for (const key of editorKeys) {
        const editor = store.editor(key);
        HistoryEditor.withNewBatch(editor, () =>
          Editor.withoutNormalizing(editor, () => applyToEditor(editor, byKey.get(key)!)),
        );
      }
    });
  for (const [id, field] of Object.entries(META_FIELDS)) {
    const edits = byKey.get(id);
    const value = store.getSnapshot().meta[field];
    if (edits && value !== null) store.setMeta(field, applyToString(value, edits));
  }
  return fixed;
}
