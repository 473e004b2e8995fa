import highlightsCss from './highlights.css?inline';
import type { CardContent, CardHost } from '../../components/card-host';
import type { EntityCardData } from '../entity-card-data';
import type { MatchPort } from '../matcher/match-port';
import type { Mention } from '../matcher/find-mentions';
import type { PageRead } from '../page-text/page-read';
import type { PageInfo } from '../messaging';
import type { ArticleRegion } from '../page-text/article-region';
import { OWN_UI_ATTRIBUTE } from '../page-text/collect-text-blocks';
import { isPageMutation } from './page-mutation';
import { type Mute, type Settings, isSiteEnabled } from '../reader-settings';
import { createCountBadges } from './count-badges';
import { highlightStyleCss } from './highlight-style';
import { type Highlighter, createCssHighlighter, createMarkHighlighter, supportsCssHighlights } from './highlighter';
import { attachHoverCards } from './hover-cards';
import { steppedMention } from './keyboard-navigation';
import type { Listen } from './listen';
import { MentionLookup } from './mention-lookup';
import { MentionView, occurrenceIndex, pageKey, termKey } from './mention-view';
import { watchMutations } from './mutation-watcher';
import { PageAnnotator } from './page-annotator';
import type { PageMention } from './page-mention';
import { isPageDark } from './page-theme';
import { showPageToast } from './page-toast';
import { type RenderWatcher, watchRendering } from './render-watcher';
import { openOrClosedShadowRoot } from './shadow-root-of';
import { yieldToPage } from './task-budget';

export interface AnnotationSurfaceOptions {
  doc: Document;
  /** What is annotated: the page's body, or the reader view's container. Read again on restarts. */
  roots(): Node[];
  /**
   * Makes the hover card's host: `createCardHost` on extension pages; on web pages a `lazyCardHost`, so
   * the card UI loads only when a card is first opened.
   */
  createCard(doc: Document, isDark: () => boolean): CardHost;
  /** Where the text is matched: the background's matcher (web pages) or a local one (`localMatchPort`). */
  port: MatchPort;
  settings: Settings;
  mutes: Mute[];
  /** The address the text belongs to (the page's, or a saved article's): site switches and mutes apply by it. */
  place(): { host: string; href: string };
  /** A card's data; null when the entity is unknown. The surface caches each answer. */
  loadCard(entityId: string): Promise<EntityCardData | null>;
  /** Stores a reader's correction ("not this entity here", "never highlight this term on this site"). */
  addMute(mute: Mute): Promise<void>;
  /** Takes a correction back (the toast's "Undo"). */
  removeMute(mute: Mute): Promise<void>;
  /** Everything the surface added (listeners, highlights, cards, timers) goes when this aborts. */
  signal: AbortSignal;
  /** How listeners are added; by default removed with `signal`. */
  listen: Listen;
  /**
   * A live page: follow DOM changes, single-page-app navigations, shadow roots and late web
   * components. A saved article's reader view is static and skips all of that.
   */
  live: boolean;
  /** The page's article (furniture stays plain); read again on each new view. Absent: the whole text. */
  articleRegion?(): ArticleRegion;
  /** The number of distinct entities shown and whether the site is on, after each change (badge and icon). */
  onCountChange?(count: number, enabled: boolean): void;
  /** The page a node is on, for a paged document (the PDF viewer): `info()` then lists each entity's pages. */
  pageOf?(node: Node): number | undefined;
  /** Where the document's mentions are, as cards say it: "on this page" by default, "in this PDF" in the viewer. */
  here?: string;
  /**
   * Where a mention is against the view (above, in, below), for stepping from the reader's place; by
   * default from its range's box. The PDF viewer answers from its pages' boxes: a page out of view is
   * not laid out (`content-visibility`), and its ranges have no boxes to read.
   */
  viewPlace?(mention: PageMention): -1 | 0 | 1;
  /** How mentions are shown; by default the CSS Custom Highlight API (`<mark>` where it is missing). */
  highlighter?: Highlighter;
  /** How annotation's slices give the thread back (`yieldToPage` by default). */
  yieldToPage?: () => Promise<void>;
}

/**
 * The one annotation stack, used by the content script on web pages and by the library's reader view:
 * text collection, matching, highlights, hover and keyboard cards, the reader's settings and
 * corrections, first-mention counts. A live page adds mutations, SPA navigations and shadow roots.
 */
