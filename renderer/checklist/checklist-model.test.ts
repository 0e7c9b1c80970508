/**
 * The live checklist over a DocStore (no DOM needed): statuses per section from the same results,
 * incremental re-use of untouched sections, confirmations, and lint fixes as one undo step.
 */
import { describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import { paragraph } from '../../core/model/content';
import type { Report } from '../../core/model/report';
import { findTemplate } from '../../templates/index';
import { completeReport, TODAY } from '../../test/fixtures/check/complete-report';
import { DocStore } from '../document/doc-store';
import { applyFindings, applyUntilFixed } from './apply-edits';
import { ChecklistModel } from './checklist-model';

const template = findTemplate('zhanjiang-department')!;

function draft(): Report {
  const report = completeReport(template, { omit: 'other-present' });
  const first = report.sections[0]!;
  first.blocks = [
    ...first.blocks,
    paragraph('我局召开专题会议,研究部署工作。'),
    paragraph('2024 年全局干部参加学法考试。'),
  ];
  return report;
}

function open(report: Report) {
  const store = new DocStore({ path: null, report, mtimeMs: null }, template);
  return { store, model: new ChecklistModel(store, () => TODAY) };
}

function typeInto(store: DocStore, key: string, text: string) {
  const editor = store.editor(key);
  Transforms.select(editor, Editor.end(editor, []));
  Transforms.insertText(editor, text);
  store.editorChanged(key);
}

describe('ChecklistModel', () => {
  it('fails the missing item, marks its section and counts what is met', () => {
    const { model } = open(draft());
    const snap = model.evaluate();
    const failing = snap.items.filter((i) => i.status === 'fail').map((i) => i.id);
    expect(failing).toEqual(['other-present']);
    expect(snap.statuses['other']).toBe('fail');
    expect(snap.statuses['study-spirit']).toBe('warn'); // the two lint slips
    expect(snap.met).toBe(snap.items.filter((i) => i.status === 'pass').length);
    // 不适用 items (照搬去年内容 without a baseline) are not counted.
    expect(snap.total).toBe(snap.items.filter((i) => i.status !== 'na').length);
    expect(snap.total).toBe(template.items.length - 1);
  });

  it('re-evaluates after typing, re-using the cleaned blocks of untouched sections', () => {
    const { store, model } = open(draft());
    model.evaluate();
    const before = model.report();
    typeInto(store, 'other', '无。');
    const after = model.report();
    expect(after.sections[0]!.blocks).toBe(before.sections[0]!.blocks);
    expect(after.sections[6]!.blocks).not.toBe(before.sections[6]!.blocks);
    const snap = model.evaluate();
    expect(snap.items.find((i) => i.id === 'other-present')!.status).toBe('pass');
    expect(snap.statuses['other']).toBe('ok');
    // Typing that changes no dot keeps the statuses object (the outline does not re-render).
    typeInto(store, 'other', '没有。');
    expect(model.evaluate().statuses).toBe(snap.statuses);
  });

  it('honours a manual confirmation and drops it again', () => {
    const { store, model } = open(draft());
    expect(model.evaluate().items.find((i) => i.id === 'leadership-review')!.status).toBe('manual');
    store.setConfirmations([
      { itemId: 'leadership-review', note: '党组会审议', by: '张三', at: '2025-01-15T08:00:00Z' },
    ]);
    const confirmed = model.evaluate().items.find((i) => i.id === 'leadership-review')!;
    expect(confirmed.status).toBe('pass');
    expect(confirmed.confirmed?.note).toBe('党组会审议');
    expect(store.toReport().confirmations).toHaveLength(1);
    store.setConfirmations([]);
    expect(model.evaluate().items.find((i) => i.id === 'leadership-review')!.status).toBe('manual');
  });

  it('applies every lint fix as one undo step', () => {
    const { store, model } = open(draft());
    const lint = model.evaluate().lint;
    expect(lint.map((f) => f.rule).sort()).toEqual(['half-width-punct', 'stray-space']);
    expect(applyFindings(store, lint)).toBe(2);
    const text = () =>
      store.toReport().sections[0]!.blocks.map((b) => b.children.map((c) => c.text).join(''));
    expect(text()).toContain('我局召开专题会议，研究部署工作。');
    expect(text()).toContain('2024年全局干部参加学法考试。');
    expect(model.evaluate().lint).toEqual([]);
    store.undo();
    expect(text()).toContain('我局召开专题会议,研究部署工作。');
    expect(text()).toContain('2024 年全局干部参加学法考试。');
    store.redo();
    expect(text()).toContain('2024年全局干部参加学法考试。');
  });

  it('fails a heading with a wrong year and fixes it to the prescribed wording, one undo step with the rest', () => {
    const report = draft();
    const measures = report.sections.find((x) => x.id === 'measures')!;
    measures.heading = `${report.meta.year - 1}年度推进法治政府建设的主要举措和成效`;
    const { store, model } = open(report);
    const snap = model.evaluate();
    expect(snap.items.find((i) => i.id === 'headings')!.status).toBe('fail');
    const found = snap.lint.filter((f) => f.rule === 'heading-wording');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ sectionId: 'measures', blockIndex: -1 });
    expect(snap.statuses['measures']).toBe('warn');
    // 全部修正: the two text slips and the heading, one step.
    applyUntilFixed(store, () => model.evaluate().lint);
    const prescribed = `${report.meta.year}年度推进法治政府建设的主要举措和成效`;
    const heading = () => store.toReport().sections.find((x) => x.id === 'measures')!.heading;
    expect(heading()).toBe(prescribed);
    const after = model.evaluate();
    expect(after.lint).toEqual([]);
    expect(after.items.find((i) => i.id === 'headings')!.status).toBe('pass');
    store.undo();
    expect(heading()).toBe(measures.heading);
    expect(
      model
        .evaluate()
        .lint.map((f) => f.rule)
        .sort(),
    ).toEqual(['half-width-punct', 'heading-wording', 'stray-space']);
    expect(store.getSnapshot().canUndo).toBe(false);
    store.redo();
    expect(heading()).toBe(prescribed);
    // 修正 on the heading alone.
    store.undo();
    const one = model.evaluate().lint.find((f) => f.rule === 'heading-wording')!;
    expect(applyFindings(store, [one])).toBe(1);
    expect(heading()).toBe(prescribed);
    expect(model.evaluate().lint.map((f) => f.rule)).not.toContain('heading-wording');
    store.undo();
    expect(heading()).toBe(measures.heading);
  });
});
