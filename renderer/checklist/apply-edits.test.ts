/** Lint edits land on the right characters across leaves, keep the marks around them, and skip overlaps. */
import { describe, expect, it } from 'vitest';
import type { LintFinding } from '../../core/lint';
import type { Report } from '../../core/model/report';
import { findTemplate } from '../../templates/index';
import { createReport } from '../../core/model/report-helpers';
import { DocStore } from '../document/doc-store';
import { applyFindings, applyUntilFixed, pointAt } from './apply-edits';
import { Node } from 'slate';

const template = findTemplate('statutory-five') ?? findTemplate('zhanjiang-department')!;

function storeWith(children: { text: string; bold?: true }[]): DocStore {
  const report: Report = createReport(template, { org: '某局', year: 2024 });
  report.sections[0]!.blocks = [{ type: 'paragraph', children }];
  return new DocStore({ path: null, report, mtimeMs: null }, template);
}

const finding = (sectionId: string, offset: number, length: number, replacement: string): LintFinding => ({
  rule: 'half-width-punct',
  message: '',
  sectionId,
  blockIndex: 0,
  offset,
  length,
  fix: { edits: [{ sectionId, blockIndex: 0, offset, length, replacement }] },
});

describe('applyFindings', () => {
  it('maps offsets across leaves and keeps the bold around the edit', () => {
    const store = storeWith([{ text: '一是,' }, { text: '加强(学习)', bold: true }, { text: '工作.' }]);
    const id = store.sections[0]!.id;
    const editor = store.editor(id);
    expect(pointAt(editor, 0, 4)).toEqual({ path: [0, 1], offset: 1 });
    expect(pointAt(editor, 0, 12)).toEqual({ path: [0, 2], offset: 3 });
    expect(pointAt(editor, 0, 13)).toBeNull();
    applyFindings(store, [
      finding(id, 2, 1, '，'),
      finding(id, 5, 1, '（'),
      finding(id, 8, 1, '）'),
      finding(id, 11, 1, '。'),
      finding(id, 11, 1, '！'), // overlaps the one before: skipped
    ]);
    const leaves = store.toReport().sections[0]!.blocks[0]!.children;
    expect(leaves.map((l) => l.text).join('')).toBe('一是，加强（学习）工作。');
    expect(leaves.find((l) => l.bold)?.text).toBe('加强（学习）');
  });

  it('全部修正 repeats until no fix is left (a fix revealing another), as one undo step', () => {
    const store = storeWith([{ text: '甲,,乙' }]);
    const id = store.sections[0]!.id;
    const editor = store.editor(id);
    const text = () => Node.string(editor.children[0]!);
    // A toy lint: the first half-width comma, one at a time (each fix reveals the next).
    const current = (): LintFinding[] => {
      const at = text().indexOf(',');
      return at < 0 ? [] : [finding(id, at, 1, '，')];
    };
    expect(applyUntilFixed(store, current)).toBe(2);
    expect(text()).toBe('甲，，乙');
    expect(store.history.canUndo).toBe(true);
    store.undo();
    expect(text()).toBe('甲,,乙');
    expect(store.history.canUndo).toBe(false);
    store.redo();
    expect(text()).toBe('甲，，乙');
  });

  it('stops when a round changes nothing', () => {
    const store = storeWith([{ text: '甲,乙' }]);
    const id = store.sections[0]!.id;
    // A fix that never applies (out of range): no endless loop.
    expect(applyUntilFixed(store, () => [finding(id, 40, 1, '，')])).toBe(0);
  });
});
