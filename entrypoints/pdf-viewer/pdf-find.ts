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

/**
 * Find in the PDF: searches the text layers as the matcher reads them (case, accents, curly quotes,
 * line ends and hyphenated line ends folded, so "innovation fund" finds "Inno-/vation Fund" across two
 * lines), and shows the results with the CSS Custom Highlight API, the current one stronger.
 */
export class PdfFind {
  private hits: Hit[] = [];
  private index = -1;
  /** The query searched for, while find is in use ('' otherwise). */
  private query = '';
  /** Results per text layer searched for it: a layer is searched once, however often more pages arrive. */
  private readonly byLayer = new Map<HTMLElement, Hit[]>();

  constructor(private readonly layers: () => HTMLElement[], private readonly pageOf: (node: Node) => number | undefined) {}

  /** Searches for `query`; returns the number of results. */
  search(query: string): number {
    this.query = query;
    this.index = -1;
    this.byLayer.clear();
    this.hits = this.find(query);
    this.paint();
    return this.hits.length;
  }

  /**
   * Searches again for the current query, over the text layers read since (a long PDF is read in the
   * background, and results found before the last page was read would go stale). The current result
   * stays current. Undefined when find is not in use.
   */
  refresh(): FindPosition | undefined {
    if (!this.query) return undefined;
    const current = this.hits[this.index];
    this.hits = this.find(this.query);
    this.index = current ? this.hits.indexOf(current) : -1;
    this.paint();
    return this.position();
  }

  /** Moves to the next (or previous) result and scrolls to it; returns its position, 1-based. */
  step(direction: 1 | -1): FindPosition | null {
    if (this.hits.length === 0) return null;
    this.index = this.index === -1 ? (direction === 1 ? 0 : this.hits.length - 1) : (this.index + direction + this.hits.length) % this.hits.length;
    const hit = this.hits[this.index]!;
    hit.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    this.paint();
    return this.position();
  }

  clear(): void {
    this.query = '';
    this.byLayer.clear();
    this.hits = [];
    this.index = -1;
    this.paint();
  }

  private position(): FindPosition {
    return { index: this.index + 1, total: this.hits.length, page: this.hits[this.index]?.page };
  }

  /** Every result, in page order (the layers come in page order). */
  private find(query: string): Hit[] {
    const wanted = normalizeAlias(query).folded;
    if (wanted.length === 0) return [];
    const hits: Hit[] = [];
    for (const layer of this.layers()) {
      let found = this.byLayer.get(layer);
      if (!found) {
        found = collectTextBlocks(layer).flatMap((block) => this.inBlock(block, wanted));
        this.byLayer.set(layer, found);
      }
      hits.push(...found);
    }
    return hits;
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
      found.push({ range, page: this.pageOf(start.node) ?? 0 });
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
