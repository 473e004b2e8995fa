import { describe, expect, it } from 'vitest';
import { useFreshDatabases } from '../../support/fresh-database';
import { buildBundle } from '../../../utils/dataset/build-bundle';
import type { LensDatabase } from '../../../utils/db/db';
import { DatasetRejected, bundledVersionInstalled, installDataset, reinstallPrevious, resumeUpdates, rollbackDataset } from '../../../utils/db/install-dataset';
import { saveArticle } from '../../../utils/db/library-store';
import { readDatasetInfo, readEntities, readEntityCard, readMatcherSpec } from '../../../utils/db/read-dataset';
import { entityFixture } from '../../support/entity-fixture';
import { lensRevisionItem } from '../../../utils/lens-revision';
import { readLensNames, readLensNamesOf } from '../../../utils/db/lens-dataset';
import { saveUserTerm } from '../../../utils/db/user-terms-store';
import { extracted, testMatcher } from '../../support/library-fixture';

const fresh = useFreshDatabases('dataset');

const meta = (version: string) => ({ version, date: '2026-11-22', topicWords: ['defense'], topicThreshold: 2 });
const bundle = (version: string, ids: string[]) => buildBundle(meta(version), ids.map((id) => entityFixture({ id, name: id, aliases: [{ text: `${id} alias` }] })), [`changes in ${version}`]);
const ids = async (db: LensDatabase) => (await readEntities(db)).map((e) => e.id).sort();

