import Dexie, { type EntityTable } from 'dexie';
import type { DatasetMeta, Entity } from '../dataset/schema';
import type { SavedArticle } from '../library/saved-article';

/** Key-value rows about the installed dataset. */
export interface MetaRow extends DatasetMeta {
  key: 'dataset';
  hash: string;
  installedAt: number;
}

/**
 * The extension's one database, in the extension's origin. Only the background and extension pages
 * open it; content scripts ask the background (their IndexedDB would belong to the page).
 * Every `version(n)` stays declared so any earlier database upgrades in order.
 */
export class LensDatabase extends Dexie {
  entities!: EntityTable<Entity, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** The reader's library: never touched by dataset installs or updates. */
  articles!: EntityTable<SavedArticle, 'url'>;

  constructor(name = 'defense-innovation-lens') {
    super(name);
    this.version(1).stores({
      entities: 'id, category, name',
      meta: 'key',
    });
    // v2: the library of saved articles (no data migration: a new table).
    this.version(2).stores({
      articles: 'url, savedAt, site, *entityIds',
    });
  }
}
