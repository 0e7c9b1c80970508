/**
 * The 修订 feature plugged into the editing window: the 修订模式 toggle (toolbar, Ctrl+Shift+E, menu
 * 审阅 → 修订), 最终状态, the 修订 tab, the author colours, and the reviewer identity it borrows from the
 * comments (asked once with the comments' 审阅人 dialog).
 */
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { DocStore } from '../document/doc-store';
import type { CommentsController } from '../comments/controller';
import { ReviewerDialog } from '../comments/ReviewerDialog';
import { describeError, type NoticeAction } from '../notices/notices';
import { SuggestionsController } from './controller';
import { setSuggestModeFlag, setSuggestSession, useSuggestMode } from './mode';
import { SuggestionsPanel } from './SuggestionsPanel';
import { chord, useShortcuts } from '../keyboard/shortcuts';
import { SuggestionStyles } from './SuggestionStyles';
import './suggestions.css';

export interface SuggestionsOptions {
  onMessage(msg: string, actions?: NoticeAction[]): void;
  /** Bring the 修订 tab forward. */
  showTab(): void;
}

export function useSuggestions(store: DocStore, comments: CommentsController, opts: SuggestionsOptions) {
  const controller = useMemo(() => new SuggestionsController(store), [store]);
  useEffect(() => controller.start(), [controller]);
  const optsRef = useRef(opts);
  useEffect(() => {
    optsRef.current = opts;
  }, [opts]);
  const [askReviewer, setAskReviewer] = useState(false);
  const on = useSuggestMode();
  const commentsSnap = useSyncExternalStore(comments.subscribe, comments.getSnapshot);

  // What the editors' plugin needs while this document is open.
  useEffect(() => {
    setSuggestSession({
      who: () => {
        const r = comments.getSnapshot().reviewer;
        return r?.name ? { author: r.name, unit: r.unit } : null;
      },
      get: (id) => store.suggestions.get(id),
      register: (s) => store.registerSuggestion(s),
      notice: (msg) => store.notice(msg),
      now: () => new Date(),
    });
    return () => {
      setSuggestSession(null);
      setSuggestModeFlag(false);
    };
  }, [comments, store]);

  const turnOn = useCallback(() => {
    // 审阅模式 makes the text read-only; 修订模式 edits it as suggestions: one or the other.
    if (comments.getSnapshot().reviewMode)
      comments
        .setReviewMode(false)
        .catch((e: unknown) => optsRef.current.onMessage(describeError(e, '关闭审阅模式')));
    setSuggestModeFlag(true);
    optsRef.current.showTab();
    optsRef.current.onMessage('修订模式已开启：输入和删除将记为修订。');
  }, [comments]);

  const toggle = useCallback(() => {
    if (on) {
      setSuggestModeFlag(false);
      optsRef.current.onMessage('修订模式已关闭。');
      return;
    }
    if (!comments.getSnapshot().reviewer?.name) {
      setAskReviewer(true);
      return;
    }
    turnOn();
  }, [comments, on, turnOn]);

  // Ctrl+Shift+E here and the same accelerator from the Electron menu: act once when both arrive.
  const fire = useShortcuts(
    [{ command: 'review.toggleSuggestMode', key: chord('e', { shift: true }), run: toggle }],
    { capture: true },
  );

  const panel = (
    <SuggestionsPanel
      controller={controller}
      onDone={(m, actions) => optsRef.current.onMessage(m, actions)}
    />
  );
  const tools = (
    <button
      type="button"
      aria-pressed={on}
      className={on ? 'gw-s-on' : undefined}
      onMouseDown={(e) => e.preventDefault()}
      onClick={() => fire('review.toggleSuggestMode', 'button')}
      title="修订模式：输入和删除记为修订，由起草人接受或拒绝（Ctrl+Shift+E）"
    >
      修订
    </button>
  );
  const ui = (
    <>
      <SuggestionStyles controller={controller} />
      {askReviewer && (
        <ReviewerDialog
          name={commentsSnap.reviewer?.name ?? ''}
          unit={commentsSnap.reviewer?.unit ?? ''}
          onCancel={() => setAskReviewer(false)}
          onSave={(name, unit) => {
            setAskReviewer(false);
            comments
              .setReviewer(name, unit)
              .then(turnOn)
              .catch((e: unknown) => optsRef.current.onMessage(describeError(e, '保存审阅人')));
          }}
        />
      )}
    </>
  );
  return { controller, panel, tools, ui };
}
