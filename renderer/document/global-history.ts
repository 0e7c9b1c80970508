/**
 * One undo order across every section editor and the metadata form: 撤销 undoes the most recent change
 * anywhere. Each Slate editor keeps its own slate-history stacks; this only records *which* editor (or
 * the metadata) made each change, in order, and replays undo/redo on the right one.
 */

/** A section's heading (Section.heading) before and after one change; undefined: the prescribed one. */
export interface HeadingChange {
  id: string;
  before: string | undefined;
  after: string | undefined;
}

export type HistoryEntry<M> =
  | { kind: 'editor'; key: string }
  /**
   * Several editors changed as one step (replace-all, 全部修正), and the section headings that changed
   * with them (a lint fix to the prescribed wording): undone together.
   */
  | { kind: 'group'; keys: string[]; headings?: HeadingChange[] }
  | { kind: 'meta'; field: string; before: M; after: M; at: number }
  /**
   * A change made outside the editors and the metadata (a comment added on the title or the 署名): the
   * history only keeps its place in the order; whoever recorded it asks whether it is undone (stateOf).
   */
  | { kind: 'step' };

export interface HistoryTarget<M> {
  undoEditor(key: string): void;
  redoEditor(key: string): void;
  setMeta(meta: M): void;
  setHeading(id: string, heading: string | undefined): void;
}

/** Typing in one metadata field within this many ms is one undo step. */
const META_MERGE_MS = 1500;

export class GlobalHistory<M> {
  private undos: HistoryEntry<M>[] = [];
  private redos: HistoryEntry<M>[] = [];
  /** True while replaying, so the editors' own history writes are not recorded again. */
  replaying = false;

  constructor(private readonly target: HistoryTarget<M>) {}

  get canUndo(): boolean {
    return this.undos.length > 0;
  }
  get canRedo(): boolean {
    return this.redos.length > 0;
  }

  /** An editor opened a new history batch. */
  recordEditor(key: string): void {
    if (this.replaying) return;
    this.undos.push({ kind: 'editor', key });
    this.redos = [];
  }

  /** One step over several editors and/or section headings (nothing recorded when both are empty). */
  recordGroup(keys: string[], headings: readonly HeadingChange[] = []): void {
    if (this.replaying || (keys.length === 0 && headings.length === 0)) return;
    this.undos.push(
      keys.length === 1 && headings.length === 0
        ? { kind: 'editor', key: keys[0]! }
        : { kind: 'group', keys: [...keys], ...(headings.length > 0 ? { headings: [...headings] } : {}) },
    );
    this.redos = [];
  }

  recordMeta(field: string, before: M, after: M, now = Date.now()): void {
    if (this.replaying) return;
    const last = this.undos[this.undos.length - 1];
    if (last && last.kind === 'meta' && last.field === field && now - last.at < META_MERGE_MS) {
      last.after = after;
      last.at = now;
    } else {
      this.undos.push({ kind: 'meta', field, before, after, at: now });
    }
    this.redos = [];
  }

  /** A step of its own (see HistoryEntry 'step'); the returned entry is its identity for stateOf. */
  recordStep(): HistoryEntry<M> {
    const entry: HistoryEntry<M> = { kind: 'step' };
    if (this.replaying) return entry;
    this.undos.push(entry);
    this.redos = [];
    return entry;
  }

  /** Where an entry is now: done (undoable), undone (redoable), or gone from the history. */
  stateOf(entry: HistoryEntry<M>): 'done' | 'undone' | 'gone' {
    if (this.undos.includes(entry)) return 'done';
    if (this.redos.includes(entry)) return 'undone';
    return 'gone';
  }

  /** Returns the entry undone, so the UI can bring its place into view. */
  undo(): HistoryEntry<M> | null {
    const entry = this.undos.pop();
    if (!entry) return null;
    this.replay(() => {
      if (entry.kind === 'editor') this.target.undoEditor(entry.key);
      else if (entry.kind === 'group') {
        for (const k of entry.keys) this.target.undoEditor(k);
        // Undone in reverse, so a heading changed twice in one step gets its first value back.
        for (const h of [...(entry.headings ?? [])].reverse()) this.target.setHeading(h.id, h.before);
      } else if (entry.kind === 'meta') this.target.setMeta(entry.before);
    });
    this.redos.push(entry);
    return entry;
  }

  redo(): HistoryEntry<M> | null {
    const entry = this.redos.pop();
    if (!entry) return null;
    this.replay(() => {
      if (entry.kind === 'editor') this.target.redoEditor(entry.key);
      else if (entry.kind === 'group') {
        for (const k of entry.keys) this.target.redoEditor(k);
        for (const h of entry.headings ?? []) this.target.setHeading(h.id, h.after);
      } else if (entry.kind === 'meta') this.target.setMeta(entry.after);
    });
    this.undos.push(entry);
    return entry;
  }

  clear(): void {
    this.undos = [];
    this.redos = [];
  }

  private replay(fn: () => void): void {
    this.replaying = true;
    try {
      fn();
    } finally {
      this.replaying = false;
    }
  }
}
