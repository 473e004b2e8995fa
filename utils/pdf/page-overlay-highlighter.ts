import type { Highlighter } from '../annotator/highlighter';
import type { PageMention } from '../annotator/page-mention';
import { type HighlightBox, highlightBoxes } from './highlight-boxes';

/** A page's layer of highlight boxes (between its canvas and its text layer). */
export const HIGHLIGHT_LAYER_CLASS = 'lens-highlight-layer';
/** One mention's boxes (one per line it covers); styled per category by highlights.css and the highlight style. */
export const HIGHLIGHT_BOX_CLASS = 'defense-innovation-lens-box';
/** Time one task of drawing boxes may take (reading line boxes forces a layout); the rest waits for the next task. */
const TASK_BUDGET_MS = 8;

export interface PageOverlayHighlighter extends Highlighter {
  /** The pages whose mentions are drawn from now on (those in and near the view); boxes drawn stay. */
  setWindow(pages: ReadonlySet<number>): void;
}

export interface PageOverlayOptions {
  /** The page a text node is on (mentions on no page are not drawn). */
  pageOf(node: Node): number | undefined;
  /** A page's element: boxes are placed in percent of its box, in a layer just before its text layer. */
  pageElement(page: number): HTMLElement | undefined;
  /**
   * Runs work in a task of its own (a timeout by default). Not in an animation frame: PDF.js draws
   * pages in animation frames, and boxes measured there made those frames long.
   */
  later?(work: () => void): void;
}

/**
 * The PDF viewer's highlighter: each mention is drawn as boxes in a layer of its page, under the text
 * layer's transparent text, instead of being registered with the CSS Custom Highlight API. Chromium
 * rebuilds its markers for every registered range and repaints their text whenever anything in the
 * document changes (a canvas drawn in, a toolbar update, a text layer added), so with a hundred
 * mentions a page every frame of a scroll paid about 5 ms per page registered, and frames where PDF.js
 * was drawing became long tasks. Boxes are painted once and cost nothing afterwards. They are measured
 * (which forces a layout) only for the pages in and near the view, in short tasks, and placed in
 * percent of the page, so zooming needs no new measure. Hover and keyboard use the mentions' ranges in
 * the text layer as on web pages; what the popup and the badge count covers the whole document.
 */
