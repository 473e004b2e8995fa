import { CoMentionsChart, MentionsTimelineChart } from '../../../components/entity-charts';
import type { EntityNames } from '../../../utils/db/lens-dataset';
import { type LibraryRoute, routeHash } from '../../../utils/library/library-route';
import { entityOverview } from '../../../utils/library/library-search';
import type { SavedArticle } from '../../../utils/library/saved-article';
import { ArticleItem } from './article-item';

/** One entity across the library: how often, when, with whom, and the articles. */
const entityHref = (id: string) => `#${routeHash({ view: 'entity', id })}`;

export function EntityView({ id, articles, names, go }: { id: string; articles: SavedArticle[]; names: EntityNames; go: (route: LibraryRoute) => void }) {
  const overview = entityOverview(articles, id);
  const name = names.get(id)?.name ?? id;
  return (
    <section aria-label={`Entity ${name}`}>
      <h2>{name}</h2>
      <p class="muted">{overview.articles.length} saved article(s) mention it.</p>
      <h3>Over time</h3>
      <MentionsTimelineChart months={overview.byMonth} name={name} />
      {overview.undated > 0 ? <p class="muted">{overview.undated} article(s) gave no publication date: they are counted in the month they were saved.</p> : null}
      {overview.coMentioned.length > 0 ? (
        <>
          <h3>Most often mentioned with it</h3>
          <CoMentionsChart items={overview.coMentioned.map(([other, n]) => ({ id: other, name: names.get(other)?.name ?? other, articles: n }))} href={entityHref} />
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
