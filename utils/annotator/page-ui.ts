import { scriptLoader } from './load-script';
import type { createCardHost } from '../../components/card-host';
import type { extractArticle } from './extract-article';

/**
 * What a web page needs only now and then: the card UI (Preact, floating-ui, the card's styles) when the
 * reader first opens a card, and article extraction (Readability, DOMPurify) when they save. It is a
 * script of its own (`entrypoints/page-ui.ts`), loaded on first use, so the content script every page
 * pays for stays small.
 */
export interface PageUi {
  createCardHost: typeof createCardHost;
  extractArticle: typeof extractArticle;
}

/** Where `page-ui.js` leaves its exports: a global of the content script's own (isolated) world. */
export const PAGE_UI_GLOBAL = '__defenseInnovationLensPageUi';

/** Loads the page UI once per frame (see `scriptLoader`). */
export function loadPageUi(url: () => string): () => Promise<PageUi> {
  return scriptLoader<PageUi>(url, PAGE_UI_GLOBAL);
}
