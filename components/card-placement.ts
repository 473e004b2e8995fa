/**
 * Where the entity card goes, as pure geometry (viewport coordinates, no DOM): the card host measures the
 * page and the card, this decides. Kept apart so every rule can be tested on made-up layouts.
 *
 * The reader is in the middle of a sentence when the card opens, so the card must not cover the rest of
 * the mention's line or the page's headline (issue 16b trial: 43 of 120 cards covered the line, and near
 * the top of a page half of them covered the headline). In order of preference:
 * 1. below the mention's line;
 * 2. beside the mention's text column (its right edge, then its left edge), never over the column's text;
 * 3. above the line, where that does not cover the page headline.
 * A mention inside a heading counts the whole heading as its line: the card goes beside the heading's
 * column or below the heading, never over it (nor above it, over the page's masthead).
 * When the card fits whole nowhere, it goes on the side with the most room and is made shorter there
 * (never below MIN_HEIGHT, so it stays usable); it is never off-screen (MARGIN from every edge) and never
 * over the page's own controls (`obstacles`).
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'below' | 'right' | 'left' | 'above';

export interface PlacementInput {
  viewport: Size;
  /** The card at its natural size (its height already capped at `cap`). */
  card: Size;
  /** The mention's line boxes (a name can wrap onto two lines). */
  lines: readonly Rect[];
  /** The block holding the mention's text (p, li, td, blockquote, figcaption…); null when unknown. */
  column: Rect | null;
  /** The text of the heading the mention sits in, if it does. */
  heading: Rect | null;
  /** The text of the page's headline (its first visible h1), if any. */
  headline: Rect | null;
  /**
   * What the card must never cover, wherever it goes (the PDF viewer's toolbar, with its Save and way-back
   * buttons): blocked like the mention's line, and the card made shorter rather than laid over them.
   */
  obstacles?: readonly Rect[];
  /**
   * Keep the card on this side if it can go there at all: the card changed size because the reader
   * opened part of it, and a card that jumps away from the pointer on a click is worse than a shorter one.
   */
  keep?: Side | null;
  /** The tallest a card is ever drawn. */
  cap?: number;
}

export interface Placement {
  /** Top-left corner of the card. */
  x: number;
  y: number;
  /** The card's maximum height there; below its natural height when it did not fit whole. */
  maxHeight: number;
  side: Side;
  /** False when no side had room for the whole card. */
  whole: boolean;
}

/** Space between the card and what it sits next to. */
export const GAP = 6;
/** Space kept between the card and the viewport's edges. */
export const MARGIN = 8;
/** A card squeezed shorter than this is no use: it overlaps instead. */
export const MIN_HEIGHT = 160;
export const CARD_MAX_HEIGHT = 620;

interface Span {
  start: number;
  end: number;
}

interface Candidate {
  side: Side;
  x: number;
  /** Where the card may be, vertically. */
  bound: Span;
  /** The top the card would like, for a card this tall. */
  prefer: (height: number) => number;
}

