/**
 * The shadow root of an element, open or closed. Page scripts cannot reach a closed root, but an
 * extension's content script can: Chromium through `chrome.dom.openOrClosedShadowRoot`, Firefox through
 * the element's `openOrClosedShadowRoot` property. Components that render their story text into a closed
 * root are otherwise unreadable. Closed roots are looked for on custom elements only (a name with a
 * hyphen, where component libraries put them): asking the extension API for every element of a page
 * that adds thousands would cost more than the roots are worth. Returns null for an element without one.
 */
export function openOrClosedShadowRoot(element: Element): ShadowRoot | null {
  if (element.shadowRoot) return element.shadowRoot;
  if (!element.localName.includes('-')) return null;
  const firefox = (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  if (firefox !== undefined) return firefox ?? null;
  const chromium = (globalThis as { chrome?: { dom?: { openOrClosedShadowRoot?: (e: Element) => ShadowRoot | null } } }).chrome?.dom;
  try {
    return chromium?.openOrClosedShadowRoot?.(element) ?? null;
  } catch {
    return null;
  }
}
