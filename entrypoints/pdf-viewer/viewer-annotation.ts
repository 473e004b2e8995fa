import { AnnotationSurface } from '../../utils/annotator/annotation-surface';
import { listenUntil } from '../../utils/annotator/listen';
import type { LensDatabase } from '../../utils/db/db';
import { readLensCard, readLensSpec } from '../../utils/db/lens-dataset';
import { watchLensChanges } from '../../utils/lens-revision';
import { type Matcher, compileMatcher } from '../../utils/matcher/find-mentions';
import type { PageInfo } from '../../utils/messaging';
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
}

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
  matcher: { matcher: Matcher; version: string } | null = null;
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

  /** Annotates text layers just built. */
  async add(layers: HTMLElement[]): Promise<void> {
    await this.ready;
    await this.surface?.annotateMore(layers);
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
    const [spec, settings, mutes] = await Promise.all([readLensSpec(this.options.db), settingsItem.getValue(), mutesItem.getValue()]);
    if (mine !== this.generation || this.options.signal.aborted) return;
    this.controller?.abort();
    this.surface = undefined;
    this.matcher = spec ? { matcher: compileMatcher(spec), version: spec.version } : null;
    if (!this.matcher) return;
    const controller = (this.controller = new AbortController());
    const { db, place } = this.options;
    const surfaceOptions = {
      doc: document,
      roots: () => this.options.layers(),
      matcher: this.matcher.matcher,
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
    };
    this.surface = new AnnotationSurface(surfaceOptions);
    await this.surface.start();
  }
}

/** Takes a correction back (the card's undo). */
async function withoutMute(mute: Mute): Promise<void> {
  const key = JSON.stringify(mute);
  await mutesItem.setValue(((await mutesItem.getValue()) ?? []).filter((m) => JSON.stringify(m) !== key));
}
