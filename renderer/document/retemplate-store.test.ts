import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import { findTemplate } from '../../templates/index';
import { outlineVocabulary } from '../../templates/vocabulary';
import { createReport } from '../../core/model/report-helpers';
import { paragraph } from '../../core/model/content';
import { retemplate } from '../../core/import/retemplate';
import { DocStore } from './doc-store';

function type(s: DocStore, key: string, text: string): void {
  const editor = s.editor(key);
  if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
  Editor.insertText(editor, text);
  s.editorChanged(key);
}

/** A department's draft on the 湛江 outline, put on the statutory five the way the app does. */
function switched() {
  const from = findTemplate('zhanjiang-department')!;
  const to = findTemplate('statutory-five')!;
  const report = createReport(from, { org: '某局', year: 2025 });
  report.sections = report.sections.map((s) =>
    s.id === 'measures' ? { ...s, blocks: [paragraph('全年办理案件120件。')] } : s,
  );
  const before = new DocStore({ path: '/w/报告.gwdraft', report, mtimeMs: 5 }, from);
  const shown: DocStore[] = [before];
  before.onReplace((n) => shown.push(n));
  const result = retemplate(before.toReport(), from, to, outlineVocabulary());
  const after = new DocStore(
    { path: '/w/报告.gwdraft', report: result.report, mtimeMs: 5, notes: result.notes },
    to,
    result.report,
    before.recoveryKey,
  );
  after.onReplace((n) => shown.push(n));
  before.replaceWith(after);
  return { before, after, shown };
}

describe('改用提纲 in the DocStore', () => {
  it('is one undo step: undo shows the document as it was, redo the new outline again', () => {
    const { before, after, shown } = switched();
    expect(shown.at(-1)).toBe(after);
    expect(after.getSnapshot()).toMatchObject({ canUndo: true, dirty: true, path: '/w/报告.gwdraft' });
    expect(after.sections.map((s) => s.id)).toEqual(
      findTemplate('statutory-five')!.sections.map((s) => s.id),
    );
    expect(after.recoveryKey).toBe(before.recoveryKey);
    // The autosave takes the switched document without waiting for an edit, once.
    expect(after.takeSwitched()).toBe(true);
    expect(after.takeSwitched()).toBe(false);
    expect(before.takeSwitched()).toBe(false);
    // An edit on the new outline is undone first, then the switch.
    type(after, 'measures', '甲');
    after.undo();
    expect(shown.at(-1)).toBe(after);
    after.undo();
    expect(shown.at(-1)).toBe(before);
    expect(before.sections.map((s) => s.id)).toContain('study-spirit');
    expect(before.getSnapshot()).toMatchObject({ canRedo: true, dirty: true });
    before.redo();
    expect(shown.at(-1)).toBe(after);
  });

  it('an edit after undoing the switch drops the redo to the other outline', () => {
    const { before, after, shown } = switched();
    after.undo();
    expect(shown.at(-1)).toBe(before);
    type(before, 'measures', '乙');
    expect(before.getSnapshot().canRedo).toBe(false);
    before.redo();
    expect(shown.at(-1)).toBe(before);
  });
});
