/** The editing window: toolbar, outline, the page, and the side tabs. */
import { useCallback, useEffect, useMemo, useRef, type CSSProperties, type ReactNode } from 'react';
import { ReactEditor } from 'slate-react';
import { Editor, Transforms } from 'slate';
import type { DocSnapshot, DocStore } from '../document/doc-store';
import { PREAMBLE_KEY } from '../document/doc-store';
import { useDoc } from '../document/use-doc';
import { Toolbar } from '../layout/Toolbar';
import { Outline, type OutlineItem, type SectionStatus } from '../layout/Outline';
import { headingText, Page } from '../layout/Page';
import { MetaForm } from '../layout/MetaForm';
import { SidePanel, type SideTab } from '../layout/SidePanel';
import { FindBar } from '../find/FindBar';
import { sectionLabel } from '../../core/model/numbering';
import { useEditorKeyboard } from '../keyboard/use-editor-keyboard';
import { ReviewCaret } from '../keyboard/review-caret';
import type { NoticeAction } from '../notices/notices';
import { useReviewMode } from '../comments/review-mode';
import { useZoom, useZoomControls } from '../status/zoom';
import { usePanelFit } from '../layout/use-panel-fit';

export interface EditorScreenProps {
  store: DocStore;
  onNew(): void;
  onOpen(): void;
  onSave(): void;
  onSaveAs(): void;
  /** 历史版本 of the open file. */
  onHistory?: () => void;
  /** A bar above the page (an earlier version opened as a copy says so here). */
  banner?: ReactNode;
  onMessage(msg: string, actions?: NoticeAction[]): void;
  /** Requests from menus and shortcuts, bumped each time. */
  find: { replace: boolean; tick: number } | null;
  onFindClose(): void;
  onFind(replace: boolean): void;
  /** Slots for the checklist, export, preview and comments features. */
  statuses?: Readonly<Record<string, SectionStatus>>;
  /** Sections still mostly last year's text (the outline marks their dots). */
  carried?: readonly string[];
  checklist?: ReactNode;
  comments?: ReactNode;
  /** The 修订 tab. */
  suggestions?: ReactNode;
  onExport?: () => void;
  onPreview?: () => void;
  /** 导出审阅稿 (the copy with comments, under its own name), beside 导出 Word. */
  onExportReview?: () => void;
  /** 导出选项 (the export options dialog), beside 导出 Word. */
  onExportOptions?: () => void;
  /** More toolbar buttons (the comments feature: 批注, 合并批注…, 审阅模式). */
  tools?: ReactNode;
  /** Under 报告信息: the outline in use and 改用提纲…. */
  metaExtra?: ReactNode;
  sideTab?: SideTab;
  onSideTab?: (t: SideTab) => void;
  /** Bumped when something asks for the side panel: folded, it opens over the page. */
  sideReveal?: number;
  /** The status bar (file, 已保存, pages, 字数, zoom). */
  status?: ReactNode;
}

const selYear = (s: DocSnapshot) => s.meta.year;
const selSections = (s: DocSnapshot) => s.sections;

/** Bring a section into view and put the caret at the end of its text. */
export function jumpTo(store: DocStore, key: string): void {
  const el = document.getElementById(`sec-${key}`);
  el?.scrollIntoView({ block: 'start' });
  const editor = store.editor(key);
  try {
    ReactEditor.focus(editor);
    if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
  } catch {
    // Not mounted yet: scrolling was enough.
  }
  store.lastFocused = key;
  store.setActive(key);
}

export function EditorScreen(props: EditorScreenProps) {
  const { store } = props;
  const year = useDoc(store, selYear);
  const sections = useDoc(store, selSections);
  useEditorKeyboard(store);
  const reviewing = useReviewMode();
  const centre = useRef<HTMLDivElement>(null);
  const zoom = useZoom();
  useZoomControls(centre);
  // The zoomed page keeps its width; the panels fold to rails before it would need a sideways scroll.
  const body = useRef<HTMLDivElement>(null);
  const fit = usePanelFit(body, zoom);
  useEffect(
    () =>
      store.setRevealer((key) => document.getElementById(`sec-${key}`)?.scrollIntoView({ block: 'nearest' })),
    [store],
  );

  const items = useMemo<OutlineItem[]>(
    () => [
      { key: PREAMBLE_KEY, title: '导语' },
      ...sections.map((s, i) => {
        const ts = store.template?.sections.find((t) => t.id === s.id);
        // The short title, and the heading as it prints (as written, or the prescribed one) on hover.
        return {
          key: s.id,
          title: sectionLabel(i) + (ts?.short ?? s.heading ?? ''),
          full: headingText(store, i, year),
        };
      }),
    ],
    // Recompute when the year or a heading changes (a heading fix, its undo).
    [store, year, sections],
  );

  const onJump = useCallback((key: string) => jumpTo(store, key), [store]);

  return (
    <div className="gw-app">
      <Toolbar
        store={store}
        onNew={props.onNew}
        onOpen={props.onOpen}
        onSave={props.onSave}
        onSaveAs={props.onSaveAs}
        onHistory={props.onHistory}
        onFind={props.onFind}
        onExport={props.onExport}
        onPreview={props.onPreview}
        extra={
          <>
            {props.onExportReview && (
              <button
                type="button"
                onClick={props.onExportReview}
                title="带批注的送审稿，另存为“…（审阅稿）.docx”"
              >
                导出审阅稿
              </button>
            )}
            {props.onExportOptions && (
              <button type="button" onClick={props.onExportOptions} title="字体方案、版头、版记、署名格式">
                导出选项
              </button>
            )}
            {props.tools}
          </>
        }
      />
      <div
        ref={body}
        className={`gw-body${fit.outlineFolded ? ' gw-fold-outline' : ''}${fit.sideFolded ? ' gw-fold-side' : ''}`}
      >
        <Outline
          store={store}
          items={items}
          statuses={props.statuses}
          carried={props.carried}
          onJump={onJump}
          folded={fit.outlineFolded}
        />
        <div className="gw-centre" ref={centre} style={{ '--gw-zoom': zoom } as CSSProperties}>
          {props.banner}
          {props.find && (
            <FindBar
              store={store}
              withReplace={props.find.replace}
              focusTick={props.find.tick}
              onClose={props.onFindClose}
              onMessage={props.onMessage}
            />
          )}
          <MetaForm store={store} extra={props.metaExtra} />
          <Page store={store} />
        </div>
        <SidePanel
          store={store}
          checklist={props.checklist}
          comments={props.comments}
          suggestions={props.suggestions}
          tab={props.sideTab}
          onTabChange={props.onSideTab}
          folded={fit.sideFolded}
          reveal={props.sideReveal}
        />
      </div>
      {props.status}
      {reviewing && <ReviewCaret store={store} />}
    </div>
  );
}
