/**
 * Whether the page went to another address in the page since it loaded (`history.pushState`: a single-page
 * app's navigation, by path or by query), as the navigation's timing entry tells; false where the browser
 * does not say. A page that tidies its address on load (dropping `utm_` and other tracking parameters) or
 * moves to a fragment has not navigated (a break-it review, session 19).
 */
export function navigatedInPage(doc: Document): boolean {
  const entry = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0];
  if (!entry?.name) return false;
  return withoutTracking(entry.name) !== withoutTracking(doc.URL);
}

/** Query parameters that only say where a reader came from. */
const TRACKING = /^(?:utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|igshid|ref|ref_src|cmpid|ocid|guccounter)$/i;

/** An address without its fragment and its tracking parameters, the others in order. */
function withoutTracking(address: string): string {
  try {
    const url = new URL(address);
    const kept = [...url.searchParams].filter(([key]) => !TRACKING.test(key));
    return `${url.origin}${url.pathname}?${new URLSearchParams(kept).toString()}`;
  } catch {
    return address.replace(/#.*$/, '');
  }
}
