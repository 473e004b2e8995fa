import { AnnotationSurface, viewPlace } from '../../utils/annotator/annotation-surface';
import type { PageMention } from '../../utils/annotator/page-mention';
import type { Highlighter } from '../../utils/annotator/highlighter';
import { listenUntil } from '../../utils/annotator/listen';
import { remoteMatchPort } from '../../utils/annotator/remote-match-port';
import { SLICE_MS, yieldToPage } from '../../utils/annotator/task-budget';
import { watchLensChanges } from '../../utils/lens-revision';
import { type BatchSizing, batchedMatchPort } from '../../utils/matcher/batched-match-port';
import type { MatchPort } from '../../utils/matcher/match-port';
import { lazyCardHost } from '../../utils/annotator/lazy-card-host';
import { type PageInfo, sendMessage } from '../../utils/messaging';
import { type Mute, addMute, mutesItem, settingsItem, withDefaults } from '../../utils/settings';

export interface ViewerAnnotationOptions {
  /** Every text layer built so far (the surface's roots). */
  layers(): HTMLElement[];
  pageOf(node: Node): number | undefined;
  /** A page's element (1-based), or undefined. */
  pageElement(page: number): HTMLElement | undefined;
  /** The PDF's address: site switches and corrections apply by it, as on the web. */
  place: { host: string; href: string };
  onCountChange(count: number, enabled: boolean): void;
  signal: AbortSignal;
  /** How mentions are shown (the default highlighter where absent). */
  highlighter?: Highlighter;
  /** Told after each (re)build whether a dataset is installed (highlights come once one is). */
  onDatasetChange?(installed: boolean): void;
}

/**
 * How much text goes to the background in one request: batches sized to about one slice of time (the
 * round trip, matching there and decoding here), from a quarter of a dense page while the background's
 * matcher may run cold up to about four pages. Small batches show page 1's highlights early, and each
 * answer's mentions are laid on the text layers in a task of their own.
 */
const MATCH_BATCHES: BatchSizing = { budgetMs: SLICE_MS, firstChars: 1_000, maxChars: 16_000 };

/**
 * The PDF's text layers annotated by the one annotation stack of the extension (the same matcher,
 * rules, highlight styles, cards, settings and corrections as on web pages), fed page batch by page
 * batch as the text layers are built. Matched and carded by the background, as a web page is
 * (`matchTexts`, `getEntityCard`): the viewer never opens the database nor holds the matcher, so its
 * main thread pays neither the database's set-up nor matching (tasks of 44-95 ms here when it did,
 * trial 18i); it draws. Built again when any context announces a change of the dataset or terms.
 */
export class ViewerAnnotation {
  private surface: AnnotationSurface | undefined;
  private controller: AbortController | undefined;
  private generation = 0;
  /** Text layers the current surface has been given (at its start, on a restart, or added since). */
  private read = new Set<HTMLElement>();
  /** Resolves once the first surface is up (or it is known there is no dataset yet). */
  readonly ready: Promise<void>;

  constructor(private readonly options: ViewerAnnotationOptions) {
    this.ready = this.rebuild();
    const unwatchSettings = settingsItem.watch((value) => this.surface?.setSettings(withDefaults(value)));
    const unwatchMutes = mutesItem.watch((value) => this.surface?.setMutes(value ?? []));
    const unwatchLens = watchLensChanges(() => void this.rebuild());
    options.signal.addEventListener(
      'abort',
      () => {
        unwatchSettings();
        unwatchMutes();
        unwatchLens();
        this.controller?.abort();
      },
      { once: true },
    );
  }

  /** Annotates text layers just built (those the surface has not read yet: it may have read them at its start). */
  async add(layers: HTMLElement[]): Promise<void> {
    await this.ready;
    const fresh = layers.filter((layer) => !this.read.has(layer));
    for (const layer of fresh) this.read.add(layer);
    if (fresh.length === 0 || !this.surface) return;
    const started = performance.now();
    await this.surface.annotateMore(fresh);
    // The batch's span, for the benchmark (which long tasks hold annotation work).
    performance.measure('lens:annotate-pages', { start: started, detail: fresh.length });
  }

  info(): Omit<PageInfo, 'url' | 'title'> {
    return this.surface?.info() ?? { entities: [], enabled: false, stats: { blocks: 0, skippedBlocks: 0, mentions: 0 } };
  }

