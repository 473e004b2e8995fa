import { describe, expect, it } from 'vitest';
import { GAP, MARGIN, MIN_HEIGHT, placeCard, type Placement, type PlacementInput, type Rect } from '../../../components/card-placement';

// A news page in a 1280×800 window (the 16b trial's layout): a 720 px article column on the left,
// free space (a sidebar) on its right, the headline at the top of the column.
const WIDE = { width: 1280, height: 800 };
const COLUMN_X = { left: 50, right: 770 };
const HEADLINE: Rect = { ...COLUMN_X, top: 90, bottom: 170 };
const CARD = { width: 380, height: 560 };

const rect = (left: number, top: number, right: number, bottom: number): Rect => ({ left, top, right, bottom });
/** A paragraph of the column, and one line of it holding the mention at x. */
const paragraph = (top: number, bottom: number): Rect => ({ ...COLUMN_X, top, bottom });
const line = (top: number, x = 300, width = 110): Rect => rect(x, top, x + width, top + 24);

const box = (p: Placement, height: number): Rect => ({ left: p.x, top: p.y, right: p.x + 380, bottom: p.y + Math.min(height, p.maxHeight) });
const overlaps = (a: Rect, b: Rect) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
/** The mention's whole line, across the column: what the reader reads next. */
const band = (l: Rect, column: Rect): Rect => ({ left: column.left, right: column.right, top: l.top, bottom: l.bottom });
const onScreen = (r: Rect, viewport: { width: number; height: number }) => r.left >= MARGIN && r.top >= MARGIN && r.right <= viewport.width - MARGIN && r.bottom <= viewport.height - MARGIN;

/** The same made-up layouts on every run: a linear congruential generator, numbers in [0, 1). */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

