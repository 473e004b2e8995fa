import '../../utils/annotator/highlights.css';
import { canonicalUrl } from '../../utils/annotator/page-address';
import { type PageShortcut, pageShortcutFor } from '../../utils/annotator/keyboard-navigation';
import { showSaveToast } from '../../utils/annotator/save-toast';
import { onMessage, sendMessage } from '../../utils/messaging';
import { captureEarlyInput } from '../../utils/annotator/early-input';
import { loadPageUi } from '../../utils/annotator/page-ui';
import { scriptLoader } from '../../utils/annotator/load-script';
import { ANNOTATOR_GLOBAL, type AnnotatorScript } from '../../utils/annotator/annotator-script';
import type { PageAnnotation } from '../../utils/annotator/annotate-page';
import { type FirstLook, probePage } from '../../utils/annotator/page-probe';
import { openOrClosedShadowRoot } from '../../utils/annotator/shadow-root-of';
import { isPdfDocument, pdfTabInfo } from './pdf-tab';
import { LENS_REVISION_KEY, SETTINGS_KEY, changesKey } from '../../utils/storage-keys';

/** The card UI and article extraction, loaded on first use (see page-ui.ts). */
const pageUi = loadPageUi(() => browser.runtime.getURL('/page-ui.js'));
/** The annotator, loaded once the page names something (see annotator-script.ts). */
const annotator = scriptLoader<AnnotatorScript>(() => browser.runtime.getURL('/annotator-main.js'), ANNOTATOR_GLOBAL);

/** Storage keys whose change can change what a page shows: the dataset or terms, and the reader's settings. */
const PROBE_KEYS = [LENS_REVISION_KEY, SETTINGS_KEY] as const;

// Every page runs this; most never need more. It answers the popup, keeps the early input listeners,
// and takes a first look at the page's text (`probePage`): only a page that names something loads the
// annotator (`annotator-main.js`), and only a card or a save loads the card UI (`page-ui.js`).
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
  // WXT also announces each start to the page itself (window.postMessage, to every origin): a message
  // every site could read to learn the extension is installed, and which wakes the page's own message
  // handlers. Its custom event on the document, which only content scripts use, is enough.
  noScriptStartedPostMessage: true,
  async main(ctx) {
    let annotation: PageAnnotation | undefined;
    /** Whether the reader has this site on, as the background last said (the annotator knows better once loaded). */
    let siteOn = true;
    /**
     * The page is being read: its first look has had no answer yet, or it found names and the annotator is
     * loading (the surface says so itself once there). The probe answers before it hands over, in one go.
     */
    let reading = true;
    const session = () => annotation?.session();
    /** Carries out a page command: from the browser's shortcut (`runPageCommand`) or the page's own key press. */
    const runShortcut = async (command: PageShortcut): Promise<void> => {
      if (command === 'save-article') await sendMessage('saveThisPage', undefined);
      // The background stores it; this page hears of it as every page does (the annotator or the first look).
      else if (command === 'toggle-highlights') await sendMessage('setSiteHighlights', { host: location.host, on: !(session()?.info().enabled ?? siteOn) });
      else session()?.step(command === 'next-mention' ? 1 : -1);
    };
    const addListener = (target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) =>
      ctx.addEventListener(target as Window, type as keyof WindowEventMap, listener, options);
    const input = captureEarlyInput(window, addListener);

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
        ...(session()?.info() ?? { title: document.title, entities: [], enabled: siteOn, stats: { blocks: 0, skippedBlocks: 0, mentions: 0 }, reading }),
        url: canonicalUrl(document),
        host: location.host,
        ...pdfTabInfo(),
      }));
      if (isPdfDocument()) void annotator().then((script) => script.openInViewerIfAsked()).catch(() => undefined);
      onMessage('revealEntity', ({ data }) => session()?.step(data.step, data.entityId, false) ?? null);
      onMessage('runPageCommand', async ({ data: command }) => {
        if (command === 'open-card') session()?.openFocusedCard();
        else await runShortcut(command);
      });
    }
    input.on('keydown', (event) => {
      const shortcut = pageShortcutFor(event as KeyboardEvent, openOrClosedShadowRoot);
      if (!shortcut) return;
      // Toggling is the whole site's: the top frame's address names it.
      if (shortcut === 'toggle-highlights' && window.top !== window) return;
      // A step with no mention to go to leaves the key to the page.
      if (shortcut === 'next-mention' || shortcut === 'previous-mention') {
        if (session()?.step(shortcut === 'next-mention' ? 1 : -1)) event.preventDefault();
        return;
      }
      event.preventDefault();
      void runShortcut(shortcut).catch(() => undefined);
    });

    // document.open() (a frame a widget writes after load, a page rewriting itself) erases every
    // listener of the document and window: hover and keys would die while highlights stayed. A new root
    // element is the sign: listen again, and rebuild the page's annotation if it has one.
    let root = document.documentElement;
    const rootWatcher = new MutationObserver(() => {
      if (document.documentElement === root || !document.documentElement) return;
      root = document.documentElement;
      input.reattach();
      annotation?.rebuild();
    });
    rootWatcher.observe(document, { childList: true });
    ctx.onInvalidated(() => rootWatcher.disconnect());

    try {
      await documentParsed();
      if (ctx.isInvalid) return;
      const found = async (reader?: string, first?: FirstLook) => {
        // The first look's storage listener goes once the annotator has its own: a context's first listener
        // of an event is registered with the browser (a message to it), and the last one's removal too.
        reading = true;
        try {
          annotation = await (await annotator()).annotatePage({ ctx, input, addListener, pageUi, reader, first });
        } finally {
          reading = false;
          stopWatching();
          // The first look watches the page until its changes are taken: an annotator that failed to load
          // must not leave it watching for the page's life.
          first?.changes();
        }
      };
      const probe = probePage({
        doc: document,
        send: (request) => sendMessage('probeTexts', { ...request, host: location.host }),
        shadowRootOf: openOrClosedShadowRoot,
        onFound: (reader, first) => void found(reader, first).catch((error: unknown) => console.debug('[Defense Innovation Lens] not annotating this page:', error)),
        onSiteState: (on) => (siteOn = on),
        // A page that names nothing is read once the first look is answered; one that names something, once annotated.
        onAnswered: () => (reading = false),
        signal: ctx.signal,
      });
      // A new dataset, new terms or the reader's settings (a site switched on) can give a plain page names.
      const onStorage = (changes: Record<string, unknown>, area: string) => {
        if (PROBE_KEYS.some((key) => changesKey(changes, area, key))) probe.restart();
      };
      browser.storage.onChanged.addListener(onStorage);
      const stopWatching = () => browser.storage.onChanged.removeListener(onStorage);
      ctx.onInvalidated(stopWatching);
    } catch (error) {
      // A page we cannot annotate must still work: never let an error escape into it.
      console.debug('[Defense Innovation Lens] not annotating this page:', error);
    }
  },
});

/**
 * Parsed, and laid out once by the browser itself: reading the page before its first layout would
 * delay its first paint.
 */
async function documentParsed(): Promise<void> {
  if (document.readyState === 'loading') {
    await new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
  }
  await new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
