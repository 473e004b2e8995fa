import Fuse from 'fuse.js';
import type { Category } from '../dataset/schema';
import { withoutAccents } from '../without-accents';
import type { SavedArticle } from './saved-article';
import { isoDate, publishedDateParts } from './published-date';

export interface LibraryFilters {
  query: string;
  entityId: string;
  category: Category | '';
  site: string;
  /** Inclusive ISO dates (YYYY-MM-DD) on the article's date (published, else saved). */
  from: string;
  to: string;
}

export const NO_FILTERS: LibraryFilters = { query: '', entityId: '', category: '', site: '', from: '', to: '' };

/**
 * The date an article is filed under: its publication date when known, else when it was saved. A publication
 * date-time keeps the date it was written with, as the exports cite it (published-date.ts): a Tokyo article of
 * "2025-03-04T06:30:00+09:00" is filed under 4 March, not under the UTC date, 3 March (a newcomer's trial, session 29).
 */
export function articleDate(article: SavedArticle): string {
  const written = publishedDateParts(article.publishedAt);
  if (written?.length === 3) return isoDate(written);
  const published = article.publishedAt ? new Date(article.publishedAt) : null;
  const date = published && !Number.isNaN(published.getTime()) ? published : new Date(article.savedAt);
  return date.toISOString().slice(0, 10);
}

interface Indexed {
  article: SavedArticle;
  entityNames: string[];
  /** Each searched field, folded (lower case, no accents), with its weight. */
  folded: [string, number][];
  /** The fields' words of four letters or more, made on the first search that looks for a spelling variant. */
  words?: Set<string>;
}

/** Lower case without accents, as queries and fields are compared. */
const fold = (text: string) => withoutAccents(text).toLowerCase();

/**
 * Search and filters over the library. A query's words found as written (any case, any accents) in an
 * article's title, text, note, tags, site or the names of the entities it mentions make it a match, those
 * in weightier fields first; then those holding each word one letter off ("defence" for "defense"); and only
 * when neither found anything, for typos ("Tekver", "quantm"), Fuse.js's fuzzy matches over the short fields.
 * Fuzzy matching over a whole article's text matched nearly any query in a real library: a newcomer trial
 * searched "Gereon", a name in one article, and got every article, the wrong one first.
 */
export class LibrarySearch {
  private readonly fuse: Fuse<Indexed>;
  private readonly items: Indexed[];

  constructor(articles: readonly SavedArticle[], names: ReadonlyMap<string, string>) {
    this.items = articles.map((article) => {
      const entityNames = article.entityIds.map((id) => names.get(id) ?? id);
      const folded: [string, number][] = [
        [fold(article.title), 3],
        [fold(entityNames.join(' \n ')), 2],
        [fold((article.tags ?? []).join(' \n ')), 2],
        [fold(article.note ?? ''), 1.5],
        [fold(article.text), 1],
        [fold(article.siteName ?? ''), 0.5],
      ];
      return { article, entityNames, folded };
    });
    this.fuse = new Fuse(this.items, {
      keys: [
        { name: 'article.title', weight: 3 },
        { name: 'entityNames', weight: 2 },
        { name: 'article.tags', weight: 2 },
        { name: 'article.note', weight: 1.5 },
        { name: 'article.siteName', weight: 0.5 },
      ],
      threshold: 0.35,
      ignoreLocation: true,
      minMatchCharLength: 2,
    });
  }

  /** Matching articles: by relevance when there is a query (exact matches first), newest first otherwise. */
  run(filters: LibraryFilters): SavedArticle[] {
    const query = filters.query.trim();
    if (!query) return this.items.map((i) => i.article).filter((article) => matchesFilters(article, filters));
    const words = fold(query).split(/\s+/).filter(Boolean);
    const exact = this.items
      .map((item) => ({ item, score: exactScore(item, words) }))
      .filter(({ score }) => score > 0)
      .sort((a, b) => b.score - a.score)
      .map(({ item }) => item.article);
    // Then the articles that hold each word or its spelling variant, one letter off ("defence" for "defense",
    // "Zelensky" for "Zelenskyy"); Fuse.js's looser matches only when neither found anything: a newcomer's trial
    // (session 18) searched "valuation", in one article of five, and got four, "Validation …" among them.
    const found = new Set(exact);
    const variants = this.items.filter((item) => !found.has(item.article) && words.every((word) => holdsVariant(item, word))).map((item) => item.article);
    const fuzzy = exact.length + variants.length > 0 ? [] : this.fuse.search(query).map((r) => r.item.article);
    return [...exact, ...variants, ...fuzzy].filter((article) => matchesFilters(article, filters));
  }
}

