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
  /**
   * Kept on the page of the line after it, as the DOCX's keep-with-next asks (headings, the last lines
   * of 正文 before the 署名, the 署名 before its date): a page never ends on such a line.
   */
  keep?: boolean;
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
      if (r.keep) last.keep = true;
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
  let first = 0; // index of the page's first line
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.bottom - start > height + tolerance && i > first) {
      // the break goes before the run of kept lines that would end the page, unless that run is the page
      let at = i;
      while (at - 1 > first && lines[at - 1]!.keep) at--;
      if (at === first + 1 && lines[first]!.keep) at = i;
      start = lines[at]!.top;
      starts.push(start);
      first = at;
    }
  }
  return starts;
}
