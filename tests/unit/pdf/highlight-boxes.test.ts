import { describe, expect, it } from 'vitest';
import { highlightBoxes } from '../../../utils/pdf/highlight-boxes';

const page = { left: 100, top: 50, right: 600, bottom: 1050 };
const rect = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom });

describe('highlightBoxes', () => {
  it('places a one-run mention in percent of the page box', () => {
    expect(highlightBoxes([rect(150, 150, 200, 170)], page)).toEqual([{ left: 10, top: 10, width: 10, height: 2 }]);
  });

  it.each([
    ['touching runs', [rect(150, 150, 200, 170), rect(200, 150, 250, 170)], 1],
    ['overlapping runs (no darker seam)', [rect(150, 150, 205, 170), rect(200, 150, 250, 170)], 1],
    ['runs one word space apart (a justified line)', [rect(150, 150, 200, 170), rect(212, 151, 250, 171)], 1],
    ['runs in right-to-left order', [rect(212, 150, 250, 170), rect(150, 150, 200, 170)], 1],
    ['two lines', [rect(500, 150, 590, 170), rect(150, 180, 200, 200)], 2],
    ['one line, far apart (table cells)', [rect(150, 150, 200, 170), rect(400, 150, 450, 170)], 2],
  ])('joins the pieces of one line: %s', (_, rects, boxes) => {
    expect(highlightBoxes(rects, page)).toHaveLength(boxes);
  });

  it('covers the joined pieces whole', () => {
    expect(highlightBoxes([rect(150, 150, 200, 170), rect(212, 149, 250, 171)], page)).toEqual([{ left: 10, top: 9.9, width: 20, height: 2.2 }]);
  });

  it('drops empty pieces and draws nothing on a page with no box', () => {
    expect(highlightBoxes([rect(150, 150, 150, 170), rect(150, 150, 200, 150)], page)).toEqual([]);
    expect(highlightBoxes([rect(150, 150, 200, 170)], rect(0, 0, 0, 0))).toEqual([]);
  });
});
