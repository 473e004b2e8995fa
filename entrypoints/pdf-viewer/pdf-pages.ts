import { type PDFDocumentProxy, type PDFPageProxy, type PageViewport, RenderingCancelledException, TextLayer } from 'pdfjs-dist';
import { yieldToPage } from '../../utils/annotator/task-budget';
import { SET_APART_ATTRIBUTE, TEXT_LAYER_ATTRIBUTE } from '../../utils/page-text/collect-text-blocks';
import { canvasFit, pageBox } from '../../utils/pdf/canvas-fit';
import { anchoredViewTop, currentPage } from '../../utils/pdf/current-page';
import { type PdfAnnotation, linkBox, linkTarget } from '../../utils/pdf/pdf-links';
import { type PdfTextRun, rawPageText, setApartRuns } from '../../utils/pdf/pdf-text';

/** Canvases kept at once: each costs width × height × 4 bytes, so pages far from view give theirs back. */
const MAX_CANVASES = 8;
type TextContent = Awaited<ReturnType<PDFPageProxy['getTextContent']>>;
/** Text layers are built in batches of this many pages, each batch annotated in one go. */
const TEXT_BATCH = 4;

interface PageSlot {
  number: number;
  div: HTMLDivElement;
  textDiv: HTMLDivElement;
  proxy?: PDFPageProxy;
  /** The page's drawing, while it has one. */
  canvas?: HTMLCanvasElement;
  /** The page's canvas element, kept (hidden, emptied) once given back: see `release`. */
  canvasElement?: HTMLCanvasElement;
  /** The drawing asked for last (see `draw`). */
  drawing?: object;
  render?: { cancel(): void };
  textLayer?: TextLayer;
  /** The scale its text layer is laid out for: a zoom lays out again only the pages near the view, the others when they come near. */
  textScale?: number;
  /** A layout of its text at the current scale is waiting for its task (`layOutSoon`). */
  layOutWaiting?: boolean;
  /** The page's text runs from PDF.js, read once for the text layer and the page's text alike; let go once the text layer is built. */
  content?: Promise<TextContent>;
  /** The page's text exactly as its text layer reads (see rawPageText), once read. */
  text?: Promise<string>;
  /** Its text layer is being built or was. */
  built: boolean;
  /** Its text layer is complete. */
  hasText?: boolean;
  /** Its links have been read (once, when it is first drawn). */
  links?: boolean;
}

export interface PdfPagesOptions {
  scale: number;
  /** Text layers just built (in page order within a batch): annotate them. */
  onTextLayers(layers: HTMLElement[]): void;
  /** The page at the middle of the view changed. */
  onPageChange(page: number): void;
  /** The pages in or near the view changed (those in view or within a screen of it, and one more each way). */
  onNearPagesChange?(pages: ReadonlySet<number>): void;
  /** How many pages' text has been read (their text layers built), after each batch. */
  onReadProgress?(read: number, total: number): void;
  /** How much of the window's top the toolbar covers (CSS pixels). */
  obscuredTop?(): number;
  signal: AbortSignal;
}

/**
 * The pages of one PDF in the viewer: a placeholder per page at its size, canvases drawn only for pages
 * in or near view (and given back when far away), and a selectable text layer per page. Text layers are
 * built for the pages in view first, then for every other page in the background, in small batches
 * that yield to the page, so the whole document is highlighted, counted and searchable.
 */
export class PdfPages {
  readonly slots: PageSlot[] = [];
  private scale: number;
  private readonly observer: IntersectionObserver;
  private readonly visible = new Set<number>();
  private near: ReadonlySet<number> = new Set();
  private readonly drawn: number[] = [];
  /** Settles when the page being drawn is (pages are drawn one at a time). */
  private drawingTurn: Promise<void> = Promise.resolve();
  private current = 1;
  private building = false;
  private emitted = 0;
  private readonly wanted: number[] = [];

