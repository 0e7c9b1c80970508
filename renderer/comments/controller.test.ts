/**
 * The comments controller over a real DocStore (Slate editors without a page): add, reply, resolve,
 * delete, detach on deletion, the saved report, and a merge whose new marks are replayed on the editors.
 */
import { describe, expect, it, vi } from 'vitest';
import { Editor, Transforms } from 'slate';
import { findTemplate } from '../../templates/index';
import { createReport } from '../../core/model/report-helpers';
import { ReportSchema, type Report } from '../../core/model/report';
import { addThread } from '../../core/comments/index';
import type { ApiOutput, GwdraftApi } from '../../core/api/contract';
import { DocStore } from '../document/doc-store';
import { CommentsController } from './controller';
import { pointInBlock } from './slate-marks';

const TEXT = '全年组织法治专题培训十二次，参训干部八百六十人次。';
const QUOTE = '法治专题培训';

function report(): Report {
  const template = findTemplate('zhanjiang-department')!;
  const r = createReport(template, { org: '某局', year: 2025 });
  const first = r.sections[0]!;
  return {
    ...r,
    sections: [
      { ...first, blocks: [{ type: 'paragraph', children: [{ text: TEXT }] }] },
      ...r.sections.slice(1),
    ],
  };
}

function fakeApi(merged?: ApiOutput<'comments.mergeFrom'>): GwdraftApi {
  const settings = {
    reviewerName: '李明',
    reviewerUnit: '市司法局',
    fonts: 'gb2312' as const,
    exportOptions: {
      fonts: 'gb2312' as const,
      header: false,
      footerBlock: false,
      comments: false,
      seal: false,
      boldLevel3: false,
    },
    reviewMode: false,
  };
  return {
    'settings.get': vi.fn(async () => settings),
    'settings.set': vi.fn(async (p: object) => ({ ...settings, ...p })),
    'comments.mergeFrom': vi.fn(async () => merged!),
  } as unknown as GwdraftApi;
}

function setup(api = fakeApi()) {
  const store = new DocStore(
    { path: null, report: report(), mtimeMs: null },
    findTemplate('zhanjiang-department'),
  );
  const c = new CommentsController(api, store, () => new Date('2026-11-25T09:00:00Z'));
  const key = store.sections[0]!.id;
  return { store, c, key, editor: store.editor(key) };
}

function select(editor: ReturnType<DocStore['editor']>, start: number, end: number): void {
  Transforms.select(editor, {
    anchor: pointInBlock(editor, 0, start)!,
    focus: pointInBlock(editor, 0, end)!,
  });
}

/** As setup(), with one thread 核实 on QUOTE (characters 4–10 of the first section). */
async function setupWithComment() {
  const s = setup();
  await s.c.loadSettings();
  s.store.lastFocused = s.key;
  select(s.editor, 4, 10);
  s.c.begin(null);
  const id = s.c.submit('核实')!;
  return { ...s, id };
}

