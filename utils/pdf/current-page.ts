/** A page's place in the document, in the same coordinates as the view (CSS pixels from the top). */
export interface PageBox {
  top: number;
  height: number;
}

/**
 * The page the reader is on, for the page box: of the pages showing between the toolbar's bottom
 * (`viewTop`) and the window's bottom, the one that shows most of itself; the upper one on a tie.
 * So a page jumped to (its top just under the toolbar) is the current page even when the next one
 * fits in view too (small zoom). Scrolled to the end (`atEnd`), the last page is current once it shows
 * whole, though the one above it may too. `box(i)` is read only for pages near the view (a binary
 * search finds them), so 5,000 pages cost little.
 */
export function currentPage(count: number, box: (index: number) => PageBox, viewTop: number, viewBottom: number, atEnd = false): number {
  if (count === 0) return 1;
  if (atEnd) {
    const last = box(count - 1);
    if (last.top >= viewTop && last.top + last.height <= viewBottom) return count;
  }
  // The first page whose bottom is below the view's top.
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    const { top, height } = box(mid);
    if (top + height <= viewTop) low = mid + 1;
    else high = mid;
  }
  let best = low;
  let bestShown = -1;
  for (let i = low; i < count; i += 1) {
    const { top, height } = box(i);
    if (top >= viewBottom) break;
    const shown = Math.min(top + height, viewBottom) - Math.max(top, viewTop);
    if (shown > bestShown) {
      best = i;
      bestShown = shown;
    }
  }
  return best + 1;
}

/**
 * Where the top of the view (just under the toolbar) goes after a zoom, so that the same place of the
 * page the reader is on stays under it: a point inside the page keeps its fraction of the page's
 * height; a point in the gap before or after the page (margins that do not scale) keeps its distance
 * in pixels. Keeping a fraction of the gap's distance instead slid a page jumped to under the toolbar
 * when zooming out, and the page box named the next page.
 */
export function anchoredViewTop(viewTop: number, before: PageBox, after: PageBox): number {
  const into = viewTop - before.top;
  if (into <= 0) return after.top + into;
  if (into >= before.height) return after.top + after.height + (into - before.height);
  return after.top + (into / before.height) * after.height;
}