export class AnnotationSurface {
  private readonly highlighter: Highlighter;
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly lookup: MentionLookup;
  private readonly annotator: PageAnnotator;
  private readonly watcher;
  private readonly hover;
  private readonly styleSheet = new CSSStyleSheet();
  private readonly cards = new Map<string, Promise<CardContent>>();
  private readonly badges: ReturnType<typeof createCountBadges>;
  /** The article region of the current view. */
  private region: ArticleRegion | undefined;
  private readonly doc: Document;
  private settings: Settings;
  private mutes: Mute[];
  /** Whether `start`'s first read of the page is over (the popup says "still reading" until it is). */
  private firstReadDone = false;
  private chain: Promise<unknown> = Promise.resolve();
  private focused: PageMention | null = null;
  private paused: boolean;
  private readonly timers: ReturnType<typeof setInterval>[] = [];
  private readonly renderWatcher: RenderWatcher | undefined;

  constructor(private readonly options: AnnotationSurfaceOptions) {
    const { doc, listen } = options;
    // A paged document (the PDF viewer) reads its pages out of order: its mentions are kept in document order.
    this.lookup = new MentionLookup(() => [...this.shadowRoots].filter((root) => root.host.isConnected), options.pageOf !== undefined);
    this.highlighter = options.highlighter ?? (supportsCssHighlights() ? createCssHighlighter() : createMarkHighlighter());
    this.doc = doc;
    this.settings = options.settings;
    this.mutes = options.mutes;
    this.badges = createCountBadges(doc);
    this.paused = !isSiteEnabled(this.settings, options.place().host);
    this.watcher = watchMutations((all) => {
      const records = all.filter(isPageMutation);
      this.noticeShadowRoots(records);
      void this.queue(() => (this.paused ? Promise.resolve() : this.annotator.update(records))).then(() => this.afterChange());
    }, {
      quietMs: 150,
      maxWaitMs: 600,
    });
    // A live page's boxes appearing or going (text shown or hidden with no attribute change we watch).
    this.renderWatcher = options.live
      ? watchRendering(doc.defaultView ?? window, (elements) => {
          void this.queue(async () => {
            if (this.paused) return;
            const parents = await this.annotator.renderingChanged(elements);
            // Text that stopped showing may be under a host whose new shadow root renders a copy of it.
            for (const element of [...parents, ...elements]) this.adoptShadowRootsAround(element);
          }).then(() => this.afterChange());
        })
      : undefined;
    this.annotator = new PageAnnotator(options.port, this.highlighter, this.lookup, this.view(), {
      renderWatcher: this.renderWatcher,
      shadowRootOf: openOrClosedShadowRoot,
      onShadowRoot: (root) => this.adoptShadowRoot(root),
      // Our own <mark> wrapping (fallback only) must not come back to us as page changes.
      afterHighlight: () => this.highlighter.kind === 'mark' && this.watcher.discardPending(),
      yieldToPage: options.yieldToPage,
    });
    this.applyStyle();
    const card = options.createCard(doc, () => isPageDark(doc));
    this.hover = attachHoverCards(
      doc,
      this.lookup,
      this.highlighter,
      card,
      {
        openDelayMs: () => this.settings.hoverDelayMs,
        closeDelayMs: 300,
        loadCard: (entityId) => this.loadCard(entityId),
        actionsFor: (mention) => ({
          mention: { surface: mention.surface, alias: mention.alias, rule: mention.rule, count: this.admittedCounts().get(mention.entityId) ?? 0, entityId: mention.entityId, ...(options.here ? { here: options.here } : {}) },
          onNotThisOne: () =>
            this.correct(
              {
                kind: 'occurrence',
                page: pageKey(options.place().href),
                term: termKey(mention.surface),
                surface: mention.surface,
                entityId: mention.entityId,
                before: mention.before,
                after: mention.after,
                // The same sentence repeated (a pull quote) is another occurrence: only this one goes.
                // The card's mention may be from before the page rewrote text around it: found again by place.
                nth: occurrenceIndex(mention, this.annotator.mentions(), samePlace),
              },
              `This “${mention.surface}” is no longer highlighted.`,
            ),
          onNotThisEntity: () =>
            this.correct(
              { kind: 'entity-here', page: pageKey(options.place().href), term: termKey(mention.surface), surface: mention.surface, entityId: mention.entityId },
              `“${mention.surface}” is no longer highlighted as this entity on this page.`,
            ),
          onMuteTerm: () =>
            this.correct({ kind: 'term', site: options.place().host, term: termKey(mention.surface), surface: mention.surface }, `“${mention.surface}” is muted on ${options.place().host || 'this site'}.`),
        }),
      },
      listen,
    );
    const win = doc.defaultView ?? window;
    listen(win, 'resize', () => this.badges.reposition(), { passive: true });
    // Single-page apps: a new location is a new page.
    if (options.live) {
      listen(win, 'wxt:locationchange', () => {
        this.hover.close();
        if (!this.paused) void this.queue(() => this.annotator.restart(this.view(), options.roots()));
      });
    }
    if (options.live) for (const type of ['click', 'change', 'toggle']) listen(doc, type, this.scheduleRevealCheck, { capture: true, passive: true });
    if (options.live) {
      // Text shown or hidden with no change we can watch: a media query after a resize, a stylesheet's
      // transition or animation. Checked once things settle, within the animated element where known.
      listen(win, 'resize', () => this.scheduleRenderingCheck(), { passive: true });
      for (const type of ['transitionend', 'animationend']) {
        listen(doc, type, (event) => event.target instanceof Node && !this.isOwnNode(event.target) && this.scheduleRenderingCheck(event.target), { capture: true, passive: true });
      }
    }
    options.signal.addEventListener('abort', () => this.dispose(), { once: true });
  }

