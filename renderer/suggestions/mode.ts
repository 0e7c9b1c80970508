/**
 * 修订模式 as one app-wide flag the section editors' suggestion plugin reads, plus who is typing (the
 * reviewer identity of the comments) and where new suggestions are registered. Set by the suggestions
 * feature (use-suggestions); the plugin works without React.
 */
import { useSyncExternalStore } from 'react';
import type { Suggestion } from '../../core/model/report';

export interface SuggestSession {
  /** The reviewer's name and unit; null until known. */
  who(): { author: string; unit: string } | null;
  /** The suggestion with this id (for its author), if known. */
  get(id: string): Suggestion | undefined;
  register(s: Suggestion): void;
  notice(msg: string): void;
  /** The caller's clock. */
  now(): Date;
}

let on = false;
let finalView = false;
let session: SuggestSession | null = null;
const listeners = new Set<() => void>();

function emit(): void {
  for (const l of listeners) l();
}

export function isSuggestMode(): boolean {
  return on && session !== null;
}
export function setSuggestModeFlag(value: boolean): void {
  if (on === value) return;
  on = value;
  emit();
}
export function isFinalView(): boolean {
  return finalView;
}
export function setFinalView(value: boolean): void {
  if (finalView === value) return;
  finalView = value;
  emit();
}
export function setSuggestSession(s: SuggestSession | null): void {
  session = s;
}
export function suggestSession(): SuggestSession | null {
  return session;
}

function subscribe(fn: () => void): () => void {
  listeners.add(fn);
  return () => listeners.delete(fn);
}
export function useSuggestMode(): boolean {
  return useSyncExternalStore(subscribe, () => on);
}
export function useFinalView(): boolean {
  return useSyncExternalStore(subscribe, () => finalView);
}
