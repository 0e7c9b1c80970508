/**
 * The comments feature plugged into the editing window: the 批注 tab, the toolbar buttons (批注,
 * 合并批注…, 审阅模式), Ctrl+Alt+M and the Electron menu's 审阅 commands, and its dialogs.
 */
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
  type MouseEvent,
} from 'react';
import type { ApiOutput, GwdraftApi } from '../../core/api/contract';
import { chord, useShortcuts } from '../keyboard/shortcuts';
import type { DocStore } from '../document/doc-store';
import type { LineField, MetaPlace } from '../../core/comments/place';
import { LINE_FIELDS } from '../../core/comments/line-threads';
import { describeError } from '../notices/notices';
import { Dialog } from '../files/Dialog';
import { CommentsPanel } from './CommentsPanel';
import { CommentsController } from './controller';
import { mergeSummary } from './format';
import { MergeDialog } from './MergeDialog';
import { ReviewerDialog } from './ReviewerDialog';
import { ThreadStyles } from './ThreadStyles';
import './comments.css';

type Ui =
  | null
  | { kind: 'reviewer'; forPending: boolean; then?: () => void }
  | { kind: 'merge'; files: ApiOutput<'file.list'>; workspace: string }
  | { kind: 'busy'; text: string }
  | { kind: 'error'; message: string };

export interface CommentsOptions {
  /** A short status line for the user (Chinese). */
  onMessage(msg: string): void;
  /** Bring the 批注 tab forward. */
  showTab(): void;
}

const keepFocus = (e: MouseEvent) => e.preventDefault();

/** The thread ids of the commented text at the caret (innermost first), if any. */
function threadsAtCaret(): string[] {
  const sel = window.getSelection();
  const node = sel?.focusNode;
  const el = node instanceof Element ? node : node?.parentElement;
  const span = el?.closest<HTMLElement>('.gw-editable .gw-c[data-c]');
  return span?.dataset.c?.split(' ').filter(Boolean) ?? [];
}

/** The 报告信息 fields (and their lines on the page) a comment can be on: all but 发文字号. */
const FIELDS = new Set<string>(LINE_FIELDS);

/**
 * The title, 主送机关, 署名 or 成文日期 a comment is being added on, if any: the 报告信息 field with the
 * focus (its selection, or the whole line for a caret), or text chosen on that line of the page (or
 * on a part's heading, fixed outside the editors).
 * Offsets are in the line as printed (the field's text without its leading spaces).
 */
function lineTarget(): {
  place: MetaPlace;
  range: { start: number; end: number } | null;
  quote?: string;
  sectionId?: string;
} | null {
  const el = document.activeElement;
  if (el instanceof HTMLInputElement && FIELDS.has(el.dataset.line ?? '')) {
    const place = el.dataset.line as LineField;
    const { selectionStart: s, selectionEnd: e, value } = el;
    if (el.type === 'date' || s === null || e === null || s === e || value.trim() === '')
      return { place, range: null };
    const lead = value.length - value.trimStart().length;
    return { place, range: { start: Math.max(0, s - lead), end: Math.max(0, e - lead) } };
  }
  const sel = window.getSelection();
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
  const lineOf = (n: Node | null) =>
    (n instanceof Element ? n : n?.parentElement)?.closest<HTMLElement>('.gw-page [data-line]') ?? null;
  const a = lineOf(sel.anchorNode);
  const f = lineOf(sel.focusNode);
  const place = a?.dataset.line;
  if (!a || !f || (place !== 'heading' && !FIELDS.has(place ?? '')) || f.dataset.line !== place) return null;
  // A part's heading: its section's.
  const sectionId = place === 'heading' ? a.dataset.section : undefined;
  if (place === 'heading' && (!sectionId || f.dataset.section !== sectionId)) return null;
  const at = sectionId ? { sectionId } : {};
  const range = sel.getRangeAt(0);
  const quote = range.toString();
  if (a !== f) return { place: place as MetaPlace, range: null, ...at };
  // Where the chosen text starts in the element, plus where the element starts in the line.
  const before = document.createRange();
  before.selectNodeContents(a);
  before.setEnd(range.startContainer, range.startOffset);
  const start = Number(a.dataset.lineAt ?? 0) + before.toString().length;
  return { place: place as MetaPlace, range: { start, end: start + quote.length }, quote, ...at };
}

