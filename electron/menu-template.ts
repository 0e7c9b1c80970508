/**
 * The Chinese application menu as data: labels, accelerators and the menu command each sends to the
 * renderer. `role` items are handled by Electron itself (copy, paste, zoom …). main.ts turns this into
 * an Electron Menu; tests check accelerators are unique and every command is a known one.
 */
import type { MenuCommandName } from '../core/api/contract';

export type MenuEntry =
  | { label: string; accelerator?: string; command: MenuCommandName }
  | {
      role:
        | 'cut'
        | 'copy'
        | 'paste'
        | 'selectAll'
        | 'reload'
        | 'toggleDevTools'
        | 'resetZoom'
        | 'zoomIn'
        | 'zoomOut'
        | 'togglefullscreen'
        | 'quit';
      label: string;
      accelerator?: string;
    }
  | { separator: true };

export interface MenuGroup {
  label: string;
  entries: MenuEntry[];
}

export function menuTemplate(opts: { devTools: boolean }): MenuGroup[] {
  const view: MenuEntry[] = [
    { label: '大纲', command: 'view.outline' },
    { label: '检查清单', command: 'view.checklist' },
    { separator: true },
    // The page's zoom (50–200 %), not the window's: the toolbar and panels keep their size. Ctrl+0 is
    // 设为正文 in the text, so 实际大小 has no accelerator.
    { label: '页面实际大小', command: 'view.zoomReset' },
    { label: '放大页面', accelerator: 'CmdOrCtrl+=', command: 'view.zoomIn' },
    { label: '缩小页面', accelerator: 'CmdOrCtrl+-', command: 'view.zoomOut' },
    { role: 'togglefullscreen', label: '全屏', accelerator: 'F11' },
  ];
  if (opts.devTools) view.push({ separator: true }, { role: 'toggleDevTools', label: '开发者工具' });
  return [
    {
      label: '文件(&F)',
      entries: [
        { label: '新建', accelerator: 'CmdOrCtrl+N', command: 'file.new' },
        { label: '打开…', accelerator: 'CmdOrCtrl+O', command: 'file.open' },
        { separator: true },
        { label: '保存', accelerator: 'CmdOrCtrl+S', command: 'file.save' },
        { label: '另存为…', accelerator: 'CmdOrCtrl+Shift+S', command: 'file.saveAs' },
        { label: '历史版本…', command: 'file.history' },
        { label: '导出 Word…', accelerator: 'CmdOrCtrl+E', command: 'file.export' },
        { label: '导出审阅稿（带批注）…', command: 'file.exportReview' },
        { label: '打印…', accelerator: 'CmdOrCtrl+P', command: 'file.print' },
        { separator: true },
        { role: 'quit', label: '退出', accelerator: 'CmdOrCtrl+Q' },
      ],
    },
    {
      label: '编辑(&E)',
      entries: [
        { label: '撤销', accelerator: 'CmdOrCtrl+Z', command: 'edit.undo' },
        { label: '重做', accelerator: 'CmdOrCtrl+Y', command: 'edit.redo' },
        { separator: true },
        { role: 'cut', label: '剪切', accelerator: 'CmdOrCtrl+X' },
        { role: 'copy', label: '复制', accelerator: 'CmdOrCtrl+C' },
        { role: 'paste', label: '粘贴', accelerator: 'CmdOrCtrl+V' },
        { role: 'selectAll', label: '全选', accelerator: 'CmdOrCtrl+A' },
        { separator: true },
        { label: '查找…', accelerator: 'CmdOrCtrl+F', command: 'edit.find' },
        { label: '替换…', accelerator: 'CmdOrCtrl+H', command: 'edit.replace' },
      ],
    },
    { label: '视图(&V)', entries: view },
    {
      label: '审阅(&R)',
      entries: [
        { label: '添加批注', accelerator: 'CmdOrCtrl+Alt+M', command: 'review.addComment' },
        { label: '合并审阅意见…', command: 'review.mergeComments' },
        { label: '审阅模式', command: 'review.toggleReviewMode' },
        { label: '修订', accelerator: 'CmdOrCtrl+Shift+E', command: 'review.toggleSuggestMode' },
      ],
    },
    { label: '帮助(&H)', entries: [{ label: '关于公文起草助手', command: 'help.about' }] },
  ];
}
