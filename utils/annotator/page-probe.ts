import type { WireMentions } from '../matcher/mention-wire';
import type { ProbeAnswer, ProbeRequest } from '../matcher/probe-sessions';
import { encodeTexts } from '../matcher/text-wire';
import { blockAncestorOf, outermostOf } from '../page-text/collect-text-blocks';
import { type PageRead, readPage } from '../page-text/page-read';
import { isPageMutation } from './page-mutation';
import { yieldToPage } from './task-budget';

/**
 * What the first look hands the annotator when the whole page, read once, names something: the read
 * (texts and how to find their nodes), the background's mentions of it (`ProbeAnswer.found`) and the
 * matching session they were found in, to draw at once and go on with.
 */
export interface FirstLook {
  read: PageRead;
  found: WireMentions;
  session: string;
  state: string;
  /** The nodes whose text changed since the read; the first look stops watching the page when asked. */
  changes(): Node[];
}

export interface PageProbeOptions {
  doc: Document;
  /** Asks the background (see `ProbeSessions`); rejects when the extension went away. */
  send: (request: ProbeRequest) => Promise<ProbeAnswer>;
  /** Shadow roots, open or closed (see `openOrClosedShadowRoot`). */
  shadowRootOf?: (element: Element) => ShadowRoot | null;
  /**
   * Called once, when the page names something (or is too large to probe): time to annotate. The
   * probe has stopped watching by then, unless `first` is given: the whole page's read and mentions,
   * whose `changes` stops it. `reader`: the reader's settings and corrections the answer carried
   * (`ProbeAnswer.reader`), when it did.
   */
  onFound: (reader?: string, first?: FirstLook) => void;
  /** Whether the reader has this site on, after each answer that tells. */
  onSiteState?: (enabled: boolean) => void;
  /** After each answer of the background's, whatever it said (or a failed ask): the page has had a look. */
  onAnswered?: () => void;
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
 * The first look every page gets (the content script's cheap path): the page's text is read
 * (`readPage`, as annotation reads it) and sent to the background in one message, which matches it and
 * says whether it names anything. Most pages a reader opens name nothing: for them annotation (ranges,
 * visibility checks, listeners, the annotator's own script) never starts, and the probe only watches
 * for changed text, sending the blocks that changed (gathered for `batchMs`). The first "yes" hands
 * over to `onFound`, with the read and its mentions when it was the whole page's.
 */
export function probePage(options: PageProbeOptions): PageProbe {
  const { doc, signal } = options;
  const newId = options.newId ?? (() => crypto.randomUUID());
  const batchMs = options.batchMs ?? 250;
  let session = newId();
  let fresh = true;
  let done = false;
  /** The background reads nothing of this page for now (site off, no dataset): changes are not sent. */
  let paused = false;
  const changed = new Set<Node>();

  let noticeAdded: (node: Node) => void = () => undefined;
  const notice = (records: readonly MutationRecord[]) => {
    for (const record of records) {
      // Our own toast or card coming or going is not the page's text changing.
      if (!isPageMutation(record)) continue;
      if (record.type === 'childList') record.addedNodes.forEach((node) => noticeAdded(node));
      const target = record.type === 'characterData' ? record.target.parentNode : record.target;
      if (target) changed.add(target.nodeType === Node.DOCUMENT_NODE ? target : blockAncestorOf(target));
    }
  };
  const observer = new MutationObserver((records) => {
    notice(records);
    schedule();
  });
  const observed = new WeakSet<Node>();
  const observe = (root: Node) => {
    if (observed.has(root)) return;
    observed.add(root);
    observer.observe(root, { childList: true, characterData: true, subtree: true });
  };
  /** Reads the roots' blocks (and the shadow roots met, watched from now on), yielding to the page between slices. */
  const read = (roots: readonly Node[]): Promise<PageRead | null> =>
    readPage(roots, {
      shadowRootOf: options.shadowRootOf,
      onShadowRoot: (root) => {
        observe(root);
        return true;
      },
      pause: () => yieldToPage().then(() => !done),
    });

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
    if (done || paused || timer !== undefined) return;
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

  /**
   * Sends texts and acts on the answer. True when the probe is over for now: the page names something
   * (handed over), or the send failed or the session is unknown (a whole read is scheduled again).
   */
  const ask = async (page: PageRead, whole: boolean): Promise<boolean> => {
    let answer: ProbeAnswer;
    const asked = session;
    try {
      const hidden = whole ? hiddenTexts(page) : [];
      answer = await options.send({ session, fresh: whole, texts: encodeTexts(page.texts), ...(hidden.length > 0 ? { hidden: encodeTexts(hidden) } : {}) });
    } catch {
      options.onAnswered?.();
      // The extension was reloaded or removed under the page (its signal says so), or the background was
      // stopped while answering: then the whole page goes again, a little later each time.
      if (signal.aborted) stop();
      else {
        retries += 1;
        restart(Math.min(30_000, 500 * 2 ** Math.min(retries, 6)));
      }
      return true;
    }
    retries = 0;
    options.onAnswered?.();
    // Stopped, or restarted meanwhile (a new dataset): this answer is about texts no longer asked about.
    if (done || asked !== session) return true;
    if (answer.ok) {
      options.onSiteState?.(true);
      if (answer.mentions > 0) {
        if (whole && answer.found && answer.state !== undefined) {
          // Handed over with the read: the annotator draws it, then asks what changed since (`changes`),
          // so the page is watched until then.
          done = true;
          clearTimeout(timer);
          options.onFound(answer.reader, { read: page, found: answer.found, session: asked, state: answer.state, changes: handOver });
        } else {
          stop();
          options.onFound(answer.reader);
        }
        return true;
      }
    } else if (answer.reason === 'too-large') {
      stop();
      options.onFound();
      return true;
    } else if (answer.reason === 'unknown-session') {
      // The background restarted: the whole page again, at once.
      restart();
      return true;
    } else {
      if (answer.reason === 'site-off') options.onSiteState?.(false);
      // 'site-off', 'no-dataset': the background reads nothing of this page, so it is read no further
      // and its changes are not sent; a site switched on or a dataset installed restarts the probe.
      paused = true;
      return true;
    }
    return false;
  };

  /** The blocks changed since the read handed over, and the end of watching. */
  const handOver = (): Node[] => {
    notice(observer.takeRecords());
    stop();
    const nodes = [...changed].filter((node) => node.isConnected);
    changed.clear();
    return nodes;
  };

  /** Sends the whole page (a new session) or the blocks changed since the last send. */
  const step = async (): Promise<void> => {
    if (done) return;
    const whole = fresh;
    const roots = whole ? [doc.body ?? doc.documentElement ?? doc] : outermostOf([...changed].filter((node) => node.isConnected));
    changed.clear();
    const page = await read(roots);
    // A page with no text is still asked about once: the background's "no" sets the toolbar button.
    if (done || !page || (!whole && page.texts.length === 0)) return;
    const now = Date.now();
    gather = !whole && now - lastSent < 2_000 ? Math.min(gather * 2, 4_000) : batchMs;
    lastSent = now;
    fresh = false;
    await ask(page, whole);
  };

  let retries = 0;
  const restart = (delay = 0) => {
    if (done) return;
    session = newId();
    fresh = true;
    paused = false;
    clearTimeout(timer);
    timer = undefined;
    schedule(delay);
  };

  observe(doc);
  schedule(0);
  // Components defined later (a lazy-loaded bundle) fill their shadow roots with no change we observe:
  // the elements still undefined are looked at again for a while (content scripts cannot use
  // `customElements`, but `:defined` can be read), and read once defined. The poll runs only while there
  // are such elements: most pages have none, and a timer firing twice a second for 15 s cost every page.
  const undefinedOnes = new Set<Element>();
  let pollUntil = Date.now() + 15_000;
  let poll: ReturnType<typeof setInterval> | undefined;
  const stopPolling = () => {
    clearInterval(poll);
    poll = undefined;
  };
  const startPolling = () => {
    if (poll !== undefined || done || undefinedOnes.size === 0) return;
    poll = setInterval(() => {
      if (done || undefinedOnes.size === 0 || Date.now() > pollUntil) {
        undefinedOnes.clear();
        stopPolling();
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
    }, 500);
  };
  const watchUndefined = (root: ParentNode) => {
    for (const element of Array.from(root.querySelectorAll(':not(:defined)')).slice(0, 500 - undefinedOnes.size)) undefinedOnes.add(element);
    startPolling();
  };
  signal.addEventListener('abort', stopPolling, { once: true });
  noticeAdded = (node) => {
    if (node.nodeType !== 1 || undefinedOnes.size >= 500) return;
    const element = node as Element;
    pollUntil = Math.max(pollUntil, Date.now() + 15_000);
    if (!element.matches(':defined')) undefinedOnes.add(element);
    if (element.firstElementChild) watchUndefined(element);
    else startPolling();
  };
  watchUndefined(doc);

  return { restart: () => restart() };
}

/** At most this many characters of a page's hidden parts are sent with its first look. */
const MAX_HIDDEN_CHARS = 200_000;

/**
 * The text of what a read found hidden for now (see `ProbeRequest.hidden`), each part whole: only whether
 * it names anything is asked, so its blocks need not be told apart (a name across two of them may
 * start an annotator that finds nothing, no worse).
 */
function hiddenTexts(read: PageRead): string[] {
  const texts: string[] = [];
  let chars = 0;
  for (const node of [...read.hiddenElements, ...read.hiddenBlocks]) {
    const text = node.textContent ?? '';
    if (!/\S/.test(text)) continue;
    chars += text.length;
    if (chars > MAX_HIDDEN_CHARS) break;
    texts.push(text);
  }
  return texts;
}
