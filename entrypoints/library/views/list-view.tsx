import { CATEGORY_LABELS } from '../../../components/entity-card';
import { CATEGORIES, type Category } from '../../../utils/dataset/schema';
import type { EntityNames } from '../../../utils/db/lens-dataset';
import { type LibraryFilters, NO_FILTERS, facetCounts } from '../../../utils/library/library-search';
import type { SavedArticle } from '../../../utils/library/saved-article';
import { useEffect, useState } from 'preact/hooks';
import { ArticleItem } from './article-item';

const PAGE = 200;

interface Props {
  articles: SavedArticle[];
  results: SavedArticle[];
  names: EntityNames;
  filters: LibraryFilters;
  setFilters(filters: LibraryFilters): void;
  /** Export and import controls, rendered in the toolbar. */
  tools: preact.ComponentChildren;
}

/** The library's list: search box, tools, facet filters and the matching articles. */
export function ListView({ articles, results, names, filters, setFilters, tools }: Props) {
  // A list of thousands re-rendered on every keystroke made typing lag: draw a page at a time.
  const [limit, setLimit] = useState(PAGE);
  useEffect(() => setLimit(PAGE), [filters]);
  return (
    <>
      <div class="toolbar">
        <input
          type="search"
          aria-label="Search the library"
          placeholder="Search titles, text, notes, tags, entities (typos are fine)"
          value={filters.query}
          onInput={(event) => setFilters({ ...filters, query: event.currentTarget.value })}
        />
        {tools}
      </div>
      <Filters filters={filters} setFilters={setFilters} results={results} names={names} />
      <p class="muted" aria-live="polite">
        {results.length} of {articles.length} article(s)
      </p>
      <ul class="articles">
        {results.slice(0, limit).map((article) => (
          <ArticleItem key={article.url} article={article} names={names} onEntity={(id) => setFilters({ ...filters, entityId: id })} />
        ))}
      </ul>
      {results.length > limit ? (
        <button type="button" onClick={() => setLimit(limit + PAGE)}>
          Show {Math.min(PAGE, results.length - limit)} more of {results.length - limit}
        </button>
      ) : null}
    </>
  );
}

function Filters({ filters, setFilters, results, names }: { filters: LibraryFilters; setFilters: (f: LibraryFilters) => void; results: SavedArticle[]; names: EntityNames }) {
  const facets = facetCounts(results);
  const entityOptions = [...facets.entities].sort((a, b) => b[1] - a[1]);
  return (
    <div class="filters">
      <label>
        Entity
        <select value={filters.entityId} onChange={(e) => setFilters({ ...filters, entityId: e.currentTarget.value })}>
          <option value="">All entities</option>
          {filters.entityId && !facets.entities.has(filters.entityId) ? <option value={filters.entityId}>{names.get(filters.entityId)?.name ?? filters.entityId} (0)</option> : null}
          {entityOptions.map(([id, n]) => (
            <option key={id} value={id}>
              {names.get(id)?.name ?? id} ({n})
            </option>
          ))}
        </select>
      </label>
      <label>
        Category
        <select value={filters.category} onChange={(e) => setFilters({ ...filters, category: e.currentTarget.value as Category | '' })}>
          <option value="">All categories</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]} ({facets.categories.get(c) ?? 0})
            </option>
          ))}
        </select>
      </label>
      <label>
        Site
        <select value={filters.site} onChange={(e) => setFilters({ ...filters, site: e.currentTarget.value })}>
          <option value="">All sites</option>
          {[...facets.sites].sort().map(([site, n]) => (
            <option key={site} value={site}>
              {site} ({n})
            </option>
          ))}
        </select>
      </label>
      <label>
        From
        <input type="date" value={filters.from} onChange={(e) => setFilters({ ...filters, from: e.currentTarget.value })} />
      </label>
      <label>
        To
        <input type="date" value={filters.to} onChange={(e) => setFilters({ ...filters, to: e.currentTarget.value })} />
      </label>
      {JSON.stringify(filters) !== JSON.stringify(NO_FILTERS) ? (
        <button type="button" onClick={() => setFilters(NO_FILTERS)}>
          Clear
        </button>
      ) : null}
    </div>
  );
}
