import { describe, expect, it } from 'vitest';
import { MAX_CANVAS_PIXELS, MAX_CANVAS_SIDE, canvasFit, pageBox } from '../../../utils/pdf/canvas-fit';

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

describe('a page’s canvas beyond what browsers draw', () => {
  it.each([
    // The PDF maximum, 14,400 points square: at 125 % its box is 18,000 pixels square (324 million).
    [14_400, 14_400, 1.25, 1],
    [14_400, 14_400, 3, 2],
    // A poster, A0 at 300 % on a 2× screen.
    [2383.94, 3370.39, 3, 2],
    // A banner 200 inches wide and 2.8 tall: its length alone is past the longest side.
    [14_400, 201.6, 3, 1],
  ])('of a %s × %s page at %s zoom, pixel ratio %s, is capped as PDF.js caps it and still covers the page', (w, h, scale, ratio) => {
    const box = pageBox(w, h, scale);
    const fit = canvasFit({ width: w * scale, height: h * scale }, box, ratio);
    expect(fit.width * fit.height).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    expect(Math.max(fit.width, fit.height)).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
    // The page keeps its shape (within a pixel) and is drawn whole into the smaller canvas.
    expect(fit.width / fit.height).toBeCloseTo(box.width / box.height, 1);
    expect(w * scale * fit.transform[0]).toBeCloseTo(fit.width, 6);
    expect(h * scale * fit.transform[3]).toBeCloseTo(fit.height, 6);
  });
});
