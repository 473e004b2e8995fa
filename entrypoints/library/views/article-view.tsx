import { useEffect, useMemo, useState } from 'preact/hooks';
import { ReaderView } from '../../../components/reader-view';
import type { EntityNames } from '../../../utils/db/lens-dataset';
import type { EntityCardData } from '../../../utils/entity-card-data';
import { toRis } from '../../../utils/library/export-citations';
import { articleToMarkdown, entityUrn, markdownFileName, toWebAnnotations } from '../../../utils/library/export-formats';
import { articleToObsidianMarkdown, obsidianFileName } from '../../../utils/library/export-obsidian';
import type { LibraryRoute } from '../../../utils/library/library-route';
import type { SavedArticle } from '../../../utils/library/saved-article';
import { savedMentionsMatcher } from '../../../utils/library/saved-mentions-matcher';
import { viewerUrlFor } from '../../../utils/pdf/viewer-address';
import type { Matcher } from '../../../utils/matcher/find-mentions';
import { download } from '../download';
import { type Settings, isSiteEnabled, settingsItem, withDefaults } from '../../../utils/settings';
import { Chips } from './article-item';

interface Props {
  article: SavedArticle | undefined;
  names: EntityNames;
  today: { matcher: Matcher; version: string } | null;
  loadCard(id: string): Promise<EntityCardData | null>;
  onSaveNotes(url: string, note: string, tags: string[]): Promise<void>;
  onDelete(url: string): Promise<void>;
  go(route: LibraryRoute): void;
}

/**
 * A saved article: its metadata, note and tags, exports, and the reader view. The reader view shows the
 * mentions saved with the article (what chips, filters and exports use) and says so; the reader can
 * switch to today's dataset and terms, and back.
 */
export function ArticleView({ article, names, today, loadCard, onSaveNotes, onDelete, go }: Props) {
  const [note, setNote] = useState(article?.note ?? '');
  const [tags, setTags] = useState(article?.tags.join(', ') ?? '');
  const [mode, setMode] = useState<'saved' | 'today'>('saved');
  /** The reader typed a note or tags not saved yet: an update from elsewhere must not wipe them. */
  const [draft, setDraft] = useState<{ url: string; changedElsewhere: boolean } | null>(null);
  const [siteOff, setSiteOff] = useState(false);
  useEffect(() => {
    if (draft && draft.url === article?.url) {
      if (!draft.changedElsewhere) setDraft({ ...draft, changedElsewhere: true });
      return;
    }
    setDraft(null);
    setNote(article?.note ?? '');
    setTags(article?.tags.join(', ') ?? '');
  }, [article?.url, article?.updatedAt]);
  useEffect(() => {
    if (!article) return;
    const host = hostOf(article.url);
    const read = (value: Settings | null) => setSiteOff(!isSiteEnabled(withDefaults(value), host));
    void settingsItem.getValue().then(read);
    return settingsItem.watch(read);
  }, [article?.url]);
  // Leaving the page with an unsaved note asks first.
  useEffect(() => {
    if (!draft) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [draft]);
  const edit = () => article && !draft && setDraft({ url: article.url, changedElsewhere: false });
  const saved = useMemo(() => (article ? savedMentionsMatcher(article, (id) => names.get(id)?.umbrella === true) : null), [article, names]);
  // The saved copy may start with the page's headline (kept for its mentions): then it is the title.
  const headlineInBody = useMemo(() => {
    if (!article) return false;
    const first = new DOMParser().parseFromString(article.html, 'text/html').body.firstElementChild;
    return first?.localName === 'h1' && (first.textContent ?? '').replace(/\s+/g, ' ').trim() === article.title.replace(/\s+/g, ' ').trim();
  }, [article?.html, article?.title]);
  if (!article) return <p>This article is not in the library (any more).</p>;
  const nameMap = new Map([...names].map(([id, v]) => [id, v.name]));
  const safeUrl = /^https?:/i.test(article.url) ? article.url : undefined;
  const showing = mode === 'today' && today ? 'today' : 'saved';
  return (
    <article class="reader">
      {headlineInBody ? null : <h2>{article.title}</h2>}
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
            {article.pdf ? (
              <>
                {' · '}
                <a href={viewerUrlFor(browser.runtime.getURL('/'), safeUrl)} target="_blank" rel="noopener">
                  Open in Lens PDF viewer
                </a>
              </>
            ) : null}
          </>
        ) : null}
        {article.pdf ? ` · PDF, ${article.pdf.pageStarts.length} page(s)` : null}
      </p>
      <Chips entityIds={article.entityIds} names={names} onEntity={(id) => go({ view: 'entity', id })} />
      <section class="note" aria-label="Note and tags">
        {draft ? (
          <p class="muted" role="status">
            {draft.changedElsewhere ? 'This article was updated elsewhere (saved again from its page); your unsaved note and tags are kept here. ' : ''}
            Unsaved changes: “Save note and tags” keeps them.
          </p>
        ) : null}
        <label>
          Note
          <textarea
            value={note}
            onInput={(e) => {
              setNote(e.currentTarget.value);
              edit();
            }}
          />
        </label>
        <label>
          Tags (comma-separated)
          <input
            value={tags}
            onInput={(e) => {
              setTags(e.currentTarget.value);
              edit();
            }}
          />
        </label>
        <div class="toolbar">
          <button
            type="button"
            onClick={() => {
              setDraft(null);
              void onSaveNotes(
                article.url,
                note,
                tags
                  .split(',')
                  .map((t) => t.trim())
                  .filter(Boolean),
              );
            }}
          >
            Save note and tags
          </button>
          <button type="button" onClick={() => download(markdownFileName(article), articleToMarkdown(article, nameMap), 'text/markdown')}>
            Export Markdown
          </button>
          <button type="button" title="A note with YAML front matter (title, url, dates, entities, tags)" onClick={() => download(obsidianFileName(article), articleToObsidianMarkdown(article, nameMap), 'text/markdown')}>
            Export to Obsidian
          </button>
          <button type="button" onClick={() => download(markdownFileName(article).replace(/\.md$/, '.ris'), toRis([article], nameMap), 'application/x-research-info-systems')}>
            Export RIS
          </button>
          <button
            type="button"
            onClick={() =>
              download(
                markdownFileName(article).replace(/\.md$/, '.annotations.jsonld'),
                `${JSON.stringify(toWebAnnotations(article, nameMap, entityUrn), null, 2)}\n`,
                'application/ld+json',
              )
            }
          >
            Export Web Annotations
          </button>
          <button type="button" onClick={() => void onDelete(article.url)}>
            Delete
          </button>
        </div>
      </section>
      {siteOff ? (
        <p class="reader-mode" role="note">
          Highlights are off for {hostOf(article.url)} (the site switch in the popup or the options), here as on the site.
        </p>
      ) : null}
      <p class="reader-mode" role="status">
        {showing === 'saved' ? (
          <>
            Highlights: the {article.mentions.length} mention(s) saved with this article (dataset {article.datasetVersion}).{' '}
            {today ? (
              <button type="button" class="linkish" onClick={() => setMode('today')}>
                Show today’s mentions (dataset {today.version} and your terms)
              </button>
            ) : null}
          </>
        ) : (
          <>
            Highlights: today’s mentions (dataset {today!.version} and your terms); the saved list is unchanged.{' '}
            <button type="button" class="linkish" onClick={() => setMode('saved')}>
              Show the saved mentions
            </button>
          </>
        )}
      </p>
      <ReaderView html={article.html} url={article.url} matcher={showing === 'today' ? today!.matcher : saved} loadCard={loadCard} />
    </article>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}
