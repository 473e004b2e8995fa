import type { Rect } from './card-placement';

/**
 * What the card must keep clear of, measured on the page (viewport coordinates): browser glue for the
 * pure `placeCard`. The elements are looked up once per card; their rects are read at every update,
 * since the page scrolls and reflows under an open card.
 */
export interface AnchorGeometry {
  lines: Rect[];
  column: Rect | null;
  heading: Rect | null;
  headline: Rect | null;
  obstacles: Rect[];
}

/**
 * Marks the extension page's own controls a card must never cover (the PDF viewer's toolbar). Web pages
 * have none: there the card is drawn over anything, the page's sticky bars included.
 */
export const CARD_OBSTACLE_ATTRIBUTE = 'data-lens-card-obstacle';

/** Blocks that hold running text: the mention's "column" is the nearest of them. */
const TEXT_BLOCKS = 'p, li, dd, dt, td, th, blockquote, figcaption, caption, pre, address, summary, h1, h2, h3, h4, h5, h6';
const HEADINGS = 'h1, h2, h3, h4, h5, h6';
const BLOCK_DISPLAYS = new Set(['block', 'list-item', 'table-cell', 'flow-root', 'flex', 'grid', 'table']);

export function anchorGeometry(anchor: Range): () => AnchorGeometry {
  const doc = anchor.startContainer.ownerDocument ?? (anchor.startContainer as Document);
  const start = anchor.startContainer instanceof Element ? anchor.startContainer : anchor.startContainer.parentElement;
  const heading = start?.closest(HEADINGS) ?? null;
  const column = start ? textColumn(start) : null;
  const headline = firstVisibleHeadline(doc);
  const obstacles = Array.from(doc.querySelectorAll(`[${CARD_OBSTACLE_ATTRIBUTE}]`));
  return () => ({
    obstacles: obstacles.filter((element) => element.isConnected).map((element) => toRect(element.getBoundingClientRect())),
    lines: lineRects(anchor),
    column: column?.isConnected ? toRect(column.getBoundingClientRect()) : null,
    heading: heading?.isConnected ? textRect(heading) : null,
    headline: headline?.isConnected ? textRect(headline) : null,
  });
}

function lineRects(range: Range): Rect[] {
  const rects = Array.from(range.getClientRects()).filter((rect) => rect.width > 0 || rect.height > 0);
  return (rects.length > 0 ? rects : [range.getBoundingClientRect()]).map(toRect);
}

/**
 * The nearest block holding the mention's text. Named text blocks first; then any block-level box,
 * skipping absolutely placed ones (a PDF text layer's spans and the layer itself), whose box is one run
 * of text rather than the column the reader's eye follows.
 */
function textColumn(element: Element): Element | null {
  const named = element.closest(TEXT_BLOCKS);
  if (named) return named;
  const view = element.ownerDocument.defaultView;
  for (let node: Element | null = element; node && node !== element.ownerDocument.body && node !== element.ownerDocument.documentElement; node = node.parentElement) {
    const style = view?.getComputedStyle(node);
    if (!style || style.position === 'absolute' || style.position === 'fixed') continue;
    if (BLOCK_DISPLAYS.has(style.display)) return node;
  }
  return null;
}

/** The page's headline: its first h1 that is drawn (not a screen-reader-only one). */
function firstVisibleHeadline(doc: Document): Element | null {
  for (const h1 of Array.from(doc.querySelectorAll('h1'))) {
    const rect = h1.getBoundingClientRect();
    if (rect.width > 2 && rect.height > 2 && h1.checkVisibility?.({ visibilityProperty: true }) !== false && (h1.textContent ?? '').trim() !== '') return h1;
  }
  return null;
}

/** The extent of an element's text (a heading's box can be much wider than its words). */
function textRect(element: Element): Rect {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  const rect = range.getBoundingClientRect();
  return toRect(rect.width > 0 || rect.height > 0 ? rect : element.getBoundingClientRect());
}

function toRect(rect: DOMRectReadOnly): Rect {
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}
