import type { ExtractedArticle, SavedArticle, SavedMention } from './saved-article';

export function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

/**
 * The record to store when an article is saved: a new one, or the existing one brought up to date.
 * Saving again refreshes the content and mentions but keeps the reader's note and tags and the
 * first saved-at time.
 */
export function upsertArticle(
  existing: SavedArticle | undefined,
  extracted: ExtractedArticle,
  mentions: SavedMention[],
  datasetVersion: string,
  now: number,
): SavedArticle {
  return {
    url: extracted.url,
    title: extracted.title,
    ...(extracted.byline ? { byline: extracted.byline } : {}),
    ...(extracted.siteName ? { siteName: extracted.siteName } : {}),
    ...(extracted.publishedAt ? { publishedAt: extracted.publishedAt } : {}),
    savedAt: existing?.savedAt ?? now,
    updatedAt: now,
    text: extracted.text,
    html: extracted.html,
    mentions,
    entityIds: [...new Set(mentions.map((m) => m.entityId))],
    site: hostOf(extracted.url),
    datasetVersion,
    note: existing?.note ?? '',
    tags: existing?.tags ?? [],
    ...(extracted.pdf ? { pdf: extracted.pdf } : {}),
  };
}