describe('CommentsController', () => {
  it('adds a thread on the selection, replies, resolves, and saves it with its marks', async () => {
    const { store, c, key, editor } = setup();
    await c.loadSettings();
    store.lastFocused = key;
    select(editor, 4, 10);
    expect(c.begin(null)).toBe('ok');
    expect(c.getSnapshot().pending?.quote).toBe(QUOTE);
    const id = c.submit('请补充覆盖率。')!;
    c.reply(id, '已补充。');
    c.resolve(id);

    const saved = ReportSchema.parse(store.toReport());
    const t = saved.comments[0]!;
    expect(t).toMatchObject({
      id,
      resolved: true,
      detached: false,
      anchor: { exact: QUOTE, sectionId: key },
    });
    expect(t.comments.map((x) => [x.author, x.initials, x.unit, x.text])).toEqual([
      ['李明', '李', '市司法局', '请补充覆盖率。'],
      ['李明', '李', '市司法局', '已补充。'],
    ]);
    const marked = saved.sections[0]!.blocks[0]!.children.filter((l) => l.comments?.includes(id));
    expect(marked.map((l) => l.text).join('')).toBe(QUOTE);
    expect(store.getSnapshot().dirty).toBe(true);
    expect(c.getSnapshot().threads[0]!.listing.sectionLabel).toMatch(/^一、/);

    c.reopen(id);
    expect(store.toReport().comments[0]!.resolved).toBe(false);
  });

  it('asks for the reviewer first when none is set, and refuses an empty selection', () => {
    const { store, c, key, editor } = setup();
    store.lastFocused = key;
    Transforms.select(editor, Editor.start(editor, []));
    expect(c.begin(null)).toBe('no-selection');
    select(editor, 0, 2);
    expect(c.begin(null)).toBe('needs-reviewer'); // settings not read yet
    c.cancel();
    expect(c.getSnapshot().pending).toBeNull();
  });

  it('keeps a thread whose text was deleted as detached, and deletes a thread with its marks', async () => {
    const { store, c, key, editor, id } = await setupWithComment();
    // Slate flushes operations at the end of the tick; edits in one tick would be one undo step.
    await new Promise((r) => setTimeout(r, 0));
    select(editor, 2, 12);
    Editor.deleteFragment(editor);
    store.editorChanged(key);
    await new Promise((r) => setTimeout(r, 0));
    c.refresh();
    const view = c.getSnapshot().threads[0]!;
    expect(view.thread).toMatchObject({ id, detached: true, anchor: { exact: QUOTE } });

    store.undo();
    c.refresh();
    expect(c.getSnapshot().threads[0]!.thread.detached).toBe(false);

    c.deleteThread(id);
    const after = store.toReport();
    expect(after.comments).toEqual([]);
    expect(after.sections[0]!.blocks[0]!.children.some((l) => l.comments)).toBe(false);
  });

  it('撤销 right after adding a comment takes it away; 重做 brings it back', async () => {
    const { store, c, id } = await setupWithComment();
    await new Promise((r) => setTimeout(r, 0));
    store.undo();
    c.refresh();
    expect(c.getSnapshot().threads).toEqual([]);
    expect(store.toReport().comments).toEqual([]);
    store.redo();
    c.refresh();
    expect(c.getSnapshot().threads.map((t) => [t.thread.id, t.thread.detached])).toEqual([[id, false]]);
    expect(store.toReport().comments[0]!.anchor.exact).toBe(QUOTE);
  });

  it('merges a reviewer copy: new threads get their marks in the editors', async () => {
    const base = setup();
    const sent = base.store.toReport();
    const key = base.key;
    const { report: withThread, threadId } = addThread(
      sent,
      { sectionId: key, blockIndex: 0, offset: 4, length: 6 },
      { author: '王审', createdAt: '2026-11-24T08:00:00Z', text: '数字？' },
    );
    const api = fakeApi({ report: withThread, added: 1, placed: 1, detached: 0 });
    const { store, c, editor } = setup(api);
    const r = await c.mergeFrom('/w/审阅稿.gwdraft');
    expect(r).toEqual({
      added: 1,
      placed: 1,
      detached: 0,
      onMeta: 0,
      suggestionsAdded: 0,
      suggestionsUnplaced: 0,
      deletedSkipped: 0,
      revived: 0,
      alreadyPresent: 0,
    });
    const leaves = Array.from(Editor.nodes(editor, { at: [], match: (n) => 'text' in n })).map(
      ([n]) => n as { text: string; comments?: string[] },
    );
    expect(
      leaves
        .filter((l) => l.comments?.includes(threadId))
        .map((l) => l.text)
        .join(''),
    ).toBe(QUOTE);
    expect(store.toReport().comments.map((t) => t.id)).toEqual([threadId]);
  });
});

describe('deleted comments are remembered in the draft', () => {
  it('deleting a reply or a thread records it, the file keeps it, and it survives reopening', async () => {
    const { store, c, id } = await setupWithComment();
    c.reply(id, '已核实');
    const replyId = store.comments[0]!.comments[1]!.id;
    c.deleteComment(id, replyId);
    expect(store.toReport().deletedComments?.map((d) => d.author)).toEqual(['李明']);
    c.deleteThread(id);
    const saved = store.toReport();
    expect(saved.comments).toEqual([]);
    expect(saved.deletedComments).toHaveLength(2);
    expect(JSON.stringify(saved.deletedComments)).not.toContain('核实');
    expect(ReportSchema.safeParse(saved).success).toBe(true);
    const reopened = new DocStore({ path: null, report: saved, mtimeMs: null }, store.template);
    expect(reopened.toReport().deletedComments).toEqual(saved.deletedComments);
    // A draft without deletions writes no field (files stay as they were).
    expect('deletedComments' in setup().store.toReport()).toBe(false);
  });
});

