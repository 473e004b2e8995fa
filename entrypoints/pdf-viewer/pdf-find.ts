import { LINE_END_HYPHEN, withLineEndHyphensKept } from '../../utils/matcher/line-end-hyphens';
import { normalizeAlias, normalizeText } from '../../utils/matcher/normalize-text';
import { type TextBlock, collectTextBlocks, locate } from '../../utils/page-text/collect-text-blocks';
import type { FindPosition } from '../../utils/pdf/find-status';

const ALL = 'dil-pdf-find';
const CURRENT = 'dil-pdf-find-current';

interface Hit {
  range: Range;
  page: number;
}

/** Time one task of searching may take; the other pages are searched in the tasks after it. */
const SLICE_MS = 12;

export interface PdfFindOptions {
  /** The text layers built so far, in page order. */
  layers(): HTMLElement[];
  pageOf(node: Node): number | undefined;
  /** The page the reader is on: searching starts there, and so does the first step. */
  currentPage(): number;
  /** The results changed while searching went on in later tasks (more pages searched). */
  onChange?(position: FindPosition): void;
}

/**
 * Find in the PDF: searches the text layers as the matcher reads them (case, accents, curly quotes,
 * line ends and hyphenated line ends folded, so "innovation fund" finds "Inno-/vation Fund" across two
 * lines), and shows the results with the CSS Custom Highlight API, the current one stronger. The reader's
 * page and those after it are searched first, in tasks of at most `SLICE_MS` (a 92-page PDF searched in
 * one task was up to 212 ms, trial 18m); the count grows as the rest are, and the first step goes to
 * the first result from the reader's page on.
 */
export class PdfFind {
  private hits: Hit[] = [];
  private index = -1;
  /** The query searched for, while find is in use ('' otherwise). */
  private query = '';
  /** Results per text layer searched for it: a layer is searched once, however often more pages arrive. */
  private readonly byLayer = new Map<HTMLElement, Hit[]>();
  /** Layers still to search for the query, in the order they will be. */
  private pending: HTMLElement[] = [];
  /** The query's folded form. */
  private wanted = '';
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** A step asked for before any result was found: taken as soon as one is (then told by `onChange`). */
  private wantedStep: 1 | -1 | 0 = 0;

  constructor(private readonly options: PdfFindOptions) {}

  /** Whether pages are still being searched for the query (the count can only grow). */
  get searching(): boolean {
    return this.pending.length > 0;
  }

  /** Searches for `query`: the reader's page and what follows first; returns the number of results so far. */
  search(query: string): number {
    this.query = query;
    this.index = -1;
    this.wantedStep = 0;
    this.byLayer.clear();
    this.wanted = normalizeAlias(query).folded;
    const layers = this.wanted ? this.options.layers() : [];
    const here = this.options.currentPage();
    const from = layers.findIndex((layer) => (this.options.pageOf(layer) ?? 0) >= here);
    this.pending = from <= 0 ? layers : [...layers.slice(from), ...layers.slice(0, from)];
    this.advance();
    return this.hits.length;
  }

  /**
   * Searches the text layers read since for the current query too (a long PDF is read in the background,
   * and results found before the last page was read would go stale). The current result stays current.
   * Undefined when find is not in use.
   */
  refresh(): FindPosition | undefined {
    if (!this.query) return undefined;
    const queued = new Set(this.pending);
    for (const layer of this.options.layers()) if (!this.byLayer.has(layer) && !queued.has(layer)) this.pending.push(layer);
    this.advance();
    return this.position();
  }

  /** Moves to the next (or previous) result and scrolls to it; returns its position, 1-based. */
  step(direction: 1 | -1): FindPosition | null {
    if (this.index === -1) {
      // The first step goes to the first result from the reader's page on (or, backwards, the last one up
      // to it), once the pages between are searched; till then it waits and the search turns that way.
      const here = this.options.currentPage();
      const first = this.firstFrom(here, direction);
      if (first === undefined) {
        this.wantedStep = direction;
        if (direction === -1) this.searchBackFrom(here);
        return null;
      }
      this.index = first;
    } else {
      if (this.hits.length === 0) return null;
      this.index = (this.index + direction + this.hits.length) % this.hits.length;
    }
    this.wantedStep = 0;
    const hit = this.hits[this.index]!;
    hit.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.paint();
    return this.position();
  }

