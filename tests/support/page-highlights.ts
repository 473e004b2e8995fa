import type { Locator, Page, Worker } from 'playwright-core';

export interface VisibleMention {
  category: string;
  text: string;
}

/**
 * The mentions a user sees highlighted, read from the page's CSS highlight registry (shared with
 * the page's main world) or, in the fallback, from our <mark> elements.
 */
export async function readHighlights(page: Page): Promise<VisibleMention[]> {
  return page.evaluate(() => {
    const out: { category: string; text: string }[] = [];
    for (const category of ['program', 'firm', 'edt']) {
      const highlight = CSS.highlights?.get(`defense-innovation-lens-${category}`);
      if (highlight) for (const range of highlight as unknown as Iterable<Range>) out.push({ category, text: range.toString() });
    }
    for (const mark of Array.from(document.querySelectorAll<HTMLElement>('mark.defense-innovation-lens-mark'))) {
      out.push({ category: mark.dataset.category ?? '', text: mark.textContent ?? '' });
    }
    return out;
  });
}

/** Waits until the content script has registered at least one highlight. */
export async function waitForHighlights(page: Page, timeout = 15_000): Promise<VisibleMention[]> {
  await page.waitForFunction(
    () => ['program', 'firm', 'edt'].some((c) => (CSS.highlights?.get(`defense-innovation-lens-${c}`)?.size ?? 0) > 0),
    undefined,
    { timeout },
  );
  return readHighlights(page);
}

/**
 * The centre of the first line box of the first highlighted range whose text equals `text` (or of the
 * first highlight at all), scrolled into view.
 */
export async function pointOfHighlight(page: Page, text?: string, nth = 0): Promise<{ x: number; y: number; text: string }> {
  const point = await page.evaluate(([wanted, skip]) => {
    let left = skip;
    for (const category of ['program', 'firm', 'edt']) {
      const highlight = CSS.highlights?.get(`defense-innovation-lens-${category}`);
      if (!highlight) continue;
      for (const range of highlight as unknown as Iterable<Range>) {
        if (wanted !== null && range.toString() !== wanted) continue;
        if (left-- > 0) continue;
        const element = range.startContainer.parentElement;
        element?.scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2, text: range.toString() };
      }
    }
    return null;
  }, [text ?? null, nth] as const);
  if (!point) throw new Error(text ? `No highlight "${text}" on the page` : 'No highlight on the page');
  return point;
}

/** The saved articles, read from the extension's own IndexedDB through its service worker. */
export async function readSavedArticles(serviceWorker: Worker): Promise<unknown[]> {
  return serviceWorker.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = indexedDB.open('defense-innovation-lens');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction('articles').objectStore('articles').getAll();
          get.onsuccess = () => resolve(get.result as unknown[]);
        };
      }),
  );
}

/** Hovers the first (or `nth`, from 0, in the order highlighted) highlight with this text and returns the card it opens. */
export async function hoverHighlight(page: Page, text: string, nth = 0): Promise<Locator> {
  const point = await pointOfHighlight(page, text, nth);
  await page.mouse.move(point.x, point.y);
  const card = page.locator('defense-innovation-lens-card .card');
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  return card;
}

/** Hovers the highlight with this text inside the element with this id, and returns the card it opens. */
export async function hoverHighlightWithin(page: Page, text: string, id: string): Promise<Locator> {
  const point = await pointOfHighlightWithin(page, text, id);
  await page.mouse.move(point.x, point.y);
  const card = page.locator('defense-innovation-lens-card .card');
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  return card;
}

/** The centre of the first line box of the highlight with this text inside the element with this id. */
export async function pointOfHighlightWithin(page: Page, text: string, id: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(([wanted, within]) => {
    const container = document.getElementById(within);
    for (const category of ['program', 'firm', 'edt']) {
      for (const range of (CSS.highlights?.get(`defense-innovation-lens-${category}`) as unknown as Iterable<Range>) ?? []) {
        if (range.toString() !== wanted || !container?.contains(range.startContainer)) continue;
        const rect = range.getClientRects()[0];
        if (rect) return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, [text, id] as const);
  if (!point) throw new Error(`No highlight "${text}" in #${id}`);
  return point;
}
