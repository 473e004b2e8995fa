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

let loading: Promise<PageUi> | undefined;

/**
 * Loads the page UI once per frame. Rejects (and lets the next call try again) when the script cannot
 * be loaded, for instance when the extension was updated under an open page.
 */
export function loadPageUi(url: () => string): Promise<PageUi> {
  loading ??= (async () => {
    const slot = globalThis as unknown as Record<string, PageUi | undefined>;
    if (!slot[PAGE_UI_GLOBAL]) await import(/* @vite-ignore */ url());
    const ui = slot[PAGE_UI_GLOBAL];
    if (!ui) throw new Error('The page UI script loaded without its exports');
    return ui;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
