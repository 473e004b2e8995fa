/**
 * Tells when elements start or stop being laid out, however it happened: a class or style, a stylesheet
 * switched on or off through the CSSOM, a media query, a component rendering over its light DOM. No
 * attribute need change, so a MutationObserver cannot see these; a ResizeObserver sees the element's
 * box appear (size above zero) or go (zero), once per rendering frame, without polling.
 */
export interface RenderWatcher {
  /** Watches an element, stating whether it is shown now; only later changes are reported. */
  observe(element: Element, shown: boolean): void;
  unobserve(element: Element): void;
  disconnect(): void;
}

/** At most this many elements are watched at once: a ResizeObserver checks each on every layout. */
export const MAX_WATCHED = 4_000;

/**
 * Calls `onChange` with the elements whose box appeared or went since they were last reported.
 * Elements that leave the document are reported once (their box goes) and then no longer watched.
 * Returns a no-op watcher where ResizeObserver does not exist (the corpus CLI's documents).
 */
export function watchRendering(win: Window & typeof globalThis, onChange: (elements: Element[]) => void): RenderWatcher {
  if (typeof win.ResizeObserver !== 'function') return { observe() {}, unobserve() {}, disconnect() {} };
  const shownNow = new Map<Element, boolean>();
  const observer = new win.ResizeObserver((entries) => {
    const changed: Element[] = [];
    for (const entry of entries) {
      const element = entry.target;
      const known = shownNow.get(element);
      if (known === undefined) continue;
      const box = entry.contentRect.width > 0 || entry.contentRect.height > 0;
      if (!element.isConnected) {
        observer.unobserve(element);
        shownNow.delete(element);
        continue;
      }
      if (box === known) continue;
      shownNow.set(element, box);
      changed.push(element);
    }
    if (changed.length > 0) onChange(changed);
  });
  return {
    observe(element, shown) {
      if (shownNow.has(element)) {
        shownNow.set(element, shown);
        return;
      }
      if (shownNow.size >= MAX_WATCHED) return;
      shownNow.set(element, shown);
      observer.observe(element);
    },
    unobserve(element) {
      if (shownNow.delete(element)) observer.unobserve(element);
    },
    disconnect() {
      observer.disconnect();
      shownNow.clear();
    },
  };
}
