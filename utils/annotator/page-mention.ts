import type { Mention } from '../matcher/find-mentions';
import { type TextBlock, locate } from '../page-text/collect-text-blocks';

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
    return new BlockMention(mention, range, block.nodes.slice(start.index, end.index + 1), block.text);
  });
}

/**
 * A page mention read from a text block. One shape for every mention (a class, not a spread with
 * getters: those became dictionary-mode objects of about 300 bytes each, 1.5 MB on a 100k-word page),
 * and it keeps its block's text, not the block: the block's node and offset lists are not held for
 * every highlight of the page.
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
    readonly nodes: Text[],
    private readonly blockText: string,
  ) {
    this.start = mention.start;
    this.end = mention.end;
    this.entityId = mention.entityId;
    this.category = mention.category;
    this.alias = mention.alias;
    this.surface = mention.surface;
    this.rule = mention.rule;
    if (mention.umbrella !== undefined) this.umbrella = mention.umbrella;
  }

  private around(): { before: string; after: string } {
    return (this.context ??= {
      before: squash(this.blockText.slice(Math.max(0, this.start - CONTEXT_CHARS), this.start)),
      after: squash(this.blockText.slice(this.end, this.end + CONTEXT_CHARS)),
    });
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
