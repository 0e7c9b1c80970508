import { describe, expect, it, vi } from 'vitest';
import { Editor, Transforms } from 'slate';
import { HistoryEditor } from 'slate-history';
import { findTemplate } from '../../templates/index';
import { createReport } from '../../core/model/report-helpers';
import { ReportSchema } from '../../core/model/report';
import { DocStore, PREAMBLE_KEY, recoveryKeyFor } from './doc-store';
import { replaceAll } from '../find/find-controller';

function store(): DocStore {
  const template = findTemplate('zhanjiang-department')!;
  const report = createReport(template, { org: '某局', year: 2025 });
  return new DocStore({ path: null, report, mtimeMs: null }, template);
}

/** Type into an editor the way Slate does, then deliver its onChange as <Slate> would. */
function type(s: DocStore, key: string, text: string): void {
  const editor = s.editor(key);
  if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
  Editor.insertText(editor, text);
  s.editorChanged(key);
}

describe('DocStore', () => {
  it('undoes the most recent change anywhere: sections and metadata in one order', () => {
    const s = store();
    type(s, 'study-spirit', '甲');
    type(s, 'measures', '乙');
    s.setMeta('org', '某市司法局');
    expect(s.getSnapshot().dirty).toBe(true);
    s.undo();
    expect(s.getSnapshot().meta.org).toBe('某局');
    s.undo();
    expect(Editor.string(s.editor('measures'), [])).toBe('');
    expect(Editor.string(s.editor('study-spirit'), [])).toBe('甲');
    s.undo();
    expect(Editor.string(s.editor('study-spirit'), [])).toBe('');
    s.redo();
    s.redo();
    s.redo();
    expect(Editor.string(s.editor('measures'), [])).toBe('乙');
    expect(s.getSnapshot().meta.org).toBe('某市司法局');
  });

  it('makes replace-all across sections one undo step', () => {
    const s = store();
    type(s, 'study-spirit', '行政执法工作');
    type(s, 'measures', '严格行政执法');
    expect(replaceAll(s, '行政执法', '执法')).toBe(2);
    expect(Editor.string(s.editor('study-spirit'), [])).toBe('执法工作');
    expect(Editor.string(s.editor('measures'), [])).toBe('严格执法');
    s.undo();
    expect(Editor.string(s.editor('study-spirit'), [])).toBe('行政执法工作');
    expect(Editor.string(s.editor('measures'), [])).toBe('严格行政执法');
  });

  it('serialises to a report the file schema accepts, with stray keys dropped', () => {
    const s = store();
    type(s, PREAMBLE_KEY, '导语。');
    const editor = s.editor('measures');
    Transforms.insertNodes(
      editor,
      { type: 'heading', level: 2, children: [{ text: '小标题', bold: true }] },
      { at: [0] },
    );
    Transforms.setNodes(editor, { color: 'red' } as never, { at: [0, 0] });
    s.editorChanged('measures');
    const report = s.toReport();
    expect(() => ReportSchema.parse(report)).not.toThrow();
    expect(report.preamble[0]!.children[0]!.text).toBe('导语。');
    expect(report.sections.find((x) => x.id === 'measures')!.blocks[0]).toEqual({
      type: 'heading',
      level: 2,
      children: [{ text: '小标题', bold: true }],
    });
  });

  it('keeps the dirty flag until the saved version, and counts after a pause', () => {
    vi.useFakeTimers();
    const s = store();
    type(s, 'study-spirit', '我局共有 8 名执法人员。');
    const v = s.currentVersion();
    s.markSaved('/tmp/x.gwdraft', 1, v);
    expect(s.getSnapshot().dirty).toBe(false);
    type(s, 'study-spirit', '又');
    expect(s.getSnapshot().dirty).toBe(true);
    expect(s.getSnapshot().counts['study-spirit']).toBe(0);
    vi.advanceTimersByTime(400);
    expect(s.getSnapshot().counts['study-spirit']).toBe(12);
    vi.useRealTimers();
  });

  it('recounts once the keys pause, not in the middle of a burst of typing', () => {
    vi.useFakeTimers();
    try {
      const s = store();
      let published = 0;
      s.subscribe(() => published++);
      type(s, 'study-spirit', '甲');
      published = 0;
      // A key every 100 ms for two seconds: nothing outside the section re-renders meanwhile.
      for (let i = 0; i < 20; i++) {
        vi.advanceTimersByTime(100);
        type(s, 'study-spirit', '乙');
      }
      expect(published).toBe(0);
      expect(s.getSnapshot().counts['study-spirit']).toBe(0);
      vi.advanceTimersByTime(300);
      expect(published).toBe(1);
      expect(s.getSnapshot().counts['study-spirit']).toBe(21);
    } finally {
      vi.useRealTimers();
    }
  });

  it('re-numbers sub-headings after structural edits and typing in a heading, not after typing in body text', async () => {
    const s = store();
    const editor = s.editor('measures');
    // As <Slate> does: each batch of operations reaches onChange once, then Slate clears them.
    editor.onChange = () => s.editorChanged('measures');
    const settled = () => new Promise((r) => setTimeout(r, 0));
    Transforms.insertNodes(
      editor,
      [
        { type: 'heading', level: 2, children: [{ text: '一是' }] },
        { type: 'paragraph', children: [{ text: '正文' }] },
      ],
      { at: [0] },
    );
    await settled();
    const labels = s.labels.get('measures')!;
    expect(labels.get(editor.children[0]!)?.label).toBe('（一）');
    const heard = vi.fn();
    labels.subscribe(heard);
    // Typing in body text: nothing to re-number, no listener woken.
    Transforms.insertText(editor, '又', { at: { path: [1, 0], offset: 2 } });
    await settled();
    expect(heard).not.toHaveBeenCalled();
    // Typing in a heading replaces its object: the label follows it.
    Transforms.insertText(editor, '强化', { at: { path: [0, 0], offset: 2 } });
    await settled();
    expect(heard).toHaveBeenCalled();
    expect(labels.get(editor.children[0]!)?.label).toBe('（一）');
    // A heading inserted above shifts the numbers.
    Transforms.insertNodes(editor, { type: 'heading', level: 2, children: [{ text: '首先' }] }, { at: [0] });
    await settled();
    expect(labels.get(editor.children[1]!)?.label).toBe('（二）');
  });

  it('gives every editing session its own recovery key, named after the file', () => {
    // Reopening a file must not overwrite the autosave an earlier (crashed) session left.
    expect(recoveryKeyFor('/a/报告.gwdraft')).not.toBe(recoveryKeyFor('/a/报告.gwdraft'));
    const prefix = (k: string) => k.split('-').slice(0, 2).join('-');
    expect(prefix(recoveryKeyFor('/a/报告.gwdraft'))).toBe(prefix(recoveryKeyFor('/a/报告.gwdraft')));
    expect(prefix(recoveryKeyFor('/a/报告.gwdraft'))).not.toBe(prefix(recoveryKeyFor('/b/报告.gwdraft')));
    expect(recoveryKeyFor('/a/'.repeat(500))).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
    expect(recoveryKeyFor(null)).not.toBe(recoveryKeyFor(null));
    expect(recoveryKeyFor(null)).toMatch(/^[A-Za-z0-9_-]{1,80}$/);
  });

  it('sets a heading as one step of the global undo order, and saves it', () => {
    const report = createReport(findTemplate('zhanjiang-department')!, { org: '某局', year: 2024 });
    report.sections.find((x) => x.id === 'measures')!.heading = '2023年度推进法治政府建设的主要举措和成效';
    const s = new DocStore({ path: null, report, mtimeMs: null }, findTemplate('zhanjiang-department'));
    const heading = () => s.sections.find((x) => x.id === 'measures')!.heading;
    const seen: (string | undefined)[] = [];
    s.subscribe(() => seen.push(s.getSnapshot().sections.find((x) => x.id === 'measures')!.heading));
    type(s, 'study-spirit', '甲');
    s.setHeading('measures', '2024年度推进法治政府建设的主要举措和成效');
    expect(heading()).toBe('2024年度推进法治政府建设的主要举措和成效');
    expect(seen).toContain('2024年度推进法治政府建设的主要举措和成效');
    expect(s.getSnapshot().dirty).toBe(true);
    expect(s.getSnapshot().canUndo).toBe(true);
    // Saving writes the new heading; the other sections keep theirs (none: the prescribed one).
    const saved = s.toReport();
    expect(() => ReportSchema.parse(saved)).not.toThrow();
    expect(saved.sections.find((x) => x.id === 'measures')!.heading).toBe(
      '2024年度推进法治政府建设的主要举措和成效',
    );
    expect('heading' in saved.sections.find((x) => x.id === 'study-spirit')!).toBe(false);
    // 撤销 brings back the unit's wording, and only that: the typing before it is the next step.
    s.undo();
    expect(heading()).toBe('2023年度推进法治政府建设的主要举措和成效');
    expect(Editor.string(s.editor('study-spirit'), [])).toBe('甲');
    expect(s.toReport().sections.find((x) => x.id === 'measures')!.heading).toBe(
      '2023年度推进法治政府建设的主要举措和成效',
    );
    expect(s.getSnapshot().canRedo).toBe(true);
    s.redo();
    expect(heading()).toBe('2024年度推进法治政府建设的主要举措和成效');
    s.undo();
    s.undo();
    expect(Editor.string(s.editor('study-spirit'), [])).toBe('');
    expect(heading()).toBe('2023年度推进法治政府建设的主要举措和成效');
  });

  it('makes headings set inside a batch one step with the batch’s editors', () => {
    const report = createReport(findTemplate('zhanjiang-department')!, { org: '某局', year: 2024 });
    report.sections.find((x) => x.id === 'measures')!.heading = '2023年度主要举措';
    const s = new DocStore({ path: null, report, mtimeMs: null }, findTemplate('zhanjiang-department'));
    type(s, 'study-spirit', '行政执法');
    const touched: string[] = [];
    s.batch(touched, () => {
      const editor = s.editor('study-spirit');
      Transforms.select(editor, Editor.end(editor, []));
      HistoryEditor.withNewBatch(editor, () => Editor.insertText(editor, '工作'));
      touched.push('study-spirit');
      s.setHeading('measures', '2024年度主要举措');
    });
    expect(Editor.string(s.editor('study-spirit'), [])).toBe('行政执法工作');
    expect(s.sections.find((x) => x.id === 'measures')!.heading).toBe('2024年度主要举措');
    s.undo();
    expect(Editor.string(s.editor('study-spirit'), [])).toBe('行政执法');
    expect(s.sections.find((x) => x.id === 'measures')!.heading).toBe('2023年度主要举措');
    s.redo();
    expect(Editor.string(s.editor('study-spirit'), [])).toBe('行政执法工作');
    expect(s.sections.find((x) => x.id === 'measures')!.heading).toBe('2024年度主要举措');
  });
});
