import { describe, expect, it } from 'vitest';
import { lineBoxes, pageStarts } from './paginate';

const grid = (n: number, pitch: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ top: from + i * pitch, bottom: from + (i + 1) * pitch }));

describe('preview pagination', () => {
  it('merges the rects of one line and keeps lines apart', () => {
    const rects = [
      { top: 0, bottom: 20 },
      { top: 2, bottom: 19 },
      { top: 20, bottom: 40 },
    ];
    expect(lineBoxes(rects)).toEqual([
      { top: 0, bottom: 20 },
      { top: 20, bottom: 40 },
    ]);
  });
  it('puts 22 lines of 38.6 px on a 225 mm (850.4 px) page', () => {
    const lines = grid(50, 38.6);
    const starts = pageStarts(lines, 850.4);
    expect(starts).toHaveLength(3);
    expect(starts[1]).toBeCloseTo(22 * 38.6);
    expect(starts[2]).toBeCloseTo(44 * 38.6);
  });
  it('never cuts a taller title line and gives an empty flow one page', () => {
    expect(pageStarts([], 100)).toEqual([0]);
    expect(
      pageStarts(
        [
          { top: 0, bottom: 150 },
          { top: 150, bottom: 170 },
        ],
        100,
      ),
    ).toEqual([0, 150]);
  });

  it('never ends a page on a kept line: the run of kept lines goes to the next page', () => {
    const line = (i: number, keep = false) => ({
      top: i * 10,
      bottom: i * 10 + 10,
      ...(keep ? { keep } : {}),
    });
    // five lines a page; line 4 is a heading kept with line 5
    const lines = [0, 1, 2, 3, 4, 5, 6, 7].map((i) => line(i, i === 4));
    expect(pageStarts(lines, 50)).toEqual([0, 40]);
    // lines 3 and 4 kept (the last lines of 正文 before the 署名): both move
    expect(
      pageStarts(
        [0, 1, 2, 3, 4, 5, 6].map((i) => line(i, i === 3 || i === 4)),
        50,
      ),
    ).toEqual([0, 30]);
    // a page that is all kept lines breaks where it must
    expect(
      pageStarts(
        [0, 1, 2, 3, 4, 5, 6].map((i) => line(i, true)),
        50,
      ),
    ).toEqual([0, 50]);
  });
});
