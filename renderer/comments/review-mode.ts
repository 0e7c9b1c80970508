/**
 * 审阅模式 as one app-wide flag the section editors read (read-only for typing, selection and comments
 * still work). Kept outside the document store: it is a setting of the reviewer, not of the file.
 */
import { useSyncExternalStore } from 'react';

let on = false;
const listeners = new Set<() => void>();

export function isReviewMode(): boolean {
  return on;
}

export function setReviewModeFlag(value: boolean): void {
  if (on === value) return;
  on = value;
  for (const l of listeners) l();
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}

export function useReviewMode(): boolean {
  return useSyncExternalStore(subscribe, isReviewMode);
}
