import { describe, expect, it, vi } from 'vitest';
import { buildBundle } from '../../../utils/dataset/build-bundle';
import { installDataset } from '../../../utils/db/install-dataset';
import { saveUserTerm } from '../../../utils/db/user-terms-store';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { createLensCompiler } from '../../../utils/pdf/viewer-lens';
import { entityFixture } from '../../support/entity-fixture';
import { useFreshDatabases } from '../../support/fresh-database';

const fresh = useFreshDatabases('viewer-lens');
const bundle = (version: string) =>
  buildBundle({ version, date: '2026-11-22', topicWords: ['defense'], topicThreshold: 2 }, [entityFixture({ id: 'tekever', name: 'TEKEVER', aliases: [{ text: 'TEKEVER' }] })], [`changes in ${version}`]);

describe('the PDF viewer’s matcher', () => {
  it('is compiled once for a dataset and set of terms, however often it is asked for, and again when they change', async () => {
    const db = fresh();
    const compile = vi.fn(compileMatcher);
    const lens = createLensCompiler(compile);
    // Before the dataset is installed (a fresh install): nothing to compile.
    expect(await lens(db)).toBeNull();
    await installDataset(db, await bundle('1.0.0'));
    // The first read and the install's announcement ask at once: one compile.
    const [first, second] = await Promise.all([lens(db), lens(db)]);
    expect(second).toBe(first);
    expect(first?.matcher.find('TEKEVER builds').map((m) => m.entityId)).toEqual(['tekever']);
    expect(compile).toHaveBeenCalledTimes(1);
    // A new term, then a new dataset: compiled again, each once.
    await saveUserTerm(db, { name: 'Project Nightjar', category: 'program', aliases: [], caseSensitive: false, note: '' });
    expect((await lens(db))?.matcher.find('Project Nightjar').length).toBe(1);
    await lens(db);
    await installDataset(db, await bundle('1.1.0'));
    expect((await lens(db))?.version).toBe('1.1.0');
    expect(compile).toHaveBeenCalledTimes(3);
  });
});
