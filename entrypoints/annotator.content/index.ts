import '../../utils/annotator/highlights.css';
import { canonicalUrl } from '../../utils/annotator/page-address';
import { mentionStepFor } from '../../utils/annotator/keyboard-navigation';
import { showSaveToast } from '../../utils/annotator/save-toast';
import { onMessage, sendMessage } from '../../utils/messaging';
import { addMute, mutesItem, removeMute, settingsItem, toggleSite, withDefaults } from '../../utils/settings';
import { captureEarlyInput } from '../../utils/annotator/early-input';
import { AnnotationSurface } from '../../utils/annotator/annotation-surface';
import type { Listen } from '../../utils/annotator/listen';
import { remoteMatchPort } from '../../utils/annotator/remote-match-port';
import { lazyCardHost } from '../../utils/annotator/lazy-card-host';
import { loadPageUi } from '../../utils/annotator/page-ui';

/** The card UI and article extraction, loaded on first use (see page-ui.ts). */
const pageUi = () => loadPageUi(() => browser.runtime.getURL('/page-ui.js'));
import { watchLensChanges } from '../../utils/lens-revision';
import { findArticleRegion } from '../../utils/page-text/article-region';
import { isPdfDocument, openInViewerIfAsked, pdfTabInfo } from './pdf-tab';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  // document_start: our window-level input listeners must be registered before the page's own (see
  // early-input.ts); annotation itself waits for the document to be parsed.
  runAt: 'document_start',
  // Same-origin iframes get their own instance; cross-origin ones are annotated by theirs. Frames with
  // no address of their own (srcdoc, about:blank written by script: webmail bodies, comment widgets)
  // get one too, through their creator's origin.
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  async main(ctx) {
    let session: AnnotationSurface | undefined;
    const addListener = (target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) =>
      ctx.addEventListener(target as Window, type as keyof WindowEventMap, listener, options);
    const input = captureEarlyInput(window, addListener);
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

    // Messages to a tab reach every frame: only the top frame answers for the page. Saving works on
    // any page, even before (or without) annotation.
    if (window.top === window) {
      onMessage('extractArticle', async () => {
        // The browser's own PDF viewer shows the PDF in a frame no extension can read: saving would
        // store an empty entry.
        if (isPdfDocument()) throw new Error('this PDF is open in the browser’s own viewer, which extensions cannot read. Open it in the Lens PDF viewer (from the popup) and save it there.');
        return (await pageUi()).extractArticle(document);
      });
      onMessage('showSaveConfirmation', ({ data }) =>
        showSaveToast(data, { onOpenLibrary: data.ok ? () => void sendMessage('openLibrary', { url: data.url }) : undefined }),
      );
      onMessage('getPageInfo', () => ({
        ...(session?.info() ?? { title: document.title, entities: [], enabled: false, stats: { blocks: 0, skippedBlocks: 0, mentions: 0 } }),
        url: canonicalUrl(document),
        ...pdfTabInfo(),
      }));
      void openInViewerIfAsked().catch(() => undefined);
      onMessage('revealEntity', ({ data }) => session?.step(data.step, data.entityId, false) ?? null);
      onMessage('runPageCommand', async ({ data: command }) => {
        if (command === 'toggle-highlights') {
          const settings = withDefaults(await settingsItem.getValue());
          const enabled = session?.info().enabled ?? true;
          await settingsItem.setValue(toggleSite(settings, location.host, !enabled));
        } else if (command === 'next-mention') session?.step(1);
        else if (command === 'previous-mention') session?.step(-1);
        else if (command === 'open-card') session?.openFocusedCard();
      });
    }
    input.on(
      'keydown',
      (event) => {
        const key = event as KeyboardEvent;
        // Alt+Shift+S is the save command's default; the page sees it only where the browser did not take it.
        if (key.altKey && key.shiftKey && !key.ctrlKey && !key.metaKey && key.code === 'KeyS') {
          event.preventDefault();
          void sendMessage('saveThisPage', undefined);
          return;
        }
        const step = mentionStepFor(key);
        if (step !== 0 && session?.step(step)) event.preventDefault();
      },
    );

    try {
      await documentParsed();
      let generation = 0;
      let controller: AbortController | undefined;
      // (Re)builds the page's annotation from the background's current matcher spec: at load, and
      // whenever the dataset or the reader's terms change in any context.
      const annotate = async () => {
        const mine = (generation += 1);
        const [settings, mutes] = await Promise.all([settingsItem.getValue(), mutesItem.getValue()]);
        if (mine !== generation || ctx.isInvalid) return;
        controller?.abort();
        session = undefined;
        if (!document.body) return;
        controller = new AbortController();
        session = new AnnotationSurface({
          doc: document,
          roots: () => [document.body],
          // Matched by the background, where the matcher is compiled once: not in every page.
          port: remoteMatchPort((request) => sendMessage('matchTexts', request)),
          // The card UI loads when a card first opens: most pages never open one.
          createCard: (doc, isDark) => lazyCardHost(() => pageUi().then((ui) => ui.createCardHost), doc, isDark),
          settings: withDefaults(settings),
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
        await session.start();
      };
      await annotate();
      // document.open() (a frame a widget writes after load, a page rewriting itself) erases every
      // listener of the document and window: hover, keys and reveal checks would die with them while the
      // highlights stayed. A new root element is the sign: listen again, and rebuild the page's annotation.
      let root = document.documentElement;
      const rootWatcher = new MutationObserver(() => {
        if (document.documentElement === root || !document.documentElement) return;
        root = document.documentElement;
        input.reattach();
        void annotate().catch((error: unknown) => console.debug('[Defense Innovation Lens]', error));
      });
      rootWatcher.observe(document, { childList: true });
      // Reader settings and corrections apply at once, in every open tab; so do new terms and datasets.
      const unwatchSettings = settingsItem.watch((value) => session?.setSettings(withDefaults(value)));
      const unwatchMutes = mutesItem.watch((value) => session?.setMutes(value ?? []));
      const unwatchLens = watchLensChanges(() => void annotate().catch((error: unknown) => console.debug('[Defense Innovation Lens]', error)));
      ctx.onInvalidated(() => {
        unwatchSettings();
        unwatchMutes();
        unwatchLens();
        rootWatcher.disconnect();
        generation += 1;
        controller?.abort();
      });
    } catch (error) {
      // A page we cannot annotate must still work: never let an error escape into it.
      console.debug('[Defense Innovation Lens] not annotating this page:', error);
    }
  },
});

/**
 * Parsed, and laid out once by the browser itself: reading visibility before the first layout would
 * make the page's whole layout happen inside our task (hundreds of ms on very large pages) and delay
 * its first paint.
 */
async function documentParsed(): Promise<void> {
  if (document.readyState === 'loading') {
    await new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
  }
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
