/**
 * Paints suggestions by author with one small style sheet (the leaf renderer stays stable): insertions
 * underlined and deletions struck through in the author's colour, the one in hand highlighted; the
 * 最终状态 view hides deletions and shows insertions as plain text.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { SuggestionsController, SuggestionsSnapshot } from './controller';
import { useFinalView } from './mode';

function sel(id: string): string {
  const v = typeof CSS !== 'undefined' && CSS.escape ? CSS.escape(id) : id.replace(/["\\]/g, '\\$&');
  return `[data-s="${v}"]`;
}

export function suggestionCss(
  snap: SuggestionsSnapshot,
  authorOf: (id: string) => string | undefined,
): string {
  const byColour = new Map<string, string[]>();
  for (const it of snap.items) {
    const colour = snap.colours[authorOf(it.id) ?? it.author];
    if (!colour) continue;
    byColour.set(colour, [...(byColour.get(colour) ?? []), sel(it.id)]);
  }
  const rules = [...byColour].map(([c, sels]) => `${sels.join(',')}{--gw-s-colour:${c}}`);
  if (snap.active) rules.push(`${sel(snap.active)}{background:#fde9e4}`);
  return rules.join('\n');
}

export function SuggestionStyles({ controller }: { controller: SuggestionsController }) {
  const snap = useSyncExternalStore(controller.subscribe, controller.getSnapshot);
  const finalView = useFinalView();
  useEffect(() => {
    document.documentElement.classList.toggle('gw-final', finalView);
    return () => document.documentElement.classList.remove('gw-final');
  }, [finalView]);
  const css = suggestionCss(snap, (id) => controller.store.suggestions.get(id)?.author);
  return <style data-gw="suggestions">{css}</style>;
}
