import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../utils/dataset/build-bundle';
import type { LensDatabase } from '../../../utils/db/db';
import { installDataset, reinstallPrevious, rollbackDataset } from '../../../utils/db/install-dataset';
import { readLensSpec } from '../../../utils/db/lens-dataset';
import { LensMatcherLoader } from '../../../utils/db/lens-matcher';
import { deleteUserTerm, saveUserTerm } from '../../../utils/db/user-terms-store';
import { COMPILED_MATCHER_FORMAT } from '../../../utils/matcher/compiled-matcher';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { entityFixture } from '../../support/entity-fixture';
import { useFreshDatabases } from '../../support/fresh-database';

const fresh = useFreshDatabases('lens-matcher');
const BUILD = 'test-build';
const TEXT = 'NATO DIANA and the Test Accelerator (TACC) met Kestrel Robotics about drones; Kestrel said the DIANA drone cohort grew.';

const bundle = (version: string) =>
  buildBundle({ version, date: '2026-11-22', topicWords: ['defense', 'drones'], topicThreshold: 1 }, [
    entityFixture(),
    entityFixture({ id: 'diana', name: 'DIANA', aliases: [{ text: 'DIANA', caseSensitive: true }, { text: `NATO DIANA ${version}` }] }),
    entityFixture({ id: 'drone', name: 'drone', category: 'edt', kind: undefined, aliases: [{ text: 'drone' }] } as never),
  ]);

async function installed(version = '1.0.0'): Promise<LensDatabase> {
  const db = fresh();
  await installDataset(db, await bundle(version));
  return db;
}

/** What one compile of "the dataset plus the reader's terms" finds: the reference. */
const reference = async (db: LensDatabase) => compileMatcher((await readLensSpec(db))!).find(TEXT);

describe('LensMatcherLoader: the dataset’s matcher compiled once, stored, and read back', () => {
  it('compiles and stores the dataset’s matcher on first use, and finds what one compile finds', async () => {
    const db = await installed();
    expect(await db.compiledMatchers.count()).toBe(0);
    const loaded = await new LensMatcherLoader(db, BUILD).load();
    expect(loaded?.version).toBe('1.0.0');
    expect(loaded?.matcher.find(TEXT)).toEqual(await reference(db));
    const rows = await db.compiledMatchers.toArray();
    expect(rows.map((r) => [r.datasetVersion, r.builtBy, r.matcher.format])).toEqual([['1.0.0', BUILD, COMPILED_MATCHER_FORMAT]]);
  });

  it('a new worker reads the stored matcher instead of the dataset', async () => {
    const db = await installed();
    const expected = (await new LensMatcherLoader(db, BUILD).load())!.matcher.find(TEXT);
    // Were the dataset read again, these mentions would be gone.
    await db.datasetA.clear();
    await db.datasetB.clear();
    expect((await new LensMatcherLoader(db, BUILD).load())!.matcher.find(TEXT)).toEqual(expected);
  });

  it.each([
    ['compiled by another build', { builtBy: 'older-build' }],
    ['of another format', { matcher: { format: COMPILED_MATCHER_FORMAT + 1 } }],
    ['of another dataset with the same version', { datasetHash: 'f'.repeat(64) }],
    ['damaged', { matcher: { format: COMPILED_MATCHER_FORMAT, version: '1.0.0', strings: '' } }],
  ])('ignores and recompiles a stored matcher %s', async (_what, change) => {
    const db = await installed();
    await new LensMatcherLoader(db, BUILD).load();
    const row = (await db.compiledMatchers.get('1.0.0'))!;
    const changed = { ...row, ...change, builtAt: 0 } as typeof row;
    if ('matcher' in change) changed.matcher = { ...row.matcher, ...change.matcher } as typeof row.matcher;
    await db.compiledMatchers.put(changed);
    const loaded = await new LensMatcherLoader(db, BUILD).load();
    expect(loaded!.matcher.find(TEXT)).toEqual(await reference(db));
    const stored = (await db.compiledMatchers.toArray()).map((r) => [r.datasetVersion, r.builtBy, r.datasetHash === row.datasetHash, r.builtAt > 0]);
    expect(stored).toEqual([['1.0.0', BUILD, true, true]]);
  });

  it('drops the old compiled matcher when a dataset is installed, rolled back or reinstalled', async () => {
    const db = await installed('1.0.0');
    await new LensMatcherLoader(db, BUILD).load();
    const versions = async () => (await db.compiledMatchers.toArray()).map((r) => r.datasetVersion);
    await installDataset(db, await bundle('1.1.0'));
    expect(await versions()).toEqual([]);
    expect((await new LensMatcherLoader(db, BUILD).load())!.matcher.find('NATO DIANA 1.1.0').map((m) => m.alias)).toEqual(['NATO DIANA 1.1.0']);
    expect(await versions()).toEqual(['1.1.0']);
    await rollbackDataset(db);
    expect(await versions()).toEqual([]);
    expect((await new LensMatcherLoader(db, BUILD).load())!.version).toBe('1.0.0');
    expect(await versions()).toEqual(['1.0.0']);
    await reinstallPrevious(db);
    expect(await versions()).toEqual([]);
  });

  it('joins the reader’s terms without recompiling the dataset’s matcher', async () => {
    const db = await installed();
    const loader = new LensMatcherLoader(db, BUILD);
    await loader.load();
    const { builtAt } = (await db.compiledMatchers.get('1.0.0'))!;
    const kestrel = await saveUserTerm(db, { name: 'Kestrel Robotics', category: 'firm', aliases: [], caseSensitive: false, note: '' });
    await saveUserTerm(db, { name: 'drones', category: 'edt', aliases: ['DIANA'], caseSensitive: false, note: '' });
    for (const worker of [loader, new LensMatcherLoader(db, BUILD)]) {
      const found = (await worker.load())!.matcher.find(TEXT);
      expect(found).toEqual(await reference(db));
      expect(found.map((m) => m.surface)).toEqual(expect.arrayContaining(['Kestrel Robotics', 'Kestrel']));
    }
    await deleteUserTerm(db, kestrel);
    expect((await loader.load())!.matcher.find(TEXT)).toEqual(await reference(db));
    expect((await db.compiledMatchers.get('1.0.0'))!.builtAt).toBe(builtAt);
  });

  it('has nothing to load before a dataset is installed', async () => {
    expect(await new LensMatcherLoader(fresh(), BUILD).load()).toBeNull();
  });
});