  constructor(
    private readonly doc: PDFDocumentProxy,
    private readonly container: HTMLElement,
    private readonly options: PdfPagesOptions,
    firstViewport: PageViewport,
  ) {
    this.scale = options.scale;
    this.observer = new IntersectionObserver((entries) => this.onIntersect(entries), { rootMargin: '100% 0px' });
    const unscaled = firstViewport.clone({ scale: 1 });
    for (let number = 1; number <= doc.numPages; number += 1) {
      const div = document.createElement('div');
      div.className = 'pdf-page';
      div.dataset.pageNumber = String(number);
      div.setAttribute('role', 'region');
      div.setAttribute('aria-label', `Page ${number}`);
      const textDiv = document.createElement('div');
      textDiv.className = 'textLayer';
      textDiv.setAttribute(TEXT_LAYER_ATTRIBUTE, '');
      div.append(textDiv);
      this.container.append(div);
      const slot: PageSlot = { number, div, textDiv, built: false };
      // Until a page is read, it takes the first page's size (most PDFs have one page size).
      this.size(slot, unscaled.width, unscaled.height);
      slot.div.dataset.scale = String(this.scale);
      slot.div.style.setProperty('--scale-factor', String(this.scale));
      this.slots.push(slot);
      this.observer.observe(div);
    }
    const onScroll = () => this.trackCurrent();
    window.addEventListener('scroll', onScroll, { passive: true, signal: options.signal });
    this.watchPixelRatio();
    options.signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  get pageCount(): number {
    return this.slots.length;
  }

  get currentPage(): number {
    return this.current;
  }

  get zoom(): number {
    return this.scale;
  }

  /** Whether every page's text layer has been built and handed over. */
  get everyPageRead(): boolean {
    return this.emitted >= this.slots.length;
  }

  /** Builds every page's text layer: those in view first, then the rest in order. */
  buildAllText(): void {
    // A set, not the queue itself, answers "already wanted": 5,000 pages made that check quadratic.
    const queued = new Set(this.wanted);
    for (const slot of this.slots) if (!queued.has(slot.number)) this.wanted.push(slot.number);
    void this.pump();
  }

  /** The page's text as its text layer reads it (reading it if needed: once, shared with the text layer). */
  pageText(number: number): Promise<string> {
    const slot = this.slots[number - 1]!;
    slot.text ??= this.textContent(slot).then((content) => rawPageText(content.items as PdfTextRun[]));
    return slot.text;
  }

  /** Text layers built so far (rendered, not just started), in page order. */
  textLayers(): HTMLElement[] {
    return this.slots.filter((slot) => slot.hasText).map((slot) => slot.textDiv);
  }

  /** A page's element (1-based), or undefined for a number it does not have. */
  pageElement(number: number): HTMLElement | undefined {
    return this.slots[number - 1]?.div;
  }

  /** The page a node lies on (a text layer's text node), or undefined. */
  pageOf(node: Node): number | undefined {
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    const page = element?.closest<HTMLElement>('.pdf-page')?.dataset.pageNumber;
    return page ? Number(page) : undefined;
  }

  goTo(number: number): void {
    const slot = this.slots[Math.min(this.slots.length, Math.max(1, Math.round(number))) - 1];
    slot?.div.scrollIntoView({ block: 'start', behavior: 'instant' });
  }

  /** Zooms, keeping the same place of the current page under the toolbar. Text layers keep their nodes (highlights stay). */
  setScale(scale: number): void {
    if (scale === this.scale) return;
    const anchor = this.slots[this.current - 1];
    const obscured = this.options.obscuredTop?.() ?? 0;
    const viewTop = window.scrollY + obscured;
    const before = anchor ? { top: anchor.div.offsetTop, height: anchor.div.offsetHeight } : undefined;
    this.scale = scale;
    for (const slot of this.slots) {
      const viewport = slot.proxy?.getViewport({ scale: 1 });
      if (viewport) this.size(slot, viewport.width, viewport.height);
      else this.size(slot, Number(slot.div.dataset.width), Number(slot.div.dataset.height));
      if (slot.canvas) this.release(slot);
    }
    if (anchor && before) window.scrollTo({ top: anchoredViewTop(viewTop, before, { top: anchor.div.offsetTop, height: anchor.div.offsetHeight }) - obscured, behavior: 'instant' });
    this.drawVisible();
    // A page's text follows the zoom (its scale factor, then PDF.js fitting each run's width) only near the
    // view, one page a task, after this one: done for every page at once, a step on a 92-page PDF was one
    // task of 150-360 ms (trial 18m), and the scale factor set on every page made the next style recalc
    // cover every run of the document (70-135 ms, trial 18n). The others follow as they come near; their
    // runs are placed in percent of the page meanwhile, so a range there is already where it should be.
    for (const number of new Set([...this.visible, ...this.near])) this.layOutSoon(number);
  }

  /** Lays a page's text out in a task of its own (at most one waiting per page), before its highlights are drawn. */
  private layOutSoon(number: number): void {
    const slot = this.slots[number - 1]!;
    if (slot.layOutWaiting || (slot.div.dataset.scale === String(this.scale) && (!slot.textLayer || slot.textScale === this.scale))) return;
    slot.layOutWaiting = true;
    setTimeout(() => {
      slot.layOutWaiting = false;
      if (!this.options.signal.aborted) this.layOutText(slot);
    }, 0);
  }

  /** Brings the page's text to the current scale (its scale factor, and its text layer's layout), if it is at another. */
  private layOutText(slot: PageSlot): void {
    if (slot.div.dataset.scale !== String(this.scale)) {
      slot.div.dataset.scale = String(this.scale);
      slot.div.style.setProperty('--scale-factor', String(this.scale));
    }
    if (!slot.proxy || !slot.textLayer || slot.textScale === this.scale) return;
    slot.textLayer.update({ viewport: slot.proxy.getViewport({ scale: this.scale }) });
    slot.textScale = this.scale;
  }

  /** Draws the pages in view again (those whose canvas was given back). */
  private drawVisible(): void {
    for (const number of this.visible) void this.draw(this.slots[number - 1]!);
  }

  /**
   * The screen's pixel density changes with the browser's own zoom (Ctrl+wheel) or a move to another
   * screen: the pages drawn are drawn again at the new density, or they would stay blurred. A media
   * query on the current density says when it changes (then a new one is set up for the new density).
   */
  private watchPixelRatio(): void {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(`(resolution: ${window.devicePixelRatio || 1}dppx)`);
    query.addEventListener(
      'change',
      () => {
        if (this.options.signal.aborted) return;
        for (const slot of this.slots) if (slot.canvas) this.release(slot);
        this.drawVisible();
        this.watchPixelRatio();
      },
      { once: true, signal: this.options.signal },
    );
  }

  private size(slot: PageSlot, width: number, height: number): void {
    slot.div.dataset.width = String(width);
    slot.div.dataset.height = String(height);
    const box = pageBox(width, height, this.scale);
    slot.div.style.width = `${box.width}px`;
    slot.div.style.height = `${box.height}px`;
  }

  private async page(slot: PageSlot): Promise<PDFPageProxy> {
    if (!slot.proxy) {
      slot.proxy = await this.doc.getPage(slot.number);
      const viewport = slot.proxy.getViewport({ scale: 1 });
      this.size(slot, viewport.width, viewport.height);
    }
    return slot.proxy;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const number = Number((entry.target as HTMLElement).dataset.pageNumber);
      if (entry.isIntersecting) {
        this.visible.add(number);
        this.layOutSoon(number);
        void this.draw(this.slots[number - 1]!);
        // A page scrolled to before the background reached it is read next.
        if (!this.slots[number - 1]!.built) this.wanted.unshift(number);
      } else {
        this.visible.delete(number);
      }
    }
    this.trackCurrent();
    this.reportNearPages();
    void this.pump();
  }

