import highlightsCss from '../../utils/annotator/highlights.css?inline';
import { type CardContent, createCardHost } from '../../components/card-host';
import { highlightStyleCss } from '../../utils/annotator/highlight-style';
import { createCssHighlighter, createMarkHighlighter, supportsCssHighlights } from '../../utils/annotator/highlighter';
import { createCountBadges } from '../../utils/annotator/count-badges';
import { attachHoverCards } from '../../utils/annotator/hover-cards';
import { steppedMention } from '../../utils/annotator/keyboard-navigation';
import { MentionLookup } from '../../utils/annotator/mention-lookup';
import { MentionView, pageKey, termKey } from '../../utils/annotator/mention-view';
import { watchMutations } from '../../utils/annotator/mutation-watcher';
import { PageAnnotator } from '../../utils/annotator/page-annotator';
import type { PageMention } from '../../utils/annotator/page-mention';
import { isPageDark } from '../../utils/annotator/page-theme';
import type { MatcherSpec } from '../../utils/matcher/alias-index';
import { compileMatcher } from '../../utils/matcher/find-mentions';
import { type PageInfo, sendMessage } from '../../utils/messaging';
import { OWN_UI_ATTRIBUTE } from '../../utils/page-text/collect-text-blocks';
import { type Mute, type Settings, isSiteEnabled, mutesItem } from '../../utils/settings';

type Listen = (target: EventTarget, type: string, listener: (event: Event) => void, options?: AddEventListenerOptions) => void;

/**
 * Everything the content script does on one page, wired together: annotation (initial, mutations,
 * SPA navigations, shadow roots), the reader's view (settings, mutes, site switch, style), hover
 * and keyboard cards, and what the popup and commands ask of the page.
 */
export class PageSession {
  private readonly highlighter = supportsCssHighlights() ? createCssHighlighter() : createMarkHighlighter();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly lookup = new MentionLookup(() => [...this.shadowRoots].filter((root) => root.host.isConnected));
  private readonly annotator: PageAnnotator;
  private readonly watcher;
  private readonly hover;
  private readonly styleSheet = new CSSStyleSheet();
  private readonly cards = new Map<string, Promise<CardContent>>();
  private readonly badges = createCountBadges(document);
  private chain: Promise<unknown> = Promise.resolve();
  private focused: PageMention | null = null;
  private paused: boolean;
  private readonly timers: ReturnType<typeof setInterval>[] = [];

  constructor(
    spec: MatcherSpec,
    private settings: Settings,
    private mutes: Mute[],
    listen: Listen,
  ) {
    this.paused = !isSiteEnabled(settings, location.host);
    this.watcher = watchMutations((records) => void this.queue(() => (this.paused ? Promise.resolve() : this.annotator.update(records.filter(isPageMutation)))).then(() => this.afterChange()), {
      quietMs: 150,
      maxWaitMs: 600,
    });
    this.annotator = new PageAnnotator(compileMatcher(spec), this.highlighter, this.lookup, this.view(), {
      onShadowRoot: (root) => this.adoptShadowRoot(root),
      // Our own <mark> wrapping (fallback only) must not come back to us as page changes.
      afterHighlight: () => this.highlighter.kind === 'mark' && this.watcher.discardPending(),
    });
    this.applyStyle();
    const card = createCardHost(document, () => isPageDark(document));
    this.hover = attachHoverCards(
      document,
      this.lookup,
      this.highlighter,
      card,
      {
        openDelayMs: () => this.settings.hoverDelayMs,
        closeDelayMs: 300,
        loadCard: (entityId) => this.loadCard(entityId),
        actionsFor: (mention) => ({
          mention: { surface: mention.surface, alias: mention.alias, rule: mention.rule, count: this.countOf(mention.entityId) },
          onNotThisEntity: () => {
            this.hover.close();
            void addMute({ kind: 'entity-here', page: pageKey(location.href), term: termKey(mention.surface), entityId: mention.entityId });
          },
          onMuteTerm: () => {
            this.hover.close();
            void addMute({ kind: 'term', site: location.host, term: termKey(mention.surface) });
          },
        }),
      },
      listen,
    );
    listen(window, 'resize', () => this.badges.reposition(), { passive: true });
    // Single-page apps: a new location is a new page.
    listen(window, 'wxt:locationchange', () => {
      this.hover.close();
      if (!this.paused) void this.queue(() => this.annotator.restart(this.view(), [document.body]));
    });
  }

  async start(): Promise<void> {
    // The whole document, not the body: a page may replace its <body> element after load.
    this.watcher.observe(document.documentElement);
    if (!this.paused) await this.queue(() => this.annotator.annotate([document.body]));
    this.afterChange();
    this.watchLateComponents();
  }

  /**
   * Web components defined after our scan (lazy-loaded bundles) get their shadow root without any
   * change to the light DOM, so no mutation tells us. Content scripts cannot use customElements, but
   * `:defined` can be read: the elements still undefined now are checked for a while.
   */
  private watchLateComponents(): void {
    let pending = Array.from(document.querySelectorAll(':not(:defined)')).slice(0, 500);
    if (pending.length === 0) return;
    const started = Date.now();
    const timer = setInterval(() => {
      pending = pending.filter((element) => {
        if (!element.matches(':defined')) return element.isConnected;
        if (element.shadowRoot) this.adoptShadowRoot(element.shadowRoot);
        return false;
      });
      if (pending.length === 0 || Date.now() - started > 15_000) clearInterval(timer);
    }, 500);
    this.timers.push(timer);
  }

