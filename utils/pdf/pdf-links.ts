/**
 * The links of a PDF page, from PDF.js's annotations: a web address or an e-mail address (http, https,
 * mailto only: never javascript:, file: or other schemes a PDF may carry), or a place in the same PDF
 * (a destination, by name or by page). Pure: the viewer draws them (pdf-pages.ts).
 */

/** What PDF.js's `getAnnotations()` gives for an annotation (the fields used here). */
export interface PdfAnnotation {
  subtype?: string;
  rect?: number[];
  /** A URI action's address, when PDF.js found it valid. */
  url?: string;
  /** A GoTo action's destination: a name, or an explicit destination (a page reference first). */
  dest?: unknown;
}

export type PdfLinkTarget = { kind: 'address'; href: string } | { kind: 'destination'; dest: string | unknown[] };

const SCHEMES = new Set(['http:', 'https:', 'mailto:']);

export function linkTarget(annotation: PdfAnnotation): PdfLinkTarget | null {
  if (annotation.subtype !== 'Link') return null;
  if (annotation.url) {
    try {
      const url = new URL(annotation.url);
      return SCHEMES.has(url.protocol) ? { kind: 'address', href: url.href } : null;
    } catch {
      return null;
    }
  }
  if (typeof annotation.dest === 'string' && annotation.dest) return { kind: 'destination', dest: annotation.dest };
  if (Array.isArray(annotation.dest) && annotation.dest.length > 0) return { kind: 'destination', dest: annotation.dest };
  return null;
}

/** Left, top, width and height in percent of the page's box, from a rectangle in the page's viewport (scale 1). */
export function linkBox([x1, y1, x2, y2]: number[], viewport: { width: number; height: number }): { left: number; top: number; width: number; height: number } {
  const [left, right] = [Math.min(x1!, x2!), Math.max(x1!, x2!)];
  const [top, bottom] = [Math.min(y1!, y2!), Math.max(y1!, y2!)];
  const percent = (value: number, of: number) => Math.round((value / of) * 10_000) / 100;
  return { left: percent(left, viewport.width), top: percent(top, viewport.height), width: percent(right - left, viewport.width), height: percent(bottom - top, viewport.height) };
}
