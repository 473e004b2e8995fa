/**
 * A page's own address and metadata, read cheaply: the content script answers the popup with these on
 * every page, so they stay apart from article extraction (Readability, DOMPurify), which loads on save.
 */

/** The first non-empty `content`, `datetime` or `href` of the elements the selectors find, in order. */
export function metaContent(doc: Document, selectors: string[]): string | undefined {
  for (const selector of selectors) {
    const element = doc.querySelector(selector);
    const value = element?.getAttribute('content') ?? element?.getAttribute('datetime') ?? element?.getAttribute('href');
    if (value && value.trim()) return value.trim();
  }
  return undefined;
}

/** The page's canonical URL (rel=canonical, og:url), else its address without the fragment. */
export function canonicalUrl(doc: Document): string {
  const base = new URL(doc.location?.href ?? doc.URL);
  base.hash = '';
  const declared = metaContent(doc, ['link[rel="canonical"]', 'meta[property="og:url"]']);
  if (declared) {
    try {
      const url = new URL(declared, base);
      if (url.protocol === 'https:' || url.protocol === 'http:') {
        url.hash = '';
        return url.href;
      }
    } catch {
      // fall back to the page's own address
    }
  }
  return base.href;
}
