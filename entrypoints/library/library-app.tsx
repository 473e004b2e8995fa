import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '../../components/entity-card';
import { MentionsTimeline } from '../../components/mentions-timeline';
import { ReaderView } from '../../components/reader-view';
import { CATEGORIES, type Category } from '../../utils/dataset/schema';
import { LensDatabase } from '../../utils/db/db';
import { deleteArticle, importArticles, readLibrary, reannotateLibrary, restoreArticle, updateArticleNotes } from '../../utils/db/library-store';
import { readEntities, readEntityCard, readMatcherSpec } from '../../utils/db/read-dataset';
import { importUserTerms, listUserTerms } from '../../utils/db/user-terms-store';
import { articleToMarkdown, markdownFileName, toMarkdownDigest, toMentionsCsv, toWebAnnotations } from '../../utils/library/export-formats';
import { parseLibraryExport, toJsonExport } from '../../utils/library/library-export';
import { LibrarySearch, NO_FILTERS, type LibraryFilters, articleDate, entityOverview, facetCounts } from '../../utils/library/library-search';
import type { SavedArticle } from '../../utils/library/saved-article';
import { type Matcher, compileMatcher } from '../../utils/matcher/find-mentions';
import { download } from './download';
import { type LibraryRoute, parseRouteHash, routeHash } from '../../utils/library/library-route';

type Route = LibraryRoute;
const readRoute = (): Route => parseRouteHash(location.hash);
const go = (route: Route) => {
  location.hash = routeHash(route);
};

const db = new LensDatabase();

