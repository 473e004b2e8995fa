import { createCardHost } from '../components/card-host';
import { extractArticle } from '../utils/annotator/extract-article';
import { PAGE_UI_GLOBAL, type PageUi } from '../utils/annotator/page-ui';

// Loaded by the content script on first use (`loadPageUi`), in its own world: see utils/annotator/page-ui.ts.
export default defineUnlistedScript(() => {
  const exports: PageUi = { createCardHost, extractArticle };
  (globalThis as unknown as Record<string, PageUi>)[PAGE_UI_GLOBAL] = exports;
});
