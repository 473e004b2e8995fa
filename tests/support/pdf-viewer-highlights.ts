/**
 * What the Lens PDF viewer shows highlighted: each mention is drawn as boxes (one per line it covers)
 * in a layer of its page (utils/pdf/page-overlay-highlighter.ts), for the pages the reader has come near.
 * Read in the page (Playwright's `evaluate` or Puppeteer's); plain functions with no closure.
 */
export interface ViewerHighlight {
  text: string;
  category: string;
  page: number;
  /** Its boxes lie on more than one line. */
  acrossLines: boolean;
  /** Where it is drawn (page and first box): the same mention drawn twice has the same key. */
  key: string;
}

export function readViewerHighlights(): ViewerHighlight[] {
  return [...document.querySelectorAll<HTMLElement>('.pdf-page .defense-innovation-lens-box')].map((group) => {
    const page = Number(group.closest<HTMLElement>('.pdf-page')?.dataset.pageNumber);
    const boxes = [...group.children] as HTMLElement[];
    const first = boxes[0]?.style;
    return {
      text: group.dataset.text ?? '',
      category: group.dataset.category ?? '',
      page,
      acrossLines: new Set(boxes.map((box) => box.style.top)).size > 1,
      key: `${page}:${first?.left}:${first?.top}`,
    };
  });
}

/** Whether any mention (of a category) is drawn yet. */
export function viewerHasHighlight(category?: string): boolean {
  return document.querySelector(`.pdf-page .defense-innovation-lens-box${category ? `[data-category="${category}"]` : ''}`) !== null;
}

/** Hovers the first drawn mention with this text (scrolled to the middle of the view) and returns the card it opens. */
export async function hoverViewerHighlight(page: import('playwright-core').Page, text: string): Promise<import('playwright-core').Locator> {
  const point = await page.evaluate(async (wanted) => {
    const group = [...document.querySelectorAll<HTMLElement>('.pdf-page .defense-innovation-lens-box')].find((g) => g.dataset.text === wanted);
    const box = group?.firstElementChild;
    if (!box) return null;
    box.scrollIntoView({ block: 'center', behavior: 'instant' });
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const rect = box.getBoundingClientRect();
    const point = { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    // Where the pointer went, for a test to ask what lies there.
    (window as unknown as { lastPoint: [number, number] }).lastPoint = [point.x, point.y];
    return point;
  }, text);
  if (!point) throw new Error(`No highlight "${text}" drawn in the viewer`);
  await page.mouse.move(point.x, point.y);
  const card = page.locator('defense-innovation-lens-card .card');
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  return card;
}
