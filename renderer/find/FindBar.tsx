/** The find and replace bar (Ctrl+F / Ctrl+H). */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { DocStore } from '../document/doc-store';
import {
  clearPaint,
  findAll,
  goTo,
  paintMatches,
  replaceAll,
  replaceOne,
  type DocMatch,
} from './find-controller';
import { isReviewMode } from '../comments/review-mode';
import { useFocusReturn } from '../keyboard/modal';

export interface FindBarProps {
  store: DocStore;
  withReplace: boolean;
  /** Bumped when Ctrl+F/H is pressed again, to refocus the input. */
  focusTick: number;
  onClose(): void;
  onMessage(msg: string): void;
}

export function FindBar({ store, withReplace, focusTick, onClose, onMessage }: FindBarProps) {
  const [query, setQuery] = useState('');
  const [replacement, setReplacement] = useState('');
  const [matches, setMatches] = useState<DocMatch[]>([]);
  const [current, setCurrent] = useState(-1);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [focusTick]);

  const refresh = useCallback(
    (q: string, keepIndex: number) => {
      const found = findAll(store, q);
      const idx = found.length === 0 ? -1 : Math.min(Math.max(keepIndex, 0), found.length - 1);
      setMatches(found);
      setCurrent(idx);
      return { found, idx };
    },
    [store],
  );

  // Re-find after edits (typing elsewhere, undo) so counts and highlights stay true.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const off = store.onEdit(() => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => refresh(query, current), 150);
    });
    return () => {
      off();
      if (timer) clearTimeout(timer);
    };
  }, [store, refresh, query, current]);

  useEffect(() => {
    // After React has painted the editors, ranges can be mapped to the DOM.
    const raf = requestAnimationFrame(() => paintMatches(store, matches, current));
    return () => cancelAnimationFrame(raf);
  }, [store, matches, current]);

  useEffect(() => () => clearPaint(), []);
  // Closing (Esc, ✕) gives the keyboard back to the text, at the match the bar last went to.
  const root = useRef<HTMLDivElement>(null);
  useFocusReturn(root);

  const onQuery = (q: string) => {
    setQuery(q);
    const { found, idx } = refresh(q, 0);
    if (idx >= 0) goTo(store, found[idx]!);
  };

  const step = (dir: 1 | -1) => {
    const { found } = refresh(query, current);
    if (found.length === 0) return;
    const idx = current < 0 ? 0 : (current + dir + found.length) % found.length;
    setCurrent(idx);
    goTo(store, found[idx]!);
  };

  const replace = () => {
    if (isReviewMode()) return onMessage('审阅模式下不能替换正文，请先关闭审阅模式。');
    const m = matches[current];
    if (!m) return;
    replaceOne(store, m, replacement);
    // The next match now sits at the same index.
    queueMicrotask(() => {
      const { found, idx } = refresh(query, current);
      if (idx >= 0) goTo(store, found[idx]!);
    });
  };

  const replaceEvery = () => {
    if (isReviewMode()) return onMessage('审阅模式下不能替换正文，请先关闭审阅模式。');
    if (query === '') return;
    const n = replaceAll(store, query, replacement);
    onMessage(n > 0 ? `已全部替换 ${n} 处（可一次撤销）。` : '没有找到要替换的内容。');
    queueMicrotask(() => refresh(query, 0));
  };

  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
    } else if (e.key === 'Enter' && e.target === input.current) {
      e.preventDefault();
      step(e.shiftKey ? -1 : 1);
    }
  };

  const status =
    query === ''
      ? '输入要查找的文字'
      : matches.length === 0
        ? '无匹配'
        : `第 ${current + 1} 处，共 ${matches.length} 处`;

  return (
    <div ref={root} className="gw-findbar" role="search" aria-label="查找替换" onKeyDown={onKey}>
      <input
        ref={input}
        type="search"
        aria-label="查找内容"
        placeholder="查找"
        value={query}
        onChange={(e) => onQuery(e.target.value)}
      />
      <span className="gw-find-count" role="status" aria-live="polite">
        {status}
      </span>
      <button type="button" onClick={() => step(-1)} disabled={matches.length === 0}>
        上一个
      </button>
      <button type="button" onClick={() => step(1)} disabled={matches.length === 0}>
        下一个
      </button>
      <button type="button" onClick={onClose} aria-label="关闭查找" className="gw-find-close">
        ✕
      </button>
      {withReplace && (
        <div className="gw-replace-row">
          <input
            type="text"
            aria-label="替换为"
            placeholder="替换为"
            value={replacement}
            onChange={(e) => setReplacement(e.target.value)}
          />
          <button type="button" onClick={replace} disabled={current < 0}>
            替换
          </button>
          <button type="button" onClick={replaceEvery} disabled={matches.length === 0}>
            全部替换
          </button>
        </div>
      )}
    </div>
  );
}