describe('placeCard', () => {
  it('puts the card below the line when it fits there whole', () => {
    const l = line(200);
    const p = placeCard({ viewport: WIDE, card: { width: 380, height: 300 }, lines: [l], column: paragraph(190, 330), heading: null, headline: HEADLINE });
    expect(p).toMatchObject({ side: 'below', whole: true, x: l.left, y: l.bottom + GAP });
    expect(p.maxHeight).toBeGreaterThanOrEqual(300);
  });

  it('goes beside the text column, not over the rest of the line, when there is no room below (wide window, free right column)', () => {
    const l = line(400);
    const column = paragraph(360, 520);
    const p = placeCard({ viewport: WIDE, card: CARD, lines: [l], column, heading: null, headline: null });
    expect(p).toMatchObject({ side: 'right', whole: true, x: column.right + GAP });
    const card = box(p, CARD.height);
    expect(overlaps(card, band(l, column))).toBe(false);
    expect(overlaps(card, column)).toBe(false);
    expect(onScreen(card, WIDE)).toBe(true);
  });

  it('takes the column’s left side when the right has no room', () => {
    const column = rect(480, 360, 1240, 520);
    const l = line(400, 700);
    const p = placeCard({ viewport: WIDE, card: CARD, lines: [l], column, heading: null, headline: null });
    expect(p).toMatchObject({ side: 'left', whole: true, x: column.left - GAP - CARD.width });
  });

  it('near the top, under the headline, never covers the headline (the caption case)', () => {
    // A caption low on the screen, the headline above it: there is no room below, and above would
    // cover the headline; beside the column there is.
    const column = paragraph(690, 712);
    const l = line(690, 80, 150);
    const p = placeCard({ viewport: WIDE, card: CARD, lines: [l], column, heading: null, headline: HEADLINE });
    expect(p.side).toBe('right');
    expect(overlaps(box(p, CARD.height), HEADLINE)).toBe(false);
  });

  it('goes above only between the headline and the line (narrow window)', () => {
    const narrow = { width: 400, height: 800 };
    const column = rect(16, 500, 384, 780);
    const headline = rect(16, 20, 384, 120);
    const l = line(740, 40);
    const p = placeCard({ viewport: narrow, card: { width: 384, height: 500 }, lines: [l], column, heading: null, headline });
    expect(p).toMatchObject({ side: 'above', whole: true });
    const card = box(p, 500);
    expect(card.bottom).toBeLessThanOrEqual(l.top - GAP);
    expect(card.top).toBeGreaterThanOrEqual(headline.bottom);
    expect(onScreen(card, narrow)).toBe(true);
  });

  it('in a narrow window with no side whole, takes the side with most room, shortened, still on-screen and clear of the headline', () => {
    const narrow = { width: 390, height: 700 };
    const column = rect(16, 250, 374, 690);
    const headline = rect(16, 20, 374, 200);
    const l = line(600, 40);
    const card = { width: 374, height: 560 };
    const p = placeCard({ viewport: narrow, card, lines: [l], column, heading: null, headline });
    // Below: 700 - 8 - 630 = 62 px; above, under the headline: 206 to 594 = 388 px.
    expect(p).toMatchObject({ side: 'above', whole: false, maxHeight: 388, y: 206 });
    const drawn = box(p, card.height);
    expect(onScreen({ ...drawn, right: p.x + card.width }, narrow)).toBe(true);
    expect(overlaps(drawn, headline)).toBe(false);
    expect(overlaps(drawn, band(l, column))).toBe(false);
  });

  it('never shortens a card below MIN_HEIGHT: with less room than that anywhere it overlaps, but stays on-screen', () => {
    const narrow = { width: 390, height: 300 };
    const column = rect(16, 0, 374, 300);
    const l = line(140, 40);
    const p = placeCard({ viewport: narrow, card: { width: 374, height: 500 }, lines: [l], column, heading: null, headline: null });
    expect(p.maxHeight).toBe(MIN_HEIGHT);
    expect(p.y).toBeGreaterThanOrEqual(MARGIN);
    expect(p.y + p.maxHeight).toBeLessThanOrEqual(300 - MARGIN);
  });

  it('a window shorter than MIN_HEIGHT: the card takes the whole height, on-screen', () => {
    const p = placeCard({ viewport: { width: 390, height: 150 }, card: { width: 374, height: 500 }, lines: [line(60, 40)], column: null, heading: null, headline: null });
    expect(p).toMatchObject({ y: MARGIN, maxHeight: 150 - 2 * MARGIN });
  });

  it('a mention in the headline: beside the whole headline, never over it', () => {
    const heading = HEADLINE;
    const l = line(95, 60, 200);
    const p = placeCard({ viewport: WIDE, card: CARD, lines: [l], column: { ...COLUMN_X, top: 86, bottom: 174 }, heading, headline: HEADLINE });
    expect(p).toMatchObject({ side: 'right', whole: true, y: heading.top });
    expect(overlaps(box(p, CARD.height), HEADLINE)).toBe(false);
  });

  it('a mention in the headline, narrow window: below the whole headline, not under the mention’s own line', () => {
    const narrow = { width: 400, height: 800 };
    const heading = rect(16, 60, 384, 220);
    const p = placeCard({ viewport: narrow, card: { width: 384, height: 500 }, lines: [line(64, 40)], column: heading, heading, headline: heading });
    expect(p).toMatchObject({ side: 'below', whole: true, y: heading.bottom + GAP });
  });

  it('a mention near the bottom of the window: beside the column, lifted to fit', () => {
    const column = paragraph(700, 790);
    const l = line(760);
    const p = placeCard({ viewport: WIDE, card: CARD, lines: [l], column, heading: null, headline: null });
    expect(p).toMatchObject({ side: 'right', whole: true, y: WIDE.height - MARGIN - CARD.height });
  });

  it('a mention near the bottom of a narrow window: above its line', () => {
    const narrow = { width: 400, height: 800 };
    const column = rect(16, 600, 384, 790);
    const l = line(760, 40);
    const p = placeCard({ viewport: narrow, card: { width: 384, height: 560 }, lines: [l], column, heading: null, headline: null });
    expect(p).toMatchObject({ side: 'above', whole: true, y: l.top - GAP - 560 });
  });

  it('a name wrapped over two lines: below the second line', () => {
    const column = paragraph(100, 400);
    const first = rect(650, 200, 770, 224);
    const second = rect(50, 229, 120, 253);
    const p = placeCard({ viewport: WIDE, card: { width: 380, height: 300 }, lines: [first, second], column, heading: null, headline: null });
    expect(p).toMatchObject({ side: 'below', y: second.bottom + GAP, x: second.left });
  });

  it('keeps its side when asked (the card grew under the reader’s click), shortened rather than moved', () => {
    const column = paragraph(100, 400);
    const l = line(300);
    const p = placeCard({ viewport: WIDE, card: CARD, lines: [l], column, heading: null, headline: null, keep: 'below' });
    expect(p).toMatchObject({ side: 'below', whole: false, y: l.bottom + GAP, maxHeight: WIDE.height - MARGIN - (l.bottom + GAP) });
    // Without keep, the same card goes beside the column.
    expect(placeCard({ viewport: WIDE, card: CARD, lines: [l], column, heading: null, headline: null }).side).toBe('right');
  });

  it('a short window with room beside: the side with most room, the card shortened to the window', () => {
    const short = { width: 1280, height: 400 };
    const column = paragraph(0, 400);
    const p = placeCard({ viewport: short, card: CARD, lines: [line(200)], column, heading: null, headline: null });
    expect(p).toMatchObject({ side: 'right', whole: false, y: MARGIN, maxHeight: 400 - 2 * MARGIN });
  });

  it('a mention scrolled out of view (a pinned card): the card stays on-screen', () => {
    const p = placeCard({ viewport: WIDE, card: CARD, lines: [line(-300)], column: paragraph(-400, -100), heading: null, headline: null });
    expect(onScreen(box(p, CARD.height), WIDE)).toBe(true);
  });

  it('on any layout: on-screen, at least MIN_HEIGHT tall, and clear of the line and the headline whenever it fits whole', () => {
    const random = seededRandom(7);
    for (let i = 0; i < 2000; i += 1) {
      const viewport = { width: 320 + Math.round(random() * 1600), height: 200 + Math.round(random() * 900) };
      const cardWidth = Math.min(380, viewport.width - 16);
      const card = { width: cardWidth, height: 120 + Math.round(random() * 500) };
      const colLeft = Math.round(random() * viewport.width * 0.5);
      const colRight = Math.min(viewport.width, colLeft + 200 + Math.round(random() * viewport.width));
      const top = Math.round(random() * (viewport.height + 200)) - 100;
      const x = colLeft + Math.round(random() * Math.max(0, colRight - colLeft - 80));
      const l = rect(x, top, Math.min(colRight, x + 80), top + 22);
      const column = rect(colLeft, top - Math.round(random() * 300), colRight, top + 22 + Math.round(random() * 300));
      const headlineTop = top - 300 + Math.round(random() * 200);
      const headline = random() < 0.6 ? rect(colLeft, headlineTop, colRight, headlineTop + 60 + Math.round(random() * 80)) : null;
      const inHeadline = headline !== null && random() < 0.2;
      const input: PlacementInput = inHeadline
        ? { viewport, card, lines: [rect(x, headline.top, x + 80, headline.top + 30)], column: headline, heading: headline, headline }
        : { viewport, card, lines: [l], column, heading: null, headline: headline && overlaps(headline, column) ? null : headline };
      const p = placeCard(input);
      const drawn = { left: p.x, top: p.y, right: p.x + cardWidth, bottom: p.y + Math.min(card.height, p.maxHeight) };
      const context = JSON.stringify({ input, p });
      expect(onScreen(drawn, viewport), context).toBe(true);
      // Never shortened below MIN_HEIGHT (a card shorter than that is shown whole).
      expect(Math.min(card.height, p.maxHeight), context).toBeGreaterThanOrEqual(Math.min(MIN_HEIGHT, card.height, viewport.height - 2 * MARGIN));
      if (p.whole) {
        const anchor = input.heading ?? l;
        const text = inHeadline ? headline : column;
        expect(overlaps(drawn, band(anchor, text)), context).toBe(false);
        if (input.headline) expect(overlaps(drawn, input.headline), context).toBe(false);
      }
    }
  });

  describe('with the PDF viewer’s toolbar across the top (an obstacle)', () => {
    const VIEWER = { width: 1280, height: 900 };
    const TOOLBAR = rect(0, 0, 1280, 33);
    const PAGE = rect(232, -400, 1048, 1200);

    it('a card with no whole room anywhere (trial 18c): shortened below the line, or above it, never over the toolbar', () => {
      const l = rect(500, 447, 545, 467);
      const p = placeCard({ viewport: VIEWER, card: { width: 380, height: 500 }, lines: [l], column: PAGE, heading: null, headline: null, obstacles: [TOOLBAR] });
      expect(p.y).toBeGreaterThanOrEqual(TOOLBAR.bottom + GAP);
      expect(overlaps(box(p, 500), band(l, PAGE))).toBe(false);
      // Without the toolbar the same card goes above, up to the window's edge: under where the toolbar is.
      const bare = placeCard({ viewport: VIEWER, card: { width: 380, height: 500 }, lines: [l], column: PAGE, heading: null, headline: null });
      expect(bare.y).toBeLessThan(TOOLBAR.bottom);
    });

    it('on any layout: never over the toolbar, on-screen, and clear of the line when whole', () => {
      const random = seededRandom(11);
      for (let i = 0; i < 2000; i += 1) {
        const viewport = { width: 400 + Math.round(random() * 1500), height: 300 + Math.round(random() * 800) };
        const toolbar = rect(0, 0, viewport.width, 33 + Math.round(random() * 60));
        const card = { width: Math.min(380, viewport.width - 16), height: 120 + Math.round(random() * 500) };
        const top = toolbar.bottom + Math.round(random() * (viewport.height - toolbar.bottom - 22));
        const x = 40 + Math.round(random() * (viewport.width - 140));
        const l = rect(x, top, x + 60, top + 20);
        const column = rect(20, -500, viewport.width - 20, viewport.height + 500);
        const keep = random() < 0.2 ? (['below', 'above', 'right', 'left'] as const)[Math.floor(random() * 4)]! : null;
        const p = placeCard({ viewport, card, lines: [l], column, heading: null, headline: null, obstacles: [toolbar], keep });
        const drawn = { left: p.x, top: p.y, right: p.x + card.width, bottom: p.y + Math.min(card.height, p.maxHeight) };
        const context = JSON.stringify({ viewport, toolbar, card, l, keep, p });
        expect(overlaps(drawn, toolbar), context).toBe(false);
        expect(onScreen(drawn, viewport), context).toBe(true);
        if (p.whole) expect(overlaps(drawn, band(l, column)), context).toBe(false);
      }
    });
  });
});
