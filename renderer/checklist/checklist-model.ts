/**
 * The live checklist of the open document: the checklist engine and the 公文 lint over the editors'
 * content, re-run ~300 ms after typing stops (never on the keystroke itself) and incrementally — the
 * engine's cache and the lint's per-block memo key on block identity, and untouched sections keep
 * their cleaned blocks here, so only the edited section is evaluated again. The panel, the outline's
 * status dots and the export's "mandated items missing" dialog all read this one snapshot.
 */
import { evaluateChecklist, PREAMBLE_ID, type CheckCache, type ItemResult } from '../../core/check';
import { lintReport, type LintFinding } from '../../core/lint';
import type { Block } from '../../core/model/content';
import type { Report } from '../../core/model/report';
import type { Template } from '../../core/templates/schema';
import type { DocStore } from '../document/doc-store';
import { PREAMBLE_KEY } from '../document/doc-store';
import { cleanBlocks } from '../document/clean-blocks';
import { judgedReport, pendingCount } from '../suggestions/judged';
import type { SectionStatus } from '../layout/Outline';
import { QuietTimer } from '../document/quiet-timer';

export const CHECK_DELAY_MS = 300;

export interface ChecklistSnapshot {
  items: readonly ItemResult[];
  lint: readonly LintFinding[];
  /** Status dot per editor key (preamble and section ids), from the same items and findings. */
  statuses: Readonly<Record<string, SectionStatus>>;
  /** Editor keys of the sections still mostly last year's text (the template's carriedOver items). */
  carried: readonly string[];
  /** The year of the report this one was started from (report.baseline), or null. */
  baselineYear: number | null;
  met: number;
  total: number;
  /** Bumped on every evaluation (tests and the panel's "检查中" hint). */
  version: number;
  /** True while an edit is waiting for its debounced evaluation. */
  pending: boolean;
  /** Pending suggestions (修订): the checks judge the text as if all were accepted, and say so. */
  suggestions?: number;
}

/** The editor key of a section id used by the engine ('@preamble' is the 导语 editor). */
export function editorKeyOf(sectionId: string): string {
  return sectionId === PREAMBLE_ID ? PREAMBLE_KEY : sectionId;
}

/** The template section an item belongs to (null: the whole report). */
export function itemSection(template: Template | undefined, itemId: string): string | null {
  return template?.items.find((i) => i.id === itemId)?.section ?? null;
}

export function sectionStatuses(
  keys: readonly string[],
  template: Template | undefined,
  items: readonly ItemResult[],
  lint: readonly LintFinding[],
): Record<string, SectionStatus> {
  const rank: Record<SectionStatus, number> = { unknown: 0, ok: 1, warn: 2, fail: 3 };
  const out: Record<string, SectionStatus> = {};
  for (const k of keys) out[k] = 'ok';
  const raise = (key: string, s: SectionStatus) => {
    if (key in out && rank[s] > rank[out[key]!]) out[key] = s;
  };
  for (const it of items) {
    const sec = itemSection(template, it.id);
    if (sec === null) continue;
    if (it.status === 'fail') raise(sec, 'fail');
    else if (it.status === 'warn' || it.status === 'manual') raise(sec, 'warn');
  }
  for (const f of lint) raise(editorKeyOf(f.sectionId), 'warn');
  return out;
}

/** Sections a carriedOver item (照搬去年内容) finds still mostly last year's, as editor keys. */
export function carriedSections(template: Template | undefined, items: readonly ItemResult[]): string[] {
  const ids = new Set(
    (template?.items ?? []).filter((i) => i.rules.some((r) => r.kind === 'carriedOver')).map((i) => i.id),
  );
  const out = new Set<string>();
  for (const it of items)
    if (ids.has(it.id) && it.status !== 'pass' && !it.confirmed)
      for (const ev of it.evidence) out.add(editorKeyOf(ev.sectionId));
  return [...out];
}

export class ChecklistModel {
  private snap: ChecklistSnapshot;
  private readonly listeners = new Set<() => void>();
  private cache: CheckCache | undefined;
  /** The re-check once the keys pause: a key only notes the time (renderer/document/quiet-timer.ts). */
  private readonly timer = new QuietTimer(() => this.evaluate());
  /** Cleaned blocks per editor value: Slate replaces `children` when a section changes, so identity tells. */
  private readonly cleaned = new WeakMap<readonly Block[], Block[]>();
  private readonly judged = new WeakMap<readonly Block[], Block[]>();
  private version = 0;

  constructor(
    readonly doc: DocStore,
    private readonly today: () => Date = () => new Date(),
  ) {
    this.snap = {
      items: [],
      lint: [],
      statuses: {},
      carried: [],
      baselineYear: null,
      met: 0,
      total: 0,
      version: 0,
      pending: true,
    };
  }

  get template(): Template | undefined {
    return this.doc.template;
  }

  subscribe = (fn: () => void): (() => void) => {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  };
  getSnapshot = (): ChecklistSnapshot => this.snap;

  /** Evaluate now and after every edit (debounced). Returns the stop function. */
  start(): () => void {
    this.evaluate();
    const off = this.doc.onEdit(() => this.schedule());
    return () => {
      off();
      this.timer.cancel();
    };
  }

  private schedule(): void {
    this.timer.poke(CHECK_DELAY_MS);
    if (!this.snap.pending) this.publish({ ...this.snap, pending: true });
  }

  /** The report as the checker sees it, reusing cleaned blocks of sections that did not change. */
  report(): Report {
    return this.doc.toReport((blocks) => {
      let c = this.cleaned.get(blocks);
      if (!c) {
        c = cleanBlocks(blocks);
        this.cleaned.set(blocks, c);
      }
      return c;
    });
  }

  /** Run the checks at once (before an export, a fix, or in tests). */
  evaluate(): ChecklistSnapshot {
    this.timer.cancel();
    // Judged as the text reads with every pending 修订 accepted (block indices kept for evidence and fixes).
    const full = this.report();
    const report = judgedReport(full, this.judged);
    let items: ItemResult[] = [];
    if (this.template) {
      const r = evaluateChecklist(report, this.template, {
        today: this.today(),
        ...(this.cache ? { previous: this.cache } : {}),
      });
      this.cache = r.cache;
      items = r.items;
    }
    // With the template: the headings as written are checked against the prescribed ones (fixable).
    const lint = lintReport(report, this.template);
    this.version += 1;
    // Same dots, same object: the outline then does not re-render after every pause in typing.
    const statuses = sectionStatuses(this.doc.keys, this.template, items, lint);
    const prev = this.snap.statuses;
    const same =
      Object.keys(prev).length === Object.keys(statuses).length &&
      Object.entries(statuses).every(([k, v]) => prev[k] === v);
    const carried = carriedSections(this.template, items);
    const prevCarried = this.snap.carried;
    const sameCarried =
      prevCarried.length === carried.length && carried.every((k, i) => prevCarried[i] === k);
    this.publish({
      items,
      lint,
      statuses: same ? prev : statuses,
      carried: sameCarried ? prevCarried : carried,
      baselineYear: report.baseline?.year ?? null,
      met: items.filter((i) => i.status === 'pass').length,
      total: items.filter((i) => i.status !== 'na').length,
      version: this.version,
      pending: false,
      suggestions: pendingCount(full),
    });
    return this.snap;
  }

  private publish(next: ChecklistSnapshot): void {
    this.snap = next;
    for (const l of this.listeners) l();
  }
}
