/**
 * One section of the page: its fixed heading (a block outside the editor, so it cannot be edited,
 * deleted or merged into) and its Slate editing area. Memoised: typing here re-renders no other section.
 */
import { memo, useCallback, useMemo, type KeyboardEvent } from 'react';
import { Editor, Transforms } from 'slate';
import { Editable, Slate } from 'slate-react';
import type { DocStore } from '../document/doc-store';
import { moveBlocks, setBlockLevel, toggleBold } from './commands';
import { ImeGuard } from './ime-guard';
import { LabelsContext, renderChunk, renderElement, renderLeaf } from './render';
import { hideFromReactSelectionTracking } from './react-selection';
import { scrollCaretIntoView } from './scroll-caret';
import { useReviewMode } from '../comments/review-mode';
import { reviewKeyDown } from '../keyboard/review-caret';

export interface SectionEditorProps {
  store: DocStore;
  sectionKey: string;
  /** The section's numbered heading ("一、…"), or null for the preamble. */
  heading: string | null;
  /** Accessible name of the editing area: the numbered heading, or 导语. */
  label: string;
  placeholder: string;
}

/** A stable callback ref: runs once per mounted editable. */
const editableRef = (el: HTMLDivElement | null) => {
  if (el) hideFromReactSelectionTracking(el);
};

const LEVEL_KEYS: Record<string, 0 | 2 | 3 | 4> = { '0': 0, '1': 2, '2': 3, '3': 4 };

const TAB_HINT = '段首缩进两字由软件自动排版，不必按 Tab 或空格。在大纲、正文和侧栏之间切换请按 F6。';

export const SectionEditor = memo(function SectionEditor({
  store,
  sectionKey,
  heading,
  label,
  placeholder,
}: SectionEditorProps) {
  const editor = store.editor(sectionKey);
  const labels = store.labels.get(sectionKey)!;
  const guard = useMemo(() => new ImeGuard(), []);
  const initialValue = useMemo(() => editor.children, [editor]);
  // 审阅模式: no typing, but selecting (and so commenting) still works.
  const reviewing = useReviewMode();

  const onChange = useCallback(() => store.editorChanged(sectionKey), [store, sectionKey]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLDivElement>) => {
      // 审阅模式: the keys move the caret and the selection through the read-only text.
      if (reviewing) {
        reviewKeyDown(event, editor);
        return;
      }
      guard.keyDown();
      const mod = event.ctrlKey || event.metaKey;
      // Tab indents a paragraph in Word, so a clerk presses it at a paragraph's start. Here 段首缩进 is
      // the page's own and Tab left for the next section: the words typed next landed in another part
      // (二、存在的不足和原因). It stays in the text and says why; F6 moves between the areas.
      if (event.key === 'Tab' && !mod && !event.altKey && !event.nativeEvent.isComposing) {
        event.preventDefault();
        store.notice(TAB_HINT);
        return;
      }
      const key = event.key.toLowerCase();
      if (mod && !event.altKey && (key === 'z' || key === 'y')) {
        event.preventDefault();
        if (key === 'y' || event.shiftKey) store.redo();
        else store.undo();
        return;
      }
      if (mod && !event.altKey && !event.shiftKey && key === 'b') {
        event.preventDefault();
        toggleBold(editor);
        return;
      }
      // Ctrl+Alt+0…3 too: in a browser tab Chrome keeps Ctrl+1…8 for switching tabs.
      if (mod && !event.shiftKey && event.key in LEVEL_KEYS) {
        event.preventDefault();
        setBlockLevel(editor, LEVEL_KEYS[event.key]!);
        return;
      }
      // Ctrl+Home / Ctrl+End (with Shift: select to there) go by the section's content, not its layout:
      // the browser stops at the first block of an off-screen chunk (render.tsx), which it has not laid
      // out — Ctrl+End in a long section landed at the start of its last chunk.
      if (mod && !event.altKey && (event.key === 'Home' || event.key === 'End')) {
        event.preventDefault();
        const to = event.key === 'End' ? Editor.end(editor, []) : Editor.start(editor, []);
        const anchor = event.shiftKey && editor.selection ? editor.selection.anchor : to;
        Transforms.select(editor, { anchor, focus: to });
        return;
      }
      if (event.altKey && event.shiftKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
        event.preventDefault();
        moveBlocks(editor, event.key === 'ArrowUp' ? -1 : 1);
      }
    },
    [editor, guard, store, reviewing],
  );

  const onDOMBeforeInput = useCallback(
    (event: InputEvent) => {
      if (event.inputType === 'historyUndo' || event.inputType === 'historyRedo') {
        // The Edit menu's undo/redo: route it through the global order too.
        event.preventDefault();
        if (event.inputType === 'historyUndo') store.undo();
        else store.redo();
        return;
      }
      if (
        (event.inputType === 'insertText' || event.inputType === 'insertReplacementText') &&
        !event.isComposing &&
        guard.shouldSwallowInsert(event.data)
      )
        event.preventDefault();
      else if (
        event.inputType === 'deleteContentBackward' &&
        !event.isComposing &&
        guard.shouldSwallowDelete()
      )
        event.preventDefault();
    },
    [guard, store],
  );

  const onCompositionEnd = useCallback(
    (event: React.CompositionEvent<HTMLDivElement>) => {
      if (guard.shouldSkipCompositionInsert(event.data)) event.preventDefault();
    },
    [guard],
  );

  const onFocus = useCallback(() => {
    store.lastFocused = sectionKey;
    store.setActive(sectionKey);
  }, [store, sectionKey]);

  return (
    <section className="gw-section" id={`sec-${sectionKey}`} data-section={sectionKey}>
      {heading !== null && (
        <h2 className="gw-sec-heading" id={`h-${sectionKey}`} data-line="heading" data-section={sectionKey}>
          <span className="gw-line-text">{heading}</span>
        </h2>
      )}
      <LabelsContext.Provider value={labels}>
        <Slate editor={editor} initialValue={initialValue} onChange={onChange}>
          <Editable
            ref={editableRef}
            className="gw-editable"
            aria-label={label}
            aria-multiline
            readOnly={reviewing}
            // Read-only text is still reachable by Tab and F6 in 审阅模式 (no caret otherwise).
            tabIndex={reviewing ? 0 : undefined}
            placeholder={placeholder}
            renderElement={renderElement}
            renderLeaf={renderLeaf}
            renderChunk={renderChunk}
            onKeyDown={onKeyDown}
            onDOMBeforeInput={onDOMBeforeInput}
            onCompositionEnd={onCompositionEnd}
            onFocus={onFocus}
            scrollSelectionIntoView={scrollCaretIntoView}
            spellCheck={false}
          />
        </Slate>
      </LabelsContext.Provider>
    </section>
  );
});
