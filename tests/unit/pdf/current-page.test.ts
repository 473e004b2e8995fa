import { describe, expect, it } from 'vitest';
import { anchoredViewTop, currentPage } from '../../../utils/pdf/current-page';

/** Pages of one size in a column: 16 px above the first, 12 px between them, under a 40 px toolbar. */
const column = (height: number) => (index: number) => ({ top: 56 + index * (height + 12), height });

describe('the current page', () => {
  it('is the page jumped to, its top just under the toolbar, even when the next one fits in view too (50 % zoom)', () => {
    const pages = column(396);
    const viewTop = 56 + 4 * 408 - 8; // page 5 jumped to, 8 px below the toolbar
    expect(currentPage(60, pages, viewTop, viewTop + 860)).toBe(5);
  });

  it('is the page showing most of itself', () => {
    const pages = column(990);
    expect(currentPage(60, pages, 56, 56 + 860)).toBe(1);
    expect(currentPage(60, pages, 56 + 700, 56 + 700 + 860)).toBe(2);
  });

  it('reaches the last page once it is scrolled fully into view, and the first at the top', () => {
    const pages = column(396);
    const end = 56 + 60 * 408 + 36;
    expect(currentPage(60, pages, end - 860, end, true)).toBe(60);
    expect(currentPage(60, pages, end - 860, end, false)).toBe(59);
    expect(currentPage(60, pages, 0, 900)).toBe(1);
    expect(currentPage(0, pages, 0, 900)).toBe(1);
  });
});

describe('the place kept across a zoom', () => {
  // Page 5 at 125 % (990 px) and at 50 % (396 px), in the column above.
  const [at125, at50] = [column(990)(4), column(396)(4)];

  it.each([
    // A page jumped to: the view's top 8 px above it, in the gap (which does not scale).
    ['a page jumped to keeps its top 8 px under the toolbar', at125.top - 8, at125, at50, at50.top - 8],
    ['and back', at50.top - 8, at50, at125, at125.top - 8],
    ['a place inside the page keeps its fraction of the page', at125.top + 495, at125, at50, at50.top + 198],
    ['a place in the gap after the page keeps its distance', at125.top + 990 + 6, at125, at50, at50.top + 396 + 6],
  ])('%s', (_name, viewTop, before, after, expected) => {
    expect(anchoredViewTop(viewTop, before, after)).toBeCloseTo(expected, 6);
  });

  it('keeps a page jumped to the current page when zooming out step by step', () => {
    let viewTop = column(990)(4).top - 8;
    let before = column(990)(4);
    for (const height of [792, 594, 396]) {
      const after = column(height)(4);
      viewTop = anchoredViewTop(viewTop, before, after);
      before = after;
      expect(currentPage(60, column(height), viewTop, viewTop + 860)).toBe(5);
    }
  });
});
