/**
 * The comments feature's state and actions over the open document: threads listed in text order, the
 * active thread, the comment being written, the reviewer's identity and 审阅模式 (both from settings),
 * and the actions — add, reply, resolve/reopen, delete, jump, merge a reviewer's copy. Threads live in
 * the DocStore (they are saved with the file); their marks live in the section editors.
 */
import { Editor, Range as SlateRange, Transforms, type RangeRef } from 'slate';
import { HistoryEditor } from 'slate-history';
import { ReactEditor } from 'slate-react';
import type { GwdraftApi } from '../../core/api/contract';
import {
  addLineThread,
  addThread,
  cleanCommentText,
  cleanedCommentNotice,
  deleteComment,
  listThreads,
  rememberDeleted,
  reopenThread,
  reply,
  resolveThread,
  lineText,
  spanOnLine,
  type MetaPlace,
  type NewComment,
  type ThreadListing,
} from '../../core/comments/index';
import type { Report, Thread } from '../../core/model/report';
import { PREAMBLE_KEY, type DocStore } from '../document/doc-store';
import { isReviewMode, setReviewModeFlag } from './review-mode';
import { applyMergedSuggestions } from '../suggestions/merge-apply';
import {
  addThreadMarks,
  blockOffset,
  markSegments,
  pointInBlock,
  removeThreadMarks,
  threadRange,
} from './slate-marks';
import { QuietTimer } from '../document/quiet-timer';

export interface Reviewer {
  name: string;
  unit: string;
}

export interface ThreadView {
  listing: ThreadListing;
  thread: Thread;
}

export interface CommentsSnapshot {
  /** Every thread, in the order of the text (detached ones last). */
  threads: readonly ThreadView[];
  active: string | null;
  /** The text a new comment will be anchored on, while the comment is being written. */
  pending: { key: string; quote: string } | null;
  /** null until settings are read. */
  reviewer: Reviewer | null;
  reviewMode: boolean;
}

export type BeginResult = 'ok' | 'no-selection' | 'across-sections' | 'needs-reviewer';

const REFRESH_MS = 300;

function sectionIdOf(key: string): string | null {
  return key === PREAMBLE_KEY ? null : key;
}

export class CommentsController {
  private snap: CommentsSnapshot;
  private readonly listeners = new Set<() => void>();
  private pendingRef: { key: string; ref: RangeRef } | null = null;
  /** A comment being written on the title, 主送机关, 署名 or 成文日期 (a 报告信息 field, not section text). */
  private pendingLine: {
    place: MetaPlace;
    sectionId: string | null;
    range: { start: number; end: number } | null;
  } | null = null;
  private readonly timer = new QuietTimer(() => this.refresh());
  /**
   * Threads added in this session and where the undo step that added them is (the one that put their
   * marks on the text, or, on a line such as the title, a step of its own).
   */
  private readonly born = new Map<string, () => 'done' | 'undone' | 'gone'>();
  /** Threads whose adding was undone (撤销): out of the document until 重做 brings their marks back. */
  private readonly limbo = new Map<string, Thread>();

  constructor(
    private readonly api: GwdraftApi,
    readonly store: DocStore,
    /** The clock, for tests. */
    private readonly now: () => Date = () => new Date(),
  ) {
    this.snap = { threads: [], active: null, pending: null, reviewer: null, reviewMode: isReviewMode() };
    this.refresh();
  }

  /** Follow the document's edits; returns the stop function (an effect's cleanup). */
  start(): () => void {
    const off = this.store.onEdit(() => this.scheduleRefresh());
    this.refresh();
    return () => {
      off();
      this.timer.cancel();
    };
  }

  // ---- subscription ----
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getSnapshot = (): CommentsSnapshot => this.snap;