  private reportNearPages(): void {
    const near = new Set<number>();
    for (const number of this.visible) for (const n of [number - 1, number, number + 1]) if (n >= 1 && n <= this.slots.length) near.add(n);
    if (near.size === this.near.size && [...near].every((n) => this.near.has(n))) return;
    this.near = near;
    for (const number of near) this.layOutSoon(number);
    this.options.onNearPagesChange?.(near);
  }

  /** Builds wanted text layers in batches, each batch handed over for annotation at once. */
  private async pump(): Promise<void> {
    if (this.building) return;
    this.building = true;
    try {
      while (this.wanted.length > 0 && !this.options.signal.aborted) {
        const batch: PageSlot[] = [];
        // The first pages (those a reader sees first) go one by one, so their highlights wait for no batch.
        const size = this.emitted < TEXT_BATCH ? 1 : TEXT_BATCH;
        while (batch.length < size && this.wanted.length > 0) {
          const slot = this.slots[this.wanted.shift()! - 1]!;
          if (slot.built || batch.includes(slot)) continue;
          await this.buildText(slot);
          batch.push(slot);
          await yieldToPage();
        }
        if (batch.length > 0 && !this.options.signal.aborted) {
          this.emitted += batch.length;
          this.options.onTextLayers(batch.sort((a, b) => a.number - b.number).map((slot) => slot.textDiv));
          this.options.onReadProgress?.(this.emitted, this.slots.length);
        }
      }
    } finally {
      this.building = false;
    }
  }

