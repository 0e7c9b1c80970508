import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { DocStore } from '../document/doc-store';
import { ChecklistModel } from './checklist-model';
import { clearEvidence } from './reveal';

/** The live checklist of `store`: started on mount, stopped on unmount; the highlight clears on edits. */
export function useChecklist(store: DocStore) {
  const model = useMemo(() => new ChecklistModel(store), [store]);
  useEffect(() => {
    const stop = model.start();
    const off = store.onEdit(clearEvidence);
    return () => {
      stop();
      off();
    };
  }, [model, store]);
  const statuses = useSyncExternalStore(model.subscribe, () => model.getSnapshot().statuses);
  const carried = useSyncExternalStore(model.subscribe, () => model.getSnapshot().carried);
  const baselineYear = useSyncExternalStore(model.subscribe, () => model.getSnapshot().baselineYear);
  return { model, statuses, carried, baselineYear };
}
