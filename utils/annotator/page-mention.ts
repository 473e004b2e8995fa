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
    // The context is read only by corrections: worked out on first use, not for every mention of every page.
    let context: { before: string; after: string } | undefined;
    const around = () =>
      (context ??= {
        before: squash(block.text.slice(Math.max(0, mention.start - CONTEXT_CHARS), mention.start)),
        after: squash(block.text.slice(mention.end, mention.end + CONTEXT_CHARS)),
      });
    return {
      ...mention,
      range,
      nodes: block.nodes.slice(start.index, end.index + 1),
      get before() {
        return around().before;
      },
      get after() {
        return around().after;
      },
    };
  });
}

/** True when the point lies inside one of the range's line boxes. */
export function rangeContainsPoint(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left && x <= rect.right && y >= rect.top && y <= rect.bottom) return true;
  }
  return false;
}
