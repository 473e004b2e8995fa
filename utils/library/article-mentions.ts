import type { Matcher } from '../matcher/find-mentions';
import { pageOfOffset } from '../pdf/pdf-text';
import type { SavedMention } from './saved-article';

const SNIPPET_RADIUS = 60;

/** A stretch of text around [start, end), cut at word boundaries, whitespace collapsed. */
export function snippetAround(text: string, start: number, end: number, radius = SNIPPET_RADIUS): string {
  let from = Math.max(0, start - radius);
  let to = Math.min(text.length, end + radius);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = Math.max(end, text.lastIndexOf(' ', to));
  const body = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return `${from > 0 ? '…' : ''}${body}${to < text.length ? '…' : ''}`;
}

/**
 * The mentions of an article's readable text, found by the same matcher as on the page: each
 * paragraph (separated by blank lines) is one block, the whole article one page.
 */
export function articleMentions(text: string, matcher: Matcher): SavedMention[] {
  const paragraphs: { start: number; text: string }[] = [];
  const pattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) paragraphs.push({ start: match.index, text: match[0] });
  return matcher.findAll(paragraphs.map((p) => p.text)).flatMap((mentions, i) =>
    mentions.map((m) => {
      const start = paragraphs[i]!.start + m.start;
      const end = paragraphs[i]!.start + m.end;
      return { entityId: m.entityId, category: m.category, surface: m.surface, start, end, snippet: snippetAround(text, start, end) };
    }),
  );
}

/**
 * The mentions of an article, with their page numbers when the article is a PDF's (`pageStarts`: where
 * each page starts in the text).
 */
export function articleMentionsOnPages(text: string, matcher: Matcher, pageStarts?: readonly number[]): SavedMention[] {
  const mentions = articleMentions(text, matcher);
  return pageStarts && pageStarts.length > 0 ? mentions.map((m) => ({ ...m, page: pageOfOffset(pageStarts, m.start) })) : mentions;
}
