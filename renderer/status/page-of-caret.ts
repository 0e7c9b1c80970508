/**
 * 第 N 页: the page of the caret, read off the preview's pagination (render-pages' pageMap) by text.
 * The rendered DOCX has one paragraph per block, sub-headings with their derived 一、/（一） prefix: the
 * caret's block is the first paragraph after its section's heading that contains its text.
 */
import type { FlowBlock } from '../export/render-pages';

const norm = (s: string) => s.replace(/\s+/g, '');

/**
 * `heading`: the caret's section heading as shown ("一、…"), null for the 导语; `blockText`: the text
 * of the block holding the caret. Returns the page, or null when the map has no pages.
 */
export function pageOfCaret(
  blocks: readonly FlowBlock[],
  heading: string | null,
  blockText: string,
): number | null {
  if (blocks.length === 0) return null;
  let start = 0;
  if (heading !== null) {
    const h = norm(heading).slice(0, 16);
    const at = h === '' ? -1 : blocks.findIndex((b) => b.text.startsWith(h));
    if (at >= 0) start = at;
  }
  const probe = norm(blockText).slice(0, 24);
  if (probe !== '')
    for (let i = start; i < blocks.length; i++) if (blocks[i]!.text.includes(probe)) return blocks[i]!.page;
  return blocks[start]!.page;
}