  step(direction: 1 | -1, entityId?: string, openCard = true): { index: number; total: number } | null {
    return this.surface?.step(direction, entityId, openCard) ?? null;
  }

  openFocusedCard(): void {
    this.surface?.openFocusedCard();
  }

  /** (Re)builds the surface from the current dataset, terms, settings and corrections. */
  private async rebuild(): Promise<void> {
    const mine = (this.generation += 1);
    // A background that cannot answer (the extension reloading) leaves the PDF plain, as without a dataset.
    const [info, settings, mutes] = await Promise.all([sendMessage('getDatasetInfo', undefined).catch(() => null), settingsItem.getValue(), mutesItem.getValue()]);
    if (mine !== this.generation || this.options.signal.aborted) return;
    this.controller?.abort();
    this.surface = undefined;
    this.options.onDatasetChange?.(info !== null);
    if (info === null) return;
    const controller = (this.controller = new AbortController());
    const { place } = this.options;
    // Every text layer built so far, once; a restart (highlights switched back on) reads them all again.
    this.read = new Set();
    const roots = () => {
      const layers = this.options.layers();
      for (const layer of layers) this.read.add(layer);
      return layers;
    };
    this.surface = new AnnotationSurface({
      doc: document,
      roots,
      // Many pages' layers at once (those built before the surface was up) are sent in batches.
      port: batchedMatchPort(waitsMeasured(remoteMatchPort((request) => sendMessage('matchTexts', request))), MATCH_BATCHES, measuredYield),
      // The card UI (Preact components, floating-ui) loads when a card first opens, not with the viewer:
      // evaluated at start-up it put 27-39 ms into one of the viewer's first tasks on a fresh profile.
      createCard: (doc, isDark) => lazyCardHost(() => import('../../components/card-host').then((ui) => ui.createCardHost), doc, isDark),
      settings: withDefaults(settings),
      mutes: mutes ?? [],
      place: () => place,
      loadCard: (entityId: string) => sendMessage('getEntityCard', entityId),
      addMute,
      signal: controller.signal,
      listen: listenUntil(controller.signal),
      live: false,
      onCountChange: (count: number, enabled: boolean) => this.options.onCountChange(count, enabled),
      pageOf: (node: Node) => this.options.pageOf(node),
      here: 'in this PDF',
      // By its page's box, and within a page in view by its own (see AnnotationSurfaceOptions.viewPlace).
      viewPlace: (mention: PageMention) => {
        const height = window.innerHeight;
        const page = this.options.pageElement(this.options.pageOf(mention.range.startContainer) ?? 0);
        const pagePlace = page ? viewPlace(page.getBoundingClientRect(), height) : 0;
        return pagePlace !== 0 ? pagePlace : viewPlace(mention.range.getBoundingClientRect(), height);
      },
      removeMute: (mute: Mute) => withoutMute(mute),
      highlighter: this.options.highlighter,
      yieldToPage: measuredYield,
    });
    const started = performance.now();
    await this.surface.start();
    // The first batch's span too (the text layers built before the surface was up), for the benchmark.
    performance.measure('lens:annotate-pages', { start: started, detail: this.read.size });
  }
}

/**
 * `yieldToPage`, measured (`lens:yield`): annotation's spans (`lens:annotate-pages`) less these yields
 * and the waits for the background (`waitsMeasured`) are the time annotation held the main thread, which
 * the benchmark tells long tasks apart by (scripts/bench/pdf-bench.ts).
 */
async function measuredYield(): Promise<void> {
  const start = performance.now();
  await yieldToPage();
  performance.measure('lens:yield', { start });
}

/**
 * The port with each wait for the background's answer measured (`lens:match-wait`): the benchmark
 * leaves these out of the annotation spans, since the viewer's main thread is free while it waits.
 */
function waitsMeasured(port: MatchPort): MatchPort {
  return {
    async match(texts) {
      const start = performance.now();
      try {
        return await port.match(texts);
      } finally {
        performance.measure('lens:match-wait', { start });
      }
    },
    reset: () => port.reset(),
  };
}

/** Takes a correction back (the card's undo). */
async function withoutMute(mute: Mute): Promise<void> {
  const key = JSON.stringify(mute);
  await mutesItem.setValue(((await mutesItem.getValue()) ?? []).filter((m) => JSON.stringify(m) !== key));
}
