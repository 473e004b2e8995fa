import { describe, expect, it } from 'vitest';
import { canvasFit, pageBox } from '../../../utils/pdf/canvas-fit';

describe('a page’s canvas', () => {
  it.each([
    // A4 at 50 % on a 2× screen: the box is 297 × 420 CSS pixels, so 594 × 840 device pixels.
    [595.28, 841.89, 0.5, 2, 594, 840],
    [612, 792, 0.5, 2, 612, 792],
    [595.28, 841.89, 1.25, 1, 744, 1052],
    [419.53, 595.28, 0.5, 1.5, 314, 446],
  ])('of a %s × %s page at %s zoom, pixel ratio %s, covers the box’s device pixels exactly', (w, h, scale, ratio, width, height) => {
    const box = pageBox(w, h, scale);
    const fit = canvasFit({ width: w * scale, height: h * scale }, box, ratio);
    expect([fit.width, fit.height]).toEqual([width, height]);
    // The whole page is drawn into the canvas: its far corner lands on the canvas's.
    expect(w * scale * fit.transform[0]).toBeCloseTo(fit.width, 6);
    expect(h * scale * fit.transform[3]).toBeCloseTo(fit.height, 6);
  });
});