export function placeCard(input: PlacementInput): Placement {
  const { viewport, card, column, heading, headline } = input;
  const cap = input.cap ?? CARD_MAX_HEIGHT;
  const height = Math.min(card.height, cap);
  const width = Math.min(card.width, Math.max(0, viewport.width - 2 * MARGIN));
  // A mention in a heading: the whole heading is what must stay in view.
  const lines = heading ? [heading] : input.lines.length > 0 ? input.lines : column ? [column] : [];
  const first = lines[0];
  const last = lines[lines.length - 1];
  if (!first || !last) return { x: MARGIN, y: MARGIN, maxHeight: Math.max(0, Math.min(cap, viewport.height - 2 * MARGIN)), side: 'below', whole: false };
  const anchor = lines.reduce(union);
  const text = column ? union(column, anchor) : anchor;
  // Each line of the mention, across the whole column: the words after the mention are what the reader
  // is about to read.
  const blocked: Rect[] = lines.map((line) => ({ left: text.left, right: text.right, top: line.top, bottom: line.bottom }));
  if (headline) blocked.push(headline);
  const obstacles = input.obstacles ?? [];
  blocked.push(...obstacles);

  const clampX = (x: number) => Math.max(MARGIN, Math.min(x, viewport.width - MARGIN - width));
  // Bars across the top or bottom of the window (a toolbar) take that edge away from every side.
  const barTop = Math.max(MARGIN, ...obstacles.filter((o) => o.top <= MARGIN && o.left <= MARGIN && o.right >= viewport.width - MARGIN).map((o) => o.bottom + GAP));
  const barBottom = Math.min(viewport.height - MARGIN, ...obstacles.filter((o) => o.bottom >= viewport.height - MARGIN && o.left <= MARGIN && o.right >= viewport.width - MARGIN).map((o) => o.top - GAP));
  const screen: Span = { start: barTop, end: Math.max(barTop, barBottom) };
  const below: Candidate = { side: 'below', x: clampX(last.left), bound: { start: Math.max(screen.start, anchor.bottom + GAP), end: screen.end }, prefer: () => anchor.bottom + GAP };
  const above: Candidate = { side: 'above', x: clampX(first.left), bound: { start: screen.start, end: Math.min(screen.end, anchor.top - GAP) }, prefer: (h) => anchor.top - GAP - h };
  const right: Candidate = { side: 'right', x: text.right + GAP, bound: screen, prefer: () => anchor.top };
  const left: Candidate = { side: 'left', x: text.left - GAP - width, bound: screen, prefer: () => anchor.top };
  const besideFits = (c: Candidate) => c.x >= MARGIN && c.x + width <= viewport.width - MARGIN;
  const order = (heading ? [right, left, below] : [below, right, left, above]).filter((c) => c.side === 'below' || c.side === 'above' || besideFits(c));

  const spansFor = (c: Candidate) => freeSpans(c.bound, c.x, c.x + width, blocked);
  const kept = input.keep ? order.find((c) => c.side === input.keep) : undefined;
  for (const c of kept ? [kept] : order) {
    const y = topWithin(spansFor(c), height, c.prefer(height));
    if (y !== null) return { x: c.x, y, maxHeight: Math.min(cap, Math.max(height, endOf(spansFor(c), y) - y)), side: c.side, whole: true };
  }

  // Nothing fits whole: the side with the most room, the card made shorter to fit it.
  let best: { c: Candidate; span: Span } | null = null;
  for (const c of kept ? [kept] : order) {
    for (const span of spansFor(c)) if (!best || span.end - span.start > best.span.end - best.span.start) best = { c, span };
  }
  const chosen = best?.c ?? kept ?? order[0] ?? below;
  const room = best ? best.span.end - best.span.start : 0;
  const maxHeight = Math.max(0, Math.min(cap, Math.max(MIN_HEIGHT, room), screen.end - screen.start));
  const shown = Math.min(height, maxHeight);
  const span = best && room >= shown ? best.span : screen;
  const y = Math.max(span.start, Math.min(chosen.prefer(shown), span.end - shown));
  return { x: chosen.x, y, maxHeight, side: chosen.side, whole: false };
}

function union(a: Rect, b: Rect): Rect {
  return { left: Math.min(a.left, b.left), top: Math.min(a.top, b.top), right: Math.max(a.right, b.right), bottom: Math.max(a.bottom, b.bottom) };
}

/** The vertical stretches of `bound` left free, in the columns x0–x1, by the blocked rects (kept GAP away). */
function freeSpans(bound: Span, x0: number, x1: number, blocked: readonly Rect[]): Span[] {
  let spans: Span[] = bound.end > bound.start ? [bound] : [];
  for (const rect of blocked) {
    if (rect.right <= x0 || rect.left >= x1) continue;
    const cut = { start: rect.top - GAP, end: rect.bottom + GAP };
    spans = spans.flatMap((span) =>
      cut.end <= span.start || cut.start >= span.end
        ? [span]
        : [
            { start: span.start, end: Math.min(span.end, cut.start) },
            { start: Math.max(span.start, cut.end), end: span.end },
          ].filter((part) => part.end > part.start),
    );
  }
  return spans;
}

/** The top nearest to `prefer` at which a card this tall lies wholly inside one free span, or null. */
function topWithin(spans: readonly Span[], height: number, prefer: number): number | null {
  let best: number | null = null;
  for (const span of spans) {
    if (span.end - span.start < height) continue;
    const y = Math.max(span.start, Math.min(prefer, span.end - height));
    if (best === null || Math.abs(y - prefer) < Math.abs(best - prefer)) best = y;
  }
  return best;
}

/** Where the free span holding `y` ends: how far the card can grow down from there. */
function endOf(spans: readonly Span[], y: number): number {
  return spans.find((span) => span.start <= y && y < span.end)?.end ?? y;
}
