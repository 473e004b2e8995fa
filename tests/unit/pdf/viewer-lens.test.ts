import { beforeEach, describe, expect, it } from 'vitest';
import { buildBundle } from '../../../utils/dataset/build-bundle';
import { installDataset } from '../../../utils/db/install-dataset';
import { compileAndStore } from '../../../utils/db/compiled-matcher-store';
import { saveUserTerm } from '../../../utils/db/user-terms-store';
import { createLensLoader } from '../../../utils/pdf/viewer-lens';
import { entityFixture } from '../../support/entity-fixture';
import { useFreshDatabases } from '../../support/fresh-database';

const fresh = useFreshDatabases('viewer-lens');
const bundle = (version: string) =>
  buildBundle({ version, date: '2026-11-22', topicWords: ['defense'], topicThreshold: 2 }, [entityFixture({ id: 'tekever', name: 'TEKEVER', aliases: [{ text: 'TEKEVER' }] })], [`changes in ${version}`]);
const compiles = () => performance.getEntriesByName('lens:matcher-compile').length;

describe('the PDF viewer’s matcher', () => {
  beforeEach(() => performance.clearMeasures());

  it('is the stored compiled matcher the background made: opening a PDF compiles nothing', async () => {
    const db = fresh();
    await installDataset(db, await bundle('1.0.0'));
    // What the background does after an install (ActiveDataset.prepareNow), under the same build name.
    await compileAndStore(db, '1.0+build-a');
    performance.clearMeasures();
    const lens = await createLensLoader('1.0+build-a')(db);
    expect(lens?.matcher.find('TEKEVER builds').map((m) => m.entityId)).toEqual(['tekever']);
    expect(compiles()).toBe(0);
    // Another build's row is not trusted: compiled again, once.
    await createLensLoader('1.0+build-b')(db);
    expect(compiles()).toBe(1);
  });

  it('compiles and stores once when nothing is stored, answers the same object while nothing changes, and follows terms and datasets', async () => {
    const db = fresh();
    const load = createLensLoader('1.0+build-a');
    // Before the dataset is installed (a fresh install): nothing to load.
    expect(await load(db)).toBeNull();
    await installDataset(db, await bundle('1.0.0'));
    // The first read and the install's announcement ask at once: one compile, one object.
    const [first, second] = await Promise.all([load(db), load(db)]);
    expect(second).toBe(first);
    expect(await load(db)).toBe(first);
    expect(compiles()).toBe(1);
    // Stored for the next viewer page: a new page's loader compiles nothing.
    expect(await createLensLoader('1.0+build-a')(db)).not.toBeNull();
    expect(compiles()).toBe(1);
    // A new term joins without compiling the dataset again, as a new object.
    await saveUserTerm(db, { name: 'Project Nightjar', category: 'program', aliases: [], caseSensitive: false, note: '' });
    const withTerm = await load(db);
    expect(withTerm).not.toBe(first);
    expect(withTerm?.matcher.find('Project Nightjar and TEKEVER').length).toBe(2);
    expect(compiles()).toBe(1);
    // A new dataset: compiled again.
    await installDataset(db, await bundle('1.1.0'));
    expect((await load(db))?.version).toBe('1.1.0');
    expect(compiles()).toBe(2);
  });

  it('opened before the background stored one, asks the background to compile it, and compiles it itself only if that fails', async () => {
    const db = fresh();
    await installDataset(db, await bundle('1.0.0'));
    // The background compiles and stores (off this page's main thread), then the page reads its row.
    let asked = 0;
    const background = async () => {
      asked += 1;
      await compileAndStore(db, '1.0+build-a');
      return true;
    };
    const lens = await createLensLoader('1.0+build-a', background)(db);
    expect(lens?.matcher.find('TEKEVER builds').length).toBe(1);
    expect([asked, compiles()]).toEqual([1, 0]);
    // The background cannot be reached: the page compiles it itself.
    await installDataset(db, await bundle('1.1.0'));
    const unreachable = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect((await createLensLoader('1.0+build-a', unreachable)(db))?.version).toBe('1.1.0');
    expect(compiles()).toBe(1);
  });
});
