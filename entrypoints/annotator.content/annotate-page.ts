import type { Matcher } from '../../utils/matcher/find-mentions';
import { collectTextBlocks } from '../../utils/page-text/collect-text-blocks';
import type { Highlighter } from './highlighter';
import type { MentionLookup } from './mention-lookup';
import { type PageMention, toPageMentions } from './page-mention';

/** Scans the page once: collect text blocks, match them, register highlights. */
export function annotatePage(root: Node, matcher: Matcher, highlighter: Highlighter, lookup: MentionLookup): PageMention[] {
  const found: PageMention[] = [];
  for (const block of collectTextBlocks(root)) {
    const mentions = matcher.find(block.text);
    if (mentions.length > 0) found.push(...toPageMentions(block, mentions));
  }
  highlighter.add(found);
  lookup.add(found);
  return found;
}
