import { AnnotationSurface } from '../../utils/annotator/annotation-surface';
import type { Highlighter } from '../../utils/annotator/highlighter';
import { listenUntil } from '../../utils/annotator/listen';
import { SLICE_MS, yieldToPage } from '../../utils/annotator/task-budget';
import type { LensDatabase } from '../../utils/db/db';
import { readLensCard } from '../../utils/db/lens-dataset';
import { watchLensChanges } from '../../utils/lens-revision';
import { localMatchPort } from '../../utils/matcher/match-port';
import { type BatchSizing, batchedMatchPort } from '../../utils/matcher/batched-match-port';
import { warmMatcher } from '../../utils/matcher/warm-matcher';
import { createCardHost } from '../../components/card-host';
import { type PageInfo, sendMessage } from '../../utils/messaging';
import { type CompiledLens, createLensLoader } from '../../utils/pdf/viewer-lens';
import { builtBy } from '../../utils/build-id';
import { type Mute, addMute, mutesItem, settingsItem, withDefaults } from '../../utils/settings';

export interface ViewerAnnotationOptions {
  db: LensDatabase;
  /** Every text layer built so far (the surface's roots). */
  layers(): HTMLElement[];
  pageOf(node: Node): number | undefined;
  /** The PDF's address: site switches and corrections apply by it, as on the web. */
  place: { host: string; href: string };
  onCountChange(count: number, enabled: boolean): void;
  signal: AbortSignal;
  /** The matcher, loaded ahead (while PDF.js opens the file in its worker); loaded here otherwise. */
  preloaded?: Promise<CompiledLens | null>;
  /** How mentions are shown (the default highlighter where absent). */
  highlighter?: Highlighter;
}

/**
 * How much text is matched in one task: batches sized to about one slice of time, from a quarter of a
 * dense page while the code runs cold (a whole dense page, 4,000 characters, took 46-56 ms then, trial
 * 18h) up to about four pages once it runs fast.
 */
const MATCH_BATCHES: BatchSizing = { budgetMs: SLICE_MS, firstChars: 1_000, maxChars: 16_000 };

/** The page's one matcher loader: the stored compiled matcher plus the reader's terms (utils/pdf/viewer-lens.ts). */
export const loadLens = createLensLoader(builtBy(browser.runtime.getManifest().version), () => sendMessage('prepareMatcher', undefined));
export type { CompiledLens };

/**
 * The PDF's text layers annotated by the one annotation stack of the extension (the same matcher,
 * rules, highlight styles, cards, settings and corrections as on web pages), fed page batch by page
 * batch as the text layers are built. The dataset and the reader's terms are read from the database
 * directly (the viewer is an extension page), and read again when any context announces a change.
 */
export class ViewerAnnotation {
  private surface: AnnotationSurface | undefined;
  private controller: AbortController | undefined;
  private generation = 0;
  /** Text layers the current surface has been given (at its start, on a restart, or added since). */
  private read = new Set<HTMLElement>();
  matcher: CompiledLens | null = null;
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
    // The preloaded matcher, unless there was no dataset yet then (a fresh install may have finished since).
    const lens = mine === 1 && this.options.preloaded ? this.options.preloaded.then((early) => early ?? loadLens(this.options.db)) : loadLens(this.options.db);
    const [compiled, settings, mutes] = await Promise.all([lens, settingsItem.getValue(), mutesItem.getValue()]);
    // Annotation starts in a task of its own: the matcher's check (10-25 ms) ends the task that read it,
    // and the two together went over 50 ms when the PDF was ready first (right after an install).
    await yieldToPage();
    if (mine !== this.generation || this.options.signal.aborted) return;
    // The same matcher as the surface's (an announcement that changed nothing this page reads): keep it.
    if (compiled && compiled === this.matcher && this.surface) return;
    this.controller?.abort();
    this.surface = undefined;
    this.matcher = compiled;
    if (!this.matcher) return;
    const controller = (this.controller = new AbortController());
    const { db, place } = this.options;
    // Every text layer built so far, once; a restart (highlights switched back on) reads them all again.
    this.read = new Set();
    const roots = () => {
      const layers = this.options.layers();
      for (const layer of layers) this.read.add(layer);
      return layers;
    };
    const surfaceOptions = {
      doc: document,
      roots,
      // Many pages' layers at once (those built before the matcher was ready) are matched in batches.
      port: batchedMatchPort(localMatchPort(this.matcher.matcher), MATCH_BATCHES, yieldToPage),
      createCard: createCardHost,
      settings: withDefaults(settings),
      mutes: mutes ?? [],
      place: () => place,
      loadCard: (entityId: string) => readLensCard(db, entityId),
      addMute,
      signal: controller.signal,
      listen: listenUntil(controller.signal),
      live: false,
      onCountChange: (count: number, enabled: boolean) => this.options.onCountChange(count, enabled),
      pageOf: (node: Node) => this.options.pageOf(node),
      removeMute: (mute: Mute) => withoutMute(mute),
      highlighter: this.options.highlighter,
    };
    // The matcher's first work runs cold: done on throwaway prose in short tasks, not on page 1 in one.
    if (mine === 1) await warmMatcher(this.matcher.matcher, yieldToPage);
    if (mine !== this.generation || controller.signal.aborted) return;
    this.surface = new AnnotationSurface(surfaceOptions);
    const started = performance.now();
    await this.surface.start();
    // The first batch's span too (the text layers built before the matcher was ready), for the benchmark.
    performance.measure('lens:annotate-pages', { start: started, detail: this.read.size });
  }
}

/** Takes a correction back (the card's undo). */
async function withoutMute(mute: Mute): Promise<void> {
  const key = JSON.stringify(mute);
  await mutesItem.setValue(((await mutesItem.getValue()) ?? []).filter((m) => JSON.stringify(m) !== key));
}
