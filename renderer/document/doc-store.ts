/**
 * The open document. Section text lives in one Slate editor per section (the preamble included), so
 * typing touches only that editor; this store keeps what the rest of the UI needs — metadata, counts,
 * dirty state, the current section — and the global undo order. Components subscribe to slices of
 * its snapshot, so a keystroke re-renders nothing outside its own section.
 */
import type { Block } from '../../core/model/content';
import type {
  Attachment,
  Confirmation,
  Report,
  ReportMeta,
  QuoteAnchor,
  Section,
  Suggestion,
  Thread,
  DeletedComment,
} from '../../core/model/report';
import { refreshSuggestions } from '../../core/suggestions/anchor';
import type { Template } from '../../core/templates/schema';
import type { CopyOf } from '../../core/api/contract';
import { createSectionEditor } from '../editor/create-editor';
import { LabelStore } from '../editor/labels';
import { blocksOf, type GwEditor, type GwElement } from '../editor/slate-types';
import type { Operation } from 'slate';
import { GlobalHistory, type HeadingChange, type HistoryEntry } from './global-history';
import { cleanBlocks } from './clean-blocks';
import { SectionCounter } from './section-count';
import { QuietTimer } from './quiet-timer';
import { anchorOnOpen, settleThreads } from '../comments/anchors';
import { followHeadingEdit, followLineEdits } from '../../core/comments/line-threads';

export const PREAMBLE_KEY = 'preamble';

export interface DocSnapshot {
  meta: ReportMeta;
  path: string | null;
  mtimeMs: number | null;
  dirty: boolean;
  /** Counted characters per editor key, updated once typing has paused (COUNT_DELAY_MS). */
  counts: Readonly<Record<string, number>>;
  total: number;
  /** The section the caret or the scroll is in. */
  active: string;
  /** 附件 (report.attachments): names listed under the body, with their text if attached. */
  attachments: readonly Attachment[];
  /**
   * The sections in order with their headings as written (Section.heading; absent: the prescribed
   * one). The list is fixed; a heading changes through setHeading (a lint fix), one undo step.
   */
  sections: readonly SectionHead[];
  canUndo: boolean;
  canRedo: boolean;
}

export interface OpenedDoc {
  path: string | null;
  report: Report;
  mtimeMs: number | null;
  /** What an import said (template chosen, how headings were mapped …), kept for the 指引 tab. */
  notes?: readonly string[];
  /** An earlier version of a file opened beside it (历史版本, recovery): which file, which version. */
  copyOf?: CopyOf;
}

export type SectionHead = Pick<Section, 'id' | 'heading'>;

/** How one store took another's place: 改用提纲 applied, undone, or redone. */
export type ReplaceKind = 'apply' | 'undo' | 'redo';

/**
 * 字数 is recounted once the keys have been quiet this long. (It used to be every 250 ms while typing,
 * which re-rendered the outline, the guidance panel and the status bar in the middle of a burst of
 * keys: a key that arrived then waited for them.)
 */
const COUNT_DELAY_MS = 250;

let keySeq = 0;
let storeSerial = 0;

/**
 * The autosave key of one editing session: named after the file (its path's hash) but fresh each time
 * the file is opened, so this session's autosaves never overwrite another session's unsaved work (an
 * older crash's autosave stays until the user chooses).
 */