  /**
   * Annotates the roots. With `first` (a page whose first look was read and matched already, see
   * `FirstRead`), that read is drawn as it is, and only what changed since it is read again.
   */
  async start(first?: FirstRead): Promise<void> {
    // The whole document, not the body: a page may replace its <body> element after load.
    // The document itself, not its root element: a page may replace <html> (or call document.open()
    // and write a new one); the observer on the document node sees the new root arrive.
    if (this.options.live) this.watcher.observe(this.doc);
    // The first look's shadow roots were read with the page: styled and watched here, not read again.
    if (first) for (const root of first.read.roots) if (root.nodeType === 11) this.adoptShadowRoot(root as ShadowRoot, true);
    // Setting up (the article region reads the page's paragraphs) is a task of its own: with the walk's
    // first slice after it, a page of 50,000 cells had a 57 ms task. A first read is not walked, and
    // drawing a long one gives the thread back first itself (`annotateRead`).
    if (this.options.live && !first) await (this.options.yieldToPage ?? yieldToPage)();
    /** Components still undefined, to watch; by default the document is asked for them. */
    let undefinedOnes: Element[] | undefined;
    if (!this.paused) {
      if (first) {
        await this.queue(async () => {
          await this.annotator.annotateRead(first.read, first.matched);
          // What changed after the first look read it (while the annotator loaded): read again, as any change.
          const changed = first.changes();
          if (changed.length > 0) await this.annotator.reread(changed);
          // The read noted its undefined components; a page that changed since may have added more.
          else undefinedOnes = first.read.undefinedElements;
          // And what was revealed meanwhile, with no change the first look watched (a class or attribute,
          // the window widened past a media query): nothing listened for those until now.
          if (first.read.hiddenElements.length > 0 || first.read.hiddenBlocks.length > 0) await this.annotator.recheckHidden();
        });
      } else await this.queue(() => this.annotator.annotate(this.options.roots()));
    } else first?.changes();
    this.firstReadDone = true;
    this.afterChange();
    if (this.options.live) this.watchLateComponents(undefinedOnes);
  }

  /**
   * Web components defined after our scan (lazy-loaded bundles) get their shadow root without any
   * change to the light DOM, so no mutation tells us. Content scripts cannot use customElements, but
   * `:defined` can be read: the elements still undefined now are checked for a while.
   */
  private watchLateComponents(elements: Element[] = Array.from(this.doc.querySelectorAll(':not(:defined)'))): void {
    let pending = elements.slice(0, 500);
    if (pending.length === 0) return;
    const started = Date.now();
    const timer = setInterval(() => {
      pending = pending.filter((element) => {
        if (!element.matches(':defined')) return element.isConnected;
        const root = openOrClosedShadowRoot(element);
        if (root) this.adoptShadowRoot(root);
        return false;
      });
      if (pending.length === 0 || Date.now() - started > 15_000) clearInterval(timer);
    }, 500);
    this.timers.push(timer);
  }