export function useComments(api: GwdraftApi, store: DocStore, opts: CommentsOptions) {
  const controller = useMemo(() => new CommentsController(api, store), [api, store]);
  useEffect(() => controller.start(), [controller]);
  const [ui, setUi] = useState<Ui>(null);
  const optsRef = useRef(opts);
  useEffect(() => {
    optsRef.current = opts;
  }, [opts]);
  const fail = useCallback(
    (e: unknown, doing: string) => setUi({ kind: 'error', message: describeError(e, doing) }),
    [],
  );

  useEffect(() => {
    controller.loadSettings().catch((e: unknown) => fail(e, '读取审阅人设置'));
  }, [controller, fail]);

  const add = useCallback(() => {
    const line = lineTarget();
    const r = line
      ? controller.beginOnLine(line.place, line.range, line.quote, line.sectionId ?? null)
      : controller.begin(window.getSelection());
    if (r === 'no-selection')
      return optsRef.current.onMessage(
        '请先选中要批注的文字（正文，或标题、主送机关、署名、成文日期），再添加批注。',
      );
    if (r === 'across-sections')
      return optsRef.current.onMessage('一条批注只能针对同一部分内的文字，请在一个部分内选择。');
    optsRef.current.showTab();
    if (r === 'needs-reviewer') setUi({ kind: 'reviewer', forPending: true });
  }, [controller]);

  const mergeFrom = useCallback(
    async (path: string) => {
      setUi({ kind: 'busy', text: '正在合并批注…' });
      try {
        const r = await controller.mergeFrom(path);
        setUi(null);
        optsRef.current.showTab();
        optsRef.current.onMessage(mergeSummary(r));
      } catch (e) {
        fail(e, '合并批注');
      }
    },
    [controller, fail],
  );

  const merge = useCallback(async () => {
    try {
      const info = await api['host.info']({});
      if (info.workspace !== null) {
        const current = store.getSnapshot().path;
        const files = (await api['file.list']({})).filter(
          (f) => (f.kind === 'docx' || f.kind === 'gwdraft') && f.path !== current,
        );
        setUi({ kind: 'merge', files, workspace: info.workspace });
        return;
      }
      const { path } = await api['file.pickOpen']({});
      if (path) await mergeFrom(path);
    } catch (e) {
      fail(e, '合并批注');
    }
  }, [api, fail, mergeFrom, store]);

  const toggleReview = useCallback(() => {
    controller
      .setReviewMode(!controller.getSnapshot().reviewMode)
      .catch((e: unknown) => fail(e, '保存审阅模式设置'));
  }, [controller, fail]);

  // Ctrl+Alt+M here and the same accelerator from the Electron menu: act once when both arrive.
  // (Toolbar clicks call the actions directly: two quick clicks are two requests.)
  useShortcuts([
    { command: 'review.addComment', key: chord('m', { alt: true }), run: add },
    { command: 'review.mergeComments', run: () => void merge() },
    { command: 'review.toggleReviewMode', run: toggleReview },
  ]);

  // The caret in commented text makes its thread the active one (stronger highlight, card in view).
  useEffect(() => {
    const onSel = () => {
      const ids = threadsAtCaret();
      if (ids.length === 0) return;
      const known = controller.getSnapshot().threads;
      const id = [...ids].reverse().find((x) => known.some((t) => t.thread.id === x));
      if (id) controller.setActive(id);
    };
    // The caret in a commented field (title, 主送机关, 署名, 成文日期) does the same for its first thread.
    const onFocus = (e: FocusEvent) => {
      const place = e.target instanceof HTMLInputElement ? e.target.dataset.line : undefined;
      if (!place) return;
      const on = controller.getSnapshot().threads.filter((t) => t.listing.place === place);
      const current = controller.getSnapshot().active;
      if (on.length > 0 && !on.some((t) => t.thread.id === current)) controller.setActive(on[0]!.thread.id);
    };
    document.addEventListener('selectionchange', onSel);
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('selectionchange', onSel);
      document.removeEventListener('focusin', onFocus);
    };
  }, [controller]);

  const snap = useSyncExternalStore(controller.subscribe, controller.getSnapshot);

  const panel = (
    <CommentsPanel
      controller={controller}
      onEditReviewer={() => setUi({ kind: 'reviewer', forPending: false })}
      onNeedReviewer={(then) => setUi({ kind: 'reviewer', forPending: false, then })}
    />
  );

  const tools = (
    <span role="group" aria-label="审阅" className="gw-c-tools">
      <button
        type="button"
        onMouseDown={keepFocus}
        onClick={add}
        title="为选中的文字（正文，或标题、主送机关、署名、成文日期）添加批注（Ctrl+Alt+M）"
      >
        批注
      </button>
      <button type="button" onClick={() => void merge()} title="合并审阅人返回的 Word 文件或草稿副本中的批注">
        合并批注…
      </button>
      <button
        type="button"
        aria-pressed={snap.reviewMode}
        className={snap.reviewMode ? 'gw-c-on' : undefined}
        onClick={toggleReview}
        title="审阅模式：正文只读，只能选中文字添加批注"
      >
        审阅模式
      </button>
    </span>
  );

  const closeReviewer = (forPending: boolean) => {
    setUi(null);
    if (forPending) controller.cancel();
  };

  const dialogs = (
    <>
      <ThreadStyles controller={controller} />
      {ui?.kind === 'reviewer' && (
        <ReviewerDialog
          name={snap.reviewer?.name ?? ''}
          unit={snap.reviewer?.unit ?? ''}
          onCancel={() => closeReviewer(ui.forPending)}
          onSave={(name, unit) => {
            const then = ui.then;
            setUi(null);
            controller
              .setReviewer(name, unit)
              .then(() => {
                if (controller.getSnapshot().reviewer?.name) then?.();
              })
              .catch((e: unknown) => fail(e, '保存审阅人'));
          }}
        />
      )}
      {ui?.kind === 'merge' && (
        <MergeDialog
          files={ui.files}
          workspace={ui.workspace}
          onPick={(p) => void mergeFrom(p)}
          onCancel={() => setUi(null)}
        />
      )}
      {ui?.kind === 'busy' && (
        <Dialog title="合并批注" onCancel={() => {}}>
          <p role="status">{ui.text}</p>
        </Dialog>
      )}
      {ui?.kind === 'error' && (
        <Dialog title="批注" onCancel={() => setUi(null)}>
          <p role="alert">{ui.message}</p>
          <div className="gw-actions">
            <button type="button" onClick={() => setUi(null)}>
              关闭
            </button>
          </div>
        </Dialog>
      )}
    </>
  );

  return { controller, panel, tools, ui: dialogs };
}