export function createPageOverlayHighlighter(options: PageOverlayOptions): PageOverlayHighlighter {
  const later = options.later ?? ((work: () => void) => void setTimeout(work, 0));
  /** Per page, the mentions shown but not drawn yet: drawn once the page is in the window. */
  const undrawn = new Map<number, Set<PageMention>>();
  const pageByMention = new Map<PageMention, number>();
  const groups = new Map<PageMention, HTMLElement>();
  const layers = new Map<number, HTMLElement>();
  /** Boxes measured once per mention: a mention shown again (settings changed) is not measured again. */
  const measured = new WeakMap<PageMention, HighlightBox[]>();
  let window: ReadonlySet<number> = new Set();
  let active: PageMention | null = null;
  let scheduled = false;
  const measure = document.createRange();

  const undrawnOn = (page: number) => {
    let pending = undrawn.get(page);
    if (!pending) undrawn.set(page, (pending = new Set()));
    return pending;
  };

  const layerOf = (page: number): HTMLElement | undefined => {
    const known = layers.get(page);
    if (known?.isConnected) return known;
    const element = options.pageElement(page);
    if (!element) return undefined;
    const layer = element.ownerDocument.createElement('div');
    layer.className = HIGHLIGHT_LAYER_CLASS;
    layer.setAttribute('aria-hidden', 'true');
    // Above the canvas, below the text layer (whose text is transparent): selection stays on top.
    const textLayer = element.querySelector(':scope > .textLayer');
    if (textLayer) textLayer.before(layer);
    else element.append(layer);
    layers.set(page, layer);
    return layer;
  };

  /** The line boxes of a mention's text: measured per text node, so runs inside the range are not counted twice. */
  const boxesOf = (mention: PageMention, pageBox: DOMRect): HighlightBox[] => {
    const known = measured.get(mention);
    if (known) return known;
    const rects: DOMRect[] = [];
    const { startContainer, startOffset, endContainer, endOffset } = mention.range;
    for (const node of mention.nodes) {
      const start = node === startContainer ? startOffset : 0;
      const end = node === endContainer ? endOffset : node.length;
      if (end <= start || !node.isConnected) continue;
      measure.setStart(node, start);
      measure.setEnd(node, end);
      rects.push(...Array.from(measure.getClientRects()));
    }
    const boxes = highlightBoxes(rects, pageBox);
    measured.set(mention, boxes);
    return boxes;
  };

  const groupFor = (mention: PageMention, boxes: readonly HighlightBox[], doc: Document): HTMLElement => {
    const group = doc.createElement('div');
    group.className = HIGHLIGHT_BOX_CLASS;
    group.dataset.category = mention.category;
    // What it highlights, for whoever inspects the page (the end-to-end tests read it).
    group.dataset.text = mention.range.toString();
    if (mention === active) group.dataset.active = 'true';
    for (const box of boxes) {
      const piece = doc.createElement('div');
      piece.style.cssText = `left:${box.left}%;top:${box.top}%;width:${box.width}%;height:${box.height}%`;
      group.append(piece);
    }
    return group;
  };

  /** Draws mentions of pages in the window: all measuring first (one layout), then all writing. */
  const draw = (only?: readonly PageMention[]) => {
    const started = performance.now();
    const deadline = started + TASK_BUDGET_MS;
    const ready: { page: number; mention: PageMention; boxes: HighlightBox[] }[] = [];
    const wanted = only ? only.map((m) => [pageByMention.get(m) ?? 0, m] as const) : [...window].flatMap((page) => [...(undrawn.get(page) ?? [])].map((m) => [page, m] as const));
    const pageBoxes = new Map<number, DOMRect>();
    for (const [page, mention] of wanted) {
      if (!undrawn.get(page)?.has(mention)) continue;
      let pageBox = pageBoxes.get(page);
      if (!pageBox) {
        const element = options.pageElement(page);
        if (!element) continue;
        pageBoxes.set(page, (pageBox = element.getBoundingClientRect()));
      }
      ready.push({ page, mention, boxes: boxesOf(mention, pageBox) });
      if (!only && performance.now() > deadline) break;
    }
    for (const { page, mention, boxes } of ready) {
      const layer = layerOf(page);
      if (!layer) continue;
      const group = groupFor(mention, boxes, layer.ownerDocument);
      layer.append(group);
      groups.set(mention, group);
      undrawn.get(page)?.delete(mention);
    }
    // The work's span, for the benchmark (which long tasks hold annotation work).
    if (ready.length > 0) performance.measure('lens:highlight-boxes', { start: started });
    if (!only) schedule();
  };

  function schedule(): void {
    if (scheduled || ![...window].some((page) => (undrawn.get(page)?.size ?? 0) > 0)) return;
    scheduled = true;
    later(() => {
      scheduled = false;
      draw();
    });
  }

  /** Removes old layers, as many per task as fit its budget (at least one), in tasks of their own. */
  const removeInSlices = (old: HTMLElement[]) => {
    if (old.length === 0) return;
    later(() => {
      const end = performance.now() + TASK_BUDGET_MS;
      do old.shift()!.remove();
      while (old.length > 0 && performance.now() < end);
      removeInSlices(old);
    });
  };

  const undraw = (mention: PageMention) => {
    groups.get(mention)?.remove();
    groups.delete(mention);
  };

  return {
    kind: 'boxes',
    add(mentions) {
      for (const mention of mentions) {
        const page = options.pageOf(mention.range.startContainer) ?? 0;
        undrawnOn(page).add(mention);
        pageByMention.set(mention, page);
      }
      schedule();
    },
    remove(mentions) {
      for (const mention of mentions) {
        undrawn.get(pageByMention.get(mention) ?? 0)?.delete(mention);
        pageByMention.delete(mention);
        undraw(mention);
        if (active === mention) active = null;
      }
    },
    clear() {
      // Hidden at once, taken out of the page a few layers per task: removing a long PDF's 12,600 boxes
      // in one go was a task of 157-280 ms (trial 18i). New boxes go into new layers.
      const old = [...layers.values()];
      for (const layer of old) layer.style.visibility = 'hidden';
      layers.clear();
      removeInSlices(old);
      groups.clear();
      undrawn.clear();
      pageByMention.clear();
      active = null;
    },
    setActive(mention) {
      if (active) delete groups.get(active)?.dataset.active;
      active = mention;
      if (!mention) return;
      // A mention reached by keyboard may be on a page the window has not reached yet.
      if (!groups.has(mention) && pageByMention.has(mention)) draw([mention]);
      const group = groups.get(mention);
      if (group) group.dataset.active = 'true';
    },
    setWindow(next) {
      window = new Set(next);
      schedule();
    },
  };
}
