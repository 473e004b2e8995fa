import { useEffect, useMemo, useState } from 'preact/hooks';
import { LensDatabase } from '../../utils/db/db';
import { toCslJson, toRis } from '../../utils/library/export-citations';
import { toMarkdownDigest, toMentionsCsv } from '../../utils/library/export-formats';
import { toJsonExport } from '../../utils/library/library-export';
import { type LibraryRoute, parseRouteHash, routeHash } from '../../utils/library/library-route';
import { LibrarySearch, NO_FILTERS, type LibraryFilters } from '../../utils/library/library-search';
import { download } from './download';
import { type ActionOutcome, libraryActions } from './library-actions';
import { useLensData } from './use-lens-data';
import { useLibrary } from './use-library';
import { withFallbackNames } from '../../utils/library/fallback-names';
import { ArticleView } from './views/article-view';
import { EntityView } from './views/entity-view';
import { type BundledInstallFailure, bundledInstallFailureItem, noDatasetMessage } from '../../utils/bundled-dataset-status';
import { ListView } from './views/list-view';

const db = new LensDatabase();
const actions = libraryActions(db);
const go = (route: LibraryRoute) => {
  location.hash = routeHash(route);
};

/**
 * The reader's library: routing (the address fragment), the data (saved articles; the dataset plus
 * the reader's terms) and the banner every action reports to. The views are in ./views.
 */
export function LibraryApp() {
  const library = useLibrary(db);
  const lens = useLensData(db);
  /** The bundled dataset's failed install, if it failed: said instead of "being installed". */
  const [failure, setFailure] = useState<BundledInstallFailure | null>(null);
  useEffect(() => {
    void bundledInstallFailureItem.getValue().then(setFailure);
    return bundledInstallFailureItem.watch(setFailure);
  }, []);
  const [route, setRoute] = useState<LibraryRoute>(() => parseRouteHash(location.hash));
  const [filters, setFilters] = useState<LibraryFilters>(NO_FILTERS);
  const [message, setMessage] = useState<ActionOutcome | null>(null);
  const [progress, setProgress] = useState<string | null>(null);

  useEffect(() => {
    void navigator.storage?.persist?.();
    // A confirmation belongs to the view it was given in ("Note and tags saved."); an error or an undo stays.
    const onHash = () => {
      setRoute(parseRouteHash(location.hash));
      setMessage((shown) => (shown?.ok && !shown.undo ? null : shown));
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  // An entity no longer in the dataset or the reader's terms (a removed term) keeps the page's word for it.
  const names = useMemo(() => withFallbackNames(lens.names, library.articles ?? []), [lens.names, library.articles]);
  const nameMap = useMemo(() => new Map([...names].map(([id, v]) => [id, v.name])), [names]);
  const search = useMemo(() => new LibrarySearch(library.articles ?? [], nameMap), [library.articles, nameMap]);
  const results = useMemo(() => search.run(filters), [search, filters]);

  /** Runs an action, reports its outcome in the banner, and reads the library again. */
  const run = async (action: Promise<ActionOutcome>) => {
    const outcome = await action;
    setMessage(outcome);
    await library.refresh();
    return outcome;
  };

  const articles = library.articles;
  // Until the names are read, chips would show raw ids: wait (a fraction of a second).
  if (!articles || lens.status === 'loading') return <main class="page library">Loading…</main>;
  const stamp = new Date().toISOString().slice(0, 10);

  const tools = (
    <>
      <button
        type="button"
        onClick={() =>
          void actions.userTerms().then(
            (terms) => download(`library-${stamp}.json`, toJsonExport(articles, terms), 'application/json'),
            (error: unknown) => setMessage({ ok: false, text: `Export failed: ${(error as Error).message}` }),
          )
        }
      >
        Export JSON
      </button>
      <button type="button" onClick={() => download(`library-${stamp}.md`, toMarkdownDigest(articles, nameMap), 'text/markdown')}>
        Export Markdown
      </button>
      <button type="button" onClick={() => download(`mentions-${stamp}.csv`, toMentionsCsv(articles, nameMap), 'text/csv')}>
        Export CSV
      </button>
      <button type="button" title="CSL-JSON, for Zotero, Mendeley and other reference managers" onClick={() => download(`library-${stamp}.csl.json`, toCslJson(articles, nameMap), 'application/vnd.citationstyles.csl+json')}>
        Export CSL-JSON
      </button>
      <button type="button" title="RIS, for Zotero, EndNote and other reference managers" onClick={() => download(`library-${stamp}.ris`, toRis(articles, nameMap), 'application/x-research-info-systems')}>
        Export RIS
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
            if (file) void run(actions.importFile(file));
          }}
        />
      </label>
      <button
        type="button"
        disabled={!lens.today || progress !== null}
        onClick={() => {
          if (!lens.today) return;
          // Progress is drawn at most every quarter second: redrawing the list for each article made large libraries crawl.
          let shown = 0;
          const onProgress = (done: number, total: number) => {
            if (done < total && Date.now() - shown < 250) return;
            shown = Date.now();
            setProgress(`Re-annotating ${done}/${total}…`);
          };
          void run(actions.reannotate(lens.today, onProgress)).finally(() => setProgress(null));
        }}
      >
        Re-annotate all
      </button>
    </>
  );

  return (
    <main class="page library">
      <h1>
        <a href="#" onClick={() => go({ view: 'list' })}>
          Library
        </a>{' '}
        <small class="muted">{articles.length} saved article(s)</small>
      </h1>
      {message ? (
        <div class="banner" role={message.ok ? 'status' : 'alert'} data-ok={String(message.ok)}>
          <span>{message.text}</span>
          {message.undo ? (
            <button type="button" onClick={() => void run(actions.undo(message.undo!))}>
              Undo
            </button>
          ) : null}
          <button type="button" aria-label="Dismiss" onClick={() => setMessage(null)}>
            ×
          </button>
        </div>
      ) : null}
      {library.error ? (
        <div class="banner" role="alert">
          {library.error}
        </div>
      ) : null}
      {library.corrupted > 0 ? (
        <div class="banner" role="alert">
          {library.corrupted} saved record(s) could not be read and are not shown. Export the library to keep a copy of the rest.
        </div>
      ) : null}
      {lens.status === 'error' ? (
        <div class="banner" role="alert">
          The dataset could not be read ({lens.error}); entity names and highlights are missing until the browser can read it again.
        </div>
      ) : null}
      {lens.status === 'waiting' && failure ? (
        <div class="banner" role="alert" data-testid="no-dataset">
          {noDatasetMessage(failure)} Your saved articles are safe; entity names and highlights appear once a dataset is installed.
        </div>
      ) : lens.status === 'waiting' ? (
        <div class="banner" role="status">
          The dataset is being installed; names and highlights appear as soon as it is ready.
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
          today={lens.today}
          loadCard={lens.loadCard}
          onSaveNotes={async (url, note, tags) => void (await run(actions.saveNotes(url, note, tags)))}
          onDelete={async (url) => {
            const outcome = await run(actions.remove(url));
            if (outcome.ok) go({ view: 'list' });
          }}
          go={go}
        />
      ) : route.view === 'entity' ? (
        <EntityView id={route.id} articles={articles} names={names} go={go} />
      ) : (
        <ListView articles={articles} results={results} names={names} filters={filters} setFilters={setFilters} tools={tools} />
      )}
    </main>
  );
}
