/**
 * Slate's custom types: the editor's value is the report model's section content (core/model/content.ts)
 * as is, so saving needs no conversion.
 */
import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { HistoryEditor } from 'slate-history';
import type { Block, Paragraph, SubHeading, TextLeaf } from '../../core/model/content';

export type GwElement = Paragraph | SubHeading;
export type GwEditor = BaseEditor & ReactEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: GwEditor;
    Element: GwElement;
    Text: TextLeaf;
  }
}

/** An editor's top-level nodes are always blocks (normalizeNode keeps them so). */
export function blocksOf(editor: GwEditor): Block[] {
  return editor.children as Block[];
}
