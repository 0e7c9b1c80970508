/**
 * The toolbar. Formatting buttons act on the editor the caret was last in and keep the focus there
 * (mousedown is prevented). 导出 Word and 预览 appear when their handlers are wired.
 */
import type { MouseEvent, ReactNode } from 'react';
import { ReactEditor } from 'slate-react';
import type { DocStore } from '../app/doc-store';
import { useDoc } from '../app/use-doc';
import { moveBlocks, setBlockLevel, toggleBold, type BlockLevel } from '../editor/commands';
import { useReviewMode } from '../comments/review-mode';

export interface ToolbarProps {
  store: DocStore;
  onNew(): void;
  onOpen(): void;
  onSave(): void;
  onSaveAs(): void;
  onFind(replace: boolean): void;
  /** Filled by the export engineer. */
  onExport?: () => void;
  onPreview?: () => void;
  /** Extra buttons from other panels (comments …). */
  extra?: ReactNode;
}

const keepFocus = (e: MouseEvent) => e.preventDefault();

const selCanUndo = (s: { canUndo: boolean }) => s.canUndo;
const selCanRedo = (s: { canRedo: boolean }) => s.canRedo;

export function Toolbar({
  store,
  onNew,
  onOpen,
  onSave,
  onSaveAs,
  onFind,
  onExport,
  onPreview,
  extra,
}: ToolbarProps) {
  const canUndo = useDoc(store, selCanUndo);
  const canRedo = useDoc(store, selCanRedo);
  // 审阅模式: the text is read-only, so are the formatting buttons.
  const reviewing = useReviewMode();
  const withEditor = (fn: (e: ReturnType<DocStore['editor']>) => void) => () => {
    const editor = store.editor(store.lastFocused);
    fn(editor);
    ReactEditor.focus(editor);
  };
  const level = (l: BlockLevel) => withEditor((e) => setBlockLevel(e, l));
  return (
    <div className="gw-toolbar" role="toolbar" aria-label="工具栏">
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
        <button
          type="button"
          onMouseDown={keepFocus}
          disabled={reviewing}
          onClick={level(0)}
          title="正文（Ctrl+0）"
          aria-label="设为正文"
        >
          正文
        </button>
        <button
          type="button"
          onMouseDown={keepFocus}
          disabled={reviewing}
          onClick={level(2)}
          title="二级标题（Ctrl+1）"
          aria-label="设为（一）级标题"
        >
          （一）
        </button>
        <button
          type="button"
          onMouseDown={keepFocus}
          disabled={reviewing}
          onClick={level(3)}
          title="三级标题（Ctrl+2）"
          aria-label="设为1.级标题"
        >
          1.
        </button>
        <button
          type="button"
          onMouseDown={keepFocus}
          disabled={reviewing}
          onClick={level(4)}
          title="四级标题（Ctrl+3）"
          aria-label="设为（1）级标题"
        >
          （1）
        </button>
        <button
          type="button"
          onMouseDown={keepFocus}
          disabled={reviewing}
          onClick={withEditor(toggleBold)}
          title="加粗（Ctrl+B）"
          aria-label="加粗"
        >
          <b>B</b>
        </button>
        <button
          type="button"
          onMouseDown={keepFocus}
          disabled={reviewing}
          onClick={withEditor((e) => moveBlocks(e, -1))}
          title="段落上移（Alt+Shift+↑）"
          aria-label="段落上移"
        >
          ↑
        </button>
        <button
          type="button"
          onMouseDown={keepFocus}
          disabled={reviewing}
          onClick={withEditor((e) => moveBlocks(e, 1))}
          title="段落下移（Alt+Shift+↓）"
          aria-label="段落下移"
        >
          ↓
        </button>
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