  setSettings(settings: Settings): void {
    const wasPaused = this.paused;
    this.settings = settings;
    this.paused = !isSiteEnabled(settings, location.host);
    this.applyStyle();
    if (this.paused) {
      this.hover.close();
      this.annotator.reset();
    } else if (wasPaused) {
      void this.queue(() => this.annotator.restart(this.view(), [document.body]));
    } else {
      void this.queue(() => this.annotator.setView(this.view()));
    }
    void this.chain.then(() => this.afterChange());
  }

  setMutes(mutes: Mute[]): void {
    this.mutes = mutes;
    void this.queue(() => this.annotator.setView(this.view())).then(() => this.afterChange());
  }

  /** Steps through the visible mentions (all, or one entity's), scrolling to and flashing each. */
  step(direction: 1 | -1, entityId?: string, openCard = true): { index: number; total: number } | null {
    const mentions = this.lookup.all().filter((m) => !entityId || m.entityId === entityId);
    const current = this.focused && mentions.includes(this.focused) ? this.focused : null;
    const next = steppedMention(mentions, current, direction);
    if (!next) return null;
    this.focused = next;
    next.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    if (openCard) this.hover.openFor(next, true);
    else this.flash(next);
    return { index: mentions.indexOf(next) + 1, total: mentions.length };
  }

  /** Opens the card of the mention last reached by keyboard (or the first one). */
  openFocusedCard(): void {
    const mention = this.focused ?? this.lookup.all()[0];
    if (mention) this.hover.openFor(mention, true);
  }

  info(): PageInfo {
    const byEntity = new Map<string, PageInfo['entities'][number]>();
    for (const m of this.lookup.all()) {
      const entry = byEntity.get(m.entityId);
      if (entry) entry.count += 1;
      else byEntity.set(m.entityId, { entityId: m.entityId, category: m.category, count: 1, surface: m.surface });
    }
    return { url: '', title: document.title, entities: [...byEntity.values()], enabled: !this.paused, stats: { ...this.annotator.stats } };
  }

  dispose(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.badges.clear();
    this.watcher.disconnect();
    this.hover.close();
    this.annotator.reset();
  }

  private view(): MentionView {
    return new MentionView(this.settings, this.mutes, { host: location.host, href: location.href });
  }

  private countOf(entityId: string): number {
    return this.annotator.mentions().filter((m) => m.entityId === entityId).length;
  }

  private queue(job: () => Promise<unknown>): Promise<unknown> {
    this.chain = this.chain.then(job).catch((error: unknown) => console.debug('[Defense Innovation Lens]', error));
    return this.chain;
  }

  private loadCard(entityId: string): Promise<CardContent> {
    let content = this.cards.get(entityId);
    if (!content) {
      content = sendMessage('getEntityCard', entityId).then(
        (data): CardContent => (data ? { state: 'ready', data } : { state: 'missing' }),
        (): CardContent => ({ state: 'missing' }),
      );
      this.cards.set(entityId, content);
    }
    return content;
  }

  private flash(mention: PageMention): void {
    this.highlighter.setActive(mention);
    setTimeout(() => {
      if (this.hover.shown() === null) this.highlighter.setActive(null);
    }, 1500);
  }

  private applyStyle(): void {
    try {
      this.styleSheet.replaceSync(highlightStyleCss(this.settings.highlightStyle));
      if (!document.adoptedStyleSheets.includes(this.styleSheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, this.styleSheet];
    } catch {
      // Without constructable stylesheets the manifest's default style stays.
    }
  }

  private adoptShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    try {
      // ::highlight() rules only apply inside a shadow tree when its own styles carry them.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`${highlightsCss}\n${highlightStyleCss(this.settings.highlightStyle)}`);
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    } catch {
      // The shadow tree's mentions stay findable, just unstyled.
    }
    this.watcher.observe(root);
    void this.queue(async () => {
      if (this.paused) return;
      await this.annotator.annotate([root]);
      // The host's light-DOM text may have been read before the component rendered over it.
      this.annotator.forgetUnrendered(root.host);
    }).then(() => this.afterChange());
  }

  /** After the highlights changed: counts on first mentions, and the toolbar badge. */
  private afterChange(): void {
    if (this.settings.firstMentionOnly && !this.paused) {
      const counts = new Map<string, number>();
      for (const m of this.annotator.mentions()) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
      this.badges.show(this.lookup.all().map((mention) => ({ mention, count: counts.get(mention.entityId) ?? 0 })));
    } else {
      this.badges.clear();
    }
    this.reportCount();
  }

  private reportCount(): void {
    const count = this.paused ? 0 : new Set(this.lookup.all().map((m) => m.entityId)).size;
    void sendMessage('reportEntityCount', count).catch(() => undefined);
  }
}

async function addMute(mute: Mute): Promise<void> {
  await mutesItem.setValue([...(await mutesItem.getValue()), mute]);
}

/** Changes inside our own UI are not page changes. */
function isPageMutation(record: MutationRecord): boolean {
  const target = record.target.nodeType === Node.ELEMENT_NODE ? (record.target as Element) : record.target.parentElement;
  return !target?.closest(`[${OWN_UI_ATTRIBUTE}]`);
}
