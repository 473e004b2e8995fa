import { describe, expect, it } from 'vitest';
import { useFreshDatabases } from '../../support/fresh-database';
import { importLibrary, saveArticle } from '../../../utils/db/library-store';
import { readLensCard, readLensNames, readLensSpec } from '../../../utils/db/lens-dataset';
import { listUserTerms, saveUserTerm } from '../../../utils/db/user-terms-store';
import { lensRevisionItem } from '../../../utils/lens-revision';
import { parseLibraryExport, toJsonExport } from '../../../utils/library/library-export';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { userTermAliases, userTermAsEntity } from '../../../utils/user-terms/user-term-entity';

const fresh = useFreshDatabases('terms');

describe('the reader’s own terms', () => {
  it('are matched like dataset aliases, short ones by exact case', async () => {
    const db = fresh();
    await saveUserTerm(db, { name: 'Project Nightjar', category: 'program', aliases: ['PNJ'], caseSensitive: false, note: 'watch this' });
    const terms = await listUserTerms(db);
    const matcher = compileMatcher(userTermAliases(terms));
    expect(matcher.find('project nightjar and PNJ but not pnj').map((m) => [m.surface, m.entityId])).toEqual([
      ['project nightjar', `user:${terms[0]!.id}`],
      ['PNJ', `user:${terms[0]!.id}`],
    ]);
    expect(userTermAsEntity(terms[0]!)).toMatchObject({ name: 'Project Nightjar', summary: 'watch this', sources: [] });
  });

  it('can match case exactly, inside longer words, and only on pages with given words', () => {
    const term = (name: string, extra: object) => ({ id: 1, name, category: 'firm' as const, aliases: [], caseSensitive: false, note: '', createdAt: 1, ...extra });
    const surfaces = (terms: Parameters<typeof userTermAliases>[0], text: string) => compileMatcher(userTermAliases(terms)).find(text).map((m) => m.surface);
    // Case: "Stark" the firm, not "the stark reality".
    expect(surfaces([term('Stark', {})], 'Stark raised money; the stark reality')).toEqual(['Stark', 'stark']);
    expect(surfaces([term('Stark', { caseSensitive: true })], 'Stark raised money; the stark reality')).toEqual(['Stark']);
    // Whole word off: the start of a longer word counts, and the mention is the whole word.
    expect(surfaces([term('Kestrel', {})], 'KestrelSat; later, Kestrel')).toEqual(['Kestrel']);
    expect(surfaces([term('Kestrel', { wholeWord: false })], 'KestrelSat and Kestrel, not SuperKestrel or kestrel_bot')).toEqual(['KestrelSat', 'Kestrel']);
    // Context words: only on pages that also name one of them.
    const gated = [term('Osprey', { contextWords: ['drone', 'defence'] })];
    expect(surfaces(gated, 'An osprey nested by the lake.')).toEqual([]);
    expect(surfaces(gated, 'Osprey, a drone start-up, raised money.')).toEqual(['Osprey']);
  });

  it('reject an invalid term', async () => {
    const db = fresh();
    await expect(saveUserTerm(db, { name: '', category: 'program', aliases: [], caseSensitive: false, note: '' })).rejects.toThrow();
    expect(await listUserTerms(db)).toEqual([]);
  });

  it('travel with the library export and are not duplicated on import', async () => {
    const source = fresh();
    await saveUserTerm(source, { name: 'Project Nightjar', category: 'program', aliases: [], caseSensitive: false, note: '' });
    const parsed = parseLibraryExport(toJsonExport([], await listUserTerms(source)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const target = fresh();
    expect((await importLibrary(target, parsed.data)).termsAdded).toBe(1);
    expect((await importLibrary(target, parsed.data)).termsAdded).toBe(0);
    expect((await listUserTerms(target)).map((t) => t.name)).toEqual(['Project Nightjar']);
  });

  it('keep their meaning when imported into a profile with its own terms: mentions are moved to the local ids', async () => {
    // The exporting profile: Alpha is term 1, and an article mentions it.
    const source = fresh();
    const alpha = await saveUserTerm(source, { name: 'Alpha', category: 'firm', aliases: [], caseSensitive: false, note: 'first' });
    const sourceMatcher = compileMatcher((await readLensSpec(source)) ?? userTermAliases(await listUserTerms(source)));
    await saveArticle(source, { url: 'https://example.org/a', title: 'A', text: 'Alpha raised money.', html: '<p>Alpha raised money.</p>' }, sourceMatcher, '1.0.0');
    const exported = parseLibraryExport(toJsonExport(await source.articles.toArray(), await listUserTerms(source)));
    if (!exported.ok) throw new Error(exported.error);
    expect(exported.data.articles[0]!.entityIds).toEqual([`user:${alpha}`]);

    // The importing profile already has Zulu, which took id 1 there.
    const target = fresh();
    const zulu = await saveUserTerm(target, { name: 'Zulu', category: 'program', aliases: [], caseSensitive: false, note: 'mine' });
    expect(zulu).toBe(alpha);
    const summary = await importLibrary(target, exported.data);
    expect(summary).toMatchObject({ added: 1, termsAdded: 1, mentionsDropped: 0 });

    const [article] = await target.articles.toArray();
    const [mention] = article!.mentions;
    expect(mention!.entityId).not.toBe(`user:${zulu}`);
    expect((await readLensCard(target, mention!.entityId))?.entity.name).toBe('Alpha');
    expect((await readLensNames(target)).get(article!.entityIds[0]!)?.name).toBe('Alpha');
    expect((await readLensCard(target, `user:${zulu}`))?.entity.name).toBe('Zulu');
  });

  it('map an imported term to the reader’s own term of the same name, and drop mentions of terms the file lacks', async () => {
    const target = fresh();
    const mine = await saveUserTerm(target, { name: 'Project Nightjar', category: 'program', aliases: [], caseSensitive: false, note: '' });
    const article = {
      url: 'https://example.org/b', title: 'B', text: 'project nightjar and Ghost', html: '', savedAt: 1, updatedAt: 1, site: 'example.org',
      datasetVersion: '1.0.0', note: '', tags: [],
      mentions: [
        { entityId: 'user:7', category: 'program' as const, surface: 'project nightjar', start: 0, end: 16, snippet: '' },
        { entityId: 'user:9', category: 'firm' as const, surface: 'Ghost', start: 21, end: 26, snippet: '' },
        { entityId: 'darpa', category: 'program' as const, surface: 'DARPA', start: 0, end: 5, snippet: '' },
      ],
      entityIds: ['user:7', 'user:9', 'darpa'],
    };
    const summary = await importLibrary(target, { articles: [article], userTerms: [{ id: 7, name: 'PROJECT NIGHTJAR', category: 'program', aliases: [], caseSensitive: false, note: '', createdAt: 1 }] });
    expect(summary).toMatchObject({ added: 1, termsAdded: 0, mentionsDropped: 1 });
    const saved = await target.articles.get('https://example.org/b');
    expect(saved!.entityIds).toEqual([`user:${mine}`, 'darpa']);
    expect(await listUserTerms(target)).toHaveLength(1);
  });

  it('announce every change to the other contexts (pages re-read their matcher)', async () => {
    const db = fresh();
    const before = await lensRevisionItem.getValue();
    const id = await saveUserTerm(db, { name: 'Kestrel', category: 'firm', aliases: [], caseSensitive: false, note: '' });
    const afterSave = await lensRevisionItem.getValue();
    expect(afterSave).not.toBe(before);
    expect((await readLensSpec(db)) ?? null).toBeNull(); // no dataset installed: nothing to match yet
    const { deleteUserTerm } = await import('../../../utils/db/user-terms-store');
    await deleteUserTerm(db, id);
    expect(await lensRevisionItem.getValue()).not.toBe(afterSave);
  });
});
