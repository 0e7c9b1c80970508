/**
 * Page breaks for the preview. docx-preview lays a section out as one long flow (it breaks pages only
 * where the file says so), so the preview measures the flow's line boxes and cuts it into text blocks
 * of the page's height, never through a line — the way Word and LibreOffice fill a page with 22 lines
 * on the document grid. Each page then shows its slice of the very same rendered DOCX.
 */

/** A line box: top and bottom in px from the flow's top. */
export interface LineBox {
  top: number;
  bottom: number;
}

/** Merge rects into line boxes (rects on one line overlap vertically), sorted top-down. */
export function lineBoxes(rects: readonly LineBox[]): LineBox[] {
  const sorted = [...rects].filter((r) => r.bottom > r.top).sort((a, b) => a.top - b.top);
  const out: LineBox[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    // Same line when the rects share more than half of the smaller height.
    if (
      last &&
      Math.min(last.bottom, r.bottom) - Math.max(last.top, r.top) >
        0.5 * Math.min(last.bottom - last.top, r.bottom - r.top)
    ) {
      last.top = Math.min(last.top, r.top);
      last.bottom = Math.max(last.bottom, r.bottom);
    } else out.push({ ...r });
  }
  return out;
}

/**
 * Start offsets of the pages: each page takes the lines that end within `height` of its start
 * (a line taller than a page gets a page of its own). Returns [0] for an empty flow.
 */
export function pageStarts(lines: readonly LineBox[], height: number, tolerance = 1): number[] {
  if (lines.length === 0) return [0];
  const starts = [0];
  let start = 0;
  let placed = 0;
  for (const line of lines) {
    if (line.bottom - start > height + tolerance && placed > 0) {
      start = line.top;
      starts.push(start);
      placed = 0;
    }
    placed += 1;
  }
  return starts;
}
