/**
 * 第 N 页: the page of the caret, read off the preview's pagination (render-pages' pageMap) by text.
 * The rendered DOCX has one paragraph per block, sub-headings with their derived 一、/（一） prefix: the
 * caret's block is the paragraph after its section's heading that contains its text — the n-th such one
 * when n − 1 blocks before it in the section contain it too (a repeated paragraph).
 */
import type { FlowBlock } from '../export/render-pages';

const norm = (s: string) => s.replace(/\s+/g, '');

/**
 * `heading`: the caret's section heading as shown ("一、…"), null for the 导语; `blockText`: the text
 * of the block holding the caret; `before`: the texts of the blocks before it in its section, so that of
 * two equal paragraphs the second is found as the second. Returns the page, or null when the map has no
 * pages.
 */
export function pageOfCaret(
  blocks: readonly FlowBlock[],
  heading: string | null,
  blockText: string,
  before: readonly string[] = [],
): number | null {
  if (blocks.length === 0) return null;
  let start = 0;
  if (heading !== null) {
    const h = norm(heading).slice(0, 16);
    const at = h === '' ? -1 : blocks.findIndex((b) => b.text.startsWith(h));
    if (at >= 0) start = at;
  }
  const probe = norm(blockText).slice(0, 24);
  if (probe !== '') {
    // Earlier blocks of the section that the probe also finds: skip as many matches.
    let skip = before.filter((t) => norm(t).includes(probe)).length;
    let last: number | null = null;
    for (let i = start; i < blocks.length; i++) {
      if (!blocks[i]!.text.includes(probe)) continue;
      last = blocks[i]!.page;
      if (skip-- === 0) return last;
    }
    if (last !== null) return last;
  }
  return blocks[start]!.page;
}
