import { navigatedInPage } from './in-page-navigation';

/**
 * Whether the page is the server's error page (404 Not Found, 500, 403 …) rather than what the reader
 * meant to save: the navigation's HTTP status says it (`PerformanceNavigationTiming.responseStatus`,
 * where the browser gives it), and the page reads as one (a title or heading naming the error, or next to
 * no text). A single-page app served through a 404 fallback (GitHub Pages' deep links) answers 404 but
 * shows its article: that one is saved.
 *
 * Returns the reason to give the reader ("this page answered 404 …"), or null when the page may be saved.
 */
export function errorPageReason(doc: Document, status: number | undefined = navigationStatus(doc)): string | null {
  // The status is the page's first load's: an app that moved on since (from a 404 route) shows another page.
  if (status === undefined || status < 400 || status > 599 || navigatedInPage(doc)) return null;
  const heading = doc.querySelector('h1')?.textContent ?? '';
  const names = [doc.title, heading].some((line) => ERROR_TITLE.test(line.replace(/\s+/g, ' ').trim()));
  const text = (doc.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  if (!names && text.length >= MIN_TEXT_CHARS) return null;
  return `this page answered ${status} (an error page, not the article). Reload it, or save it once it loads.`;
}

/**
 * A title or heading that names an HTTP error: opening with its code ("404", "500 Internal Server Error"),
 * or its words ("Page not found", "Seite nicht gefunden", "Page introuvable", "Access denied", "Service
 * unavailable"). Not a headline that merely holds a number or the word "error" ("Poland orders 500 more
 * drones", "Human error blamed …": a break-it review, session 19).
 */
const ERROR_TITLE =
  /^(?:(?:error\s*)?[45]\d\d\b|.*\b(?:page not found|not found|nicht gefunden|introuvable|access denied|forbidden|service unavailable|internal server error|bad gateway|gateway time-?out|too many requests)\b)/i;
/** Less text than this is no article, whatever its title. */
const MIN_TEXT_CHARS = 200;

/** The top-level navigation's HTTP status, where the browser reports it (Chromium 109+); undefined otherwise. */
function navigationStatus(doc: Document): number | undefined {
  const timing = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as (PerformanceEntry & { responseStatus?: number }) | undefined;
  const status = timing?.responseStatus;
  // 0: not reported (a cross-origin redirect, a cached or a file: page).
  return typeof status === 'number' && status > 0 ? status : undefined;
}
