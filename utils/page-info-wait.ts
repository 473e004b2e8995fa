/**
 * Asks a tab's page what it shows, waiting while the page is still loading.
 *
 * Why: the content script cannot answer before it is injected, nor while the page's own script holds the
 * main thread (a page building a long table as it parses). The popup used to say "this page cannot be
 * read" for that first second; a page that is loading is waited for, and only a page that has finished
 * loading and still does not answer (a browser page, the web store, a tab opened before the extension was
 * installed) is said to be unreadable.
 */

/** What the browser says of the tab: `loading` until the page's load event, then `complete`. */
export interface TabState {
  status?: string;
}

export interface PageInfoWaitOptions<T> {
  /** Asks the page once; resolves `null` where nothing answers. */
  ask: () => Promise<T | null>;
  /** The tab's state now; `null` once the tab is gone. */
  tabState: () => Promise<TabState | null>;
  /** Told once, the first time the page is waited for (the popup says "loading"). */
  onWaiting?: () => void;
  /** Pauses between questions, in milliseconds (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
  /** Time between questions, ms. Default 250. */
  intervalMs?: number;
  /** How long a page that has finished loading is still asked (its script may be starting), ms. Default 1,500. */
  settleMs?: number;
  /** How long a page that is still loading is waited for at most, ms. Default 30,000. */
  maxWaitMs?: number;
}

/**
 * @returns the page's answer, or `null` when the tab is gone, or has finished loading and gave no answer
 *   within `settleMs`, or did not answer within `maxWaitMs`. Never rejects (a failing `ask` or `tabState`
 *   counts as no answer).
 */
export async function askPageInfoWhenLoaded<T>(options: PageInfoWaitOptions<T>): Promise<T | null> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const interval = options.intervalMs ?? 250;
  const settle = options.settleMs ?? 1_500;
  const maxWait = options.maxWaitMs ?? 30_000;
  let waited = 0;
  /** Time asked since the tab was last seen loading. */
  let sinceLoaded = 0;
  let told = false;
  for (;;) {
    const answer = await options.ask().catch(() => null);
    if (answer !== null) return answer;
    const tab = await options.tabState().catch(() => null);
    if (!tab) return null;
    if (tab.status === 'loading') sinceLoaded = 0;
    else if (sinceLoaded >= settle) return null;
    if (waited >= maxWait) return null;
    if (!told) {
      told = true;
      options.onWaiting?.();
    }
    await sleep(interval);
    waited += interval;
    if (tab.status !== 'loading') sinceLoaded += interval;
  }
}
