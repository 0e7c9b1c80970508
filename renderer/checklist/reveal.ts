/**
 * Jumping from a checklist item or a lint finding to the text: scroll the section into view, put the
 * caret at the evidence — a caret, never a selection, so the next key typed cannot replace the text —
 * and paint the evidence with the CSS Custom Highlight API (a decoration: no change to the document or
 * to the editor's renderers). The highlight goes when the clerk next edits.
 */
import { Editor, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { DATE_ID, DOC_NUMBER_ID, SIGNATURE_ID, TITLE_ID, type Evidence } from '../../core/check';
import type { DocStore } from '../document/doc-store';
import { editorKeyOf } from './checklist-model';
import { pointAt } from './apply-edits';

export const HIGHLIGHT = 'gw-evidence';

// clearEvidence runs on every edit: it touches the DOM only when something is highlighted.
let shown = false;

export function clearEvidence(): void {
  if (!shown) return;
  shown = false;
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.delete(HIGHLIGHT);
  for (const el of document.querySelectorAll('.gw-target')) el.classList.remove('gw-target');
}

function paint(range: Range): void {
  shown = true;
  if (typeof CSS !== 'undefined' && 'highlights' in CSS) CSS.highlights.set(HIGHLIGHT, new Highlight(range));
}

function flash(el: Element | null): void {
  if (!el) return;
  shown = true;
  el.classList.add('gw-target');
  el.scrollIntoView({ block: 'start' });
}

/**
 * Bring `ev` into view. Zero-length evidence (where missing content belongs) marks the whole section
 * and puts the caret at the end of its text, ready to type; real evidence is highlighted and the caret
 * placed at its start (or its `end`, where a missing item's text goes on).
 */
export function revealEvidence(store: DocStore, ev: Evidence, caret: 'start' | 'end' = 'start'): void {
  clearEvidence();
  if (ev.sectionId === TITLE_ID) return flash(document.querySelector('.gw-title'));
  if (ev.sectionId === SIGNATURE_ID || ev.sectionId === DATE_ID)
    return flash(document.querySelector('.gw-signoff'));
  if (ev.sectionId === DOC_NUMBER_ID) return flash(document.querySelector('.gw-meta, form'));
  const key = editorKeyOf(ev.sectionId);
  const section = document.getElementById(`sec-${key}`);
  if (!store.editors.has(key) || !section) return;
  const editor = store.editor(key);
  store.lastFocused = key;
  store.setActive(key);
  if (ev.blockIndex < 0) return flash(document.getElementById(`h-${key}`) ?? section);
  try {
    if (ev.length === 0) {
      flash(section);
      ReactEditor.focus(editor);
      const end = Editor.end(editor, []);
      Transforms.select(editor, end);
      // A long section: the caret at its end may be below the fold.
      ReactEditor.toDOMRange(editor, {
        anchor: end,
        focus: end,
      }).startContainer.parentElement?.scrollIntoView({ block: 'nearest' });
      return;
    }
    const anchor = pointAt(editor, ev.blockIndex, ev.offset);
    const focus = pointAt(editor, ev.blockIndex, ev.offset + ev.length);
    if (!anchor || !focus) return flash(section);
    const range = { anchor, focus };
    ReactEditor.focus(editor);
    Transforms.select(editor, caret === 'end' ? focus : anchor);
    const dom = ReactEditor.toDOMRange(editor, range);
    paint(dom);
    const box = dom.startContainer.parentElement;
    box?.scrollIntoView({ block: 'center' });
  } catch {
    // The section is not rendered (yet): scrolling to it is the best we can do.
    section.scrollIntoView({ block: 'start' });
  }
}
