import { describe, expect, it } from 'vitest';
import { fitPanels, type FitInput } from './fit';

// 1366×768 at 125 %: 1093 CSS px, panels 190 and 250, a page of 156 mm + 8 mm (620 px).
const clerk: FitInput = { body: 1093, page: 620, zoom: 1, gutter: 31, outline: 190, side: 250, rail: 34 };

describe('fitPanels', () => {
  it('folds nothing while the page fits beside both panels', () => {
    expect(fitPanels(clerk)).toEqual({ outlineFolded: false, sideFolded: false, scrolls: false });
    expect(fitPanels({ ...clerk, body: 1920, zoom: 1.5 })).toEqual({
      outlineFolded: false,
      sideFolded: false,
      scrolls: false,
    });
  });

  it('folds the side panel first, then the outline, before the page scrolls sideways', () => {
    expect(fitPanels({ ...clerk, body: 1280, zoom: 1.4 })).toEqual({
      outlineFolded: false,
      sideFolded: true,
      scrolls: false,
    });
    expect(fitPanels({ ...clerk, zoom: 1.5 })).toEqual({
      outlineFolded: true,
      sideFolded: true,
      scrolls: false,
    });
    expect(fitPanels({ ...clerk, zoom: 2 })).toEqual({
      outlineFolded: true,
      sideFolded: true,
      scrolls: true,
    });
  });

  it('never folds the outline while the side panel alone would make room', () => {
    for (let body = 700; body <= 2600; body += 37)
      for (let zoom = 0.5; zoom <= 2; zoom += 0.1) {
        const f = fitPanels({ ...clerk, body, zoom });
        if (f.outlineFolded) expect(f.sideFolded).toBe(true);
        if (f.scrolls) expect(f.outlineFolded).toBe(true);
        // What is left open leaves the page its whole width.
        if (!f.scrolls) {
          const left = f.outlineFolded ? clerk.rail : clerk.outline;
          const right = f.sideFolded ? clerk.rail : clerk.side;
          expect(body - left - right + 1).toBeGreaterThanOrEqual(clerk.page * zoom + clerk.gutter);
        }
      }
  });

  it('ignores half a pixel of rounding', () => {
    expect(fitPanels({ ...clerk, body: 1092.5 }).sideFolded).toBe(false);
  });
});
