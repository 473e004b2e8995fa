import { viewerUrlFor } from '../../utils/pdf/viewer-address';
import { isPageNamed } from '../../utils/page-named-entity';
import { type BundledInstallFailure, bundledInstallFailureItem } from '../../utils/bundled-dataset-status';
import { useEffect, useMemo, useState } from 'preact/hooks';
import { CATEGORY_LABELS, EntityCard } from '../../components/entity-card';
import { CATEGORIES, type Entity } from '../../utils/dataset/schema';
import { entitySearch } from '../../utils/dataset/entity-search';
import { LensDatabase } from '../../utils/db/db';
import { findSavedArticle } from '../../utils/db/library-store';
import { type EntityNames, readLensCard, readLensEntities, readLensNamesOf } from '../../utils/db/lens-dataset';
import type { EntityCardData } from '../../utils/entity-card-data';
import { type PageInfo, type SaveOutcome, sendMessage } from '../../utils/messaging';
import { askPageInfoWhenLoaded } from '../../utils/page-info-wait';
import { type Settings, isSiteEnabled, settingsItem, siteEntryFor, toggleSite, withDefaults } from '../../utils/settings';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; outcome: SaveOutcome };

const db = new LensDatabase();

/** The toolbar popup: what is on this page, the site switch, saving, and a search over the dataset. */
export function PopupApp() {
  const [tab, setTab] = useState<{ id: number; host: string; url?: string } | null>(null);
  const [info, setInfo] = useState<PageInfo | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });
  const [positions, setPositions] = useState<Record<string, string>>({});
  const [names, setNames] = useState<EntityNames>(new Map());
  /**
   * Asking the page for the first time (nothing said yet); waiting for a page that is still loading (or
   * whose script is starting), which is not "unreadable" yet; or answered (or given up on).
   */
  const [phase, setPhase] = useState<'asking' | 'waiting' | 'answered'>('asking');
  /** The reader's settings, as stored (watched: Options may change them while the popup is open). */
  const [settings, setSettings] = useState<Settings | null>(null);
  /** No dataset is installed (the background said so): nothing can be highlighted, and the reader is told why. */
  const [noDataset, setNoDataset] = useState(false);
  const [failure, setFailure] = useState<BundledInstallFailure | null>(null);

  /** What the tab's page shows, as its content script (or the PDF viewer) answers; null where none answers. */
  const askInfo = (tabId: number) => sendMessage('getPageInfo', undefined, tabId).catch(() => null);
  /** Shows the page's information, then whether it is in the library (a PDF is known by its identity, as saving finds it: a copy saved from another address counts). */
  const showInfo = async (page: PageInfo | null) => {
    setInfo(page);
    // The names of this page's entities only (see readLensNamesOf).
    if (page) void readLensNamesOf(db, page.entities.map((entity) => entity.entityId)).then(setNames);
    if (page) setSaved((await findSavedArticle(db, page.url, page.pdf?.fingerprint)) !== undefined);
  };
  useEffect(() => {
    const takeSettings = (stored: Settings | null) => setSettings(withDefaults(stored));
    void settingsItem.getValue().then(takeSettings);
    const unwatch = settingsItem.watch(takeSettings);
    void sendMessage('getDatasetInfo', undefined).then(
      (datasetInfo) => setNoDataset(datasetInfo === null),
      () => undefined,
    );
    void bundledInstallFailureItem.getValue().then(setFailure);
    void (async () => {
      // popup.html?tab=<id> shows the popup for a given tab (tests, and opening it in a tab to debug).
      const forced = Number(new URLSearchParams(location.search).get('tab'));
      const tabId = forced || (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return setPhase('answered');
      const page = await askPageInfoWhenLoaded({
        ask: () => askInfo(tabId),
        // A browser page (chrome://, about:, the web store) never answers: no wait there.
        tabState: async () => {
          const state = await browser.tabs.get(tabId);
          const own = state.url?.startsWith(browser.runtime.getURL('/'));
          return state.url && !own && !/^(https?|file):/.test(state.url) ? null : state;
        },
        onWaiting: () => setPhase('waiting'),
      });
      // The address, where the browser tells it: a PDF in Firefox's own viewer runs no content script.
      const url = page?.url ?? (await browser.tabs.get(tabId).catch(() => null))?.url;
      // The tab before the page's information, in one go: every button the information shows acts on the
      // tab, and one shown before the tab was known did nothing when clicked (the library lookup between
      // the two took long enough on a busy machine).
      const tabHost = page ? (page.host ?? new URL(page.url).host) : '';
      setTab({ id: tabId, host: tabHost, ...(url ? { url } : {}) });
      setPhase('answered');
      await showInfo(page);
      // Ask again while the popup is open: a long page is still being read (what it names is not all known
      // yet), the tab is loading (a new page may replace the one that answered: the page a tab is leaving
      // answers until the new one arrives), or the page fills in after load (a story fetched by script: a
      // newcomer trial saw "Nothing from the dataset" stay while the page showed ten highlights). Every
      // second while reading or loading, every two seconds after; redrawn only when the answer changed.
      const loading = async () => (await browser.tabs.get(tabId).catch(() => null))?.status === 'loading';
      const shown = (info: PageInfo | null) => JSON.stringify(info && [info.url, info.enabled, info.reading, info.entities, info.stats]);
      let last = shown(page);
      for (let latest = page, tries = 0; tries < 600; tries += 1) {
        const busy = Boolean(latest?.reading) || (await loading());
        await new Promise((resolve) => setTimeout(resolve, busy ? 1_000 : 2_000));
        const next = await askInfo(tabId);
        if (!next) continue;
        latest = next;
        if (next.host && next.host !== tabHost) setTab((known) => (known ? { ...known, host: next.host! } : known));
        if (shown(next) === last) continue;
        last = shown(next);
        await showInfo(latest);
      }
    })();
    return unwatch;
  }, []);

  const saveNow = async () => {
    if (!tab) return;
    setSave({ kind: 'saving' });
    // Ask the browser not to evict the library under storage pressure.
    void navigator.storage?.persist?.();
    const outcome = await sendMessage('saveArticleInTab', tab.id);
    setSave({ kind: 'done', outcome });
    if (outcome.ok) setSaved(true);
  };
  const toggle = async (on: boolean) => {
    if (!tab || !tab.host) return;
    await settingsItem.setValue(toggleSite(withDefaults(await settingsItem.getValue()), tab.host, on));
    // The page applies the change itself; read back what it now shows.
    setTimeout(() => void askInfo(tab.id).then(showInfo), 300);
  };
  const openInViewer = async (url: string) => {
    if (!tab) return;
    await browser.tabs.update(tab.id, { url });
    window.close();
  };
  /** The entity's name, as in the library; the page's own words until the names are read. */
  const nameOf = (entity: PageInfo['entities'][number]) => names.get(entity.entityId)?.name ?? entity.surface;
  const reveal = async (entityId: string, step: 1 | -1) => {
    if (!tab) return;
    const position = await sendMessage('revealEntity', { entityId, step }, tab.id).catch(() => null);
    if (position) setPositions({ ...positions, [entityId]: `${position.index}/${position.total}` });
  };

  /** The site-list entry the site switch changes for this tab's host, once both are known. */
  const siteEntry = settings && tab?.host ? siteEntryFor(settings, tab.host) : null;

  return (
    <main class="popup">
      <h1>Defense Innovation Lens</h1>
      {noDataset ? (
        <div role="alert" class="notice" data-testid="no-dataset">
          <p>
            {failure
              ? `No dataset is installed, so nothing is highlighted: the dataset that comes with the extension could not be installed (${failure.reason}).`
              : 'No dataset is installed yet, so nothing is highlighted.'}
          </p>
          <button type="button" onClick={() => void browser.runtime.openOptionsPage()}>
            Open the dataset settings
          </button>
        </div>
      ) : null}
      <div class="actions">
        <button type="button" onClick={() => void saveNow()} disabled={!tab || !info || save.kind === 'saving'}>
          {saved ? 'Save again (update)' : 'Save article'}
        </button>
        <span class="status" role="status">
          {save.kind === 'saving' ? 'Saving…' : null}
          {save.kind === 'done' ? (save.outcome.ok ? `${save.outcome.created ? 'Saved' : 'Updated'} ✓` : save.outcome.error) : null}
          {save.kind === 'idle' && saved ? 'In your library' : null}
        </span>
      </div>
      {info?.pdf && !info.pdf.viewer && info.pdf.viewerUrl ? (
        <p class="actions">
          <button type="button" onClick={() => void openInViewer(info.pdf!.viewerUrl!)}>
            Open in Lens PDF viewer
          </button>
          <span class="muted">The browser’s own viewer runs no extension: the Lens viewer shows highlights and cards and saves PDFs.</span>
        </p>
      ) : null}
      {info && tab?.host ? (
        <label class="row">
          {/* The stored site rules once read (they change the moment the switch is used); the page's word before. */}
          <input type="checkbox" checked={settings ? isSiteEnabled(settings, tab.host) : info.enabled} onChange={(e) => void toggle(e.currentTarget.checked)} />
          Highlights on {tab.host}
        </label>
      ) : null}
      {info && tab?.host && siteEntry !== null && siteEntry !== tab.host ? (
        // The switch changes the entry that covers this host, which may cover other hosts and ports too: say so.
        <p class="muted" role="note">
          Set by “{siteEntry}” in the site list (Options), which the switch changes for every site it covers.
        </p>
      ) : null}
      {!info && phase !== 'answered' ? (
        phase === 'waiting' ? (
          <p class="muted" role="status">
            This page is still loading…
          </p>
        ) : null
      ) : !info ? (
        <>
          <p class="muted">This page cannot be read by the extension.</p>
          {/* A PDF in the browser's own viewer (Firefox runs no extension there): the Lens viewer reads it. */}
          <p class="actions">
            <button
              type="button"
              onClick={() =>
                void (tab?.url && /^https?:/.test(tab.url) && /\.pdf($|[?#])/i.test(tab.url)
                  ? openInViewer(viewerUrlFor(browser.runtime.getURL('/'), tab.url))
                  : browser.tabs.create({ url: browser.runtime.getURL('/pdf-viewer.html') }))
              }
            >
              {tab?.url && /\.pdf($|[?#])/i.test(tab.url) ? 'Open this PDF in the Lens PDF viewer' : 'Open a PDF in the Lens PDF viewer'}
            </button>
          </p>
        </>
      ) : info.stats.skippedBlocks > 0 ? (
        <p class="muted" role="note">
          {info.stats.skippedBlocks === 1
            ? 'A very long run of text on this page was left unhighlighted to keep the page responsive.'
            : `${info.stats.skippedBlocks} very long runs of text on this page were left unhighlighted to keep the page responsive.`}
        </p>
      ) : null}
      {info && info.enabled && info.entities.length === 0 && !noDataset ? (
        // With blocks left out, the page was not read whole: only what was read can be said to name nothing.
        <p class="muted" role="status">
          {settings && CATEGORIES.every((c) => !settings.categories[c])
            ? 'Every category is turned off in Options: nothing is highlighted.'
            : info.reading
            ? 'Still reading this page…'
            : info.stats.skippedBlocks > 0
              ? 'Nothing from the dataset in the rest of the page.'
              : 'Nothing from the dataset on this page.'}
        </p>
      ) : null}
      {info && !info.enabled && tab?.host ? (
        <p class="muted" role="status">
          Highlights are off on {tab.host}: nothing is highlighted or counted here. Tick the box above to turn them on.
        </p>
      ) : null}
      {info && info.entities.length > 0 ? (
        <section aria-label="On this page" class="on-page">
          {CATEGORIES.map((category) => {
            const entities = info.entities.filter((e) => e.category === category).sort((a, b) => b.count - a.count);
            if (entities.length === 0) return null;
            return (
              <div key={category}>
                <h2>{CATEGORY_LABELS[category]}</h2>
                <ul>
                  {entities.map((entity) => (
                    <li key={entity.entityId} class="entity-row">
                      <button
                        type="button"
                        class="linkish"
                        onClick={() => void reveal(entity.entityId, 1)}
                        aria-label={`Show ${nameOf(entity)} on the page`}
                        title={`On this page as: ${(entity.surfaces ?? [entity.surface]).map((s) => `“${s}”`).join(', ')}`}
                      >
                        {nameOf(entity)}
                      </button>
                      {/* A name only the page gives (another country's namesake of a dataset entity, a firm the page
                          introduces) says so here as on its card: two rows of the same name were one of each (a
                          newcomer's trial, session 28). Beside the button, whose name is what it shows (axe). */}
                      {isPageNamed(entity.entityId) ? <span class="muted page-named"> · not in the dataset</span> : null}
                      <span class="stepper">
                        {entity.pages ? <span class="muted pages">{pagesLabel(entity.pages)}</span> : null}
                        <span class="muted">{positions[entity.entityId] ?? entity.count}</span>
                        <button type="button" aria-label={`Previous mention of ${nameOf(entity)}`} onClick={() => void reveal(entity.entityId, -1)}>
                          ‹
                        </button>
                        <button type="button" aria-label={`Next mention of ${nameOf(entity)}`} onClick={() => void reveal(entity.entityId, 1)}>
                          ›
                        </button>
                      </span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      ) : null}
      <EntitySearch noDataset={noDataset} />
      <footer>
        <a href={browser.runtime.getURL('/library.html')} target="_blank" rel="noopener">
          Library
        </a>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          Options
        </a>
      </footer>
    </main>
  );
}

/** "p. 1, 3, 7" (a PDF's pages an entity is on), shortened after six pages. */
function pagesLabel(pages: readonly number[]): string {
  return `${pages.length === 1 ? 'p.' : 'pp.'} ${pages.slice(0, 6).join(', ')}${pages.length > 6 ? ', …' : ''}`;
}

/** Ms of no typing before the search runs. */
const SEARCH_PAUSE_MS = 120;

/** A search over the whole dataset (names and aliases fuzzily, summaries by their words), showing the same cards. */
function EntitySearch({ noDataset }: { noDataset: boolean }) {
  const [entities, setEntities] = useState<Entity[] | null>(null);
  const [query, setQuery] = useState('');
  const [card, setCard] = useState<EntityCardData | null>(null);
  /** The cards the shown one was reached from through relations (oldest first), for "Back". */
  const [trail, setTrail] = useState<EntityCardData[]>([]);
  // The dataset is read, and indexed, once the reader turns to the search: not every time the popup
  // opens (it shares its thread with the extension's pages, the PDF viewer among them).
  const [wanted, setWanted] = useState(false);
  const [searchFailed, setSearchFailed] = useState<string | null>(null);
  useEffect(() => {
    if (wanted)
      readLensEntities(db).then(setEntities, (error: unknown) => setSearchFailed(`The dataset could not be read for the search: ${error instanceof Error ? error.message : String(error)}`));
  }, [wanted]);
  // Indexed once per dataset (entity-search.ts); the search runs once typing pauses.
  const search = useMemo(() => entitySearch(entities ?? []), [entities]);
  const [searched, setSearched] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSearched(query.trim()), SEARCH_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [query]);
  const results = useMemo(() => (entities ? search(searched) : []), [searched, search, entities]);
  /** Opens a result's card (a fresh trail), or a related entity's from the shown card (`from`). */
  const open = async (id: string, from?: EntityCardData) => {
    const next = await readLensCard(db, id);
    setTrail(from ? [...trail, from] : []);
    setCard(next);
  };
  const previous = trail.at(-1);
  return (
    <section aria-label="Search the dataset">
      <h2>Search the dataset</h2>
      <input
        type="search"
        class="search"
        aria-label="Search the dataset"
        placeholder="A program, firm or technology…"
        value={query}
        onFocus={() => setWanted(true)}
        onInput={(e) => {
          setWanted(true);
          setQuery(e.currentTarget.value);
        }}
      />
      {searchFailed ? (
        <p class="notice" role="alert">
          {searchFailed}
        </p>
      ) : wanted && query.trim().length >= 2 && !entities && !card ? (
        <p class="muted" role="status">
          Reading the dataset…
        </p>
      ) : null}
      {searched.length >= 2 && entities && results.length === 0 && !card ? (
        <p class="muted" role="status">
          {noDataset ? 'No dataset is installed: there is nothing to search yet.' : `Nothing in the dataset matches “${searched}”.`}
        </p>
      ) : null}
      {results.length > 0 && !card ? (
        <ul>
          {results.map((entity) => (
            <li key={entity.id}>
              <button type="button" class="linkish" onClick={() => void open(entity.id)}>
                {entity.name}
              </button>
              <span class="muted">{CATEGORY_LABELS[entity.category]}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {card ? (
        <div class="frame popup-card">
          <EntityCard
            data={card}
            onClose={() => {
              setCard(null);
              setTrail([]);
            }}
            onOpenEntity={(id) => void open(id, card)}
            {...(previous
              ? {
                  back: {
                    name: previous.entity.name,
                    onBack: () => {
                      setTrail(trail.slice(0, -1));
                      setCard(previous);
                    },
                  },
                }
              : {})}
          />
        </div>
      ) : null}
    </section>
  );
}
