import { articleAuthors, type CslName } from './byline-names';
import { type DateParts, publishedDateParts, utcDateParts } from './published-date';
import type { SavedArticle } from './saved-article';

// Both formats are written here rather than by citation-js (@citation-js/core and plugin-ris 0.8.2),
// whose RIS writer, for these two record types, leaves out AU and DA of newspaper articles, writes a web
// page's access date as M1 and its site as nothing, drops name particles ("van der"), splits keywords on
// commas, and wraps values at 70 characters with bare line breaks that its own reader joins back with a
// space. The unit tests use citation-js as an independent reader of what is written here instead.

/** Display names of entities by id; an id without a name is cited as the id. */
type Names = ReadonlyMap<string, string>;

/** A CSL-JSON date: one date, as year[, month[, day]]. */
export interface CslDate {
  'date-parts': [DateParts];
}

/**
 * One saved article as a CSL-JSON item (the csl-data.json schema of citation-style-language/schema),
 * the format Zotero, Pandoc and citeproc read.
 */
export interface CslItem {
  /** The article's canonical URL: it is the article's identity in the library, so ids never collide. */
  id: string;
  /** A dated article in a named publication is a newspaper article; anything else is cited as a web page. */
  type: 'article-newspaper' | 'webpage';
  title: string;
  URL: string;
  'container-title'?: string;
  author?: CslName[];
  /** The publication date, when the page gave a valid ISO 8601 one. */
  issued?: CslDate;
  /** When the reader saved the article (UTC date). */
  accessed: CslDate;
  /** Entity names (first mention first), then the reader's tags, joined with ", ". */
  keyword?: string;
  /** The reader's note. Zotero files a CSL `note` under "Extra". */
  note?: string;
}

/** Entity names in the order the article first mentions them, then the reader's tags; blanks and repeats dropped. */
function keywords(article: SavedArticle, names: Names): string[] {
  const all = [...article.entityIds.map((id) => names.get(id) ?? id), ...article.tags].map((k) => k.trim()).filter(Boolean);
  return [...new Set(all)];
}

/** A title or site name as one line: page titles can carry line breaks and control characters. */
const oneLine = (value: string) =>
  value
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001F\u007F\u0085\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** The CSL-JSON item for one article; `names` gives the entity names used as keywords. */
export function articleToCslItem(article: SavedArticle, names: Names): CslItem {
  const issued = publishedDateParts(article.publishedAt);
  const site = oneLine(article.siteName ?? '');
  const title = oneLine(article.title);
  const authors = articleAuthors(article);
  const words = keywords(article, names);
  return {
    id: article.url,
    type: site && issued ? 'article-newspaper' : 'webpage',
    title: title || article.url,
    URL: article.url,
    ...(site ? { 'container-title': site } : {}),
    ...(authors.length > 0 ? { author: authors } : {}),
    ...(issued ? { issued: { 'date-parts': [issued] } } : {}),
    accessed: { 'date-parts': [utcDateParts(article.savedAt)] },
    ...(words.length > 0 ? { keyword: words.join(', ') } : {}),
    ...(article.note.trim() ? { note: article.note } : {}),
  };
}

/** The articles as a CSL-JSON array (pretty-printed, newline-terminated), one item per article in order. */
export function toCslJson(articles: readonly SavedArticle[], names: Names): string {
  return `${JSON.stringify(
    articles.map((a) => articleToCslItem(a, names)),
    null,
    2,
  )}\n`;
}

/**
 * RIS is one "TAG  - value" per line with no escaping, so a line break inside a value would start a new
 * line that a reader may take for a tag ("ER  - " ends the record). Values are therefore put on one line:
 * control characters and every run of white space become one space. That also keeps "  - " (the tag
 * separator, which citation-js splits every line on) out of values.
 */
function risText(value: string): string {
  return value
    .toWellFormed()
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim();
}

/** RIS dates are "YYYY/MM/DD/" with empty fields for unknown parts ("2025///"). */
function risDate([year, month, day]: DateParts): string {
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${String(year).padStart(4, '0')}/${two(month)}/${two(day)}/`;
}

/** RIS authors are "Family, Given[, Suffix]"; a particle that sorts with the name stays in the family name. */
function risName(name: CslName): string {
  if (name.literal !== undefined) return name.literal;
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  return [family, name.given, name.suffix].filter(Boolean).join(', ');
}

function risRecord(article: SavedArticle, names: Names): string {
  const item = articleToCslItem(article, names);
  const issued = item.issued?.['date-parts'][0];
  const tags: [string, string][] = [
    ['TI', item.title],
    ...(item.author ?? []).map((name): [string, string] => ['AU', risName(name)]),
    ['T2', item['container-title'] ?? ''],
    ['PY', issued ? String(issued[0]) : ''],
    ['DA', issued ? risDate(issued) : ''],
    ['Y2', risDate(item.accessed['date-parts'][0])],
    ['UR', item.URL],
    // One KW per keyword, not the CSL string: entity names can contain commas ("Anduril Industries, Inc.").
    ...keywords(article, names).map((k): [string, string] => ['KW', k]),
    ['N1', item.note ?? ''],
  ];
  const lines = [`TY  - ${item.type === 'article-newspaper' ? 'NEWS' : 'ELEC'}`];
  for (const [tag, value] of tags) {
    const text = risText(value);
    if (text) lines.push(`${tag}  - ${text}`);
  }
  lines.push('ER  - ');
  return lines.join('\r\n');
}

/**
 * The articles as RIS (for Zotero, EndNote, Mendeley): one NEWS (newspaper article) or ELEC (web page)
 * record per article, with the same type rule, authors and dates as the CSL-JSON export.
 *
 * Tags: TI title, AU one per author, T2 publication (site name), PY year and DA date published, Y2 date
 * saved (accessed), UR URL, KW one per entity name and tag, N1 the reader's note. Lines end in CRLF,
 * records are separated by a blank line. Values lose their line breaks (see `risText`); Zotero also
 * splits a KW value on ";" and, when a record has only one KW, on ",", which RIS gives no way to prevent.
 */
export function toRis(articles: readonly SavedArticle[], names: Names): string {
  return articles.map((a) => `${risRecord(a, names)}\r\n`).join('\r\n');
}
