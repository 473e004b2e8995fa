import { MARK_CLASS } from './highlighter';
import { type PageMention, rangeContainsPoint } from './page-mention';

/**
 * Finds the mention under a point. Highlights are not elements, so there is no event target to
 * read: the caret position at the point names a text node, and only that node's mentions are tested.
 */
export class MentionLookup {
  /** The mentions in each text node: the mention itself when only one (most nodes), not a list of one. */
  private readonly byNode = new Map<Node, PageMention | PageMention[]>();

  private readonly ordered: PageMention[] = [];

  constructor(
    /** Open shadow roots we annotated: a hit test only looks inside the shadow roots it is given. */
    private readonly shadowRoots: () => ShadowRoot[] = () => [],
    /**
     * Keep the mentions in document order, not in the order found: the PDF viewer reads the pages in
     * view first (a PDF opened at page 11 reads its earlier pages after), and stepping from the reader's
     * place needs that order. Not on web pages, which are read from the top: comparing two nodes'
     * positions walks their common parent's children, and once per block it cost 300 ms on a page of
     * 50,000 cells in one parent (the benchmark).
     */
    private readonly documentOrder = false,
  ) {}

  add(mentions: readonly PageMention[]): void {
    // A batch from earlier in the document than the last known mention is sorted in (see `documentOrder`).
    const last = this.ordered.at(-1);
    const first = mentions[0];
    const outOfOrder = this.documentOrder && last !== undefined && first !== undefined && precedes(first, last);
    for (const mention of mentions) {
      this.ordered.push(mention);
      for (const node of mention.nodes) {
        const known = this.byNode.get(node);
        if (known === undefined) this.byNode.set(node, mention);
        else if (Array.isArray(known)) {
          if (!known.includes(mention)) known.push(mention);
        } else if (known !== mention) this.byNode.set(node, [known, mention]);
      }
    }
    if (outOfOrder) this.ordered.sort((a, b) => (a === b ? 0 : precedes(a, b) ? -1 : precedes(b, a) ? 1 : 0));
  }

  remove(mentions: readonly PageMention[]): void {
    const gone = new Set(mentions);
    for (const mention of mentions) {
      for (const node of mention.nodes) {
        const list = listOf(this.byNode.get(node)).filter((m) => !gone.has(m));
        if (list.length > 1) this.byNode.set(node, list);
        else if (list.length === 1) this.byNode.set(node, list[0]!);
        else this.byNode.delete(node);
      }
    }
    const kept = this.ordered.filter((m) => !gone.has(m));
    this.ordered.length = 0;
    this.ordered.push(...kept);
  }

  clear(): void {
    this.byNode.clear();
    this.ordered.length = 0;
  }

  /** All mentions: in document order with `documentOrder` (those in different trees as found), else in the order found. */
  all(): readonly PageMention[] {
    return this.ordered;
  }

  at(doc: Document, x: number, y: number): PageMention | undefined {
    const node = caretNodeAt(doc, x, y, this.shadowRoots());
    if (!node) return undefined;
    const direct = listOf(this.byNode.get(node)).find((mention) => rangeContainsPoint(mention.range, x, y));
    if (direct) return direct;
    const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
    // In the <mark> fallback the caret lands in the wrapped text; the mention's range surrounds the mark.
    const mark = element?.closest(`mark.${MARK_CLASS}`);
    if (mark) return this.ordered.find((mention) => mention.range.intersectsNode(mark));
    // An empty link laid over text catches the pointer (a PDF's links lie over its text layer): the
    // mention under it is the one pointed at, as the text inside a link is on a web page.
    const overlay = element ? emptyLinkOf(element) : null;
    return overlay ? this.under(doc, x, y, overlay) : undefined;
  }

  /**
   * Mentions inside an element, for keyboard focus on a link that contains one. A link with no text of
   * its own laid over text (a PDF's link) stands for the text it covers.
   */
  within(element: Element): PageMention[] {
    const inside = this.ordered.filter((mention) => element.contains(mention.range.startContainer));
    return inside.length > 0 || !emptyLinkOf(element) ? inside : this.coveredBy(element);
  }

  /** The mention at a point beneath an overlay: in the text of the elements under the point. */
  private under(doc: Document, x: number, y: number, overlay: Element): PageMention | undefined {
    const stack = doc.elementsFromPoint(x, y);
    for (const element of stack.slice(stack.indexOf(overlay) + 1)) {
      for (const child of Array.from(element.childNodes)) {
        const found = child.nodeType === Node.TEXT_NODE ? listOf(this.byNode.get(child)).find((mention) => rangeContainsPoint(mention.range, x, y)) : undefined;
        if (found) return found;
      }
    }
    return undefined;
  }

  /**
   * The mentions an empty link's box covers, in document order: those near it in the tree (its parent
   * holds the text, or an ancestor a few levels up) whose line boxes meet the link's.
   */
  private coveredBy(link: Element): PageMention[] {
    const box = link.getBoundingClientRect();
    let near: PageMention[] = [];
    for (let ancestor = link.parentElement, level = 0; ancestor && near.length === 0 && level < 3; ancestor = ancestor.parentElement, level += 1) {
      near = this.ordered.filter((mention) => ancestor.contains(mention.range.startContainer));
    }
    return near.filter((mention) => Array.from(mention.range.getClientRects()).some((rect) => rect.left < box.right && rect.right > box.left && rect.top < box.bottom && rect.bottom > box.top));
  }
}

/** Whether mention `a` starts before `b` in their document (false for nodes of different trees: a shadow root and its page). */
function precedes(a: PageMention, b: PageMention): boolean {
  const x = a.range.startContainer;
  const y = b.range.startContainer;
  if (x === y) return a.range.startOffset < b.range.startOffset;
  const position = x.compareDocumentPosition(y);
  return (position & Node.DOCUMENT_POSITION_DISCONNECTED) === 0 && (position & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
}

/** The link an element is (or is inside) when that link has no text of its own, else null. */
function emptyLinkOf(element: Element): Element | null {
  const link = element.closest('a[href]');
  return link && !/\S/.test(link.textContent ?? '') ? link : null;
}

function caretNodeAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[]): Node | null {
  const withPosition = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number, options?: { shadowRoots: ShadowRoot[] }) => { offsetNode: Node } | null;
  };
  if (typeof withPosition.caretPositionFromPoint === 'function') {
    return withPosition.caretPositionFromPoint(x, y, shadowRoots.length > 0 ? { shadowRoots } : undefined)?.offsetNode ?? null;
  }
  const withRange = doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null };
  if (typeof withRange.caretRangeFromPoint === 'function') return withRange.caretRangeFromPoint(x, y)?.startContainer ?? null;
  return null;
}

/** A node's entry in `byNode` as a list. */
function listOf(entry: PageMention | readonly PageMention[] | undefined): readonly PageMention[] {
  return entry === undefined ? [] : Array.isArray(entry) ? entry : [entry as PageMention];
}
