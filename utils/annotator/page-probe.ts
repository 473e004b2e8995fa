import type { WireMentions } from '../matcher/mention-wire';
import type { ProbeAnswer, ProbeRequest } from '../matcher/probe-sessions';
import { encodeTexts } from '../matcher/text-wire';
import { blockAncestorOf, outermostOf } from '../page-text/collect-text-blocks';
import { MAX_HIDDEN, MAX_UNDEFINED, type PageRead, readPage } from '../page-text/page-read';
import { hasNonSpace } from '../page-text/white-space';
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

  /** Until when components still undefined are watched: 15 s from the start or the page's last addition. */
  let pollUntil = Date.now() + 15_000;
  const notice = (records: readonly MutationRecord[]) => {
    for (const record of records) {
      // Our own toast or card coming or going is not the page's text changing.
      if (!isPageMutation(record)) continue;
      if (record.type === 'childList' && record.addedNodes.length > 0) pollUntil = Date.now() + 15_000;
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
  /** No more reads or sends; the observer goes on (a handover's changes are still gathered). */
  const finish = () => {
    done = true;
    clearTimeout(timer);
  };
  const stop = () => {
    finish();
    observer.disconnect();
  };
  signal.addEventListener('abort', stop, { once: true });

  /**
   * Sends texts and acts on the answer. True when the probe is over for now: the page names something
   * (handed over), or the send failed or the session is unknown (a whole read is scheduled again).
   */
  const ask = async (page: PageRead, whole: boolean): Promise<boolean> => {
    let answer: ProbeAnswer;
    const asked = session;
    const hidden = hiddenTexts(page);
    try {
      answer = await options.send({ session, fresh: whole, texts: encodeTexts(page.texts), ...(hidden.texts.length > 0 ? { hidden: encodeTexts(hidden.texts) } : {}) });
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
          finish();
          options.onFound(answer.reader, { read: page, found: answer.found, session: asked, state: answer.state, changes: handOver });
        } else {
          stop();
          options.onFound(answer.reader);
        }
        return true;
      }
      // Hidden text past what one ask carries may name something, to show later: only the annotator,
      // which remembers each hidden part and reads it once shown, can tell.
      if (hidden.cut) {
        stop();
        options.onFound();
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
    if (page) watchUndefined(page.undefinedElements);
    // A page with no text is still asked about once: the background's "no" sets the toolbar button. A
    // change that added only hidden parts is asked about too (they may name something, to show later).
    if (done || !page || (!whole && page.texts.length === 0 && page.hiddenElements.length === 0 && page.hiddenBlocks.length === 0)) return;
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
  // the elements still undefined when read (`PageRead.undefinedElements`) are looked at again for a
  // while (content scripts cannot use `customElements`, but `:defined` can be read), and read once
  // defined. The poll runs only while there are such elements: most pages have none, and a timer firing
  // twice a second for 15 s cost every page.
  const undefinedOnes = new Set<Element>();
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
  function watchUndefined(elements: readonly Element[]): void {
    for (const element of elements) if (undefinedOnes.size < MAX_UNDEFINED) undefinedOnes.add(element);
    startPolling();
  }
  signal.addEventListener('abort', stopPolling, { once: true });

  return { restart: () => restart() };
}

/** At most this many characters of hidden parts are sent with one ask. */
const MAX_HIDDEN_CHARS = 200_000;

/** The text of a read's hidden parts to send (see `ProbeRequest.hidden`), and whether some were left out for length. */
interface HiddenTexts {
  texts: string[];
  /** A part did not fit in `MAX_HIDDEN_CHARS` (or the read noted `MAX_HIDDEN` parts): not all hidden text was sent. */
  cut: boolean;
}

/**
 * The text of what a read found hidden for now, each part whole: only whether it names anything is asked,
 * so its blocks need not be told apart (a name across two of them may start an annotator that finds
 * nothing, no worse). One long part past the limit (a tab of full text) leaves room for the small ones
 * after it.
 */
function hiddenTexts(read: PageRead): HiddenTexts {
  const texts: string[] = [];
  let chars = 0;
  let cut = read.hiddenElements.length >= MAX_HIDDEN || read.hiddenBlocks.length >= MAX_HIDDEN;
  for (const node of [...read.hiddenElements, ...read.hiddenBlocks]) {
    const text = node.textContent ?? '';
    if (!hasNonSpace(text)) continue;
    if (chars + text.length > MAX_HIDDEN_CHARS) {
      cut = true;
      continue;
    }
    chars += text.length;
    texts.push(text);
  }
  return { texts, cut };
}
