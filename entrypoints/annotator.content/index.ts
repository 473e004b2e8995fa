import '../../utils/annotator/highlights.css';
import highlightsCss from '../../utils/annotator/highlights.css?inline';
import { compileMatcher } from '../../utils/matcher/find-mentions';
import { type PageInfo, onMessage, sendMessage } from '../../utils/messaging';
import { OWN_UI_ATTRIBUTE } from '../../utils/page-text/collect-text-blocks';
import { type Mute, mutesItem, settingsItem } from '../../utils/settings';
import { type CardContent, createCardHost } from '../../components/card-host';
import { createCssHighlighter, createMarkHighlighter, supportsCssHighlights } from '../../utils/annotator/highlighter';
import { attachHoverCards } from '../../utils/annotator/hover-cards';
import { mentionStepFor, steppedMention } from '../../utils/annotator/keyboard-navigation';
import { MentionLookup } from '../../utils/annotator/mention-lookup';
import { MentionView, pageKey, termKey } from '../../utils/annotator/mention-view';
import { watchMutations } from '../../utils/annotator/mutation-watcher';
import { PageAnnotator } from '../../utils/annotator/page-annotator';
import type { PageMention } from '../../utils/annotator/page-mention';
import { isPageDark } from '../../utils/annotator/page-theme';
import { canonicalUrl, extractArticle } from '../../utils/annotator/extract-article';
import { showSaveToast } from '../../utils/annotator/save-toast';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Same-origin iframes get their own instance; cross-origin ones are annotated by theirs.
  allFrames: true,
  async main(ctx) {
    let annotator: PageAnnotator | undefined;
    // Saving works on any page, even before (or without) annotation. Messages to a tab reach every
    // frame: only the top frame answers for the page.
    const isTopFrame = window.top === window;
    if (isTopFrame) {
      onMessage('extractArticle', () => extractArticle(document));
      onMessage('showSaveConfirmation', ({ data }) => showSaveToast(data));
      onMessage('getPageInfo', () => pageInfo(annotator?.mentions() ?? []));
    }
    ctx.addEventListener(
      document,
      'keydown',
      (event) => {
        if (isSaveShortcut(event)) {
          event.preventDefault();
          void sendMessage('saveThisPage', undefined);
        }
      },
      { capture: true },
    );
    try {
      const [spec, initialSettings, initialMutes] = await Promise.all([
        sendMessage('getMatcherSpec', undefined),
        settingsItem.getValue(),
        mutesItem.getValue(),
      ]);
      if (ctx.isInvalid || !spec || spec.aliases.length === 0 || !document.body) return;
      let settings = initialSettings;
      let mutes = initialMutes;
      const viewNow = () => new MentionView(settings, mutes, { host: location.host, href: location.href });

      const listen = (target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) =>
        ctx.addEventListener(target as Window, type as keyof WindowEventMap, listener, options);
      const highlighter = supportsCssHighlights() ? createCssHighlighter() : createMarkHighlighter();
      const lookup = new MentionLookup();
      const watcher = watchMutations((records) => queue(() => annotator?.update(records.filter(isPageMutation)) ?? Promise.resolve()), {
        quietMs: 150,
        maxWaitMs: 600,
      });
      const shadowRoots = new Set<ShadowRoot>();
      annotator = new PageAnnotator(compileMatcher(spec), highlighter, lookup, viewNow(), {
        onShadowRoot: (root) => {
          if (shadowRoots.has(root)) return;
          shadowRoots.add(root);
          adoptHighlightStyles(root, highlightsCss);
          watcher.observe(root);
          void queue(() => annotator?.annotate([root]) ?? Promise.resolve());
        },
        // Our own <mark> wrapping (fallback only) must not come back to us as page changes.
        afterHighlight: () => highlighter.kind === 'mark' && watcher.discardPending(),
      });
      const pageAnnotator = annotator;

      // One annotation job at a time, in order: a scan, a mutation batch, a navigation.
      let chain: Promise<unknown> = Promise.resolve();
      const queue = (job: () => Promise<unknown>) => {
        chain = chain.then(job).catch((error: unknown) => console.debug('[Defense Innovation Lens]', error));
        return chain;
      };

      watcher.observe(document.body);
      await queue(() => pageAnnotator.annotate([document.body]));

      const cards = new Map<string, Promise<CardContent>>();
      const loadCard = (entityId: string) => {
        let content = cards.get(entityId);
        if (!content) {
          content = sendMessage('getEntityCard', entityId).then(
            (data): CardContent => (data ? { state: 'ready', data } : { state: 'missing' }),
            (): CardContent => ({ state: 'missing' }),
          );
          cards.set(entityId, content);
        }
        return content;
      };
      const addMute = async (mute: Mute) => {
        const current = await mutesItem.getValue();
        await mutesItem.setValue([...current, mute]);
      };
      const card = createCardHost(document, () => isPageDark(document));
      const hover = attachHoverCards(
        document,
        lookup,
        highlighter,
        card,
        {
          openDelayMs: () => settings.hoverDelayMs,
          closeDelayMs: 300,
          loadCard,
          actionsFor: (mention) => ({
            mention: {
              surface: mention.surface,
              alias: mention.alias,
              rule: mention.rule,
              count: pageAnnotator.mentions().filter((m) => m.entityId === mention.entityId).length,
            },
            onNotThisEntity: () => {
              hover.close();
              void addMute({ kind: 'entity-here', page: pageKey(location.href), term: termKey(mention.surface), entityId: mention.entityId });
            },
            onMuteTerm: () => {
              hover.close();
              void addMute({ kind: 'term', site: location.host, term: termKey(mention.surface) });
            },
          }),
        },
        listen,
      );

      let current: PageMention | null = null;
      listen(
        document,
        'keydown',
        (event) => {
          const step = mentionStepFor(event as KeyboardEvent);
          if (step === 0) return;
          const next = steppedMention(lookup.all(), current, step);
          if (!next) return;
          event.preventDefault();
          current = next;
          next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
          hover.openFor(next, true);
        },
        { capture: true },
      );

      // Reader settings and corrections apply at once, in every open tab.
      const unwatchSettings = settingsItem.watch((value) => {
        settings = value;
        void queue(() => pageAnnotator.setView(viewNow()));
      });
      const unwatchMutes = mutesItem.watch((value) => {
        mutes = value;
        void queue(() => pageAnnotator.setView(viewNow()));
      });

      // Single-page apps: a new location is a new page.
      listen(window, 'wxt:locationchange', () => {
        hover.close();
        void queue(() => pageAnnotator.restart(viewNow(), [document.body]));
      });

      ctx.onInvalidated(() => {
        watcher.disconnect();
        unwatchSettings();
        unwatchMutes();
        hover.close();
        pageAnnotator.reset();
      });
    } catch (error) {
      // A page we cannot annotate must still work: never let an error escape into it.
      console.debug('[Defense Innovation Lens] not annotating this page:', error);
    }
  },
});

/** Changes inside our own UI are not page changes. */
function isPageMutation(record: MutationRecord): boolean {
  const target = record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
  return !target?.closest(`[${OWN_UI_ATTRIBUTE}]`);
}

/** ::highlight() rules only apply inside a shadow tree when its own styles carry them. */
function adoptHighlightStyles(root: ShadowRoot, css: string): void {
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  } catch {
    // Without constructable stylesheets the shadow tree's mentions stay findable, just unstyled.
  }
}

/** Alt+Shift+S, the default of the `save-article` command, for when the browser leaves it to the page. */
function isSaveShortcut(event: Event): boolean {
  const key = event as KeyboardEvent;
  return key.altKey && key.shiftKey && !key.ctrlKey && !key.metaKey && key.code === 'KeyS';
}

function pageInfo(mentions: readonly PageMention[]): PageInfo {
  const byEntity = new Map<string, PageInfo['entities'][number]>();
  for (const m of mentions) {
    const entry = byEntity.get(m.entityId);
    if (entry) entry.count += 1;
    else byEntity.set(m.entityId, { entityId: m.entityId, category: m.category, count: 1, surface: m.surface });
  }
  return { url: canonicalUrl(document), title: document.title, entities: [...byEntity.values()] };
}
