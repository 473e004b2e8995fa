import { describe, expect, it } from 'vitest';
import { currentPage } from '../../../utils/pdf/current-page';

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
