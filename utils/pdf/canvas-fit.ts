/**
 * A page's canvas, fitted to the page's box: the box is the page's size at the zoom, rounded down to
 * whole CSS pixels (the text layer is sized the same way, PDF.js's `round(down, …)`). The canvas gets
 * as many device pixels as the box covers, and the page is drawn scaled to fill exactly those: a
 * canvas sized from the unrounded page was a device pixel larger than its box (A4 at 50 % on a 2×
 * screen: 595 pixels in a 594-pixel box), so the browser squeezed it and the drawing slid off the
 * text layer by up to a pixel. A page too large for that (MAX_CANVAS_PIXELS) gets fewer pixels, stretched.
 */
export interface CanvasFit {
  width: number;
  height: number;
  /** The transform PDF.js draws with (its `render({ transform })`), from the page's viewport to the canvas. */
  transform: [number, number, number, number, number, number];
}

/**
 * The most pixels a page's canvas gets, as PDF.js's own viewer caps it (`maxCanvasPixels`, 2^25 on
 * desktops), and the longest side browsers draw (larger canvases stay blank in Chromium: a page of
 * the PDF maximum, 14,400 points square, asked for 18,000 × 18,000 pixels at 125 %). A page that
 * would need more is drawn at a lower resolution and stretched to its box; its text layer and
 * highlights are laid out in CSS pixels, so they still line up.
 */
export const MAX_CANVAS_PIXELS = 2 ** 25;
export const MAX_CANVAS_SIDE = 32_767;

/** The page's box in CSS pixels at `scale`, from its size at scale 1. */
export function pageBox(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.floor(width * scale), height: Math.floor(height * scale) };
}

export function canvasFit(viewport: { width: number; height: number }, box: { width: number; height: number }, pixelRatio: number): CanvasFit {
  let width = Math.max(1, Math.round(box.width * pixelRatio));
  let height = Math.max(1, Math.round(box.height * pixelRatio));
  const shrink = Math.min(1, Math.sqrt(MAX_CANVAS_PIXELS / (width * height)), MAX_CANVAS_SIDE / width, MAX_CANVAS_SIDE / height);
  if (shrink < 1) {
    width = Math.max(1, Math.floor(width * shrink));
    height = Math.max(1, Math.floor(height * shrink));
  }
  return { width, height, transform: [width / viewport.width, 0, 0, height / viewport.height, 0, 0] };
}
