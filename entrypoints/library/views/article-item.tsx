import type { EntityNames } from '../../../utils/db/lens-dataset';
import { articleDate, hasPublishedDate } from '../../../utils/library/library-search';
import { routeHash } from '../../../utils/library/library-route';
import type { SavedArticle } from '../../../utils/library/saved-article';

/** An article's entities as buttons, named and coloured by category (a raw id only for a removed term). */
export function Chips({ entityIds, names, onEntity }: { entityIds: readonly string[]; names: EntityNames; onEntity: (id: string) => void }) {
  return (
    <div class="chips">
      {entityIds.slice(0, 12).map((id) => {
        const known = names.get(id);
        const gone = !known || known.missing;
        return (
          <button type="button" key={id} class={`chip chip--${gone ? 'unknown' : known.category}`} onClick={() => onEntity(id)} title={gone ? 'No longer in the dataset or your terms' : undefined}>
            {known?.name ?? (id.startsWith('user:') ? 'a removed term of yours' : id)}
          </button>
        );
      })}
      {entityIds.length > 12 ? <span class="muted">+{entityIds.length - 12}</span> : null}
    </div>
  );
}

/** One article in a list: title link, site, date, mention count, tags and entity chips. */
export function ArticleItem({ article, names, onEntity }: { article: SavedArticle; names: EntityNames; onEntity: (id: string) => void }) {
  return (
    <li class="article">
      <h2>
        <a href={`#${routeHash({ view: 'article', url: article.url })}`}>{article.title || article.url}</a>
      </h2>
      <div class="meta">
        {article.siteName ?? article.site} · {hasPublishedDate(article) ? `published ${articleDate(article)}` : `saved ${articleDate(article)} (no publication date found)`} · {article.mentions.length} mention(s)
        {article.tags.length > 0 ? ` · ${article.tags.join(', ')}` : ''}
      </div>
      <Chips entityIds={article.entityIds} names={names} onEntity={onEntity} />
    </li>
  );
}
