import type { Mention } from '../matcher/find-mentions';
import { type TextBlock, blockAncestorOf, collectTextBlocks, locate } from '../page-text/collect-text-blocks';

/** A mention found on the page, with the live range it covers. */
export interface PageMention extends Mention {
  range: Range;
  /** The text nodes the mention covers (more than one when inline markup splits it). */
  nodes: Text[];
  /** Up to CONTEXT_CHARS of its block's text before and after it: what identifies this one occurrence. */
  before: string;
  after: string;
}

/** How much text around a mention identifies its occurrence ("Not this one"). */
export const CONTEXT_CHARS = 32;

/** Whitespace-collapsed text, so a correction survives re-wrapping and `<br>`s. */
export const squash = (text: string) => text.replace(/\s+/g, ' ');

export function toPageMentions(block: TextBlock, mentions: readonly Mention[]): PageMention[] {
  const doc = block.nodes[0]?.ownerDocument;
  if (!doc) return [];
  return mentions.map((mention) => {
    const start = locate(block, mention.start);
    const end = locate(block, mention.end, true);
    const range = doc.createRange();
    range.setStart(start.node, start.offset);
    range.setEnd(end.node, end.offset);
    return new BlockMention(mention, range, start.index === end.index ? start.node : block.nodes.slice(start.index, end.index + 1));
  });
}

/**
 * The mention's surface, not as a slice of its block's text: V8 keeps a slice of 13 characters or more
 * as a view into the whole string, so every highlight of a page would keep its paragraph's text alive
 * (about 1 MB on a 100k-word page). Taken from the text node where the mention lies in one (nearly
 * always: the same characters, held by the page anyway); otherwise copied.
 */
function ownSurface(surface: string, range: Range): string {
  if (surface.length < 13) return surface;
  const node = range.startContainer;
  if (node === range.endContainer && node.nodeType === 3) {
    const own = (node as Text).data.slice(range.startOffset, range.endOffset);
    if (own === surface) return own;
  }
  return Array.from(surface).join('');
}

/**
 * The text around a range in its block, read again from the page: the block's text is not kept for
 * every mention (see `ownSurface`), and only a reader's correction asks for it. Empty when the block is
 * no longer read as it was (its text changed or it was hidden since).
 */
function contextOf(range: Range, nodes: readonly Text[]): { before: string; after: string } {
  const first = nodes[0];
  const last = nodes[nodes.length - 1];
  if (!first || !last || !first.isConnected) return { before: '', after: '' };
  for (const block of collectTextBlocks(blockAncestorOf(first.parentNode ?? first))) {
    const i = block.nodes.indexOf(first);
    if (i < 0) continue;
    const j = block.nodes.indexOf(last, i);
    if (j < 0) break;
    const start = block.offsets[i]! + range.startOffset;
    const end = block.offsets[j]! + range.endOffset;
    return {
      before: squash(block.text.slice(Math.max(0, start - CONTEXT_CHARS), start)),
      after: squash(block.text.slice(end, end + CONTEXT_CHARS)),
    };
  }
  return { before: '', after: '' };
}

/**
 * A page mention read from a text block. One shape for every mention (a class, not a spread with
 * getters: those became dictionary-mode objects of about 300 bytes each, 1.5 MB on a 100k-word page),
 * and it keeps neither its block nor its block's text (see `ownSurface`, `contextOf`).
 */
class BlockMention implements PageMention {
  readonly start: number;
  readonly end: number;
  readonly entityId: string;
  readonly category: Mention['category'];
  readonly alias: string;
  readonly surface: string;
  readonly rule: string;
  readonly umbrella?: boolean;
  /** The context, read only by corrections: worked out on first use, not for every mention of every page. */
  private context: { before: string; after: string } | undefined;

  constructor(
    mention: Mention,
    readonly range: Range,
    /**
     * The text node it lies in, or the nodes when more than one: nearly every mention lies in one, and a
     * list of one for each cost a 100k-word page about 250 KB. (Not read from the range, which moves
     * when the page changes: these are the nodes it was found in.)
     */
    private readonly spanned: Text | Text[],
  ) {
    this.start = mention.start;
    this.end = mention.end;
    this.entityId = mention.entityId;
    this.category = mention.category;
    this.alias = mention.alias;
    this.surface = ownSurface(mention.surface, range);
    this.rule = mention.rule;
    if (mention.umbrella !== undefined) this.umbrella = mention.umbrella;
  }

  get nodes(): Text[] {
    return Array.isArray(this.spanned) ? this.spanned : [this.spanned];
  }

  private around(): { before: string; after: string } {
    return (this.context ??= contextOf(this.range, this.nodes));
  }

  get before(): string {
    return this.around().before;
  }

  get after(): string {
    return this.around().after;
  }
}

/** True when the point lies inside one of the range's line boxes. */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