describe('control characters in a comment typed in the app', () => {
  it('are removed when the comment or reply is written, line breaks kept, and the app says so', async () => {
    const s = setup();
    await s.c.loadSettings();
    const notices: string[] = [];
    s.store.onNotice((m) => notices.push(m));
    s.store.lastFocused = s.key;
    select(s.editor, 4, 10);
    s.c.begin(null);
    const id = s.c.submit('核实\u0007人数\n见附表\u0000')!;
    expect(s.store.toReport().comments[0]!.comments[0]!.text).toBe('核实人数\n见附表');
    expect(notices).toEqual(['批注中的 2 个控制字符（U+0007、U+0000）已删除：Word 文件不能包含它们。']);
    s.c.reply(id, '好的\u001b');
    expect(s.store.toReport().comments[0]!.comments[1]!.text).toBe('好的');
    expect(notices).toHaveLength(2);
    s.c.reply(id, '无需清理\n两行');
    expect(notices).toHaveLength(2);
  });
});

describe('a comment on the title, 主送机关, 署名 or 成文日期 (报告信息 fields)', () => {
  it('is added on the line, saved, kept while the field is edited, 原文已删除 once its words are gone, back on 撤销', async () => {
    const { store, c } = setup();
    await c.loadSettings();
    // Typing in a field within 1.5 s is one undo step: each edit here is a step of its own.
    let clock = 1_000_000;
    const tick = vi.spyOn(Date, 'now').mockImplementation(() => (clock += 2000));
    store.setMeta('title', '关于某局2025年法治政府建设情况的报告');
    // The words 2025年 chosen in the title field.
    expect(c.beginOnLine('title', { start: 4, end: 9 })).toBe('ok');
    expect(c.getSnapshot().pending).toEqual({ key: 'line:title', quote: '2025年' });
    const id = c.submit('年度与正文一致')!;
    expect(c.getSnapshot().threads[0]!.listing).toMatchObject({ place: 'title', quote: '2025年' });
    // The caret in the 署名 field (empty: the org is printed): the whole line.
    expect(c.beginOnLine('signature', null)).toBe('ok');
    c.submit('署名用全称');
    expect(c.getSnapshot().threads.map((t) => t.listing.place)).toEqual(['title', 'signature']);
    // Saved with the file, as Word's come back: detached, on their line.
    const saved = ReportSchema.parse(store.toReport());
    expect(saved.comments.map((t) => [t.detached, t.anchor.exact])).toEqual([
      [true, '2025年'],
      [true, '某局'],
    ]);
    // The clerk edits the title around the words: the thread stays on it.
    store.setMeta('title', '关于某局2025年度法治政府建设情况的报告');
    store.setMeta('title', '某局2025年度法治政府建设情况的报告');
    c.refresh();
    expect(c.getSnapshot().threads.find((t) => t.thread.id === id)!.listing.place).toBe('title');
    // The words deleted: 原文已删除; 撤销 brings them and the place back.
    store.setMeta('title', '某局度法治政府建设情况的报告');
    c.refresh();
    const gone = c.getSnapshot().threads.find((t) => t.thread.id === id)!.listing;
    expect(gone).toMatchObject({ detached: true, quote: '2025年' });
    expect(gone.place).toBeUndefined();
    store.history.undo();
    c.refresh();
    expect(c.getSnapshot().threads.find((t) => t.thread.id === id)!.listing).toMatchObject({
      place: 'title',
      quote: '2025年',
    });
    tick.mockRestore();
  });

  it('撤销 right after adding one takes it away, 重做 brings it back, as on the text', async () => {
    const { store, c } = setup();
    await c.loadSettings();
    expect(c.beginOnLine('signature', null)).toBe('ok');
    const id = c.submit('署名用全称')!;
    expect(store.getSnapshot().canUndo).toBe(true);
    store.undo();
    c.refresh();
    expect(c.getSnapshot().threads).toEqual([]);
    expect(store.toReport().comments).toEqual([]);
    store.redo();
    c.refresh();
    expect(c.getSnapshot().threads.map((t) => [t.thread.id, t.listing.place])).toEqual([[id, 'signature']]);
    // An edit after it: 撤销 undoes the edit, the comment stays.
    store.setMeta('docNumber', '某发〔2026〕1号');
    store.undo();
    c.refresh();
    expect(c.getSnapshot().threads).toHaveLength(1);
  });

  it('takes the chosen text on the page when the offsets do not show it, and refuses an empty date', async () => {
    const { store, c } = setup();
    await c.loadSettings();
    expect(c.beginOnLine('date', null)).toBe('no-selection');
    store.setMeta('date', '2026-01-10');
    expect(c.beginOnLine('title', { start: 0, end: 2 }, '2025')).toBe('ok');
    expect(c.getSnapshot().pending!.quote).toBe('2025');
    c.cancel();
    expect(c.beginOnLine('date', null)).toBe('ok');
    c.submit('成文日期');
    expect(c.getSnapshot().threads[0]!.listing).toMatchObject({ place: 'date', quote: '2026年1月10日' });
  });
});
