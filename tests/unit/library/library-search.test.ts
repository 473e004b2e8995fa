import { describe, expect, it } from 'vitest';
import { articleMentions } from '../../../utils/library/article-mentions';
import { LibrarySearch, NO_FILTERS, articleDate, entityOverview, facetCounts } from '../../../utils/library/library-search';
import { upsertArticle } from '../../../utils/library/upsert-article';
import { extracted, testMatcher } from '../../support/library-fixture';

const make = (url: string, title: string, text: string, publishedAt: string) => {
  const e = extracted({ url, title, text, publishedAt });
  return upsertArticle(undefined, e, articleMentions(e.text, testMatcher), '1.0.0', Date.parse(publishedAt));
};
const articles = [
  make('https://a.example/1', 'TEKEVER drones over Ukraine', 'TEKEVER flies. DIANA watches.', '2025-05-10'),
  make('https://b.example/2', 'Quantum sensing for navies', 'quantum sensing at sea', '2025-07-01'),
  make('https://a.example/3', 'DIANA cohort', 'DIANA picks start-ups, and TEKEVER mentors them.', '2025-07-20'),
];
const names = new Map([['tekever', 'TEKEVER'], ['nato-diana', 'Defence Innovation Accelerator for the North Atlantic'], ['quantum-sensing', 'Quantum sensing']]);
const search = new LibrarySearch(articles, names);

describe('articleDate', () => {
  it('files a publication date-time under the date it was written with, not its UTC date (a newcomer’s trial, session 29)', () => {
    const tokyo = make('https://jp.example/1', 'ATLA opens an institute', 'DIANA watches.', '2025-03-04T06:30:00+09:00');
    expect(articleDate(tokyo)).toBe('2025-03-04');
    expect(new LibrarySearch([tokyo], names).run({ ...NO_FILTERS, from: '2025-03-04', to: '2025-03-04' }).map((a) => a.url)).toEqual(['https://jp.example/1']);
    expect(articleDate(make('https://us.example/1', 'Late news', 'DIANA.', '2025-07-01T23:30:00-05:00'))).toBe('2025-07-01');
  });
});

describe('library search', () => {
  it('finds a word of an article’s text only in the articles that hold it, whatever its case or accents (a newcomer trial, session 16)', () => {
    const library = new LibrarySearch(
      [
        make('https://c.example/4', 'Lisbon drone maker closes new round', 'Gereon Müller of the fund said TEKEVER will build in Lisbon.', '2025-08-01'),
        ...articles,
      ],
      names,
    );
    expect(library.run({ ...NO_FILTERS, query: 'Gereon' }).map((a) => a.url)).toEqual(['https://c.example/4']);
    expect(library.run({ ...NO_FILTERS, query: 'muller lisbon' }).map((a) => a.url)).toEqual(['https://c.example/4']);
    // A word in the title ranks above the same word in a text.
    expect(library.run({ ...NO_FILTERS, query: 'TEKEVER' }).map((a) => a.url)).toEqual(['https://a.example/1', 'https://c.example/4', 'https://a.example/3']);
  });

  it('looks for typos only when no article holds the words as written (a newcomer’s trial, session 18)', () => {
    const library = new LibrarySearch(
      [make('https://d.example/5', 'Validation trial for naval drones', 'The navy tested drones.', '2025-09-01'), make('https://d.example/6', 'Helsing round', 'The valuation doubled.', '2025-09-02')],
      names,
    );
    // "valuation" is in one text: the title "Validation …", two letters off, is not added after it.
    expect(library.run({ ...NO_FILTERS, query: 'valuation' }).map((a) => a.url)).toEqual(['https://d.example/6']);
    // A spelling variant still is (a second break-it review, session 18: "defense" lost the "defence" articles).
    const spellings = new LibrarySearch(
      [make('https://e.example/7', 'US defense budget grows', 'Drones.', '2025-09-03'), make('https://e.example/8', 'Europe defence spending', 'Drones.', '2025-09-04')],
      names,
    );
    expect(spellings.run({ ...NO_FILTERS, query: 'defense' }).map((a) => a.url)).toEqual(['https://e.example/7', 'https://e.example/8']);
    // With nothing as written, a typo still finds it.
    expect(library.run({ ...NO_FILTERS, query: 'validaton' }).map((a) => a.url)).toEqual(['https://d.example/5']);
  });


  it('finds articles despite typos', () => {
    expect(search.run({ ...NO_FILTERS, query: 'Tekver' }).map((a) => a.url)).toContain('https://a.example/1');
    expect(search.run({ ...NO_FILTERS, query: 'quantm sensng' })[0]?.url).toBe('https://b.example/2');
    expect(search.run({ ...NO_FILTERS, query: 'Accelerator North Atlantic' }).map((a) => a.url).sort()).toEqual(['https://a.example/1', 'https://a.example/3']);
  });

  it('filters by entity, category, site and date range', () => {
    expect(search.run({ ...NO_FILTERS, entityId: 'tekever' }).map((a) => a.url)).toEqual(['https://a.example/1', 'https://a.example/3']);
    expect(search.run({ ...NO_FILTERS, category: 'edt' }).map((a) => a.url)).toEqual(['https://b.example/2']);
    expect(search.run({ ...NO_FILTERS, site: 'a.example', from: '2025-06-01' }).map((a) => a.url)).toEqual(['https://a.example/3']);
    expect(search.run({ ...NO_FILTERS, to: '2025-06-30' }).map((a) => a.url)).toEqual(['https://a.example/1']);
  });

  it('counts facets of the current result', () => {
    const { sites, categories, entities } = facetCounts(articles);
    expect([...sites]).toEqual([['a.example', 2], ['b.example', 1]]);
    expect(categories.get('firm')).toBe(2);
    expect(entities.get('nato-diana')).toBe(2);
  });

  it('summarises an entity: articles, co-mentions and a monthly timeline with gaps filled', () => {
    const overview = entityOverview(articles, 'tekever');
    expect(overview.articles).toHaveLength(2);
    expect(overview.coMentioned).toEqual([['nato-diana', 2]]);
    expect(overview.byMonth).toEqual([
      { month: '2025-05', articles: 1, mentions: 1 },
      { month: '2025-06', articles: 0, mentions: 0 },
      { month: '2025-07', articles: 1, mentions: 1 },
    ]);
  });
});
