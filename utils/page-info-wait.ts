/**
 * Asks a tab's page what it shows, waiting while the page is still loading.
 *
 * Why: the content script cannot answer before it is injected, and its answer waits while the page's own
 * script holds the main thread (a page building a long table as it parses). The popup used to say "this
 * page cannot be read" for that first second, or nothing at all for as long as the page's script ran. A
 * page that is loading is waited for (and said to be loading), and only a page that has finished loading
 * and still does not answer (a browser page, the web store, a tab opened before the extension was
 * installed) is said to be unreadable. (While a tab loads a new page, the page it is leaving still
 * answers: the popup asks again while the tab is loading and shows the new page once it answers.)
 */

/** What the browser says of the tab: `loading` until the page's load event, then `complete`. */
export interface TabState {
  status?: string;
}

export interface PageInfoWaitOptions<T> {
  /** Asks the page once; resolves `null` where nothing answers. */
  ask: () => Promise<T | null>;
  /** The tab's state now; `null` once the tab is gone (or is a page no content script runs in). */
  tabState: () => Promise<TabState | null>;
  /** Told once, the first time the page is waited for (the popup says "loading"). */
  onWaiting?: () => void;
  /** Pauses between questions, in milliseconds (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
  /** Resolves after `ms` real milliseconds: how long an unanswered question waits before `onWaiting`. */
  timer?: (ms: number) => Promise<void>;
  /** Time between questions, ms. Default 250. */
  intervalMs?: number;
  /** A question not answered within this long counts as waiting (the page is busy), ms. Default 600. */
  slowMs?: number;
  /** How long a page that has finished loading is still asked (its script may be starting), ms. Default 1,500. */
  settleMs?: number;
  /** How long a page that is still loading is waited for at most, ms. Default 300,000 (a very slow server). */
  maxWaitMs?: number;
}

/**
 * @returns the page's answer, or `null` when the tab is gone, or has finished loading and gave no answer
 *   within `settleMs`, or did not answer within `maxWaitMs`. Never rejects (a failing `ask` or `tabState`
 *   counts as no answer).
 */
export async function askPageInfoWhenLoaded<T>(options: PageInfoWaitOptions<T>): Promise<T | null> {
  const sleep = options.sleep ?? realTimer;
  const timer = options.timer ?? realTimer;
  const interval = options.intervalMs ?? 250;
  const slow = options.slowMs ?? 600;
  const settle = options.settleMs ?? 1_500;
  const maxWait = options.maxWaitMs ?? 300_000;
  let waited = 0;
  /** Time asked since the tab was last seen loading. */
  let sinceLoaded = 0;
  let told = false;
  const tell = () => {
    if (told) return;
    told = true;
    options.onWaiting?.();
  };
  for (;;) {
    const asking = options.ask().catch(() => null);
    const first = await Promise.race([asking.then((value) => ({ value })), timer(slow).then(() => null)]);
    let answer: T | null;
    if (first) answer = first.value;
    else {
      // The page is busy (its script holds the main thread): the question stays asked, and the reader is told.
      tell();
      answer = await asking;
    }
    if (answer !== null) return answer;
    const tab = await options.tabState().catch(() => null);
    if (!tab) return null;
    const loading = tab.status === 'loading';
    if (loading) sinceLoaded = 0;
    else if (sinceLoaded >= settle) return null;
    if (waited >= maxWait) return null;
    // Only a page that is loading is said to be loading (a loaded page that does not answer is given up on).
    if (loading) tell();
    await sleep(interval);
    waited += interval;
    if (!loading) sinceLoaded += interval;
  }
}

function realTimer(ms: number): Promise<void> {
  return new Promise<void>((resolve) => setTimeout(resolve, ms));
}