  /**
   * Shadow roots that appeared without a change we could see in them: a host whose children were moved
   * into its new shadow root (the move shows as a change of the host), components added later and
   * defined later still.
   */
  private noticeShadowRoots(records: readonly MutationRecord[]): void {
    const undefinedOnes: Element[] = [];
    for (const record of records) {
      if (record.type !== 'childList') continue;
      const target = record.target as Element;
      const targetRoot = target.nodeType === 1 ? openOrClosedShadowRoot(target) : null;
      if (targetRoot) this.adoptShadowRoot(targetRoot);
      for (const node of Array.from(record.addedNodes)) {
        if (node.nodeType !== 1) continue;
        const element = node as Element;
        // Our own card, badges and toasts live in shadow roots of their own: never page text.
        if (element.hasAttribute(OWN_UI_ATTRIBUTE)) continue;
        const root = openOrClosedShadowRoot(element);
        if (root) this.adoptShadowRoot(root);
        if (element.localName.includes('-') && !element.matches(':defined')) undefinedOnes.push(element);
      }
    }
    if (undefinedOnes.length > 0) this.watchLateComponents(undefinedOnes);
  }

  /** Adopts shadow roots, open or closed, on the element and its ancestors (across shadow boundaries). */
  private adoptShadowRootsAround(element: Element): void {
    for (let current: Node | null = element; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
      if (current.nodeType !== 1) continue;
      if ((current as Element).hasAttribute(OWN_UI_ATTRIBUTE)) return;
      const root = openOrClosedShadowRoot(current as Element);
      if (root) this.adoptShadowRoot(root);
    }
  }

  /** Whether a node belongs to our own card, badges or toasts. */
  private isOwnNode(node: Node): boolean {
    const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
    return Boolean(element?.closest(`[${OWN_UI_ATTRIBUTE}]`));
  }

