import type { ProbeAnswer, ProbeRequest } from '../matcher/probe-sessions';
import { blockAncestorOf, outermostOf } from '../page-text/collect-text-blocks';
import { probeWalk } from '../page-text/probe-text';
import { sliceDeadline, yieldToPage } from './task-budget';

export interface PageProbeOptions {
  doc: Document;
  /** Asks the background (see `ProbeSessions`); rejects when the extension went away. */
  send: (request: ProbeRequest) => Promise<ProbeAnswer>;
  /** Shadow roots, open or closed (see `openOrClosedShadowRoot`). */
  shadowRootOf?: (element: Element) => ShadowRoot | null;
  /**
   * Called once, when the page names something (or is too large to probe): time to annotate. The
   * probe has stopped watching by then.
   */
  onFound: () => void;
  /** Whether the reader has this site on, after each answer that tells. */
  onSiteState?: (enabled: boolean) => void;
  signal: AbortSignal;
  /** How long page changes are gathered before they are sent, ms. */
  batchMs?: number;
  newId?: () => string;
}

export interface PageProbe {
  /** Reads the whole page again under a new session: the dataset, the reader's terms or settings changed. */
  restart(): void;
}

/**
 * The first look every page gets (the content script's cheap path): the page's text is read with
 * `probeTexts` and sent to the background, which says whether it names anything. Most pages a reader
 * opens name nothing: for them annotation (visibility checks, ranges, listeners, the annotator's own
 * script) never starts, and the probe only watches for changed text, sending the blocks that changed
 * (gathered for `batchMs`). The first "yes" hands over to `onFound`.
 */
export function probePage(options: PageProbeOptions): PageProbe {
  const { doc, signal } = options;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const batchMs = options.batchMs ?? 250;
  let session = newId();
  let fresh = true;
  let done = false;
  const changed = new Set<Node>();

  let noticeAdded: (node: Node) => void = () => undefined;
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'childList') record.addedNodes.forEach((node) => noticeAdded(node));
      const target = record.type === 'characterData' ? record.target.parentNode : record.target;
      if (target) changed.add(target.nodeType === Node.DOCUMENT_NODE ? target : blockAncestorOf(target));
    }
    schedule();
  });
  const observed = new WeakSet<Node>();
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, characterData: true, subtree: true });
  };
  /** Reads a root's blocks, yielding to the page between slices of a large one. */
  const read = async (root: Node): Promise<string[]> => {
    const walk = probeWalk(root, { shadowRootOf: options.shadowRootOf, onShadowRoot: observe });
    let expired = sliceDeadline();
    for (;;) {
      const step = walk.next();
      if (step.done) return step.value;
      if (expired()) {
        await yieldToPage();
        expired = sliceDeadline();
      }
    }
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();
  /**
   * How long changes are gathered: `batchMs`, doubled after each send that follows the last within
   * 2 s (a page that never stops changing, a ticker, is read every few seconds, not four times a
   * second: each answer matches the whole page again in the background), back to `batchMs` after a
   * quiet spell.
   */
  let gather = batchMs;
  let lastSent = 0;
  const schedule = (delay = gather) => {
    if (done || timer !== undefined) return;
    timer = setTimeout(() => {
      timer = undefined;
      running = running.then(step, step);
    }, delay);
  };
  const stop = () => {
    done = true;
    observer.disconnect();
    clearTimeout(timer);
  };
  signal.addEventListener('abort', stop, { once: true });

  /** Sends the whole page (a new session) or the blocks changed since the last send. */
  const step = async (): Promise<void> => {
    if (done) return;
    const whole = fresh;
    let texts: string[];
    if (whole) {
      changed.clear();
      texts = await read(doc.body ?? doc.documentElement ?? doc);
    } else {
      const roots = outermostOf([...changed].filter((node) => node.isConnected));
      changed.clear();
      texts = [];
      for (const root of roots) texts.push(...(await read(root)));
    }
    if (done || (!whole && texts.length === 0)) return;
    const now = Date.now();
    gather = !whole && now - lastSent < 2_000 ? Math.min(gather * 2, 4_000) : batchMs;
    lastSent = now;
    fresh = false;
    let answer: ProbeAnswer;
    try {
      answer = await options.send({ session, fresh: whole, texts });
    } catch {
      // The extension was reloaded or removed under the page (its signal says so), or the background was
      // stopped while answering: then the whole page goes again, a little later each time.
      if (signal.aborted) stop();
      else {
        retries += 1;
        restart(Math.min(30_000, 500 * 2 ** Math.min(retries, 6)));
      }
      return;
    }
    retries = 0;
    if (done) return;
    if (answer.ok) {
      options.onSiteState?.(true);
      if (answer.mentions > 0) {
        stop();
        options.onFound();
      }
    } else if (answer.reason === 'too-large') {
      stop();
      options.onFound();
    } else if (answer.reason === 'unknown-session') {
      // The background restarted: the whole page again, at once.
      restart();
    } else if (answer.reason === 'site-off') options.onSiteState?.(false);
    // 'no-dataset': nothing installed yet; the install announces itself and `restart` runs then.
  };

  let retries = 0;
  const restart = (delay = 0) => {
    if (done) return;
    session = newId();
    fresh = true;
    clearTimeout(timer);
    timer = undefined;
    schedule(delay);
  };

  observe(doc);
  schedule(0);
  // Components defined later (a lazy-loaded bundle) fill their shadow roots with no change we observe:
  // the elements still undefined are looked at again for a while (content scripts cannot use
  // `customElements`, but `:defined` can be read), and read once defined.
  const undefinedOnes = new Set<Element>();
  const watchUndefined = (root: ParentNode) => {
    for (const element of Array.from(root.querySelectorAll(':not(:defined)')).slice(0, 500 - undefinedOnes.size)) undefinedOnes.add(element);
  };
  let pollUntil = Date.now() + 15_000;
  const poll = setInterval(() => {
    if (done || (undefinedOnes.size === 0 && Date.now() > pollUntil)) {
      clearInterval(poll);
      return;
    }
    for (const element of undefinedOnes) {
      if (!element.isConnected) undefinedOnes.delete(element);
      else if (element.matches(':defined')) {
        undefinedOnes.delete(element);
        changed.add(element);
        schedule();
      }
    }
    if (Date.now() > pollUntil) undefinedOnes.clear();
  }, 500);
  signal.addEventListener('abort', () => clearInterval(poll), { once: true });
  noticeAdded = (node) => {
    if (node.nodeType !== 1 || undefinedOnes.size >= 500) return;
    const element = node as Element;
    if (!element.matches(':defined')) undefinedOnes.add(element);
    if (element.firstElementChild) watchUndefined(element);
    pollUntil = Math.max(pollUntil, Date.now() + 15_000);
  };
  watchUndefined(doc);

  return { restart: () => restart() };
}
