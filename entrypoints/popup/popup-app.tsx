import { useEffect, useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '../../components/entity-card';
import { CATEGORIES } from '../../utils/dataset/schema';
import { LensDatabase } from '../../utils/db/db';
import { type PageInfo, type SaveOutcome, sendMessage } from '../../utils/messaging';

type SaveState = { kind: 'idle' } | { kind: 'saving' } | { kind: 'done'; outcome: SaveOutcome };

/** The toolbar popup: what is on this page, and save it. */
export function PopupApp() {
  const [tabId, setTabId] = useState<number | null>(null);
  const [info, setInfo] = useState<PageInfo | null>(null);
  const [saved, setSaved] = useState(false);
  const [save, setSave] = useState<SaveState>({ kind: 'idle' });

  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id === undefined) return;
      setTabId(tab.id);
      const page = await sendMessage('getPageInfo', undefined, tab.id).catch(() => null);
      setInfo(page);
      if (page) {
        const db = new LensDatabase();
        setSaved((await db.articles.get(page.url)) !== undefined);
        db.close();
      }
    })();
  }, []);

  const saveNow = async () => {
    if (tabId === null) return;
    setSave({ kind: 'saving' });
    // Ask the browser not to evict the library under storage pressure.
    void navigator.storage?.persist?.();
    const outcome = await sendMessage('saveArticleInTab', tabId);
    setSave({ kind: 'done', outcome });
    if (outcome.ok) setSaved(true);
  };

  return (
    <main class="popup">
      <h1>Defense Innovation Lens</h1>
      <div class="actions">
        <button type="button" onClick={saveNow} disabled={tabId === null || !info || save.kind === 'saving'}>
          {saved ? 'Save again (update)' : 'Save article'}
        </button>
        <span class="status" role="status">
          {save.kind === 'saving' ? 'Saving…' : null}
          {save.kind === 'done' ? (save.outcome.ok ? `${save.outcome.created ? 'Saved' : 'Updated'} ✓` : save.outcome.error) : null}
          {save.kind === 'idle' && saved ? 'In your library' : null}
        </span>
      </div>
      {!info ? (
        <p class="muted">This page cannot be read by the extension.</p>
      ) : info.entities.length === 0 ? (
        <p class="muted">Nothing from the dataset on this page.</p>
      ) : (
        <section aria-label="On this page">
          {CATEGORIES.map((category) => {
            const entities = info.entities.filter((e) => e.category === category).sort((a, b) => b.count - a.count);
            if (entities.length === 0) return null;
            return (
              <div key={category}>
                <h2>{CATEGORY_LABELS[category]}</h2>
                <ul>
                  {entities.map((entity) => (
                    <li key={entity.entityId}>
                      <span>{entity.surface}</span>
                      <span class="muted">{entity.count}</span>
                    </li>
                  ))}
                </ul>
              </div>
            );
          })}
        </section>
      )}
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