  private async buildText(slot: PageSlot): Promise<void> {
    slot.built = true;
    try {
      const proxy = await this.page(slot);
      const content = await this.textContent(slot);
      slot.text ??= Promise.resolve(rawPageText(content.items as PdfTextRun[]));
      const scale = this.scale;
      // Its scale factor first (a page far from the view may still have an earlier zoom's).
      this.layOutText(slot);
      slot.textLayer = new TextLayer({ textContentSource: content, container: slot.textDiv, viewport: proxy.getViewport({ scale }) });
      slot.textScale = scale;
      await slot.textLayer.render();
      // Zoomed while it was built: laid out again if it is near the view, else when it comes near.
      if (this.visible.has(slot.number) || this.near.has(slot.number)) this.layOutText(slot);
      // A run set apart from the one before (a footnote number after a name) starts a new word, as in
      // the page's saved text (rawPageText): the text layer has a span per run with text, in order.
      const spans = slot.textLayer.textDivs;
      for (const index of setApartRuns(content.items as PdfTextRun[])) spans[index]?.setAttribute(SET_APART_ATTRIBUTE, '');
      slot.hasText = true;
      slot.content = undefined;
      if (performance.getEntriesByName('lens:first-text-layer').length === 0) performance.mark('lens:first-text-layer');
    } catch (error) {
      console.debug('[Defense Innovation Lens] text layer of page', slot.number, error);
    }
  }

  /** A page's text runs from PDF.js, read once (marked, for the benchmark and the tests to count reads). */
  private textContent(slot: PageSlot): Promise<TextContent> {
    slot.content ??= this.page(slot).then((proxy) => {
      performance.mark('lens:page-text-read', { detail: slot.number });
      return proxy.getTextContent();
    });
    return slot.content;
  }

  private async draw(slot: PageSlot): Promise<void> {
    if (slot.canvas || this.options.signal.aborted) return;
    const canvas = slot.canvasElement ?? document.createElement('canvas');
    canvas.className = 'pdf-canvas';
    canvas.setAttribute('aria-hidden', 'true');
    slot.canvas = canvas;
    slot.canvasElement = canvas;
    // This drawing, told apart from a later one of the same page (the canvas element is reused).
    const drawing = {};
    slot.drawing = drawing;
    this.drawn.push(slot.number);
    this.evictFarCanvases();
    const proxy = await this.page(slot);
    if (!slot.links) void this.addLinks(slot, proxy);
    // One page is drawn at a time, in the order asked: PDF.js draws a page in slices of one animation
    // frame each, and pages drawn at once put a slice each (and a canvas upload each) in the same frame.
    const previous = this.drawingTurn;
    let done!: () => void;
    this.drawingTurn = new Promise((resolve) => (done = resolve));
    try {
      await previous;
      // Given back (scrolled far away) or drawn again since it asked.
      if (slot.drawing !== drawing || this.options.signal.aborted) return;
      const started = performance.now();
      const viewport = proxy.getViewport({ scale: this.scale });
      const fit = canvasFit(viewport, pageBox(Number(slot.div.dataset.width), Number(slot.div.dataset.height), this.scale), window.devicePixelRatio || 1);
      canvas.width = fit.width;
      canvas.height = fit.height;
      canvas.hidden = false;
      if (!canvas.isConnected) slot.div.prepend(canvas);
      const task = proxy.render({ canvas, viewport, transform: fit.transform });
      slot.render = task;
      await task.promise;
      // Each drawing's span, for the tests (one page is drawn at a time) and the benchmark.
      performance.measure('lens:page-drawn', { start: started, detail: slot.number });
    } catch (error) {
      if (!(error instanceof RenderingCancelledException)) console.debug('[Defense Innovation Lens] page', slot.number, error);
    } finally {
      done();
    }
  }

