import { afterEach, describe, expect, it } from 'vitest';
import { Editor, Transforms } from 'slate';
import { findTemplate } from '../../templates/index';
import { createReport } from '../../core/model/report-helpers';
import { paragraph } from '../../core/model/content';
import type { Suggestion } from '../../core/model/report';
import { DocStore } from '../document/doc-store';
import { replaceAll } from '../find/find-controller';
import { SuggestionsController } from './controller';
import { applyMergedSuggestions } from './merge-apply';
import { mergeSuggestions, suggestDelete, suggestInsert } from '../../core/suggestions/index';
import { setSuggestModeFlag, setSuggestSession } from './mode';

const template = findTemplate('zhanjiang-department')!;
const TEXT = '我局全年组织法治专题培训十二次，覆盖全部执法人员。';

function open(): DocStore {
  const r = createReport(template, { org: '某局', year: 2025 });
  const report = {
    ...r,
    sections: r.sections.map((s) => (s.id === 'study-spirit' ? { ...s, blocks: [paragraph(TEXT)] } : s)),
  };
  const store = new DocStore({ path: null, report, mtimeMs: null }, template);
  let clock = Date.parse('2025-03-01T09:00:00Z');
  const notices: string[] = [];
  store.onNotice((m) => notices.push(m));
  setSuggestSession({
    who: () => ({ author: '王审', unit: '市司法局' }),
    get: (id) => store.suggestions.get(id),
    register: (s: Suggestion) => store.registerSuggestion(s),
    notice: (m) => store.notice(m),
    now: () => new Date((clock += 1000)),
  });
  setSuggestModeFlag(true);
  return store;
}

function caretAt(store: DocStore, key: string, offset: number): void {
  const editor = store.editor(key);
  Transforms.select(editor, { path: [0, 0], offset: 0 });
  Transforms.move(editor, { distance: offset, unit: 'offset' });
}

afterEach(() => {
  setSuggestModeFlag(false);
  setSuggestSession(null);
});

describe('修订模式 in the editors', () => {
  it('typing and deleting become suggestions; accept and reject are one undo step each', () => {
    const store = open();
    const ed = store.editor('study-spirit');
    caretAt(store, 'study-spirit', 12);
    Editor.insertText(ed, '集中');
    store.editorChanged('study-spirit');
    Transforms.select(ed, { anchor: { path: [0, 2], offset: 4 }, focus: { path: [0, 2], offset: 0 } });
    Editor.deleteFragment(ed);
    store.editorChanged('study-spirit');
    expect(Editor.string(ed, [])).toBe('我局全年组织法治专题培训集中十二次，覆盖全部执法人员。');
    const c = new SuggestionsController(store);
    expect(c.getSnapshot().items.map((i) => [i.type, i.text, i.author, i.unit])).toEqual([
      ['insert', '集中', '王审', '市司法局'],
      ['delete', '十二次，', '王审', '市司法局'],
    ]);
    // Backspace at the start of a paragraph would merge it: refused.
    caretAt(store, 'study-spirit', 0);
    Editor.deleteBackward(ed);
    expect(ed.children).toHaveLength(1);
    setSuggestModeFlag(false);
    const [ins, del] = c.getSnapshot().items;
    c.resolve(new Set([ins!.id]), 'accept');
    c.resolve(new Set([del!.id]), 'reject');
    expect(Editor.string(ed, [])).toBe('我局全年组织法治专题培训集中十二次，覆盖全部执法人员。');
    expect(c.getSnapshot().items).toEqual([]);
    expect(store.toReport().suggestions).toEqual([]);
    store.undo();
    c.refresh();
    expect(c.getSnapshot().items.map((i) => i.type)).toEqual(['delete']);
    c.resolve(new Set([del!.id]), 'accept');
    expect(Editor.string(ed, [])).toBe('我局全年组织法治专题培训集中覆盖全部执法人员。');
  });

  it('a paste in 修订模式 is inserted as text with its typed numbers, lines as written', () => {
    const store = open();
    const ed = store.editor('study-spirit');
    caretAt(store, 'study-spirit', TEXT.length);
    ed.insertData(
      Object.assign(new Map([['text/plain', '\n（一）加强组织领导。局党组召开会议4次。\n1.第一议题']]), {
        getData(this: Map<string, string>, t: string) {
          return this.get(t) ?? '';
        },
      }) as unknown as DataTransfer,
    );
    store.editorChanged('study-spirit');
    expect(ed.children.map((b) => Editor.string(ed, [ed.children.indexOf(b)]))).toEqual([
      // The first line goes on at the caret, as any paste does.
      TEXT + '（一）加强组织领导。局党组召开会议4次。',
      '1.第一议题',
    ]);
    expect(ed.children.every((b) => (b as { type: string }).type === 'paragraph')).toBe(true);
  });

  it('replace-all in 修订模式 is a deletion plus an insertion per match', () => {
    const store = open();
    replaceAll(store, '十二次', '十五次');
    const c = new SuggestionsController(store);
    expect(c.getSnapshot().items.map((i) => [i.type, i.text])).toEqual([
      ['delete', '十二次'],
      ['insert', '十五次'],
    ]);
  });
});