/** Whether an article holds a query word as written or, for words of five letters or more, one letter off. */
function holdsVariant(item: Indexed, word: string): boolean {
  if (item.folded.some(([text]) => text.includes(word))) return true;
  if (word.length < 5) return false;
  item.words ??= new Set(item.folded.flatMap(([text]) => text.split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 4));
  for (const candidate of item.words) if (Math.abs(candidate.length - word.length) <= 1 && oneEditApart(candidate, word)) return true;
  return false;
}

/** Whether two words differ by at most one letter inserted, removed or changed. */
function oneEditApart(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i += 1;
  return short.length === long.length ? short.slice(i + 1) === long.slice(i + 1) : short.slice(i) === long.slice(i + 1);
}

/** How well an article holds every word of a query as written: the weight of the best field of each word; 0 when a word is nowhere. */
function exactScore(item: Indexed, words: readonly string[]): number {
  let score = 0;
  for (const word of words) {
    let best = 0;
    for (const [text, weight] of item.folded) if (weight > best && text.includes(word)) best = weight;
    if (best === 0) return 0;
    score += best;
  }
  return score;
}

export function matchesFilters(article: SavedArticle, filters: LibraryFilters): boolean {
  if (filters.entityId && !article.entityIds.includes(filters.entityId)) return false;
  if (filters.category && !article.mentions.some((m) => m.category === filters.category)) return false;
  if (filters.site && article.site !== filters.site) return false;
  const date = articleDate(article);
  if (filters.from && date < filters.from) return false;
  if (filters.to && date > filters.to) return false;
  return true;
}

/** How many of these articles fall under each value of a facet (site, category, entity). */
export function facetCounts(articles: readonly SavedArticle[]) {
  const sites = new Map<string, number>();
  const categories = new Map<Category, number>();
  const entities = new Map<string, number>();
  for (const article of articles) {
    sites.set(article.site, (sites.get(article.site) ?? 0) + 1);
    for (const category of new Set(article.mentions.map((m) => m.category))) categories.set(category, (categories.get(category) ?? 0) + 1);
    for (const id of article.entityIds) entities.set(id, (entities.get(id) ?? 0) + 1);
  }
  return { sites, categories, entities };
}

/** For an entity: the articles mentioning it, its most frequent co-mentions, and mentions per month. */
export function entityOverview(articles: readonly SavedArticle[], entityId: string) {
  const mentioning = articles.filter((a) => a.entityIds.includes(entityId));
  const co = new Map<string, number>();
  const months = new Map<string, { articles: number; mentions: number }>();
  let undated = 0;
  for (const article of mentioning) {
    for (const id of article.entityIds) if (id !== entityId) co.set(id, (co.get(id) ?? 0) + 1);
    if (!hasPublishedDate(article)) undated += 1;
    const month = articleDate(article).slice(0, 7);
    const entry = months.get(month) ?? { articles: 0, mentions: 0 };
    entry.articles += 1;
    entry.mentions += article.mentions.filter((m) => m.entityId === entityId).length;
    months.set(month, entry);
  }
  return {
    articles: mentioning,
    coMentioned: [...co].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 10),
    /** By month of publication (of saving, for the `undated` articles with no publication date). */
    byMonth: fillMonths(months),
    undated,
  };
}

/** Whether the article's page gave a publication date (else lists and charts use the day it was saved). */
export function hasPublishedDate(article: SavedArticle): boolean {
  return article.publishedAt !== undefined && !Number.isNaN(new Date(article.publishedAt).getTime());
}

/** Months from the first to the last with mentions, gaps filled with zero, oldest first. */
function fillMonths(months: Map<string, { articles: number; mentions: number }>): { month: string; articles: number; mentions: number }[] {
  const keys = [...months.keys()].sort();
  if (keys.length === 0) return [];
  const out: { month: string; articles: number; mentions: number }[] = [];
  let [year, month] = keys[0]!.split('-').map(Number) as [number, number];
  const last = keys.at(-1)!;
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    out.push({ month: key, ...(months.get(key) ?? { articles: 0, mentions: 0 }) });
    if (key >= last || out.length > 600) break;
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  return out;
}