  /** Rechecks what is shown (within `target`, or everywhere) once resizing or animating has been quiet a moment. */
  private scheduleRenderingCheck = (() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let targets: Set<Node> | null = new Set();
    return (target?: Node) => {
      if (!target) targets = null;
      else targets?.add(target);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const within = targets;
        targets = new Set();
        if (this.paused) return;
        void this.queue(async () => {
          if (within === null) await this.annotator.recheckRendering();
          else for (const node of within) if (node.isConnected) await this.annotator.recheckRendering(node);
        }).then(() => this.afterChange());
      }, 200);
    };
  })();

  /** A reader's action that may show hidden text without changing an attribute we watch (a radio tab, a popover). */
  private scheduleRevealCheck = (() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    return () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!this.paused) void this.queue(() => this.annotator.recheckHidden()).then(() => this.afterChange());
      }, 120);
    };
  })();

  /**
   * Annotates content added after `start` (a PDF's text layers, built page by page) as part of the
   * same page: page-level rules carry over. Also returned by `roots()` from now on.
   */
  async annotateMore(roots: Node[]): Promise<void> {
    if (!this.paused) await this.queue(() => this.annotator.annotate(roots));
    this.afterChange();
  }

  setSettings(settings: Settings): void {
    const wasPaused = this.paused;
    this.settings = settings;
    this.paused = !isSiteEnabled(settings, this.options.place().host);
    this.applyStyle();
    if (this.paused) {
      this.hover.close();
      this.annotator.reset();
    } else if (wasPaused) {
      void this.queue(() => this.annotator.restart(this.view(), this.options.roots()));
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
    const height = this.doc.defaultView?.innerHeight ?? 0;
    const place = this.options.viewPlace ?? ((mention: PageMention) => viewPlace(mention.range.getBoundingClientRect(), height));
    const next = steppedMention(mentions, current, direction, place);
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
    const pageOf = this.options.pageOf;
    for (const m of this.lookup.all()) {
      let entry = byEntity.get(m.entityId);
      if (entry) {
        entry.count += 1;
        if (!entry.surfaces.includes(m.surface)) entry.surfaces.push(m.surface);
      } else byEntity.set(m.entityId, (entry = { entityId: m.entityId, category: m.category, count: 1, surface: m.surface, surfaces: [m.surface] }));
      const page = pageOf?.(m.range.startContainer);
      if (page !== undefined && !entry.pages?.includes(page)) entry.pages = [...(entry.pages ?? []), page].sort((a, b) => a - b);
    }
    return { url: '', title: this.doc.title, entities: [...byEntity.values()], enabled: !this.paused, stats: { ...this.annotator.stats }, reading: !this.firstReadDone && !this.paused };
  }

  private dispose(): void {
    for (const timer of this.timers) clearInterval(timer);
    this.badges.clear();
    this.watcher.disconnect();
    this.renderWatcher?.disconnect();
    this.hover.close();
    this.annotator.reset();
  }

  /** Applies a reader's correction and offers to undo it; a correction that cannot be stored says so. */
  private correct(mute: Mute, done: string): void {
    this.hover.close();
    this.options.addMute(mute).then(
      () => showPageToast({ ok: true, text: done, action: { label: 'Undo', run: () => void this.options.removeMute(mute) } }, this.doc),
      (error: unknown) => showPageToast({ ok: false, text: `The correction could not be saved: ${(error as Error).message}` }, this.doc),
    );
  }

  private view(): MentionView {
    // Found once per view (start, settings, navigation) and reused for counts: finding it reads every paragraph.
    this.region = this.options.articleRegion?.();
    return new MentionView(this.settings, this.mutes, this.options.place(), this.region);
  }

  /**
   * Mentions per entity the reader's view admits (not furniture, not muted, its category on), counted
   * as if every mention were shown: what the card and the first-mention badges say.
   */
  private admittedCounts(): Map<string, number> {
    const counts = new Map<string, number>();
    const view = new MentionView({ ...this.settings, firstMentionOnly: false }, this.mutes, this.options.place(), this.region);
    const all = this.annotator.mentions();
    for (const m of all) if (view.admit(m, all)) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
    return counts;
  }

  private queue(job: () => Promise<unknown>): Promise<unknown> {
    this.chain = this.chain.then(job).catch((error: unknown) => console.debug('[Defense Innovation Lens]', error));
    return this.chain;
  }

  private loadCard(entityId: string): Promise<CardContent> {
    let content = this.cards.get(entityId);
    if (!content) {
      content = this.options.loadCard(entityId).then(
        (data): CardContent => (data ? { state: 'ready', data } : { state: 'missing' }),
        (): CardContent => ({ state: 'missing' }),
      );
      this.cards.set(entityId, content);
    }
    return content;
  }

  private flash(mention: PageMention): void {
    this.highlighter.setActive(mention);
    // One timer: an earlier step's must not clear this step's mark (steps less than 1.5 s apart).
    clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      if (this.hover.shown() === null) this.highlighter.setActive(null);
    }, 1500);
  }
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  private applyStyle(): void {
    try {
      const adopted = this.doc.adoptedStyleSheets.includes(this.styleSheet);
      // The default style is in the manifest's stylesheet, there from the page's first paint: adding a
      // sheet to the document makes the browser restyle the whole page, so only another style adds one.
      if (!adopted && this.settings.highlightStyle === 'both') return;
      this.styleSheet.replaceSync(highlightStyleCss(this.settings.highlightStyle));
      if (!adopted) this.doc.adoptedStyleSheets = [...this.doc.adoptedStyleSheets, this.styleSheet];
    } catch {
      // Without constructable stylesheets the manifest's default style stays.
    }
  }

  /** Styles and watches a shadow root, and reads it unless `read` (the first look read it with the page). */
  private adoptShadowRoot(root: ShadowRoot, read = false): void {
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
    // Light-DOM children assigned to other slots (or to none), with no change in the light DOM itself.
    this.options.listen(
      root,
      'slotchange',
      () => void this.queue(() => (this.paused ? Promise.resolve() : this.annotator.reread([root.host]))).then(() => this.afterChange()),
      { passive: true },
    );
    if (read) return;
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
      const counts = this.admittedCounts();
      this.badges.show(this.lookup.all().map((mention) => ({ mention, count: counts.get(mention.entityId) ?? 0 })));
    } else {
      this.badges.clear();
    }
    this.reportCount();
  }

  private reportCount(): void {
    this.options.onCountChange?.(this.paused ? 0 : new Set(this.lookup.all().map((m) => m.entityId)).size, !this.paused);
  }
}

/**
 * A page's first look, read and matched before the annotator loaded (see `probePage`): drawn as it is,
 * so the page is walked and sent once.
 */
export interface FirstRead {
  read: PageRead;
  /** The mentions of each of `read.texts`, in the session the annotator's port goes on with. */
  matched: readonly (readonly Mention[])[];
  /** The nodes whose text changed since the read (the first look stops watching when asked). */
  changes(): Node[];
}

/** Where a box is against the window's height: above the view, in it, or below it. */
export function viewPlace(box: DOMRect, height: number): -1 | 0 | 1 {
  if (box.bottom < 0) return -1;
  return box.top > height ? 1 : 0;
}

/** The same mention, or the one a re-read of its block made at the same place. */
function samePlace(a: PageMention, b: PageMention): boolean {
  return a === b || (a.entityId === b.entityId && a.nodes[0] === b.nodes[0] && a.range.startOffset === b.range.startOffset);
}
