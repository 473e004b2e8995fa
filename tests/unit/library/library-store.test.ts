import { describe, expect, it } from 'vitest';
import { useFreshDatabases } from '../../support/fresh-database';
import { deleteArticle, importLibrary, listArticles, reannotateLibrary, restoreArticle, saveArticle, updateArticleNotes } from '../../../utils/db/library-store';
import { parseLibraryExport, toJsonExport } from '../../../utils/library/library-export';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { extracted, testMatcher } from '../../support/library-fixture';

const fresh = useFreshDatabases('library');

describe('saving articles', () => {
  it('stores the article with its mentions, offsets in the text and snippets', async () => {
    const db = fresh();
    const { article, created } = await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    expect(created).toBe(true);
    expect(article.mentions.map((m) => [m.surface, m.entityId, article.text.slice(m.start, m.end)])).toEqual([
      ['DIANA', 'nato-diana', 'DIANA'],
      ['TEKEVER', 'tekever', 'TEKEVER'],
      ['quantum sensing', 'quantum-sensing', 'quantum sensing'],
      ['DIANA', 'nato-diana', 'DIANA'],
    ]);
    expect(article.entityIds).toEqual(['nato-diana', 'tekever', 'quantum-sensing']);
    expect(article.mentions[2]?.snippet).toContain('quantum sensing');
    expect(article).toMatchObject({ site: 'news.example', datasetVersion: '1.0.0', savedAt: 1000, note: '', tags: [] });
  });

  it('updates an article saved again, keeping the note, tags and first saved time', async () => {
    const db = fresh();
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    await updateArticleNotes(db, 'https://news.example/diana-cohort', { note: 'follow up', tags: ['diana'] }, 1500);
    const { article, created } = await saveArticle(db, extracted({ title: 'DIANA picks its cohort (updated)' }), testMatcher, '1.1.0', 2000);
    expect(created).toBe(false);
    expect(await db.articles.count()).toBe(1);
    expect(article).toMatchObject({ title: 'DIANA picks its cohort (updated)', note: 'follow up', tags: ['diana'], savedAt: 1000, updatedAt: 2000, datasetVersion: '1.1.0' });
  });

  it('ends with one article and the note when several tabs save the same URL at once', async () => {
    const db = fresh();
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    await updateArticleNotes(db, extracted().url, { note: 'keep me', tags: [] });
    await Promise.all([1, 2, 3, 4].map((i) => saveArticle(db, extracted({ title: `v${i}` }), testMatcher, '1.0.0', 2000 + i)));
    const all = await listArticles(db);
    expect(all).toHaveLength(1);
    expect(all[0]?.note).toBe('keep me');
  });

  it('leaves the library unchanged when a save fails', async () => {
    const db = fresh();
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    const before = await listArticles(db);
    const failing = { find: () => [], findAll: () => { throw new Error('boom'); }, session: () => { throw new Error('boom'); } };
    await expect(saveArticle(db, extracted({ url: 'https://news.example/other' }), failing, '1.0.0')).rejects.toThrow('boom');
    expect(await listArticles(db)).toEqual(before);
  });

  it('deletes with undo', async () => {
    const db = fresh();
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    const deleted = await deleteArticle(db, extracted().url);
    expect(await db.articles.count()).toBe(0);
    expect(await restoreArticle(db, deleted!)).toBe('restored');
    expect(await db.articles.get(extracted().url)).toEqual(deleted);
  });

  it('never undoes a delete over a newer version saved since', async () => {
    const db = fresh();
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    const deleted = await deleteArticle(db, extracted().url);
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 2000);
    await updateArticleNotes(db, extracted().url, { note: 'note v2', tags: [] }, 3000);
    expect(await restoreArticle(db, deleted!)).toBe('newer-exists');
    expect((await db.articles.get(extracted().url))?.note).toBe('note v2');
  });

  it('re-annotates saved articles with a new dataset, reporting progress', async () => {
    const db = fresh();
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    await saveArticle(db, extracted({ url: 'https://news.example/b' }), testMatcher, '1.0.0', 1001);
    const onlyTekever = compileMatcher([{ entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true }]);
    const progress: string[] = [];
    expect(await reannotateLibrary(db, onlyTekever, '2.0.0', (done, total) => progress.push(`${done}/${total}`))).toBe(2);
    expect(progress).toEqual(['1/2', '2/2']);
    for (const article of await listArticles(db)) {
      expect(article.entityIds).toEqual(['tekever']);
      expect(article.datasetVersion).toBe('2.0.0');
    }
  });
});

describe('export and import', () => {
  it('round-trips the whole library through JSON, with nothing lost', async () => {
    const source = fresh();
    await saveArticle(source, extracted(), testMatcher, '1.0.0', 1000);
    await saveArticle(source, extracted({ url: 'https://news.example/b', title: 'B' }), testMatcher, '1.0.0', 2000);
    await updateArticleNotes(source, 'https://news.example/b', { note: 'n', tags: ['t'] }, 2500);
    const exported = toJsonExport(await listArticles(source));

    const target = fresh();
    const parsed = parseLibraryExport(exported);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(await importLibrary(target, parsed.data)).toEqual({ added: 2, updated: 0, unchanged: 0, termsAdded: 0, mentionsDropped: 0 });
    expect(await listArticles(target)).toEqual(await listArticles(source));
    // Importing again adds no duplicates.
    expect(await importLibrary(target, parsed.data)).toEqual({ added: 0, updated: 0, unchanged: 2, termsAdded: 0, mentionsDropped: 0 });
    expect(await target.articles.count()).toBe(2);
  });

  it.each([
    ['not JSON', '{ nope', /not valid JSON/],
    ['another format', JSON.stringify({ format: 'other', version: 1, exportedAt: 'x', articles: [] }), /not a Defense Innovation Lens library export: format/],
    ['a broken article', JSON.stringify({ format: 'defense-innovation-lens/library', version: 1, exportedAt: 'x', articles: [{ url: 'https://a.example/' }] }), /articles\.0\.title/],
  ])('rejects %s with a message, changing nothing', async (_name, text, message) => {
    const db = fresh();
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    const before = await listArticles(db);
    const parsed = parseLibraryExport(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(message);
    expect(await listArticles(db)).toEqual(before);
  });

  it('keeps the reader’s note when an older copy is imported', async () => {
    const db = fresh();
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    const [old] = await listArticles(db);
    await updateArticleNotes(db, old!.url, { note: 'written after the export', tags: ['x'] }, 5000);
    expect(await importLibrary(db, { articles: [{ ...old!, tags: ['y'] }] })).toMatchObject({ added: 0, updated: 1, unchanged: 0 });
    expect(await db.articles.get(old!.url)).toMatchObject({ note: 'written after the export', tags: ['x', 'y'] });
  });
});