export function recoveryKeyFor(path: string | null): string {
  const session = `${Date.now().toString(36)}-${(keySeq++).toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  if (path === null) return `new-${session}`;
  let h = 2166136261;
  for (let i = 0; i < path.length; i++) {
    h ^= path.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return `file-${(h >>> 0).toString(36)}-${session}`;
}

export class DocStore {
  /** Distinct per store: the window remounts when 改用提纲 (or its undo) shows another store. */
  readonly serial = ++storeSerial;
  readonly editors = new Map<string, GwEditor>();
  readonly labels = new Map<string, LabelStore>();
  /** Editor keys in document order: the preamble, then the sections. */
  readonly keys: string[];
  /** The sections and their headings now (the snapshot's). */
  get sections(): readonly SectionHead[] {
    return this.snap.sections;
  }
  readonly history: GlobalHistory<ReportMeta>;
  /** The import's notes, shown in the 指引 tab for as long as the document is open. */
  readonly importNotes: readonly string[];
  /** Set when this document is an earlier version of a file, opened as an unsaved copy beside it. */
  readonly copyOf: CopyOf | null;
  recoveryKey: string;
  /** The autosave this document was restored from: dropped once the document is saved to a file. */
  restoredFrom: string | null = null;
  /** Editor the caret was last in: the toolbar acts on it. */
  lastFocused: string;
  /** Manual checklist confirmations (report.confirmations): set by the checklist panel. */
  confirmations: readonly Confirmation[];
  /** Comment threads (report.comments): set by the comments feature; anchors follow the marks on toReport. */
  comments: readonly Thread[];
  /** Comments deleted here (report.deletedComments): kept out of later merges. Set by the comments feature. */
  deletedComments: readonly DeletedComment[];
  /**
   * Every suggestion (修订) known in this session, by id: the file's, and those typed in 修订模式. The
   * marks in the editors say which are pending; toReport keeps those (and the 无法定位 ones).
   */
  readonly suggestions = new Map<string, Suggestion>();
  private snap: DocSnapshot;
  private readonly listeners = new Set<() => void>();
  private readonly editListeners = new Set<() => void>();
  private readonly noticeListeners = new Set<(msg: string) => void>();
  private readonly countTimer = new QuietTimer(() => this.flushCounts());
  private readonly staleCounts = new Set<string>();
  /** 字数 per block, cached on the block: a flush recounts only edited blocks. */
  private readonly counter = new SectionCounter();
  /** Bumped on every change; compared with the saved version for the dirty flag. */
  private version = 0;
  private savedVersion = 0;
  /** The anchors of detached threads (those on the title, 署名…) as they were with each metadata. */
  private readonly lineAnchors = new WeakMap<ReportMeta, Map<string, QuoteAnchor>>();
  /** Heading changes made inside batch(): recorded with its editors as one step. */
  private batchHeadings: HeadingChange[] | null = null;

  constructor(
    opened: OpenedDoc,
    readonly template: Template | undefined,
    private readonly base: Report = opened.report,
    recoveryKey?: string,
  ) {
    this.history = new GlobalHistory<ReportMeta>({
      undoEditor: (k) => this.editors.get(k)?.undo(),
      redoEditor: (k) => this.editors.get(k)?.redo(),
      setMeta: (m) => this.applyMeta(m),
      setHeading: (id, h) => this.applyHeading(id, h),
    });
    // Threads that lost their marks elsewhere are placed again by their quote before the editors exist.
    const report = anchorOnOpen(opened.report);
    this.keys = [PREAMBLE_KEY, ...report.sections.map((s) => s.id)];
    const content = new Map<string, Block[]>([[PREAMBLE_KEY, report.preamble]]);
    for (const s of report.sections) content.set(s.id, s.blocks);
    const counts: Record<string, number> = {};
    for (const key of this.keys) {
      const editor = createSectionEditor({
        onHistoryBatch: () => this.history.recordEditor(key),
        onNotice: (msg) => this.notice(msg),
      });
      const blocks = content.get(key) ?? [];
      editor.children =
        blocks.length > 0 ? structuredClone(blocks) : [{ type: 'paragraph', children: [{ text: '' }] }];
      this.editors.set(key, editor);
      const labels = new LabelStore();
      labels.update(blocksOf(editor));
      this.labels.set(key, labels);
      counts[key] = this.counter.count(blocksOf(editor));
    }
    for (const sg of report.suggestions) this.suggestions.set(sg.id, sg);
    this.recoveryKey = recoveryKey ?? recoveryKeyFor(opened.path);
    this.importNotes = opened.notes ?? [];
    this.copyOf = opened.copyOf ?? null;
    this.confirmations = base.confirmations;
    this.comments = report.comments;
    this.deletedComments = base.deletedComments ?? [];
    this.lastFocused = this.keys[1] ?? PREAMBLE_KEY;
    this.snap = {
      meta: report.meta,
      path: opened.path,
      mtimeMs: opened.mtimeMs,
      dirty: false,
      counts,
      total: sum(counts),
      active: this.keys[1] ?? PREAMBLE_KEY,
      attachments: report.attachments ?? [],
      sections: report.sections.map((s) => ({ id: s.id, heading: s.heading })),
      canUndo: false,
      canRedo: false,
    };
  }

  // ---- subscription ----
  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getSnapshot = (): DocSnapshot => this.snap;
  /** Called after every content or metadata change (autosave listens). */
  onEdit(fn: () => void): () => void {
    this.editListeners.add(fn);
    return () => this.editListeners.delete(fn);
  }
  onNotice(fn: (msg: string) => void): () => void {
    this.noticeListeners.add(fn);
    return () => this.noticeListeners.delete(fn);
  }
  notice(msg: string): void {
    for (const l of this.noticeListeners) l(msg);
  }

  private set(patch: Partial<DocSnapshot>): void {
    let changed = false;
    for (const k of Object.keys(patch) as (keyof DocSnapshot)[])
      if (this.snap[k] !== patch[k]) changed = true;
    if (!changed) return;
    this.snap = { ...this.snap, ...patch };
    for (const l of this.listeners) l();
  }

  private edited(): void {
    this.version += 1;
    // An edit here makes a new future: redo no longer goes (back) to the other outline.
    this.after = null;
    this.set({
      dirty: this.version !== this.savedVersion,
      ...this.undoState(),
    });
    for (const l of this.editListeners) l();
  }

  // ---- editors ----
  editor(key: string): GwEditor {
    const e = this.editors.get(key);
    if (!e) throw new Error(`no editor ${key}`);
    return e;
  }

  /** Slate's onChange: content changes re-number, re-count (debounced) and mark the document dirty. */
  editorChanged(key: string): void {
    const editor = this.editor(key);
    const contentChanged = editor.operations.some((op) => op.type !== 'set_selection');
    if (editor.selection && this.lastFocused !== key) this.lastFocused = key;
    if (!contentChanged) return;
    // Sub-heading numbers follow the blocks' types and levels and the headings' objects: typing in body
    // text (the common key) changes none of them.
    if (!editor.operations.every((op) => textOpOutsideHeadings(editor, op)))
      this.labels.get(key)?.update(blocksOf(editor));
    this.staleCounts.add(key);
    this.countTimer.poke(COUNT_DELAY_MS);
    this.edited();
  }

  private flushCounts(): void {
    const counts = { ...this.snap.counts };
    // Counted as the text reads with every pending 修订 accepted.
    for (const key of this.staleCounts) counts[key] = this.counter.count(blocksOf(this.editor(key)));
    this.staleCounts.clear();
    this.set({ counts, total: sum(counts) });
  }

  setActive(key: string): void {
    this.set({ active: key });
  }

  // ---- metadata ----
  setMeta<K extends keyof ReportMeta>(field: K, value: ReportMeta[K]): void {
    const before = this.snap.meta;
    if (before[field] === value) return;
    const after = { ...before, [field]: value };
    this.history.recordMeta(field, before, after);
    this.followLines(after);
    this.set({ meta: after });
    this.edited();
  }

  private applyMeta(meta: ReportMeta): void {
    this.followLines(meta);
    this.set({ meta });
  }

  /** The report's lines without its text: what placing a comment on a line reads. */
  private headsReport(meta: ReportMeta): Report {
    return {
      ...this.base,
      meta,
      sections: this.snap.sections.map((s) => ({ ...s, blocks: [] })),
      comments: [...this.comments],
    };
  }

  /**
   * Comments on the title, 主送机关, 署名 or 成文日期 move with the field's text (or with the org and
   * year a derived title or 署名 is made of), as the marks of body comments move with theirs.
   */
  private followLines(next: ReportMeta): void {
    if (this.comments.length === 0) return;
    const report = this.headsReport(this.snap.meta);
    // 撤销 and 重做 bring back a metadata object seen before (typing is one step): its threads' anchors
    // as they were then, so words deleted while typing and brought back are commented again.
    const detached = this.comments.filter((t) => t.detached);
    this.lineAnchors.set(this.snap.meta, new Map(detached.map((t) => [t.id, t.anchor])));
    let moved = followLineEdits(report, this.template, next);
    const then = this.lineAnchors.get(next);
    if (then)
      moved = moved.map((t) => {
        const anchor = t.detached ? then.get(t.id) : undefined;
        return anchor && anchor !== t.anchor ? { ...t, anchor } : t;
      });
    if (moved.some((t, i) => t !== report.comments[i])) this.comments = moved;
  }

  // ---- section headings ----
  /**
   * Set a section's heading as written (a lint fix to the prescribed wording): one step of the global
   * undo order, or part of the enclosing batch()'s step.
   */
  setHeading(id: string, heading: string | undefined): void {
    const before = this.snap.sections.find((s) => s.id === id);
    if (!before || before.heading === heading) return;
    const change: HeadingChange = { id, before: before.heading, after: heading };
    this.applyHeading(id, heading);
    if (this.batchHeadings) this.batchHeadings.push(change);
    else this.history.recordGroup([], [change]);
    this.edited();
  }

  private applyHeading(id: string, heading: string | undefined): void {
    // A comment on the heading (from Word, or a reviewer's here) follows its words.
    if (this.comments.length > 0) {
      const moved = followHeadingEdit(this.headsReport(this.snap.meta), this.template, id, heading);
      if (moved.some((t, i) => t !== this.comments[i])) this.comments = moved;
    }
    this.set({
      sections: this.snap.sections.map((s) => {
        if (s.id !== id) return s;
        const { heading: _old, ...rest } = s;
        return heading === undefined ? rest : { ...rest, heading };
      }),
    });
  }

  // ---- undo ----
  undo(): void {
    // Past this store's first step: the document as it was before 改用提纲, a store of its own.
    if (!this.history.canUndo && this.before) return this.switchTo(this.before, 'undo');
    this.replayed(this.history.undo());
  }
  redo(): void {
    if (!this.history.canRedo && this.after) return this.switchTo(this.after, 'redo');
    this.replayed(this.history.redo());
  }
  private undoState(): Pick<DocSnapshot, 'canUndo' | 'canRedo'> {
    return {
      canUndo: this.history.canUndo || this.before !== null,
      canRedo: this.history.canRedo || this.after !== null,
    };
  }

  // ---- another outline (改用提纲) ----
  /** The document before it was put on this store's outline (undo goes back to it). */
  private before: DocStore | null = null;
  /** The document on the other outline, after an undo back to this one (redo goes to it). */
  private after: DocStore | null = null;
  private readonly replaceListeners = new Set<(next: DocStore, how: ReplaceKind) => void>();
  /** Shown in place of another store and not autosaved since (the autosave takes it on mount). */
  private unsavedSwitch = false;
  /** True once after this store took another's place: the autosave writes it without waiting for an edit. */
  takeSwitched(): boolean {
    const was = this.unsavedSwitch;
    this.unsavedSwitch = false;
    return was;
  }
  /** The shell shows `next` in place of this store (改用提纲, and its undo and redo). */
  onReplace(fn: (next: DocStore, how: ReplaceKind) => void): () => void {
    this.replaceListeners.add(fn);
    return () => this.replaceListeners.delete(fn);
  }
  /**
   * Put the document on another outline: `next` (built from this one's toReport, retemplated) takes its
   * place as ONE undo step — undo in `next`, once its own edits are undone, comes back to this store as
   * it was; redo goes to `next` again until this one is edited.
   */
  replaceWith(next: DocStore): void {
    next.before = this;
    this.switchTo(next, 'apply');
  }
  private switchTo(next: DocStore, how: ReplaceKind): void {
    if (how === 'undo') next.after = this;
    if (how === 'redo') next.before = this;
    // The file is the same file: the one shown now saves to where this one did, and has unsaved changes.
    const { path, mtimeMs } = this.snap;
    next.restoredFrom = this.restoredFrom;
    next.recoveryKey = this.recoveryKey;
    next.version += 1;
    next.unsavedSwitch = true;
    next.set({ path, mtimeMs, dirty: true, ...next.undoState() });
    const listeners = [...this.replaceListeners];
    for (const l of listeners) l(next, how);
  }
  private replayed(e: HistoryEntry<ReportMeta> | null): void {
    // Editors report their own changes through onChange; metadata and headings change only here.
    if (e && (e.kind === 'meta' || e.kind === 'step' || (e.kind === 'group' && e.headings))) this.edited();
    else this.set(this.undoState());
    if (!e || e.kind === 'meta' || e.kind === 'step') return;
    const key = e.kind === 'editor' ? e.key : (e.keys[0] ?? e.headings?.[0]?.id);
    if (key !== undefined) this.reveal(key);
  }
  private reveal: (key: string) => void = () => {};
  /** The page says how to bring a section into view after an undo there; returns the unset function. */
  setRevealer(fn: (key: string) => void): () => void {
    this.reveal = fn;
    return () => {
      if (this.reveal === fn) this.reveal = () => {};
    };
  }

  /**
   * Run edits on several editors as one global undo step (replace-all, 全部修正); headings set inside
   * `fn` (setHeading) belong to the same step.
   */
  batch(keys: string[], fn: () => void): void {
    const outer = this.batchHeadings;
    const headings: HeadingChange[] = [];
    this.batchHeadings = headings;
    this.history.replaying = true;
    try {
      fn();
    } finally {
      this.history.replaying = false;
      this.batchHeadings = outer;
    }
    this.history.recordGroup(keys, headings);
    if (headings.length > 0) this.set(this.undoState());
  }

  /** Replace the manual confirmations (the checklist panel's 确认 and 撤销确认): a change to save. */
  setConfirmations(next: readonly Confirmation[]): void {
    this.confirmations = next;
    this.edited();
  }

  /**
   * A step in the undo order for a change outside the editors and the metadata (a comment added on the
   * title or the 署名, which 撤销 takes away as Word does); its owner follows it with stepState.
   */
  recordStep(): object {
    const entry = this.history.recordStep();
    this.set(this.undoState());
    return entry;
  }
  stepState(step: object): 'done' | 'undone' | 'gone' {
    return this.history.stateOf(step as HistoryEntry<ReportMeta>);
  }

  /** Replace the comment threads (add, reply, resolve, delete, merge): a change to save. */
  setComments(next: readonly Thread[], deleted?: readonly DeletedComment[]): void {
    this.comments = next;
    if (deleted) this.deletedComments = deleted;
    this.edited();
  }

  /** A new suggestion typed in 修订模式 (its marks are the edit), or the list changed (无法定位 rejected). */
  registerSuggestion(s: Suggestion): void {
    this.suggestions.set(s.id, s);
  }
  /**
   * Replace the list (a merge, 忽略 of a 无法定位 one): a change to save even when no text changed — a
   * merge of only 无法定位 changes used to leave the file "saved", and closing then lost them.
   */
  setSuggestions(next: readonly Suggestion[]): void {
    this.suggestions.clear();
    for (const s of next) this.suggestions.set(s.id, s);
    this.edited();
  }

  /** Replace the 附件 (the 附件 block under the body): a change to save. */
  setAttachments(next: readonly Attachment[]): void {
    this.set({ attachments: next });
    this.edited();
  }

  // ---- saving ----
  /** `clean` lets the checklist reuse cleaned blocks of untouched sections (its cache keys on identity). */
  toReport(clean: (blocks: readonly Block[]) => Block[] = cleanBlocks): Report {
    const sections: Section[] = this.sections.map((s) => ({
      id: s.id,
      ...(s.heading !== undefined ? { heading: s.heading } : {}),
      blocks: clean(blocksOf(this.editor(s.id))),
    }));
    const { attachments: _old, deletedComments: _gone, ...base } = this.base;
    const attachments = this.snap.attachments;
    const report: Report = {
      ...base,
      meta: this.snap.meta,
      preamble: clean(blocksOf(this.editor(PREAMBLE_KEY))),
      sections,
      confirmations: [...this.confirmations],
      // optional in the file: written only when there are 附件, so files without stay as they were
      ...(attachments.length > 0 ? { attachments: attachments.map((a) => ({ ...a })) } : {}),
      ...(this.deletedComments.length > 0 ? { deletedComments: [...this.deletedComments] } : {}),
    };
    const withSuggestions = refreshSuggestions({ ...report, suggestions: [...this.suggestions.values()] });
    return { ...withSuggestions, comments: settleThreads(withSuggestions, this.comments) };
  }

  /** Content that is not in the file (restored from autosave). */
  markUnsaved(): void {
    this.version += 1;
    this.snap = { ...this.snap, dirty: true };
  }

  /** The version saved; edits after it keep the document dirty. */
  currentVersion(): number {
    return this.version;
  }
  markSaved(path: string, mtimeMs: number, version: number): void {
    this.savedVersion = version;
    this.set({ path, mtimeMs, dirty: this.version !== this.savedVersion });
  }
}

/** A selection change, or text typed or deleted in a paragraph (not a sub-heading). */
function textOpOutsideHeadings(editor: GwEditor, op: Operation): boolean {
  if (op.type === 'set_selection') return true;
  if (op.type !== 'insert_text' && op.type !== 'remove_text') return false;
  const block = editor.children[op.path[0]!] as GwElement | undefined;
  return block !== undefined && block.type !== 'heading';
}

function sum(counts: Record<string, number>): number {
  let n = 0;
  for (const v of Object.values(counts)) n += v;
  return n;
}
