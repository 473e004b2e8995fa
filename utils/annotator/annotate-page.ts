import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../messaging';
import { findArticleRegion } from '../page-text/article-region';
import { AnnotationSurface } from './annotation-surface';
import type { EarlyInput } from './early-input';
import { lazyCardHost } from './lazy-card-host';
import type { Listen } from './listen';
import type { PageUi } from './page-ui';
import type { Mute, Settings } from '../reader-settings';
import { addMute, parseReaderState, readReaderState, removeMute, watchReaderState } from './reader-state';
import { remoteMatchPort } from './remote-match-port';
import { decodeMentions } from '../matcher/mention-wire';
import type { FirstLook } from './page-probe';

/** What the content script hands the annotator when the page turns out to name something. */
export interface PageAnnotationDeps {
  ctx: ContentScriptContext;
  input: EarlyInput;
  /** Registers a listener for as long as the content script lives (the context's own registration). */
  addListener: (target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) => void;
  pageUi: () => Promise<PageUi>;
  /** The reader's settings and corrections the first look was sent (`ProbeAnswer.reader`), if any. */
  reader?: string;
  /** The first look's read of the whole page and its mentions, drawn as they are (see `FirstLook`). */
  first?: FirstLook;
}

/** The page's annotation, as the content script's message and key handlers reach it. */
export interface PageAnnotation {
  /** The current annotation surface (rebuilt when the dataset changes or the document is rewritten). */
  session(): AnnotationSurface | undefined;
  /** Builds the page's annotation afresh (the document was rewritten under it). */
  rebuild(): void;
}

/**
 * Annotates the page from the background's matcher: at once, and again whenever the dataset or the
 * reader's terms change in any context, or `rebuild` is called. Reader settings and corrections apply
 * in place. Stops when the content script's context goes away.
 */
export async function annotatePage({ ctx, input, addListener, pageUi, reader, first }: PageAnnotationDeps): Promise<PageAnnotation> {
  let session: AnnotationSurface | undefined;
  /**
   * Listeners of one annotation surface: removed when it is rebuilt (its signal) or when the extension
   * goes away (the context's). Document-level input goes through the early window listeners; WXT's
   * location-change event needs the context's own registration, so it is guarded instead.
   */
  const listenFor = (signal: AbortSignal): Listen => {
    // One combined signal per surface, not one per listener.
    const both = AbortSignal.any([ctx.signal, signal]);
    return (target, type, listener, options) => {
      if (target === document && input.handles(type)) input.on(type, listener, signal);
      else if (type.startsWith('wxt:')) addListener(target, type, (event) => signal.aborted || listener(event), options);
      else target.addEventListener(type, listener, { ...options, signal: both });
    };
  };
  // The first look's read and mentions serve the first annotation only, and are let go once taken: held
  // by the closures below for the page's life, a 100k-word page's read (its texts, its blocks' nodes, the
  // mentions decoded) added 1.7 MB to the tab's heap.
  let firstLook = first;
  let generation = 0;
  let controller: AbortController | undefined;
  /** Settings or corrections changed while no surface was there to take them. */
  let pending: { settings?: Settings; mutes?: Mute[] } = {};
  const annotate = async () => {
    const mine = (generation += 1);
    // The first look's copy serves the first annotation only: a rebuild reads what is stored now.
    const given = mine === 1 ? parseReaderState(reader) : undefined;
    // So does the first look's read: a rebuild (a new dataset, a rewritten document) reads the page again.
    const look = mine === 1 ? firstLook : undefined;
    firstLook = undefined;
    // However this ends, the first look stops watching the page: what changed is the surface's to read,
    // and a surface never built leaves nothing to watch for.
    try {
      const read = given ?? (await readReaderState());
      if (mine !== generation || ctx.isInvalid) return;
      // A change heard before this surface existed is newer than what was read.
      const settings = pending.settings ?? read.settings;
      const mutes = pending.mutes ?? read.mutes;
      pending = {};
      controller?.abort();
      session = undefined;
      if (!document.body) return;
      controller = new AbortController();
      session = new AnnotationSurface({
        doc: document,
        roots: () => [document.body],
        // Matched by the background, where the matcher is compiled once: not in every page.
        port: remoteMatchPort((request) => sendMessage('matchTexts', request), undefined, look && { session: look.session, state: look.state }),
        // The card UI loads when a card first opens: most pages never open one.
        createCard: (doc, isDark) => lazyCardHost(() => pageUi().then((ui) => ui.createCardHost), doc, isDark),
        settings,
        mutes,
        place: () => ({ host: location.host, href: location.href }),
        loadCard: (entityId) => sendMessage('getEntityCard', entityId),
        addMute,
        removeMute,
        signal: controller.signal,
        listen: listenFor(controller.signal),
        live: true,
        articleRegion: () => findArticleRegion(document),
        onCountChange: (count, enabled) => void sendMessage('reportPageState', { count, enabled }).catch(() => undefined),
      });
      await session.start(look && { read: look.read, matched: decodeMentions(look.found, look.read.texts), changes: look.changes });
    } finally {
      look?.changes();
    }
  };

  const again = () => void annotate().catch((error: unknown) => console.debug('[Defense Innovation Lens]', error));
  // Reader settings and corrections apply at once, in every open tab; so do new terms and datasets. Heard
  // from the start: a long page's first read takes seconds, and a change made meanwhile must reach it
  // (queued behind the read by the surface, or kept for the surface about to be built).
  const unwatch = watchReaderState({
    settings: (value) => (session ? session.setSettings(value) : (pending.settings = value)),
    mutes: (value) => (session ? session.setMutes(value) : (pending.mutes = value)),
    lens: again,
  });
  await annotate();
  ctx.onInvalidated(() => {
    unwatch();
    generation += 1;
    controller?.abort();
  });
  return { session: () => session, rebuild: again };
}