/** The reader's library: search, filter, read, annotate, export and import saved articles. */
export function LibraryApp() {
  const [articles, setArticles] = useState<SavedArticle[] | null>(null);
  const [names, setNames] = useState<Map<string, { name: string; category: Category }>>(new Map());
  const [matcher, setMatcher] = useState<{ matcher: Matcher; version: string } | null>(null);
  const [route, setRoute] = useState<Route>(readRoute());
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [message, setMessage] = useState<{ text: string; undo?: SavedArticle } | null>(null);
  const [progress, setProgress] = useState<string | null>(null);

  const [corrupted, setCorrupted] = useState(0);
  const refresh = useCallback(async () => {
    const library = await readLibrary(db);
    setArticles(library.articles);
    setCorrupted(library.corrupted);
  }, []);
  useEffect(() => {
    void refresh();
    void navigator.storage?.persist?.();
    void readEntities(db).then((entities) => setNames(new Map(entities.map((e) => [e.id, { name: e.name, category: e.category }]))));
    void readMatcherSpec(db).then((spec) => spec && setMatcher({ matcher: compileMatcher(spec), version: spec.version }));
    const onHash = () => setRoute(readRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [refresh]);

  const nameMap = useMemo(() => new Map([...names].map(([id, v]) => [id, v.name])), [names]);
  const search = useMemo(() => new LibrarySearch(articles ?? [], nameMap), [articles, nameMap]);
  const results = useMemo(() => search.run(filters), [search, filters]);
  const loadCard = useCallback((id: string) => readEntityCard(db, id), []);

  if (!articles) return <main class="page library">Loading…</main>;

  const remove = async (url: string) => {
    const deleted = await deleteArticle(db, url);
    await refresh();
    if (deleted) setMessage({ text: `Deleted “${deleted.title}”.`, undo: deleted });
    go({ view: 'list' });
  };
  const undo = async (article: SavedArticle) => {
    await restoreArticle(db, article);
    setMessage({ text: `Restored “${article.title}”.` });
    await refresh();
  };
  const reannotate = async () => {
    if (!matcher) return;
    const count = await reannotateLibrary(db, matcher.matcher, matcher.version, (done, total) => setProgress(`Re-annotating ${done}/${total}…`));
    setProgress(null);
    setMessage({ text: `Re-annotated ${count} article(s) with dataset ${matcher.version}.` });
    await refresh();
  };
  const importFile = async (file: File) => {
    const parsed = parseLibraryExport(await file.text());
    if (!parsed.ok) {
      setMessage({ text: `Import refused, library unchanged. ${parsed.error}` });
      return;
    }
    try {
      const summary = await importArticles(db, parsed.data.articles);
      const terms = await importUserTerms(db, parsed.data.userTerms ?? []);
      setMessage({ text: `Imported: ${summary.added} added, ${summary.updated} updated, ${summary.unchanged} unchanged${terms ? `; ${terms} of your terms` : ''}.` });
    } catch (error) {
      setMessage({ text: `Import failed, library unchanged: ${(error as Error).message}` });
    }
    await refresh();
  };
  const stamp = new Date().toISOString().slice(0, 10);

  return (
    <main class="page library">
      <h1>
        <a href="#" onClick={() => go({ view: 'list' })}>
          Library
        </a>{' '}
        <small class="muted">{articles.length} saved article(s)</small>
      </h1>
      {message ? (
        <div class="banner" role="status">
          <span>{message.text}</span>
          {message.undo ? (
            <button type="button" onClick={() => void undo(message.undo!)}>
              Undo
            </button>
          ) : null}
          <button type="button" aria-label="Dismiss" onClick={() => setMessage(null)}>
            ×
          </button>
        </div>
      ) : null}
      {corrupted > 0 ? (
        <div class="banner" role="alert">
          {corrupted} saved record(s) could not be read and are not shown. Export the library to keep a copy of the rest.
        </div>
      ) : null}
      {progress ? (
        <div class="banner" role="status">
          {progress}
        </div>
      ) : null}

      {route.view === 'article' ? (
        <ArticleView
          article={articles.find((a) => a.url === route.url)}
          names={names}
          matcher={matcher?.matcher ?? null}
          loadCard={loadCard}
          onSaveNotes={async (url, note, tags) => {
            await updateArticleNotes(db, url, { note, tags });
            await refresh();
            setMessage({ text: 'Note and tags saved.' });
          }}
          onDelete={remove}
        />
      ) : route.view === 'entity' ? (
        <EntityView id={route.id} articles={articles} names={names} />
      ) : (
        <>
          <div class="toolbar">
            <input
              type="search"
              aria-label="Search the library"
              placeholder="Search titles, text, notes, tags, entities (typos are fine)"
              value={filters.query}
              onInput={(event) => setFilters({ ...filters, query: event.currentTarget.value })}
            />
            <button type="button" onClick={() => void listUserTerms(db).then((terms) => download(`library-${stamp}.json`, toJsonExport(articles, terms), 'application/json'))}>
              Export JSON
            </button>
            <button type="button" onClick={() => download(`library-${stamp}.md`, toMarkdownDigest(articles, nameMap), 'text/markdown')}>
              Export Markdown
            </button>
            <button type="button" onClick={() => download(`mentions-${stamp}.csv`, toMentionsCsv(articles, nameMap), 'text/csv')}>
              Export CSV
            </button>
            <label class="chip">
              Import JSON…
              <input
                type="file"
                accept="application/json,.json"
                aria-label="Import a library export"
                hidden
                onChange={(event) => {
                  const file = event.currentTarget.files?.[0];
                  event.currentTarget.value = '';
                  if (file) void importFile(file);
                }}
              />
            </label>
            <button type="button" disabled={!matcher || progress !== null} onClick={() => void reannotate()}>
              Re-annotate all
            </button>
          </div>
          <Filters filters={filters} setFilters={setFilters} results={results} names={names} />
          <p class="muted" aria-live="polite">
            {results.length} of {articles.length} article(s)
          </p>
          <ul class="articles">
            {results.map((article) => (
              <ArticleItem key={article.url} article={article} names={names} onEntity={(id) => setFilters({ ...filters, entityId: id })} />
            ))}
          </ul>
        </>
      )}
    </main>
  );
}

function Filters({ filters, setFilters, results, names }: { filters: LibraryFilters; setFilters: (f: LibraryFilters) => void; results: SavedArticle[]; names: Map<string, { name: string; category: Category }> }) {
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

function Chips({ article, names, onEntity }: { article: SavedArticle; names: Map<string, { name: string; category: Category }>; onEntity: (id: string) => void }) {
  return (
    <div class="chips">
      {article.entityIds.slice(0, 12).map((id) => (
        <button type="button" key={id} class={`chip chip--${names.get(id)?.category ?? 'program'}`} onClick={() => onEntity(id)}>
          {names.get(id)?.name ?? id}
        </button>
      ))}
      {article.entityIds.length > 12 ? <span class="muted">+{article.entityIds.length - 12}</span> : null}
    </div>
  );
}

function ArticleItem({ article, names, onEntity }: { article: SavedArticle; names: Map<string, { name: string; category: Category }>; onEntity: (id: string) => void }) {
  return (
    <li class="article">
      <h2>
        <a href={`#${routeHash({ view: 'article', url: article.url })}`}>{article.title || article.url}</a>
      </h2>
      <div class="meta">
        {article.siteName ?? article.site} · {articleDate(article)} · {article.mentions.length} mention(s)
        {article.tags.length > 0 ? ` · ${article.tags.join(', ')}` : ''}
      </div>
      <Chips article={article} names={names} onEntity={onEntity} />
    </li>
  );
}

function ArticleView(props: {
  article: SavedArticle | undefined;
  names: Map<string, { name: string; category: Category }>;
  matcher: Matcher | null;
  loadCard: (id: string) => ReturnType<typeof readEntityCard>;
  onSaveNotes: (url: string, note: string, tags: string[]) => Promise<void>;
  onDelete: (url: string) => Promise<void>;
}) {
  const { article, names } = props;
  const [note, setNote] = useState(article?.note ?? '');
  const [tags, setTags] = useState(article?.tags.join(', ') ?? '');
  useEffect(() => {
    setNote(article?.note ?? '');
    setTags(article?.tags.join(', ') ?? '');
  }, [article?.url, article?.updatedAt]);
  if (!article) return <p>This article is not in the library (any more).</p>;
  const nameMap = new Map([...names].map(([id, v]) => [id, v.name]));
  const safeUrl = /^https?:/i.test(article.url) ? article.url : undefined;
  return (
    <article class="reader">
      <h2>{article.title}</h2>
      <p class="meta muted">
        {[article.siteName ?? article.site, article.byline, article.publishedAt ? `published ${article.publishedAt.slice(0, 10)}` : null, `saved ${new Date(article.savedAt).toISOString().slice(0, 10)}`]
          .filter(Boolean)
          .join(' · ')}
        {safeUrl ? (
          <>
            {' · '}
            <a href={safeUrl} target="_blank" rel="noopener noreferrer">
              Open original
            </a>
          </>
        ) : null}
      </p>
      <Chips article={article} names={names} onEntity={(id) => go({ view: 'entity', id })} />
      <section class="note" aria-label="Note and tags">
        <label>
          Note
          <textarea value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
        <label>
          Tags (comma-separated)
          <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <div class="toolbar">
          <button
            type="button"
            onClick={() =>
              void props.onSaveNotes(
                article.url,
                note,
                tags
                  .split(',')
                  .map((t) => t.trim())
                  .filter(Boolean),
              )
            }
          >
            Save note and tags
          </button>
          <button type="button" onClick={() => download(markdownFileName(article), articleToMarkdown(article, nameMap), 'text/markdown')}>
            Export Markdown
          </button>
          <button
            type="button"
            onClick={() =>
              download(
                markdownFileName(article).replace(/\.md$/, '.annotations.jsonld'),
                `${JSON.stringify(toWebAnnotations(article, nameMap, (id) => `urn:defense-innovation-lens:entity:${id}`), null, 2)}\n`,
                'application/ld+json',
              )
            }
          >
            Export Web Annotations
          </button>
          <button type="button" onClick={() => void props.onDelete(article.url)}>
            Delete
          </button>
        </div>
      </section>
      <ReaderView html={article.html} matcher={props.matcher} loadCard={props.loadCard} />
    </article>
  );
}

function EntityView({ id, articles, names }: { id: string; articles: SavedArticle[]; names: Map<string, { name: string; category: Category }> }) {
  const overview = entityOverview(articles, id);
  const name = names.get(id)?.name ?? id;
  return (
    <section aria-label={`Entity ${name}`}>
      <h2>{name}</h2>
      <p class="muted">
        {overview.articles.length} saved article(s) mention it.
      </p>
      <MentionsTimeline months={overview.byMonth} label={`Mentions of ${name} per month`} />
      {overview.coMentioned.length > 0 ? (
        <>
          <h3>Most often mentioned with it</h3>
          <ul>
            {overview.coMentioned.map(([other, n]) => (
              <li key={other}>
                <a href={`#${routeHash({ view: 'entity', id: other })}`}>{names.get(other)?.name ?? other}</a> — {n} article(s)
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Articles</h3>
      <ul class="articles">
        {overview.articles.map((article) => (
          <ArticleItem key={article.url} article={article} names={names} onEntity={(other) => go({ view: 'entity', id: other })} />
        ))}
      </ul>
    </section>
  );
}
