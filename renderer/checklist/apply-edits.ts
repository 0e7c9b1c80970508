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

function applyToEditor(editor: GwEditor, edits: readonly LintEdit[]): number {
  let n = 0;
  for (const e of disjointRightToLeft(edits)) {
    const anchor = pointAt(editor, e.blockIndex, e.offset);
    const focus = pointAt(editor, e.blockIndex, e.offset + e.length);
    if (!anchor || !focus) continue;
    replaceRange(editor, { anchor, focus }, e.replacement);
    n += 1;
  }
  return n;
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

function refuseInReview(store: DocStore): boolean {
  // 审阅模式: the reviewer comments, the text stays as the clerk wrote it.
  if (!isReviewMode()) return false;
  store.notice('审阅模式下不能修改正文，请先关闭审阅模式。');
  return true;
}

/**
 * One round: the section edits of `findings` into their editors (a new history batch for an editor not
 * yet in `touched`, merged into its batch otherwise), metadata edits through setMeta. Runs inside
 * DocStore.batch; adds the editors it changed to `touched`. Returns how many edits it applied.
 */
function applyRound(store: DocStore, findings: readonly LintFinding[], touched: string[]): number {
  const byKey = new Map<string, LintEdit[]>();
  const byHeading = new Map<string, LintEdit[]>();
  for (const f of findings) {
    if (!f.fix) continue;
    for (const e of f.fix.edits) {
      // blockIndex -1: the section's heading as written (the fix to the prescribed wording).
      if (e.blockIndex < 0 && !(e.sectionId in META_FIELDS)) {
        if (!byHeading.has(e.sectionId)) byHeading.set(e.sectionId, []);
        byHeading.get(e.sectionId)!.push(e);
        continue;
      }
      const key = e.sectionId in META_FIELDS ? e.sectionId : editorKeyOf(e.sectionId);
      if (!byKey.has(key)) byKey.set(key, []);
      byKey.get(key)!.push(e);
    }
  }
  let applied = 0;
  for (const [key, edits] of byKey) {
    if (!store.editors.has(key)) continue;
    const editor = store.editor(key);
    const run = () => Editor.withoutNormalizing(editor, () => (applied += applyToEditor(editor, edits)));
    if (touched.includes(key)) HistoryEditor.withMerging(editor, run);
    else {
      touched.push(key);
      HistoryEditor.withNewBatch(editor, run);
    }
  }
  for (const [id, edits] of byHeading) {
    const heading = store.sections.find((s) => s.id === id)?.heading;
    if (heading === undefined) continue;
    const next = applyToString(heading, edits);
    if (next === heading) continue;
    // Inside DocStore.batch: part of the same undo step as the editors' edits.
    store.setHeading(id, next);
    applied += 1;
  }
  const metaEdits = Object.entries(META_FIELDS).filter(([id]) => byKey.has(id));
  if (metaEdits.length > 0) {
    // The metadata form keeps its own undo entries (DocStore.batch records only the editors).
    const replaying = store.history.replaying;
    store.history.replaying = false;
    try {
      for (const [id, field] of metaEdits) {
        const value = store.getSnapshot().meta[field];
        if (value === null) continue;
        const next = applyToString(value, byKey.get(id)!);
        if (next !== value) applied += 1;
        store.setMeta(field, next);
      }
    } finally {
      store.history.replaying = replaying;
    }
  }
  return applied;
}

/**
 * Apply the fixes of `findings` (those without a fix are ignored). The section edits and section
 * headings are one undo step; metadata fields (标题, 发文字号) change through the metadata form's history. Returns how many
 * findings had a fix.
 */
export function applyFindings(store: DocStore, findings: readonly LintFinding[]): number {
  if (refuseInReview(store)) return 0;
  const fixable = findings.filter((f) => f.fix);
  const touched: string[] = [];
  // DocStore.batch records the group after `fn`, so the keys filled in by the round are the ones recorded.
  store.batch(touched, () => applyRound(store, fixable, touched));
  return fixable.length;
}

/**
 * 全部修正: apply every safe fix, check again, and repeat until no safe fix remains (a fix can reveal
 * another, e.g. a half-width comma next to a doubled space), as one undo step for the text. Stops when a
 * round changes nothing or after `maxRounds`. Returns how many findings were fixed in all.
 */
export function applyUntilFixed(
  store: DocStore,
  current: () => readonly LintFinding[],
  maxRounds = 10,
): number {
  if (refuseInReview(store)) return 0;
  const touched: string[] = [];
  let fixed = 0;
  store.batch(touched, () => {
    for (let round = 0; round < maxRounds; round++) {
      const fixable = current().filter((f) => f.fix);
      if (fixable.length === 0) break;
      if (applyRound(store, fixable, touched) === 0) break;
      fixed += fixable.length;
    }
  });
  return fixed;
}