describe('合并审阅意见 brings 修订 into the editors', () => {
  it('places a copy’s changes in the editors and registers them; 无法定位 ones are listed', () => {
    const store = open();
    setSuggestModeFlag(false);
    const sent = store.toReport();
    let copy = suggestInsert(sent, { sectionId: 'study-spirit', blockIndex: 0, offset: 12 }, '集中', {
      author: '李审',
      createdAt: '2025-03-02T10:00:00Z',
    }).report;
    copy = suggestDelete(
      copy,
      { sectionId: 'study-spirit', blockIndex: 0, offset: 16, length: 8 },
      {
        author: '李审',
        createdAt: '2025-03-02T10:01:00Z',
      },
    ).report;
    const lost = {
      ...copy.suggestions[0]!,
      id: 's-lost',
      anchor: { ...copy.suggestions[0]!.anchor, prefix: '别处', suffix: '文字', exact: '无关' },
    };
    const merged = mergeSuggestions(sent, [...copy.suggestions, lost]).report;
    expect(applyMergedSuggestions(store, sent, merged)).toBe(3);
    const ed = store.editor('study-spirit');
    expect(Editor.string(ed, [])).toBe('我局全年组织法治专题培训集中十二次，覆盖全部执法人员。');
    const c = new SuggestionsController(store);
    expect(c.getSnapshot().items.map((i) => [i.type, i.text, i.author, i.detached])).toEqual([
      ['insert', '集中', '李审', false],
      ['delete', '次，覆盖全部执法', '李审', false],
      ['insert', '无关', '李审', true],
    ]);
    store.undo();
    c.refresh();
    expect(Editor.string(ed, [])).toBe(TEXT);
  });
});

describe('无法定位 修订 are part of the file', () => {
  const lostOne = (): Suggestion => ({
    id: 's-lost',
    type: 'insert',
    author: '李审',
    createdAt: '2025-03-02T10:00:00Z',
    anchor: {
      exact: '无关',
      prefix: '别处',
      suffix: '文字',
      sectionId: null,
      blockIndex: null,
      offset: null,
    },
    detached: false,
  });

  it('merging only 无法定位 changes makes the file unsaved (so closing asks), and 忽略 can be undone', () => {
    setSuggestModeFlag(false);
    const store = open();
    setSuggestModeFlag(false);
    const sent = store.toReport();
    const merged = mergeSuggestions(sent, [lostOne()]).report;
    expect(merged.suggestions.map((s) => s.detached)).toEqual([true]);
    expect(store.getSnapshot().dirty).toBe(false);
    expect(applyMergedSuggestions(store, sent, merged)).toBe(1);
    // nothing in the text changed, but the file holds a change now: it must be saved or asked about
    expect(store.getSnapshot().dirty).toBe(true);
    expect(store.toReport().suggestions.map((s) => s.id)).toEqual(['s-lost']);

    store.markSaved('/tmp/x.gwdraft', 1, store.currentVersion());
    expect(store.getSnapshot().dirty).toBe(false);
    const c = new SuggestionsController(store);
    const { count, dropped } = c.resolve(new Set(['s-lost']), 'reject');
    expect(count).toBe(1);
    expect(dropped.map((s) => s.id)).toEqual(['s-lost']);
    expect(store.toReport().suggestions).toEqual([]);
    expect(store.getSnapshot().dirty).toBe(true);
    c.restore(dropped);
    expect(store.toReport().suggestions.map((s) => [s.id, s.detached])).toEqual([['s-lost', true]]);
    expect(c.getSnapshot().items.map((i) => [i.text, i.detached])).toEqual([['无关', true]]);
  });
});
