import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../utils/dataset/build-bundle';
import { LensDatabase } from '../../../utils/db/db';
import { installDataset } from '../../../utils/db/install-dataset';
import { readEntityCard, readMatcherSpec } from '../../../utils/db/read-dataset';
import { entityFixture } from '../../support/entity-fixture';

let db: LensDatabase;
afterEach(async () => {
  db.close();
  await db.delete();
});

const bundle = (version: string, ids: string[]) =>
  buildBundle({ version, date: '2026-11-22', topicWords: ['defense'], topicThreshold: 2 }, ids.map((id) => entityFixture({ id, name: id, aliases: [{ text: `${id} alias` }] })));

describe('installDataset', () => {
  it('installs the bundled dataset into an empty database', async () => {
    db = new LensDatabase(`test-${Math.random()}`);
    expect(await installDataset(db, await bundle('1.0.0', ['a', 'b']))).toBe('installed');
    expect(await db.entities.count()).toBe(2);
    expect(await db.meta.get('dataset')).toMatchObject({ version: '1.0.0' });
  });

  it('is idempotent, also when install and start-up race', async () => {
    db = new LensDatabase(`test-${Math.random()}`);
    const b = await bundle('1.0.0', ['a', 'b']);
    const outcomes = await Promise.all([installDataset(db, b), installDataset(db, b), installDataset(db, b)]);
    expect(outcomes.sort()).toEqual(['installed', 'unchanged', 'unchanged']);
    expect(await db.entities.count()).toBe(2);
  });

  it('replaces the dataset with a newer version and ignores an older one', async () => {
    db = new LensDatabase(`test-${Math.random()}`);
    await installDataset(db, await bundle('1.0.0', ['a', 'b']));
    expect(await installDataset(db, await bundle('1.1.0', ['a', 'c']))).toBe('upgraded');
    expect((await db.entities.toCollection().primaryKeys()).sort()).toEqual(['a', 'c']);
    expect(await installDataset(db, await bundle('1.0.5', ['z']))).toBe('unchanged');
    expect((await db.entities.toCollection().primaryKeys()).sort()).toEqual(['a', 'c']);
    expect((await db.meta.get('dataset'))?.version).toBe('1.1.0');
  });

  it('rejects a malformed dataset and keeps the installed one', async () => {
    db = new LensDatabase(`test-${Math.random()}`);
    await installDataset(db, await bundle('1.0.0', ['a']));
    const broken = { ...(await bundle('2.0.0', ['b'])), entities: [{ id: 'b' }] };
    await expect(installDataset(db, broken)).rejects.toThrow(/Dataset rejected: entities\.0\.name/);
    expect(await db.entities.toCollection().primaryKeys()).toEqual(['a']);
    expect((await db.meta.get('dataset'))?.version).toBe('1.0.0');
  });

  it('serves the alias index and resolved entity cards', async () => {
    db = new LensDatabase(`test-${Math.random()}`);
    const b = await buildBundle({ version: '1.0.0', date: '2026-11-22', topicWords: ['defense'], topicThreshold: 2 }, [
      entityFixture({ id: 'parent', name: 'Parent Body', aliases: [{ text: 'Parent Body' }] }),
      entityFixture({ id: 'child', name: 'Child Program', aliases: [{ text: 'CHLD', caseSensitive: true }], relations: [{ type: 'part-of', target: 'parent', source: 'seed-000' }] }),
    ]);
    await installDataset(db, b);
    const index = await readMatcherSpec(db);
    expect(index?.version).toBe('1.0.0');
    expect(index?.topicWords).toEqual(['defense']);
    expect(index?.aliases).toContainEqual({ entityId: 'child', category: 'program', text: 'CHLD', caseSensitive: true });
    const card = await readEntityCard(db, 'child');
    expect(card?.relations).toEqual([{ type: 'part-of', targetId: 'parent', targetName: 'Parent Body', sourceId: 'seed-000' }]);
    expect(await readEntityCard(db, 'nobody')).toBeNull();
  });
});
