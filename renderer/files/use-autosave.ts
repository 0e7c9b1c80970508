/**
 * Autosave to the service's recovery area (never over the user's file): ~3 s after changes stop and when
 * the window loses focus. Off the typing path: the report is serialised only when the timer fires.
 */
import { useEffect } from 'react';
import type { GwdraftApi } from '../../core/api/contract';
import type { DocStore } from '../document/doc-store';
import { QuietTimer } from '../document/quiet-timer';

export const AUTOSAVE_DELAY_MS = 3000;

export function useAutosave(api: GwdraftApi, doc: DocStore | null, onError: (e: unknown) => void): void {
  useEffect(() => {
    if (!doc) return;
    let pending = false;
    let failedOnce = false;
    const write = () => {
      if (!pending || !doc.getSnapshot().dirty) return;
      pending = false;
      api['autosave.write']({
        key: doc.recoveryKey,
        path: doc.getSnapshot().path,
        report: doc.toReport(),
      }).then(
        () => {
          failedOnce = false;
        },
        (e: unknown) => {
          pending = true;
          // Say it once, not on every retry.
          if (!failedOnce) onError(e);
          failedOnce = true;
        },
      );
    };
    const timer = new QuietTimer(write);
    const off = doc.onEdit(() => {
      pending = true;
      timer.poke(AUTOSAVE_DELAY_MS);
    });
    // 改用提纲 (or its undo) showed this store with no edit yet: its text is kept like an edit's.
    if (doc.takeSwitched()) {
      pending = true;
      timer.poke(AUTOSAVE_DELAY_MS);
    }
    const onBlur = () => {
      timer.cancel();
      write();
    };
    window.addEventListener('blur', onBlur);
    return () => {
      off();
      window.removeEventListener('blur', onBlur);
      timer.cancel();
      write();
    };
  }, [api, doc, onError]);
}
