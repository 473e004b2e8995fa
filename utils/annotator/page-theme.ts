/**
 * Whether the page reads as dark, judged by its actual background (a dark site on a light system
 * theme is still dark), falling back to the colour-scheme preference when nothing is painted.
 */
export function isPageDark(doc: Document = document): boolean {
  const win = doc.defaultView;
  if (!win) return false;
  for (const element of [doc.body, doc.documentElement]) {
    if (!element) continue;
    const rgb = parseRgb(win.getComputedStyle(element).backgroundColor);
    if (rgb && rgb.alpha > 0.5) return luminance(rgb) < 0.4;
  }
  return win.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
}

function parseRgb(value: string): { r: number; g: number; b: number; alpha: number } | null {
  const match = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:\s*[,/]\s*([\d.]+%?))?\s*\)/.exec(value);
  if (!match) return null;
  const alpha = match[4] === undefined ? 1 : match[4].endsWith('%') ? parseFloat(match[4]) / 100 : parseFloat(match[4]);
  return { r: Number(match[1]), g: Number(match[2]), b: Number(match[3]), alpha };
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
function luminance({ r, g, b }: { r: number; g: number; b: number }): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}
