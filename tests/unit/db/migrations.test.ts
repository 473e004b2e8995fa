import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { LensDatabase } from '../../../utils/db/db';
import { installDataset } from '../../../utils/db/install-dataset';
import { readDatasetInfo, readEntityCard, readMatcherSpec } from '../../../utils/db/read-dataset';
import { buildBundle } from '../../../utils/dataset/build-bundle';
import { entityFixture } from '../../support/entity-fixture';

/**
 * Fixture data for every earlier schema version, opened with the schema that version declared, then
 * upgraded by today's LensDatabase: nothing may be lost.
 */
const ENTITY = entityFixture({ id: 'nato-diana', name: 'DIANA', aliases: [{ text: 'DIANA', caseSensitive: true }] });
const META_V1 = { key: 'dataset', version: '1.0.0', date: '2026-11-01', hash: 'f'.repeat(64), installedAt: 1, topicWords: ['defense'], topicThreshold: 2 };
const ARTICLE = {
  url: 'https://news.example/a',
  title: 'A',
  savedAt: 10,
  updatedAt: 20,
  text: 'DIANA',
  html: '<p>DIANA</p>',
  mentions: [{ entityId: 'nato-diana', category: 'program', surface: 'DIANA', start: 0, end: 5, snippet: 'DIANA' }],
  entityIds: ['nato-diana'],
  site: 'news.example',
  datasetVersion: '1.0.0',
  note: 'my note',
  tags: ['t'],
};

const SCHEMAS: Record<number, Record<string, string | null>[]> = {
  1: [{ entities: 'id, category, name', meta: 'key' }],
  2: [{ entities: 'id, category, name', meta: 'key' }, { articles: 'url, savedAt, site, *entityIds' }],
};

async function createAtVersion(name: string, version: 1 | 2): Promise<void> {
  const old = new Dexie(name);
  SCHEMAS[version]!.forEach((stores, i) => old.version(i + 1).stores(stores));
  await old.table('entities').put(ENTITY);
  await old.table('meta').put(META_V1);
  if (version >= 2) await old.table('articles').put(ARTICLE);
  old.close();
}

const opened: LensDatabase[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('schema migrations', () => {
  it.each([1, 2] as const)('upgrades a version-%i database without losing the dataset or the library', async (version) => {
    const name = `migrate-v${version}-${Math.random()}`;
    await createAtVersion(name, version);
    const db = new LensDatabase(name);
    opened.push(db);
    expect(await readDatasetInfo(db)).toMatchObject({ version: '1.0.0', source: 'bundled', entityCount: 1 });
    expect((await readEntityCard(db, 'nato-diana'))?.entity.name).toBe('DIANA');
    expect((await readMatcherSpec(db))?.aliases.map((a) => a.text)).toEqual(['DIANA']);
    expect(await db.articles.toArray()).toEqual(version >= 2 ? [ARTICLE] : []);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['articles', 'compiledMatchers', 'datasetA', 'datasetB', 'meta', 'userTerms']);
    expect(await db.compiledMatchers.count()).toBe(0); // v5: compiled on first use, nothing to migrate

    // A newer bundled dataset then installs beside the migrated one, and articles stay.
    const next = await buildBundle({ version: '1.1.0', date: '2026-11-22', topicWords: ['defense'], topicThreshold: 2 }, [ENTITY, entityFixture()]);
    expect(await installDataset(db, next)).toBe('upgraded');
    expect(await readDatasetInfo(db)).toMatchObject({ version: '1.1.0', entityCount: 2, previousVersion: '1.0.0' });
    expect(await db.articles.count()).toBe(version >= 2 ? 1 : 0);
  });
});
