import { useEffect, useState } from 'preact/hooks';
import { CATEGORY_LABELS } from '../../components/entity-card';
import { CATEGORIES, type Category } from '../../utils/dataset/schema';
import { type HighlightStyle, type Settings, settingsItem, siteHost, siteList, withDefaults } from '../../utils/settings';
import { CorrectionsSection } from './corrections-section';
import { StylePreview } from './style-preview';
import { DatasetSection } from './dataset-section';
import { UserTermsSection } from './user-terms-section';

/** "Add to my terms" from a page's selection opens options.html#add-term=<text>. */
const initialTerm = new URLSearchParams(location.hash.slice(1)).get('add-term') ?? '';

/** Reader settings: saved as they change, applied to open tabs at once (content scripts watch storage). */
export function OptionsApp() {
  const [settings, setSettings] = useState<Settings | null>(null);
  /** Lines of the site list that are not a host, left out of it (the reader is told). */
  const [refusedSites, setRefusedSites] = useState<string[]>([]);
  /** A card delay typed out of range, kept out of the settings (the reader is told; a newcomer's trial, session 20). */
  const [refusedDelay, setRefusedDelay] = useState<string | null>(null);

  useEffect(() => {
    void settingsItem.getValue().then((value) => setSettings(withDefaults(value)));
    const unwatchSettings = settingsItem.watch((value) => setSettings(withDefaults(value)));
    return () => {
      unwatchSettings();
    };
  }, []);

  if (!settings) return <main class="page">Loading…</main>;
  const save = (next: Settings) => {
    setSettings(next);
    void settingsItem.setValue(next);
  };
  const toggleCategory = (category: Category, on: boolean) => save({ ...settings, categories: { ...settings.categories, [category]: on } });

  return (
    <main class="page">
      <h1>Defense Innovation Lens — Options</h1>

      <section aria-labelledby="highlight-heading">
        <h2 id="highlight-heading">What to highlight</h2>
        <fieldset>
          <legend>Categories</legend>
          {CATEGORIES.map((category) => (
            <label class="row" key={category}>
              <input
                type="checkbox"
                name={`category-${category}`}
                checked={settings.categories[category]}
                onChange={(event) => toggleCategory(category, event.currentTarget.checked)}
              />
              <span class={`swatch swatch--${category}`} aria-hidden="true" />
              {CATEGORY_LABELS[category]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Highlight style</legend>
          {(['both', 'underline', 'background'] as HighlightStyle[]).map((style) => (
            <label class="row" key={style}>
              <input type="radio" name="highlight-style" value={style} checked={settings.highlightStyle === style} onChange={() => save({ ...settings, highlightStyle: style })} />
              {style === 'both' ? 'Underline and background' : style === 'underline' ? 'Underline only' : 'Background only'}
            </label>
          ))}
          <StylePreview style={settings.highlightStyle} />
        </fieldset>
        <label class="row">
          <input
            type="checkbox"
            name="first-mention-only"
            checked={settings.firstMentionOnly}
            onChange={(event) => save({ ...settings, firstMentionOnly: event.currentTarget.checked })}
          />
          Highlight only the first mention of each entity on a page (its card shows how many there are)
        </label>
        <label class="row">
          <input
            type="checkbox"
            name="highlight-institutions"
            checked={settings.highlightInstitutions}
            onChange={(event) => save({ ...settings, highlightInstitutions: event.currentTarget.checked })}
          />
          Also highlight major institutions and events (NATO, EU, DoD, summits, trade shows…): they are context, reachable from cards and search
        </label>
        <label class="row">
          <input
            type="checkbox"
            name="highlight-furniture"
            checked={settings.highlightFurniture}
            onChange={(event) => save({ ...settings, highlightFurniture: event.currentTarget.checked })}
          />
          Also highlight page furniture (menus, ads, related links, sidebars, footers, comments)
        </label>
        <label class="row">
          Card delay after hovering
          <input
            type="number"
            name="hover-delay"
            min={100}
            max={2000}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(event) => {
              const typed = event.currentTarget.value;
              const value = Number(typed);
              if (typed.trim() !== '' && Number.isFinite(value) && value >= 100 && value <= 2000) {
                setRefusedDelay(null);
                save({ ...settings, hoverDelayMs: value });
              } else setRefusedDelay(typed);
            }}
          />
          ms
        </label>
        {refusedDelay !== null ? (
          <p class="error" role="alert">
            Card delay “{refusedDelay}” not saved: give a number of milliseconds from 100 to 2000. It stays at {settings.hoverDelayMs} ms.
          </p>
        ) : null}
      </section>

      <section aria-labelledby="sites-heading">
        <h2 id="sites-heading">Sites</h2>
        {(['all', 'listed'] as const).map((mode) => (
          <label class="row" key={mode}>
            <input
              type="radio"
              name="site-mode"
              checked={settings.siteMode === mode}
              onChange={() => {
                setRefusedSites([]);
                save({ ...settings, siteMode: mode });
              }}
            />
            {mode === 'all' ? 'Highlight on every site except those listed' : 'Highlight only on the sites listed'}
          </label>
        ))}
        <label>
          {settings.siteMode === 'all' ? 'Sites where the extension is off' : 'Sites where the extension is on'} (one host per line, e.g. news.example.com; it covers its subdomains and every port unless you give one, e.g. localhost:8080)
          <textarea
            name="site-list"
            rows={4}
            value={(settings.siteMode === 'all' ? settings.disabledSites : settings.enabledSites).join('\n')}
            onChange={(event) => {
              // Each line as the extension compares it: a bare host ("https://News.example.com/a" → "news.example.com").
              const lines = event.currentTarget.value.split(/\s+/).filter(Boolean);
              const hosts = siteList(lines);
              setRefusedSites(lines.filter((line) => siteHost(line) === null));
              save(settings.siteMode === 'all' ? { ...settings, disabledSites: hosts } : { ...settings, enabledSites: hosts });
            }}
          />
        </label>
        {refusedSites.length > 0 ? (
          <p class="error" role="alert">
            Not a site, left out: {refusedSites.map((line) => `“${line}”`).join(', ')}. Give a host name such as news.example.com.
          </p>
        ) : null}
        <label class="row">
          <input type="checkbox" name="show-badge" checked={settings.showBadge} onChange={(e) => save({ ...settings, showBadge: e.currentTarget.checked })} />
          Show the number of entities found on the toolbar icon
        </label>
      </section>

      <section aria-labelledby="pdf-heading">
        <h2 id="pdf-heading">PDFs</h2>
        <label class="row">
          <input type="checkbox" name="open-pdfs" checked={settings.openPdfsInViewer} onChange={(e) => save({ ...settings, openPdfsInViewer: e.currentTarget.checked })} />
          Open PDFs in the Lens PDF viewer (highlights, cards, saving) instead of the browser’s own viewer
        </label>
        <p class="muted">
          Chromium only: Firefox shows PDFs in a viewer extensions cannot see. Either way, “Open in Lens PDF viewer” is in the popup and on a PDF link’s menu, and the viewer opens
          files from your device (<a href={browser.runtime.getURL('/pdf-viewer.html')} target="_blank" rel="noopener">open the viewer</a>).
        </p>
      </section>

      <CorrectionsSection />

      <UserTermsSection initialName={initialTerm} />

      <DatasetSection />

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading">Privacy</h2>
        <p>Page text is read on your device only. Nothing is sent anywhere; there is no telemetry.</p>
      </section>
    </main>
  );
}
