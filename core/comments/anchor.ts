/** Building a quote anchor (TextQuoteSelector with a position hint) from a flat span. */
import type { QuoteAnchor } from '../model/report';
import { blockAt, type FlatText } from './flat';

/** Context kept on each side of the quote. */
export const CONTEXT_CHARS = 32;

export function anchorFromSpan(flat: FlatText, start: number, end: number): QuoteAnchor {
  const b = blockAt(flat, start);
  return {
    exact: flat.text.slice(start, end),
    prefix: flat.text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: flat.text.slice(end, end + CONTEXT_CHARS),
    sectionId: b ? b.sectionId : null,
    blockIndex: b ? b.blockIndex : null,
    offset: b ? start - b.start : null,
  };
}

/** Flat offset the anchor's position hint points at, if that block still exists. */
export function hintOffset(flat: FlatText, anchor: QuoteAnchor): number | null {
  if (anchor.blockIndex === null) return null;
  const b = flat.blocks.find((x) => x.sectionId === anchor.sectionId && x.blockIndex === anchor.blockIndex);
  return b ? b.start + Math.min(anchor.offset ?? 0, b.text.length) : null;
}
