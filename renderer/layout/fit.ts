/**
 * Which panels give way to the zoomed page. The page keeps its own width (the 156 mm text block, 28
 * characters a line, times the zoom); when the window cannot hold it beside the panels, the side panel
 * (指引/检查清单/批注/修订) folds to a rail of tabs first, then the outline; only a page wider than the
 * window with both folded scrolls sideways. Pure: the hook in use-panel-fit.ts measures and applies it.
 */
export interface FitInput {
  /** Width of the area holding outline, page column and side panel (CSS px). */
  body: number;
  /** The page's width at 100 % (text block and its margins, unzoomed CSS px). */
  page: number;
  zoom: number;
  /** What the page column adds around the page: its padding and vertical scroll bar. */
  gutter: number;
  outline: number;
  side: number;
  /** A folded panel's rail. */
  rail: number;
}

export interface Fit {
  outlineFolded: boolean;
  sideFolded: boolean;
  /** Even with both folded the page is wider than its column: it scrolls sideways. */
  scrolls: boolean;
}

/** Half a pixel of rounding is not worth folding a panel for. */
const SLACK = 1;

export function fitPanels(i: FitInput): Fit {
  const need = i.page * i.zoom + i.gutter;
  const fits = (left: number, right: number) => i.body - left - right + SLACK >= need;
  if (fits(i.outline, i.side)) return { outlineFolded: false, sideFolded: false, scrolls: false };
  if (fits(i.outline, i.rail)) return { outlineFolded: false, sideFolded: true, scrolls: false };
  return { outlineFolded: true, sideFolded: true, scrolls: !fits(i.rail, i.rail) };
}
