import type { Matcher, Mention } from '../matcher/find-mentions';
import { CONTEXT_CHARS, squash } from '../annotator/page-mention';
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

/** A found mention with the text of its paragraph around it, as a page's mention carries it. */
export type MentionInContext = Mention & { before: string; after: string };

/**
 * Which mentions to keep: the reader's view (categories, institutions, corrections) as the page applied
 * it, so the library holds what the reader saw highlighted. Called once per mention, in text order.
 */
export type AdmitMention = (mention: MentionInContext, inTextOrder: readonly MentionInContext[]) => boolean;

/**
 * The mentions of an article's readable text, found by the same matcher as on the page: each
 * paragraph (separated by blank lines) is one block, the whole article one page. `admit` (by default
 * all) filters them as the reader's view does.
 */
export function articleMentions(text: string, matcher: Matcher, admit?: AdmitMention): SavedMention[] {
  const paragraphs: { start: number; text: string }[] = [];
  const pattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) paragraphs.push({ start: match.index, text: match[0] });
  const found = matcher.findAll(paragraphs.map((p) => p.text)).flatMap((mentions, i) =>
    mentions.map((m): MentionInContext & { at: number } => ({
      ...m,
      at: paragraphs[i]!.start,
      before: squash(paragraphs[i]!.text.slice(Math.max(0, m.start - CONTEXT_CHARS), m.start)),
      after: squash(paragraphs[i]!.text.slice(m.end, m.end + CONTEXT_CHARS)),
    })),
  );
  return found
    .filter((m) => !admit || admit(m, found))
    .map((m) => {
      const start = m.at + m.start;
      const end = m.at + m.end;
      return { entityId: m.entityId, category: m.category, surface: m.surface, start, end, snippet: snippetAround(text, start, end) };
    });
}

/**
 * The mentions of an article, with their page numbers when the article is a PDF's (`pageStarts`: where
 * each page starts in the text).
 */
export function articleMentionsOnPages(text: string, matcher: Matcher, pageStarts?: readonly number[], admit?: AdmitMention): SavedMention[] {
  const mentions = articleMentions(text, matcher, admit);
  return pageStarts && pageStarts.length > 0 ? mentions.map((m) => ({ ...m, page: pageOfOffset(pageStarts, m.start) })) : mentions;
}