  /**
   * The first result a first step from page `here` goes to, or undefined while pages that could hold a
   * nearer one are still to be searched (and none is found at all when the search is over: null too).
   */
  private firstFrom(here: number, direction: 1 | -1): number | undefined {
    const index = direction === 1 ? this.hits.findIndex((hit) => hit.page >= here) : this.hits.findLastIndex((hit) => hit.page <= here);
    const pendingPages = this.pending.map((layer) => this.options.pageOf(layer) ?? 0);
    if (index !== -1) {
      const page = this.hits[index]!.page;
      // Final once no page between the reader's and that result waits.
      const between = direction === 1 ? pendingPages.some((p) => p >= here && p < page) : pendingPages.some((p) => p <= here && p > page);
      return between ? undefined : index;
    }
    // None on the reader's side yet: around to the other end, once every page is searched.
    if (pendingPages.length > 0 || this.hits.length === 0) return undefined;
    return direction === 1 ? 0 : this.hits.length - 1;
  }

  /** Searches the pages up to the reader's, nearest first, before the others (a backward first step waits on them). */
  private searchBackFrom(here: number): void {
    const pageOf = (layer: HTMLElement) => this.options.pageOf(layer) ?? 0;
    const before = this.pending.filter((layer) => pageOf(layer) <= here).sort((a, b) => pageOf(b) - pageOf(a));
    const after = this.pending.filter((layer) => pageOf(layer) > here);
    this.pending = [...before, ...after];
  }

  clear(): void {
    this.query = '';
    this.wantedStep = 0;
    this.byLayer.clear();
    this.pending = [];
    clearTimeout(this.timer);
    this.timer = undefined;
    this.hits = [];
    this.index = -1;
    this.paint();
  }

  private position(): FindPosition {
    return { index: this.index + 1, total: this.hits.length, page: this.hits[this.index]?.page };
  }

  /**
   * Searches pending layers for one slice, gathers every result in page order (the current one stays
   * current), and leaves the rest to the next task, which tells `onChange`.
   */
  private advance(): void {
    const deadline = performance.now() + SLICE_MS;
    // At least one layer a slice, so a search always gets on.
    do {
      const layer = this.pending.shift();
      if (!layer) break;
      if (!layer.isConnected || this.byLayer.has(layer)) continue;
      this.byLayer.set(layer, collectTextBlocks(layer).flatMap((block) => this.inBlock(block, this.wanted)));
    } while (this.pending.length > 0 && performance.now() < deadline);
    const current = this.hits[this.index];
    this.hits = this.options.layers().flatMap((layer) => this.byLayer.get(layer) ?? []);
    this.index = current ? this.hits.indexOf(current) : -1;
    this.paint();
    if (this.pending.length > 0 && this.timer === undefined) {
      this.timer = setTimeout(() => {
        this.timer = undefined;
        if (!this.query) return;
        this.advance();
        if (this.wantedStep !== 0 && this.index === -1) this.step(this.wantedStep);
        this.options.onChange?.(this.position());
      }, 0);
    }
  }

  /**
   * The results in one text layer. A word hyphenated at a line end reads joined ("Inno-⏎vation" is
   * "innovation"), and, where the layer has such a hyphen, also with the hyphen kept ("counter-⏎drone"
   * is "counter-drone"), as the matcher reads it: both readings have the layer's offsets.
   */
  private inBlock(block: TextBlock, wanted: string): Hit[] {
    const readings = block.text.includes(LINE_END_HYPHEN) ? [block.text, withLineEndHyphensKept(block.text)] : [block.text];
    const spans = new Map<number, number>();
    for (const reading of readings) {
      const { folded, starts, ends } = normalizeText(reading);
      for (let at = folded.indexOf(wanted); at !== -1; at = folded.indexOf(wanted, at + wanted.length)) {
        if (!spans.has(starts[at]!)) spans.set(starts[at]!, ends[at + wanted.length - 1]!);
      }
    }
    const found: Hit[] = [];
    for (const [from, to] of [...spans].sort((a, b) => a[0] - b[0])) {
      const start = locate(block, from);
      const end = locate(block, to, true);
      const range = document.createRange();
      range.setStart(start.node, start.offset);
      range.setEnd(end.node, end.offset);
      found.push({ range, page: this.options.pageOf(start.node) ?? 0 });
    }
    return found;
  }

  private paint(): void {
    if (typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    const current = this.hits[this.index];
    CSS.highlights.set(ALL, new Highlight(...this.hits.filter((hit) => hit !== current).map((hit) => hit.range)));
    CSS.highlights.set(CURRENT, new Highlight(...(current ? [current.range] : [])));
  }
}
