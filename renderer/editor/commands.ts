/** Editing commands shared by the toolbar and the shortcuts. */
import { Editor, Element, Transforms, type Path } from 'slate';
import type { SubHeadingLevel } from '../../core/model/content';
import { blocksOf, type GwEditor, type GwElement } from './slate-types';

/** Level 0 is body text; 2, 3, 4 are （一）, 1., （1）. */
export type BlockLevel = 0 | SubHeadingLevel;

function selectedBlocks(editor: GwEditor): Path[] {
  if (!editor.selection) return [];
  return Array.from(
    Editor.nodes(editor, { match: (n, p) => p.length === 1 && Element.isElement(n), mode: 'highest' }),
    ([, p]) => p,
  );
}

export function setBlockLevel(editor: GwEditor, level: BlockLevel): void {
  const paths = selectedBlocks(editor);
  if (paths.length === 0) return;
  Editor.withoutNormalizing(editor, () => {
    for (const at of paths) {
      if (level === 0) {
        Transforms.setNodes(editor, { type: 'paragraph' }, { at });
        Transforms.unsetNodes(editor, ['level', 'runIn'], { at });
      } else {
        Transforms.setNodes<GwElement>(editor, { type: 'heading', level } as never, { at });
      }
    }
  });
}

export function currentBlockLevel(editor: GwEditor): BlockLevel | null {
  const [first] = selectedBlocks(editor);
  if (!first) return null;
  const node = blocksOf(editor)[first[0]!];
  if (!node) return null;
  return node.type === 'heading' ? node.level : 0;
}

/**
 * 接排: the selected sub-headings run on into the paragraph after them in print, or stop doing so when
 * they all do already. Body paragraphs in the selection are left as they are.
 */
export function toggleRunIn(editor: GwEditor): void {
  const blocks = blocksOf(editor);
  const headings = selectedBlocks(editor).filter((p) => blocks[p[0]!]?.type === 'heading');
  if (headings.length === 0) return;
  const allOn = headings.every((p) => (blocks[p[0]!] as { runIn?: true }).runIn === true);
  Editor.withoutNormalizing(editor, () => {
    for (const at of headings) {
      if (allOn) Transforms.unsetNodes(editor, 'runIn', { at });
      else Transforms.setNodes<GwElement>(editor, { runIn: true } as never, { at });
    }
  });
}

export function toggleBold(editor: GwEditor): void {
  const marks = Editor.marks(editor);
  if (marks?.bold) Editor.removeMark(editor, 'bold');
  else Editor.addMark(editor, 'bold', true);
}

/** Alt+Shift+Up/Down: move the selected blocks one place; numbering follows by itself. */
export function moveBlocks(editor: GwEditor, direction: -1 | 1): void {
  const paths = selectedBlocks(editor);
  if (paths.length === 0) return;
  const first = paths[0]![0]!;
  const last = paths[paths.length - 1]![0]!;
  if (direction < 0 && first === 0) return;
  if (direction > 0 && last === editor.children.length - 1) return;
  // Moving the neighbour across the selection keeps the selection on the moved text.
  if (direction < 0) Transforms.moveNodes(editor, { at: [first - 1], to: [last] });
  else Transforms.moveNodes(editor, { at: [last + 1], to: [first] });
}