  private set(patch: Partial<CommentsSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const l of this.listeners) l();
  }

  // ---- settings ----
  async loadSettings(): Promise<void> {
    const s = await this.api['settings.get']({});
    setReviewModeFlag(s.reviewMode);
    this.set({ reviewer: { name: s.reviewerName, unit: s.reviewerUnit }, reviewMode: s.reviewMode });
  }

  async setReviewer(name: string, unit: string): Promise<void> {
    const s = await this.api['settings.set']({ reviewerName: name.trim(), reviewerUnit: unit.trim() });
    this.set({ reviewer: { name: s.reviewerName, unit: s.reviewerUnit } });
  }

  async setReviewMode(on: boolean): Promise<void> {
    setReviewModeFlag(on);
    this.set({ reviewMode: on });
    await this.api['settings.set']({ reviewMode: on });
  }

  // ---- listing ----
  private scheduleRefresh(): void {
    this.timer.poke(REFRESH_MS);
  }

  /** Re-read the threads with anchors settled on the current text. */
  refresh(): void {
    this.followUndo();
    const report = this.store.toReport();
    // Keep the settled anchors, so a thread detached later still shows the quote it last had.
    this.store.comments = report.comments;
    const byId = new Map(report.comments.map((t) => [t.id, t]));
    const threads = listThreads(report, this.store.template).map((listing) => ({
      listing,
      thread: byId.get(listing.id)!,
    }));
    this.set({ threads });
  }

  /**
   * 撤销 right after adding a comment takes the comment away (as in Word) instead of leaving it
   * 原文已删除; 重做 brings it back. Decided by where the undo step that marked the text now is.
   */
  private followUndo(): void {
    if (this.born.size === 0) return;
    let comments = this.store.comments;
    let changed = false;
    for (const [id, stateOf] of this.born) {
      const state = stateOf();
      const undone = state === 'undone';
      const done = state === 'done';
      const parked = this.limbo.get(id);
      if (undone && !parked) {
        const t = comments.find((x) => x.id === id);
        if (t) {
          this.limbo.set(id, t);
          comments = comments.filter((x) => x.id !== id);
          changed = true;
        }
      } else if (done && parked) {
        comments = [...comments, parked];
        this.limbo.delete(id);
        changed = true;
      } else if (!undone && !done) {
        // The step left the history (new edits after 撤销, or the history's cap): nothing to follow.
        this.born.delete(id);
        this.limbo.delete(id);
      }
    }
    if (changed) this.store.comments = comments;
  }

  setActive(id: string | null): void {
    if (this.snap.active !== id) this.set({ active: id });
  }

  // ---- a new comment ----
  /**
   * Take the selected text as the anchor of a new comment. `domSelection` (the page's selection) wins
   * over Slate's, which in a read-only editor follows the mouse only after a short delay.
   */
  begin(domSelection: Selection | null): BeginResult {
    const found = this.selectedRange(domSelection);
    if (found === 'across-sections') return found;
    if (!found || SlateRange.isCollapsed(found.range)) return 'no-selection';
    const editor = this.store.editor(found.key);
    const quote = Editor.string(editor, found.range);
    if (quote.trim() === '') return 'no-selection';
    this.pendingRef?.ref.unref();
    this.pendingLine = null;
    this.pendingRef = { key: found.key, ref: Editor.rangeRef(editor, found.range) };
    this.set({ pending: { key: found.key, quote } });
    return this.snap.reviewer?.name ? 'ok' : 'needs-reviewer';
  }

  /**
   * Take the characters start..end of a line — the title, 主送机关, 署名 or 成文日期 as printed — as the
   * anchor of a new comment; null (the caret in the field, or the date) takes the whole line. `quote`,
   * the text chosen on the page, wins over offsets that do not show it.
   */
  beginOnLine(
    place: MetaPlace,
    range: { start: number; end: number } | null,
    quote?: string,
    sectionId: string | null = null,
  ): BeginResult {
    const line = lineText(this.store.toReport(), this.store.template, place, sectionId);
    if (line === null || line.trim() === '') return 'no-selection';
    let r = range && range.end > range.start ? range : null;
    if (r && quote !== undefined && line.slice(r.start, r.end) !== quote) {
      const at = line.indexOf(quote);
      r = at >= 0 ? { start: at, end: at + quote.length } : null;
    }
    const shown = r ? line.slice(r.start, r.end) : line;
    if (shown.trim() === '') r = null;
    this.pendingRef?.ref.unref();
    this.pendingRef = null;
    this.pendingLine = { place, sectionId, range: r };
    this.set({
      pending: { key: `line:${place}${sectionId ? `:${sectionId}` : ''}`, quote: r ? shown : line },
    });
    return this.snap.reviewer?.name ? 'ok' : 'needs-reviewer';
  }

  cancel(): void {
    this.pendingRef?.ref.unref();
    this.pendingRef = null;
    this.pendingLine = null;
    this.set({ pending: null });
  }

  private selectedRange(
    domSel: Selection | null,
  ): { key: string; range: SlateRange } | 'across-sections' | null {
    if (domSel && domSel.rangeCount > 0 && !domSel.isCollapsed) {
      const a = (
        domSel.anchorNode instanceof Element ? domSel.anchorNode : domSel.anchorNode?.parentElement
      )?.closest<HTMLElement>('[data-section]');
      const f = (
        domSel.focusNode instanceof Element ? domSel.focusNode : domSel.focusNode?.parentElement
      )?.closest<HTMLElement>('[data-section]');
      if (a && f && a !== f) return 'across-sections';
      const key = a?.dataset.section;
      if (key && this.store.editors.has(key)) {
        const editor = this.store.editor(key);
        const range = ReactEditor.toSlateRange(editor, domSel, { exactMatch: false, suppressThrow: true });
        if (range) return { key, range };
      }
    }
    const key = this.store.lastFocused;
    const sel = this.store.editors.get(key)?.selection;
    return sel ? { key, range: sel } : null;
  }

  private author(): Omit<NewComment, 'text'> {
    const r = this.snap.reviewer;
    const out: Omit<NewComment, 'text'> = {
      author: r?.name || '审阅人',
      createdAt: this.now().toISOString(),
    };
    if (r?.unit) out.unit = r.unit;
    return out;
  }

  /**
   * The comment's text as kept: control characters typed or pasted are removed (the export's rules;
   * line breaks stay), and the app says so.
   */
  private clean(text: string): string {
    const { text: out, removed } = cleanCommentText(text);
    const notice = cleanedCommentNotice(removed);
    if (notice) this.store.notice(notice);
    return out.trim();
  }

  /** Write the pending comment: marks on the text, a thread in the document. */
  submit(text: string): string | null {
    if (this.pendingLine) return this.submitOnLine(text);
    const pending = this.pendingRef;
    const body = this.clean(text);
    if (!pending || body === '') return null;
    const range = pending.ref.current;
    pending.ref.unref();
    this.pendingRef = null;
    this.set({ pending: null });
    if (!range || SlateRange.isCollapsed(range)) return null;
    const editor = this.store.editor(pending.key);
    const [start, end] = SlateRange.edges(range);
    const a = blockOffset(editor, start);
    const f = blockOffset(editor, end);
    const sectionId = sectionIdOf(pending.key);
    const { report, threadId } = addThread(
      this.store.toReport(),
      { anchor: { sectionId, ...a }, focus: { sectionId, ...f } },
      { ...this.author(), text: body },
    );
    HistoryEditor.withNewBatch(editor, () => addThreadMarks(editor, range, threadId));
    const batch = editor.history.undos[editor.history.undos.length - 1];
    if (batch) {
      const history = editor.history;
      this.born.set(threadId, () =>
        history.redos.includes(batch) ? 'undone' : history.undos.includes(batch) ? 'done' : 'gone',
      );
    }
    const thread = report.comments.find((t) => t.id === threadId)!;
    this.store.setComments([...this.store.comments, thread]);
    this.refresh();
    this.setActive(threadId);
    return threadId;
  }

  private submitOnLine(text: string): string | null {
    const line = this.pendingLine;
    const body = this.clean(text);
    if (!line || body === '') return null;
    this.pendingLine = null;
    this.set({ pending: null });
    const { report, threadId } = addLineThread(
      this.store.toReport(),
      this.store.template,
      line.place,
      line.range,
      { ...this.author(), text: body },
      line.sectionId ? { sectionId: line.sectionId } : {},
    );
    const thread = report.comments.find((t) => t.id === threadId)!;
    // 撤销 right after takes it away, as for a comment on the text (followUndo).
    const step = this.store.recordStep();
    this.born.set(threadId, () => this.store.stepState(step));
    this.store.setComments([...this.store.comments, thread]);
    this.refresh();
    this.setActive(threadId);
    return threadId;
  }

  // ---- thread actions ----
  private update(fn: (report: Report) => Report): void {
    const next = fn(this.store.toReport());
    // A deleted reply is remembered (core deleteComment), so a reviewer's later copy does not bring it back.
    this.store.setComments(next.comments, next.deletedComments);
    this.refresh();
  }

  reply(threadId: string, text: string): void {
    const body = this.clean(text);
    if (body === '') return;
    this.update((r) => reply(r, threadId, { ...this.author(), text: body }));
  }

  resolve(threadId: string): void {
    this.update((r) => resolveThread(r, threadId));
  }

  reopen(threadId: string): void {
    this.update((r) => reopenThread(r, threadId));
  }

  /** Delete a reply, or (the opening comment) the whole thread with its marks. */
  deleteComment(threadId: string, commentId: string): void {
    const t = this.store.comments.find((x) => x.id === threadId);
    if (!t) return;
    if (t.comments[0]?.id === commentId) return this.deleteThread(threadId);
    this.update((r) => deleteComment(r, threadId, commentId));
  }

  deleteThread(threadId: string): void {
    for (const key of this.store.keys) {
      const editor = this.store.editor(key);
      HistoryEditor.withNewBatch(editor, () => removeThreadMarks(editor, threadId));
    }
    const gone = this.store.comments.find((t) => t.id === threadId);
    // Remembered as deleted, so merging the reviewer's next copy (which still has it) leaves it out.
    this.store.setComments(
      this.store.comments.filter((t) => t.id !== threadId),
      gone ? rememberDeleted(this.store.deletedComments, gone.comments, gone.comments[0]) : undefined,
    );
    this.born.delete(threadId);
    this.limbo.delete(threadId);
    if (this.snap.active === threadId) this.set({ active: null });
    this.refresh();
  }

  /** Scroll to the thread's text and select it; false when the text is gone (detached). */
  jump(threadId: string): boolean {
    this.setActive(threadId);
    for (const key of this.store.keys) {
      const editor = this.store.editor(key);
      const range = threadRange(editor, threadId);
      if (!range) continue;
      this.store.lastFocused = key;
      this.store.setActive(key);
      Transforms.select(editor, range);
      try {
        const dom = ReactEditor.toDOMRange(editor, range);
        const sel = window.getSelection();
        sel?.removeAllRanges();
        sel?.addRange(dom);
        dom.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      } catch {
        // Not rendered yet: bring the section at least.
        document.getElementById(`sec-${key}`)?.scrollIntoView({ block: 'start' });
      }
      return true;
    }
    return this.jumpToLine(threadId);
  }

  /**
   * A thread on the title, 主送机关, 署名 or 成文日期: its line on the page in view, and its field in
   * 报告信息 focused with the commented words selected (the date's box has no text selection). One on a
   * part's heading: the heading in view.
   */
  private jumpToLine(threadId: string): boolean {
    const view = this.snap.threads.find((t) => t.thread.id === threadId);
    const place = view?.listing.place;
    if (!view || !place) return false;
    if (place === 'heading') {
      // A part's heading (from Word): the heading in view; it is fixed, there is nothing to select.
      const key = view.listing.section ?? '';
      document.getElementById(`h-${key}`)?.scrollIntoView({ block: 'center' });
      if (this.store.editors.has(key)) this.store.setActive(key);
      return true;
    }
    document
      .querySelector<HTMLElement>(`.gw-page [data-line="${place}"]`)
      ?.scrollIntoView({ block: 'center' });
    const input = document.querySelector<HTMLInputElement>(`input[data-line="${place}"]`);
    if (!input) return true;
    input.focus({ preventScroll: true });
    if (input.type !== 'date' && input.value !== '') {
      const line = lineText(this.store.toReport(), this.store.template, place);
      const span = line === null ? null : spanOnLine(line, view.thread.anchor);
      // The line is the field's text without its leading spaces (and, for the 主送机关, with its colon).
      const lead = input.value.length - input.value.trimStart().length;
      if (span) input.setSelectionRange(span.start + lead, Math.min(span.end + lead, input.value.length));
    }
    return true;
  }

  // ---- merging a reviewer's copy ----
  async mergeFrom(path: string): Promise<{
    added: number;
    placed: number;
    detached: number;
    onMeta: number;
    suggestionsAdded?: number;
    suggestionsUnplaced?: number;
    deletedSkipped?: number;
    revived?: number;
    alreadyPresent?: number;
  }> {
    const sent = this.store.toReport();
    const r = await this.api['comments.mergeFrom']({ report: sent, path });
    const known = new Set(this.store.comments.map((t) => t.id));
    const fresh = new Set(r.report.comments.filter((t) => !known.has(t.id)).map((t) => t.id));
    // Replay the new threads' marks on the editors, block by block where the text is unchanged.
    const parts: [string, Report['preamble']][] = [
      [PREAMBLE_KEY, r.report.preamble],
      ...r.report.sections.map((s) => [s.id, s.blocks] as [string, Report['preamble']]),
    ];
    for (const [key, blocks] of parts) {
      const editor = this.store.editors.get(key);
      if (!editor) continue;
      const segments = markSegments(blocks, fresh);
      if (segments.size === 0) continue;
      HistoryEditor.withNewBatch(editor, () =>
        Editor.withoutNormalizing(editor, () => {
          for (const [id, list] of segments) {
            for (const seg of list) {
              const now = editor.children[seg.blockIndex];
              const then = blocks[seg.blockIndex];
              if (
                !now ||
                !then ||
                Editor.string(editor, [seg.blockIndex]) !== then.children.map((l) => l.text).join('')
              )
                continue;
              const anchor = pointInBlock(editor, seg.blockIndex, seg.start);
              const focus = pointInBlock(editor, seg.blockIndex, seg.end);
              if (anchor && focus) addThreadMarks(editor, { anchor, focus }, id);
            }
          }
        }),
      );
    }
    this.store.setComments(r.report.comments);
    // The reviewer's 修订 (Word track changes, or the copy's) come along: renderer/suggestions.
    applyMergedSuggestions(this.store, sent, r.report);
    this.refresh();
    return {
      added: r.added,
      placed: r.placed,
      detached: r.detached,
      onMeta: r.onMeta ?? 0,
      suggestionsAdded: r.suggestionsAdded ?? 0,
      suggestionsUnplaced: r.suggestionsUnplaced ?? 0,
      deletedSkipped: r.deletedSkipped ?? 0,
      revived: r.revived ?? 0,
      alreadyPresent: r.alreadyPresent ?? 0,
    };
  }
}
