import { useCallback, useSyncExternalStore } from 'react';
import type { DocSnapshot, DocStore } from './doc-store';

/** Subscribe to one slice of the document snapshot; the component re-renders only when it changes. */
export function useDoc<T>(store: DocStore, select: (s: DocSnapshot) => T): T {
  const get = useCallback(() => select(store.getSnapshot()), [store, select]);
  return useSyncExternalStore(store.subscribe, get);
}
