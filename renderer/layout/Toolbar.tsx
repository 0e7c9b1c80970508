/**
 * The toolbar. Formatting buttons act on the editor the caret was last in and keep the focus there
 * (mousedown is prevented). 导出 Word and 预览 appear when their handlers are wired.
 */
import type { MouseEvent, ReactNode } from 'react';
import { ReactEditor } from 'slate-react';
import type { DocStore } from '../document/doc-store';
import { useDoc } from '../document/use-doc';
import { moveBlocks, setBlockLevel, toggleBold, toggleRunIn } from '../editor/commands';
import { useReviewMode } from '../comments/review-mode';
import { afterToolbarClick } from '../keyboard/focus-home';

export interface ToolbarProps {
  store: DocStore;
  onNew(): void;
  onOpen(): void;
  onSave(): void;
  onSaveAs(): void;
  /** 历史版本: the file's .bak and autosaves. */
  onHistory?: () => void;
  onFind(replace: boolean): void;
  /** Filled by the export engineer. */
  onExport?: () => void;
  onPreview?: () => void;
  /** Extra buttons from other panels (comments …). */
  extra?: ReactNode;
}

type Editor = ReturnType<DocStore['editor']>;

const keepFocus = (e: MouseEvent) => e.preventDefault();

/** The 段落层级 group: each acts on the editor the caret was last in. */
const formatButtons: readonly {
  label: string;
  title: string;
  text: ReactNode;
  run: (editor: Editor) => void;
}[] = [
  { label: '设为正文', title: '正文（Ctrl+0 或 Ctrl+Alt+0）', text: '正文', run: (e) => setBlockLevel(e, 0) },
  {
    label: '设为（一）级标题',
    title: '二级标题“（一）”（Ctrl+1 或 Ctrl+Alt+1）',
    text: '（一）',
    run: (e) => setBlockLevel(e, 2),
  },
  {
    label: '设为1.级标题',
    title: '三级标题“1.”（Ctrl+2 或 Ctrl+Alt+2）',
    text: '1.',
    run: (e) => setBlockLevel(e, 3),
  },
  {
    label: '设为（1）级标题',
    title: '四级标题“（1）”（Ctrl+3 或 Ctrl+Alt+3）',
    text: '（1）',
    run: (e) => setBlockLevel(e, 4),
  },
  {
    label: '小标题接排',
    title: '接排：导出时下一段正文接在所选小标题之后，排在同一段；再按一次取消',
    text: '接排',
    run: toggleRunIn,
  },
  { label: '加粗', title: '加粗（Ctrl+B）', text: <b>B</b>, run: toggleBold },
  { label: '段落上移', title: '段落上移（Alt+Shift+↑）', text: '↑', run: (e) => moveBlocks(e, -1) },
  { label: '段落下移', title: '段落下移（Alt+Shift+↓）', text: '↓', run: (e) => moveBlocks(e, 1) },
];

const selCanUndo = (s: { canUndo: boolean }) => s.canUndo;
const selCanRedo = (s: { canRedo: boolean }) => s.canRedo;

export function Toolbar({
  store,
  onNew,
  onOpen,
  onSave,
  onSaveAs,
  onHistory,
  onFind,
  onExport,
  onPreview,
  extra,
}: ToolbarProps) {
  const canUndo = useDoc(store, selCanUndo);
  const canRedo = useDoc(store, selCanRedo);
  // 审阅模式: the text is read-only, so are the formatting buttons.
  const reviewing = useReviewMode();
  const withEditor = (fn: (e: Editor) => void) => () => {
    const editor = store.editor(store.lastFocused);
    fn(editor);
    ReactEditor.focus(editor);
  };
  return (
    <div className="gw-toolbar" role="toolbar" aria-label="工具栏" onClick={afterToolbarClick}>
      <div className="gw-group">
        <button type="button" onClick={onNew} title="新建报告（Ctrl+N）">
          新建
        </button>
        <button type="button" onClick={onOpen} title="打开文件（Ctrl+O）">
          打开
        </button>
        <button type="button" onClick={onSave} title="保存（Ctrl+S）">
          保存
        </button>
        <button type="button" onClick={onSaveAs} title="另存为（Ctrl+Shift+S）">
          另存为
        </button>
        {onHistory && (
          <button type="button" onClick={onHistory} title="打开此文件的 .bak 和自动保存的版本">
            历史版本
          </button>
        )}
      </div>
      <div className="gw-group">
        <button
          type="button"
          onMouseDown={keepFocus}
          onClick={() => store.undo()}
          disabled={!canUndo}
          title="撤销（Ctrl+Z）"
        >
          撤销
        </button>
        <button
          type="button"
          onMouseDown={keepFocus}
          onClick={() => store.redo()}
          disabled={!canRedo}
          title="重做（Ctrl+Y）"
        >
          重做
        </button>
      </div>
      <div className="gw-group" aria-label="段落层级">
        {formatButtons.map((b) => (
          <button
            key={b.label}
            type="button"
            onMouseDown={keepFocus}
            disabled={reviewing}
            onClick={withEditor(b.run)}
            title={b.title}
            aria-label={b.label}
          >
            {b.text}
          </button>
        ))}
      </div>
      <div className="gw-group">
        <button type="button" onClick={() => onFind(true)} title="查找（Ctrl+F）和替换（Ctrl+H）">
          查找替换
        </button>
        {onExport && (
          <button type="button" onClick={onExport} title="导出 Word（Ctrl+E）">
            导出 Word
          </button>
        )}
        {onPreview && (
          <button type="button" onClick={onPreview}>
            预览
          </button>
        )}
        {extra}
      </div>
    </div>
  );
}
