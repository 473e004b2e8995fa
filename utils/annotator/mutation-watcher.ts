/**
 * Watches the page for changed text and reports it in batches: after the page has been quiet for
 * `quietMs`, or at the latest every `maxWaitMs` while it keeps changing, so a page that rewrites
 * itself constantly neither starves the highlights nor makes us work on every change.
 */
export interface MutationWatcher {
  observe(target: Node): void;
  /** Drops records of changes we made ourselves (the <mark> fallback). */
  discardPending(): void;
  disconnect(): void;
}

/**
 * Attributes whose change can show text that was hidden: <details open>, `hidden`, classes, styles, and
 * the state attributes CSS rules commonly key on (tabs, accordions, menus); also `slot` (a child moved to
 * another slot of its component) and `contenteditable` (text that became an editor's is never highlighted).
 */
export const REVEALING_ATTRIBUTES = ['open', 'hidden', 'aria-hidden', 'class', 'style', 'aria-expanded', 'aria-selected', 'data-state', 'data-open', 'data-expanded', 'data-active', 'slot', 'contenteditable'];

export function watchMutations(
  onBatch: (records: MutationRecord[]) => void,
  options: { quietMs: number; maxWaitMs: number },
): MutationWatcher {
  let pending: MutationRecord[] = [];
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  let maxTimer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    clearTimeout(quietTimer);
    clearTimeout(maxTimer);
    quietTimer = maxTimer = undefined;
    const batch = pending.concat(observer.takeRecords());
    pending = [];
    if (batch.length > 0) onBatch(batch);
  };
  const observer = new MutationObserver((records) => {
    pending.push(...records);
    clearTimeout(quietTimer);
    quietTimer = setTimeout(flush, options.quietMs);
    maxTimer ??= setTimeout(flush, options.maxWaitMs);
  });
  return {
    observe(target) {
      // Attributes that can reveal hidden text: PageAnnotator reads again only what they revealed.
      observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: REVEALING_ATTRIBUTES });
    },
    discardPending() {
      observer.takeRecords();
    },
    disconnect() {
      clearTimeout(quietTimer);
      clearTimeout(maxTimer);
      observer.disconnect();
      pending = [];
    },
  };
}