  /**
   * The page's links, over its text layer: web and e-mail addresses (opened in a new tab) and places in
   * this PDF (scrolled to); any other kind of link a PDF carries (scripts, files, launch actions) is
   * left out. Placed in percent of the page, so zooming needs nothing more.
   */
  private async addLinks(slot: PageSlot, proxy: PDFPageProxy): Promise<void> {
    slot.links = true;
    try {
      const annotations = (await proxy.getAnnotations({ intent: 'display' })) as PdfAnnotation[];
      const viewport = proxy.getViewport({ scale: 1 });
      const layer = document.createElement('div');
      layer.className = 'linkLayer';
      for (const annotation of annotations) {
        const target = linkTarget(annotation);
        if (!target || !annotation.rect || this.options.signal.aborted) continue;
        const box = linkBox(viewport.convertToViewportRectangle(annotation.rect), viewport);
        const link = document.createElement('a');
        Object.assign(link.style, { left: `${box.left}%`, top: `${box.top}%`, width: `${box.width}%`, height: `${box.height}%` });
        if (target.kind === 'address') {
          link.href = target.href;
          link.target = '_blank';
          link.rel = 'noopener noreferrer';
          link.title = target.href.replace(/^mailto:/, '');
        } else {
          const page = await this.destinationPage(target.dest);
          if (page === null) continue;
          link.href = `#page=${page}`;
          link.title = `Page ${page}`;
          link.addEventListener('click', (event) => {
            event.preventDefault();
            this.goTo(page);
          });
        }
        link.setAttribute('aria-label', link.title);
        layer.append(link);
      }
      if (layer.childElementCount > 0 && !this.options.signal.aborted) slot.div.append(layer);
    } catch (error) {
      console.debug('[Defense Innovation Lens] links of page', slot.number, error);
    }
  }

  /** The 1-based page a destination of this PDF points to (a named one is looked up), or null. */
  private async destinationPage(dest: string | unknown[]): Promise<number | null> {
    const explicit = typeof dest === 'string' ? await this.doc.getDestination(dest) : dest;
    const target: unknown = explicit?.[0];
    if (Number.isInteger(target)) return (target as number) + 1;
    if (target && typeof target === 'object') return (await this.doc.getPageIndex(target as Parameters<PDFDocumentProxy['getPageIndex']>[0])) + 1;
    return null;
  }

  private evictFarCanvases(): void {
    while (this.drawn.length > MAX_CANVASES) {
      const far = [...this.drawn].sort((a, b) => Math.abs(b - this.current) - Math.abs(a - this.current)).find((n) => !this.visible.has(n));
      if (far === undefined) return;
      this.release(this.slots[far - 1]!);
    }
  }

  private release(slot: PageSlot): void {
    slot.render?.cancel();
    slot.render = undefined;
    slot.drawing = undefined;
    if (slot.canvas) {
      // A zero-sized canvas frees its backing store at once. The element stays, hidden, for the page's
      // next drawing: removing a node costs the browser a visit to every live range in the document
      // (each mention holds one), about 3 ms a removal with 12,000 mentions, paid on every page
      // scrolled past; hiding it is a style change.
      slot.canvas.width = 0;
      slot.canvas.height = 0;
      slot.canvas.hidden = true;
    }
    slot.canvas = undefined;
    const index = this.drawn.indexOf(slot.number);
    if (index !== -1) this.drawn.splice(index, 1);
  }

  private trackCurrent(): void {
    const top = window.scrollY + (this.options.obscuredTop?.() ?? 0);
    const bottom = window.scrollY + window.innerHeight;
    const atEnd = bottom >= document.documentElement.scrollHeight - 1;
    const page = currentPage(this.slots.length, (i) => ({ top: this.slots[i]!.div.offsetTop, height: this.slots[i]!.div.offsetHeight }), top, bottom, atEnd);
    if (page !== this.current) {
      this.current = page;
      this.options.onPageChange(this.current);
    }
  }

  private destroy(): void {
    this.observer.disconnect();
    for (const slot of this.slots) {
      this.release(slot);
      slot.textLayer?.cancel();
    }
    this.container.replaceChildren();
  }
}
