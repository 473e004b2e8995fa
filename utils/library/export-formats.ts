import { articleAuthors, displayName } from './byline-names';
import type { SavedArticle } from './saved-article';

type Names = ReadonlyMap<string, string>;

/**
 * Spreadsheet programs run cells that start with = + - @ (or tab/CR) as formulas: prefix them with
 * an apostrophe so page text can never become a formula in a reader's spreadsheet.
 */
export function neutraliseFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

function csvCell(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** `page`: the PDF page of the mention (empty for web pages); last, so older readers of the file keep their columns. */
export const CSV_HEADER = ['article', 'url', 'published', 'saved', 'entity', 'entity_id', 'category', 'surface', 'snippet', 'page'];

/** " (p. 3)" or " (pp. 1, 4)" for the pages of a PDF's mentions; empty when there are none (web pages). */
export function pagesNote(pages: readonly (number | undefined)[]): string {
  const distinct = [...new Set(pages.filter((p): p is number => p !== undefined))].sort((a, b) => a - b);
  if (distinct.length === 0) return '';
  return ` (${distinct.length === 1 ? 'p.' : 'pp.'} ${distinct.join(', ')})`;
}

/** One row per mention of every article. */
export function toMentionsCsv(articles: readonly SavedArticle[], names: Names): string {
  const rows = [CSV_HEADER.join(',')];
  for (const article of articles) {
    for (const m of article.mentions) {
      rows.push(
        [article.title, article.url, article.publishedAt ?? '', new Date(article.savedAt).toISOString(), names.get(m.entityId) ?? m.entityId, m.entityId, m.category, m.surface, m.snippet, m.page === undefined ? '' : String(m.page)]
          .map(csvCell)
          .join(','),
      );
    }
  }
  return `${rows.join('\r\n')}\r\n`;
}

/**
 * Markdown text: escapes what Markdown would read as markup or links. Not the spreadsheet guard: a Markdown file is
 * no spreadsheet, and the apostrophe it adds changed the reader's own note ("'=HYPERLINK…": a newcomer's trial, session 27).
 */
export function markdownText(value: string): string {
  return value.replace(/\s+/g, ' ').trim().replace(/([\\`*_{}[\]()#+!|<>~])/g, '\\$1');
}

function markdownUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? `<${parsed.href.replace(/[<>\s]/g, encodeURIComponent)}>` : markdownText(url);
  } catch {
    return markdownText(url);
  }
}

/** One article as Markdown: metadata, note and tags, the entities it mentions with snippets. */
export function articleToMarkdown(article: SavedArticle, names: Names): string {
  const lines = [`## ${markdownText(article.title || article.url)}`, ''];
  lines.push(`- Source: ${markdownUrl(article.url)}`);
  if (article.siteName) lines.push(`- Site: ${markdownText(article.siteName)}`);
  // The byline's people, as the citations have them: not "By Anna Keller · New York · 14 May 2025, 09:12 CET".
  const authors = articleAuthors(article).map(displayName);
  if (authors.length > 0) lines.push(`- By: ${markdownText(authors.join(', '))}`);
  if (article.publishedAt) lines.push(`- Published: ${markdownText(article.publishedAt)}`);
  lines.push(`- Saved: ${new Date(article.savedAt).toISOString().slice(0, 10)}`);
  if (article.tags.length > 0) lines.push(`- Tags: ${article.tags.map(markdownText).join(', ')}`);
  if (article.note) lines.push('', `> ${markdownText(article.note)}`);
  const byEntity = new Map<string, SavedArticle['mentions']>();
  for (const m of article.mentions) byEntity.set(m.entityId, [...(byEntity.get(m.entityId) ?? []), m]);
  if (byEntity.size > 0) {
    lines.push('', '### Mentions', '');
    for (const [entityId, mentions] of byEntity) {
      lines.push(`- **${markdownText(names.get(entityId) ?? entityId)}** (${mentions.length}): ${markdownText(mentions[0]?.snippet ?? '')}${pagesNote(mentions.map((m) => m.page))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

export function toMarkdownDigest(articles: readonly SavedArticle[], names: Names, now = new Date()): string {
  const header = `# Defense Innovation Lens — library digest\n\n${articles.length} article(s), exported ${now.toISOString().slice(0, 10)}.\n\n`;
  return header + articles.map((a) => articleToMarkdown(a, names)).join('\n');
}

/** A file name for one article's Markdown, from its title. */
export function markdownFileName(article: SavedArticle): string {
  const slug = (article.title || article.url)
    .normalize('NFKD')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '-')
    .slice(0, 60);
  return `${slug || 'article'}.md`;
}

const QUOTE_CONTEXT = 32;

/**
 * A mention's selector: the quote with its context; in a PDF, the page (a fragment selector, RFC 3778's
 * `page=N`) refined by the quote, so a reader's tool can open the right page.
 */
function mentionSelector(article: SavedArticle, m: SavedArticle['mentions'][number]) {
  const quote = {
    type: 'TextQuoteSelector',
    exact: article.text.slice(m.start, m.end),
    prefix: article.text.slice(Math.max(0, m.start - QUOTE_CONTEXT), m.start),
    suffix: article.text.slice(m.end, m.end + QUOTE_CONTEXT),
  };
  return m.page === undefined ? quote : { type: 'FragmentSelector', conformsTo: 'http://tools.ietf.org/rfc/rfc3778', value: `page=${m.page}`, refinedBy: quote };
}

/**
 * The URN a Web Annotation body names an entity by: `urn:defense-innovation-lens:entity:<id>`, the id
 * percent-encoded where a URN cannot hold it (a firm the page named has its name, spaces and all, in its id).
 */
export function entityUrn(entityId: string): string {
  return `urn:defense-innovation-lens:entity:${encodeURI(entityId)}`;
}

/**
 * One article's mentions as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): each
 * mention is a TextQuoteSelector (exact text with prefix and suffix) on the article's URL, so a quote
 * can be cited and found again in the page.
 */
export function toWebAnnotations(article: SavedArticle, names: Names, entityUrl: (entityId: string) => string) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:defense-innovation-lens:annotations:${encodeURIComponent(article.url)}`,
    type: 'AnnotationCollection',
    label: article.title,
    total: article.mentions.length,
    first: {
      type: 'AnnotationPage',
      items: article.mentions.map((m, i) => ({
        id: `urn:defense-innovation-lens:annotation:${encodeURIComponent(article.url)}:${i}`,
        type: 'Annotation',
        motivation: 'identifying',
        created: new Date(article.savedAt).toISOString(),
        body: { type: 'SpecificResource', source: entityUrl(m.entityId), purpose: 'identifying', label: names.get(m.entityId) ?? m.entityId, category: m.category },
        target: { source: article.url, selector: mentionSelector(article, m) },
      })),
    },
  };
}
