/**
 * A page's canvas, fitted to the page's box: the box is the page's size at the zoom, rounded down to
 * whole CSS pixels (the text layer is sized the same way, PDF.js's `round(down, …)`). The canvas gets
 * as many device pixels as the box covers, and the page is drawn scaled to fill exactly those: a
 * canvas sized from the unrounded page was a device pixel larger than its box (A4 at 50 % on a 2×
 * screen: 595 pixels in a 594-pixel box), so the browser squeezed it and the drawing slid off the
 * text layer by up to a pixel.
 */
export interface CanvasFit {
  width: number;
  height: number;
  /** The transform PDF.js draws with (its `render({ transform })`), from the page's viewport to the canvas. */
  transform: [number, number, number, number, number, number];
}

/** The page's box in CSS pixels at `scale`, from its size at scale 1. */
export function pageBox(width: number, height: number, scale: number): { width: number; height: number } {
  return { width: Math.floor(width * scale), height: Math.floor(height * scale) };
}

export function canvasFit(viewport: { width: number; height: number }, box: { width: number; height: number }, pixelRatio: number): CanvasFit {
  const width = Math.max(1, Math.round(box.width * pixelRatio));
  const height = Math.max(1, Math.round(box.height * pixelRatio));
  return { width, height, transform: [width / viewport.width, 0, 0, height / viewport.height, 0, 0] };
}
