/**
 * Paste: HTML (Word, WPS, web) and plain text become plain paragraphs and recognised sub-headings in
 * one fragment insert, so a 100,000-character paste is one transform, not one per character.
 * A fragment copied from gwdraft itself keeps its structure. Web-page and 公众号 clutter (点击蓝字关注,
 * 编辑/审核 lines, 往期推荐 …) is left out, as the text import does, and the user is told.
 */
import { Editor, Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import { pasteCleanupNotes } from '../../core/import/paste-clutter';
import type { HeadingLevel } from '../../core/import/heading-patterns';
import { plainTextToBlocks } from '../../core/import/plain-blocks';
import { htmlToPlainText } from './html-text';
import { blocksOf, type GwEditor } from './slate-types';

export function insertPastedData(editor: GwEditor, data: DataTransfer, notify: (msg: string) => void): void {
  if (data.getData('application/x-slate-fragment')) {
    ReactEditor.insertFragmentData(editor, data);
    return;
  }
  const html = data.getData('text/html');
  const text = html ? htmlToPlainText(html) : data.getData('text/plain');
  if (!text) return;
  const pasted = plainTextToBlocks(text, { above: headingLevelAbove(editor) });
  const { blocks, removedControls } = pasted;
  if (blocks.length === 0) {
    if (removedControls > 0) notify(`粘贴的内容只有控制字符，已忽略（${removedControls} 个）。`);
    return;
  }
  Editor.withoutNormalizing(editor, () => {
    if (blocks.length === 1) Transforms.insertText(editor, blocks[0]!.children[0]!.text);
    else Transforms.insertFragment(editor, blocks);
  });
  const notes: string[] = [];
  if (html) notes.push('已按纯文本粘贴，原有字体和格式已清除');
  if (removedControls > 0) notes.push(`已删除 ${removedControls} 个不可见的控制字符`);
  // The clutter of a 公众号 article or a web page, as the text import leaves it out.
  notes.push(...pasteCleanupNotes(pasted));
  if (notes.length > 0) notify(notes.join('；') + '。');
}

/** The level of the sub-heading at or above the caret, 1 (the section's heading) when there is none. */
function headingLevelAbove(editor: GwEditor): HeadingLevel {
  const blocks = blocksOf(editor);
  for (
    let i = Math.min(editor.selection ? Range.start(editor.selection).path[0]! : -1, blocks.length - 1);
    i >= 0;
    i--
  ) {
    const b = blocks[i]!;
    if (b.type === 'heading') return b.level;
  }
  return 1;
}
