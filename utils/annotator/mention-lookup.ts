import { MARK_CLASS } from './highlighter';
import { type PageMention, rangeContainsPoint } from './page-mention';

/**
 * Finds the mention under a point. Highlights are not elements, so there is no event target to
 * read: the caret position at the point names a text node, and only that node's mentions are tested.
 */
export class MentionLookup {
  private readonly byNode = new Map<Node, PageMention[]>();

  private readonly ordered: PageMention[] = [];

  /** Open shadow roots we annotated: a hit test only looks inside the shadow roots it is given. */
  constructor(private readonly shadowRoots: () => ShadowRoot[] = () => []) {}

  add(mentions: readonly PageMention[]): void {
    for (const mention of mentions) {
      this.ordered.push(mention);
      for (const node of mention.nodes) {
        const list = this.byNode.get(node) ?? [];
        if (!list.includes(mention)) list.push(mention);
        this.byNode.set(node, list);
      }
    }
  }

  remove(mentions: readonly PageMention[]): void {
    const gone = new Set(mentions);
    for (const mention of mentions) {
      for (const node of mention.nodes) {
        const list = this.byNode.get(node)?.filter((m) => !gone.has(m));
        if (list && list.length > 0) this.byNode.set(node, list);
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

  /** All mentions in document order of discovery. */
  all(): readonly PageMention[] {
    return this.ordered;
  }

  at(doc: Document, x: number, y: number): PageMention | undefined {
    const node = caretNodeAt(doc, x, y, this.shadowRoots());
    if (!node) return undefined;
    const direct = this.byNode.get(node)?.find((mention) => rangeContainsPoint(mention.range, x, y));
    if (direct) return direct;
    // In the <mark> fallback the caret lands in the wrapped text; the mention's range surrounds the mark.
    const mark = (node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement)?.closest(`mark.${MARK_CLASS}`);
    return mark ? this.ordered.find((mention) => mention.range.intersectsNode(mark)) : undefined;
  }

  /** Mentions inside an element, for keyboard focus on a link that contains one. */
  within(element: Element): PageMention[] {
    return this.ordered.filter((mention) => element.contains(mention.range.startContainer));
  }
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
