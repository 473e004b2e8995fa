import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { DatasetMeta, Entity } from '../dataset/schema';
import type { SavedArticle } from '../library/saved-article';
import type { CompiledMatcher } from '../matcher/compiled-matcher';
import type { UserTerm } from '../user-terms/user-term';

export type DatasetSlot = 'A' | 'B';

/** One installed dataset version: where it came from and which table holds it. */
export interface InstalledDataset extends DatasetMeta {
  slot: DatasetSlot;
  hash: string;
  changes?: string[];
  source: 'bundled' | 'remote' | 'file';
  installedAt: number;
}

/**
 * The dataset pointer. Two tables hold two dataset versions: a new version is written into the
 * inactive one and the pointer is switched in the same transaction, so readers never see a half
 * installed dataset, and the previous version stays for a one-click rollback.
 */
export interface MetaRow {
  key: 'dataset';
  active: InstalledDataset;
  previous?: InstalledDataset;
  /**
   * Set by a rollback: automatic installs (the bundled dataset of an extension update, scheduled remote
   * checks) wait until the reader takes updates again. Kept with the pointer so both change together.
   */
  pinned?: boolean;
  /** Versions the reader rolled back from: never installed again without the reader asking. */
  declined?: string[];
}

/**
 * The active dataset's matcher, compiled once and kept (issue 17): a service worker that wakes up reads
 * this instead of the whole dataset, and compiles again only when it is missing or fails its checks
 * (see compiled-matcher-store.ts). The reader's terms are not in it: they join it at match time.
 */
export interface CompiledMatcherRow {
  /** The dataset version it was compiled from (the key: one row, the active dataset's). */
  datasetVersion: string;
  /** That dataset's hash: a different dataset under the same version is not this one. */
  datasetHash: string;
  /** The extension build that compiled it: another build may compile differently, and recompiles. */
  builtBy: string;
  builtAt: number;
  matcher: CompiledMatcher;
}

/**
 * The extension's one database, in the extension's origin. Only the background and extension pages
 * open it; content scripts ask the background (their IndexedDB would belong to the page).
 * Every `version(n)` stays declared so any earlier database upgrades in order.
 */
export class LensDatabase extends Dexie {
  datasetA!: EntityTable<Entity, 'id'>;
  datasetB!: EntityTable<Entity, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  /** The reader's library: never touched by dataset installs or updates. */
  articles!: EntityTable<SavedArticle, 'url'>;
  /** The reader's own watch terms: kept across dataset updates. */
  userTerms!: EntityTable<UserTerm, 'id'>;
  /** The active dataset's compiled matcher: derived data, cleared whenever the active dataset changes. */
  compiledMatchers!: EntityTable<CompiledMatcherRow, 'datasetVersion'>;

  constructor(name = 'defense-innovation-lens') {
    super(name);
    this.version(1).stores({
      entities: 'id, category, name',
      meta: 'key',
    });
    // v2: the library of saved articles (a new table, nothing to migrate).
    this.version(2).stores({
      articles: 'url, savedAt, site, *entityIds',
    });
    // v3: two dataset slots and the reader's terms; the v1 entities move into slot A.
    this.version(3)
      .stores({
        datasetA: 'id, category, name',
        datasetB: 'id, category, name',
        userTerms: '++id, name',
      })
      .upgrade(migrateToSlots);
    // v4: the old single entities table goes, once v3 has copied it.
    this.version(4).stores({ entities: null });
    // v5: the compiled matcher of the active dataset (a new table, nothing to migrate: compiled on first use).
    this.version(5).stores({ compiledMatchers: 'datasetVersion' });
  }

  slot(slot: DatasetSlot): EntityTable<Entity, 'id'> {
    return slot === 'A' ? this.datasetA : this.datasetB;
  }
}

interface MetaRowV1 extends DatasetMeta {
  key: 'dataset';
  hash: string;
  installedAt: number;
}

async function migrateToSlots(tx: Transaction): Promise<void> {
  const entities = await tx.table<Entity>('entities').toArray();
  await tx.table<Entity>('datasetA').bulkPut(entities);
  const old = (await tx.table('meta').get('dataset')) as MetaRowV1 | undefined;
  if (!old) return;
  const { key: _key, ...meta } = old;
  const row: MetaRow = { key: 'dataset', active: { ...meta, topicWords: meta.topicWords ?? [], topicThreshold: meta.topicThreshold ?? 1, slot: 'A', source: 'bundled' } };
  await tx.table('meta').put(row);
}