describe('installDataset', () => {
  it('announces an install, a rollback and a reinstall to every context, and nothing when unchanged', async () => {
    const db = fresh();
    const revisions: string[] = [await lensRevisionItem.getValue()];
    const changed = async () => {
      const now = await lensRevisionItem.getValue();
      const moved = now !== revisions.at(-1);
      revisions.push(now);
      return moved;
    };
    await installDataset(db, await bundle('1.0.0', ['a']));
    expect(await changed()).toBe(true);
    await installDataset(db, await bundle('1.0.0', ['a']));
    expect(await changed()).toBe(false);
    await installDataset(db, await bundle('1.1.0', ['a', 'b']), { source: 'remote', automatic: false });
    expect(await changed()).toBe(true);
    await rollbackDataset(db);
    expect(await changed()).toBe(true);
    await reinstallPrevious(db);
    expect(await changed()).toBe(true);
    await expect(reinstallPrevious(db)).rejects.toThrow(DatasetRejected);
    expect(await changed()).toBe(false);
  });

  it('names the dataset’s entities and the reader’s terms through one reader', async () => {
    const db = fresh();
    await installDataset(db, await bundle('1.0.0', ['a']));
    const id = await saveUserTerm(db, { name: 'Kestrel', category: 'firm', aliases: [], caseSensitive: false, note: '' });
    expect([...(await readLensNames(db))].map(([key, v]) => `${key}=${v.name}`)).toEqual(['a=a', `user:${id}=Kestrel`]);
  });

  it('names only the entities asked for, leaving out ids it does not know', async () => {
    const db = fresh();
    await installDataset(db, await bundle('1.0.0', ['a', 'b', 'c']));
    const id = await saveUserTerm(db, { name: 'Kestrel', category: 'firm', aliases: [], caseSensitive: false, note: '' });
    const names = await readLensNamesOf(db, ['c', `user:${id}`, 'gone', 'user:999', 'page-firm:Arcturo']);
    expect([...names].map(([key, v]) => `${key}=${v.name}`).sort()).toEqual(['c=c', `user:${id}=Kestrel`]);
    expect((await readLensNamesOf(fresh(), ['a'])).size).toBe(0);
  });

  it('installs the bundled dataset into an empty database', async () => {
    const db = fresh();
    expect(await installDataset(db, await bundle('1.0.0', ['a', 'b']))).toBe('installed');
    expect(await ids(db)).toEqual(['a', 'b']);
    expect(await readDatasetInfo(db)).toMatchObject({ version: '1.0.0', source: 'bundled', entityCount: 2, changes: ['changes in 1.0.0'] });
  });

  it('tells a waking worker, from one row, whether the shipped version needs reading at all', async () => {
    const db = fresh();
    expect(await bundledVersionInstalled(db, '1.0.0')).toBe(false);
    await installDataset(db, await bundle('1.0.0', ['a']));
    expect(await bundledVersionInstalled(db, '1.0.0')).toBe(true);
    expect(await bundledVersionInstalled(db, '0.9.9')).toBe(true);
    expect(await bundledVersionInstalled(db, '1.0.1')).toBe(false);
    // An update newer than the shipped bundle: the bundle is not read either.
    await installDataset(db, await bundle('1.2.0', ['a']), { source: 'remote' });
    expect(await bundledVersionInstalled(db, '1.1.0')).toBe(true);
  });

  it('is idempotent, also when install and start-up race', async () => {
    const db = fresh();
    const b = await bundle('1.0.0', ['a', 'b']);
    const outcomes = await Promise.all([installDataset(db, b), installDataset(db, b), installDataset(db, b)]);
    expect(outcomes.sort()).toEqual(['installed', 'unchanged', 'unchanged']);
    expect(await ids(db)).toEqual(['a', 'b']);
    expect((await db.meta.get('dataset'))?.previous).toBeUndefined();
  });

  it('replaces the dataset with a newer version beside the old one, and ignores an older bundled one', async () => {
    const db = fresh();
    await installDataset(db, await bundle('1.0.0', ['a', 'b']));
    expect(await installDataset(db, await bundle('1.1.0', ['a', 'c']))).toBe('upgraded');
    expect(await ids(db)).toEqual(['a', 'c']);
    const row = await db.meta.get('dataset');
    expect(row?.active).toMatchObject({ version: '1.1.0', slot: 'B' });
    expect(row?.previous).toMatchObject({ version: '1.0.0', slot: 'A' });
    expect((await db.datasetA.toCollection().primaryKeys()).sort()).toEqual(['a', 'b']);
    expect(await installDataset(db, await bundle('1.0.5', ['z']))).toBe('unchanged');
    expect(await ids(db)).toEqual(['a', 'c']);
  });

  it('rejects an update that is not newer, with the reason', async () => {
    const db = fresh();
    await installDataset(db, await bundle('1.1.0', ['a']));
    await expect(installDataset(db, await bundle('1.1.0', ['b']), { source: 'remote' })).rejects.toThrow(new DatasetRejected('Dataset 1.1.0 is not newer than the installed 1.1.0.'));
    await expect(installDataset(db, await bundle('1.0.0', ['b']), { source: 'file' })).rejects.toThrow(/not newer/);
    expect(await ids(db)).toEqual(['a']);
  });

  it('rejects a malformed dataset and keeps the installed one', async () => {
    const db = fresh();
    await installDataset(db, await bundle('1.0.0', ['a']));
    const broken = { ...(await bundle('2.0.0', ['b'])), entities: [{ id: 'b' }] };
    await expect(installDataset(db, broken, { source: 'remote' })).rejects.toThrow(/Dataset rejected: entities\.0\.name/);
    expect(await ids(db)).toEqual(['a']);
    expect((await readDatasetInfo(db))?.version).toBe('1.0.0');
  });

  it('rolls back to the previous version in one step, pins it, and reinstalls the newer one only when asked', async () => {
    const db = fresh();
    await installDataset(db, await bundle('1.0.0', ['a']));
    await installDataset(db, await bundle('1.1.0', ['a', 'new']), { source: 'remote' });
    expect(await ids(db)).toEqual(['a', 'new']);
    expect((await rollbackDataset(db)).version).toBe('1.0.0');
    expect(await ids(db)).toEqual(['a']);
    expect(await readDatasetInfo(db)).toMatchObject({ version: '1.0.0', newerVersion: '1.1.0', pinned: true, declined: ['1.1.0'] });
    expect((await readDatasetInfo(db))?.previousVersion).toBeUndefined();
    // A second rollback would be a roll-forward: refused; reinstalling is its own, explicit action.
    await expect(rollbackDataset(db)).rejects.toThrow(/no older dataset/);
    expect((await reinstallPrevious(db)).version).toBe('1.1.0');
    expect(await ids(db)).toEqual(['a', 'new']);
    expect(await readDatasetInfo(db)).toMatchObject({ version: '1.1.0', previousVersion: '1.0.0', pinned: false, declined: [] });
  });

  it('keeps a rollback: the bundled and scheduled updates wait, a manual install proceeds', async () => {
    const db = fresh();
    await installDataset(db, await bundle('1.0.0', ['a']));
    await installDataset(db, await bundle('1.1.0', ['b']), { source: 'remote' });
    await rollbackDataset(db);
    // The extension restarts with 1.1.0 bundled: it stays out.
    expect(await installDataset(db, await bundle('1.1.0', ['b']))).toBe('unchanged');
    // A scheduled check finds 1.2.0: paused.
    await expect(installDataset(db, await bundle('1.2.0', ['c']), { source: 'remote', automatic: true })).rejects.toThrow(/Updates are paused: you rolled back to 1.0.0/);
    expect(await ids(db)).toEqual(['a']);
    await resumeUpdates(db);
    // Resumed: the declined version still stays out, a newer one comes in.
    await expect(installDataset(db, await bundle('1.1.0', ['b']), { source: 'remote', automatic: true })).rejects.toThrow(/Skipped dataset 1.1.0: you rolled back from it/);
    expect(await installDataset(db, await bundle('1.2.0', ['c']), { source: 'remote', automatic: true })).toBe('upgraded');
    expect(await ids(db)).toEqual(['c']);
  });

  it('lets the reader install the declined version by hand, which lifts the pin', async () => {
    const db = fresh();
    await installDataset(db, await bundle('1.0.0', ['a']));
    await installDataset(db, await bundle('1.1.0', ['b']), { source: 'remote' });
    await rollbackDataset(db);
    await installDataset(db, await bundle('1.2.0', ['c']), { source: 'file' });
    expect(await readDatasetInfo(db)).toMatchObject({ version: '1.2.0', pinned: false, declined: ['1.1.0'] });
  });

  it('never touches saved articles or user terms', async () => {
    const db = fresh();
    await installDataset(db, await bundle('1.0.0', ['a']));
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    await db.userTerms.add({ name: 'Project X', category: 'program', aliases: ['Project X'], caseSensitive: false, note: '', createdAt: 1 });
    const before = [await db.articles.toArray(), await db.userTerms.toArray()];
    await installDataset(db, await bundle('2.0.0', ['b']), { source: 'remote' });
    await rollbackDataset(db);
    expect([await db.articles.toArray(), await db.userTerms.toArray()]).toEqual(before);
  });

  it('serves the matcher spec and resolved entity cards from the active slot', async () => {
    const db = fresh();
    const b = await buildBundle(meta('1.0.0'), [
      entityFixture({ id: 'parent', name: 'Parent Body', aliases: [{ text: 'Parent Body' }] }),
      entityFixture({ id: 'child', name: 'Child Program', aliases: [{ text: 'CHLD', caseSensitive: true }], relations: [{ type: 'part-of', target: 'parent', source: 'seed-000' }] }),
    ]);
    await installDataset(db, b);
    const spec = await readMatcherSpec(db);
    expect(spec?.version).toBe('1.0.0');
    expect(spec?.topicWords).toEqual(['defense']);
    expect(spec?.aliases).toContainEqual({ entityId: 'child', category: 'program', text: 'CHLD', caseSensitive: true });
    const card = await readEntityCard(db, 'child');
    expect(card?.relations).toEqual([{ type: 'part-of', targetId: 'parent', targetName: 'Parent Body', sourceId: 'seed-000' }]);
    expect(await readEntityCard(db, 'nobody')).toBeNull();
  });
});
