import { useEffect } from 'react';
import type { DocSnapshot, DocStore } from '../document/doc-store';
import { useDoc } from '../document/use-doc';
import { windowTitle } from './file-name';

const selPath = (s: DocSnapshot) => s.path;
const selDirty = (s: DocSnapshot) => s.dirty;

/** The window (and tab) title names the open file, with the unsaved dot; Electron shows the page's title. */
export function useWindowTitle(store: DocStore): void {
  const path = useDoc(store, selPath);
  const dirty = useDoc(store, selDirty);
  useEffect(() => {
    document.title = windowTitle(path, dirty);
    return () => {
      document.title = '公文起草助手';
    };
  }, [path, dirty]);
}
