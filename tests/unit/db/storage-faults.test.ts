import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useFreshDatabases } from '../../support/fresh-database';
import { listArticles, readLibrary, saveArticle } from '../../../utils/db/library-store';
import { MAX_IMPORT_BYTES, parseLibraryExport } from '../../../utils/library/library-export';
import { describeSaveError } from '../../../utils/library/save-errors';
import { extracted, testMatcher } from '../../support/library-fixture';

afterEach(() => {
  vi.restoreAllMocks();
});
const fresh = useFreshDatabases('faults');

describe('storage faults', () => {
  it('a save that hits the storage quota writes nothing and leaves earlier articles intact', async () => {
    const db = fresh();
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    const before = await listArticles(db);
    vi.spyOn(db.articles, 'put').mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(saveArticle(db, extracted({ url: 'https://news.example/big', title: 'Big' }), testMatcher, '1.0.0', 2000)).rejects.toMatchObject({ name: 'QuotaExceededError' });
    expect(await listArticles(db)).toEqual(before);
    expect(await db.articles.get('https://news.example/big')).toBeUndefined();
  });

  it('skips a corrupted record and still lists the rest', async () => {
    const db = fresh();
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    await db.articles.put({ url: 'https://news.example/corrupt', title: 42 } as never);
    const library = await readLibrary(db);
    expect(library.corrupted).toBe(1);
    expect(library.articles.map((a) => a.url)).toEqual([extracted().url]);
  });

  it('upgrades while another page still holds the old version open: the old connection yields', async () => {
    const name = `versionchange-${Math.random()}`;
    const old = new Dexie(name);
    old.version(1).stores({ entities: 'id, category, name', meta: 'key' });
    await old.open();
    await old.table('meta').put({ key: 'x' });
    const closed = new Promise<void>((resolve) => old.on('versionchange', () => resolve()));
    const db = fresh(name);
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    await closed;
    expect(await db.articles.count()).toBe(1);
    expect(old.isOpen()).toBe(false);
  });

  it('refuses an import over the size limit before parsing it', () => {
    const huge = ' '.repeat(MAX_IMPORT_BYTES + 1);
    const parsed = parseLibraryExport(huge);
    expect(parsed).toEqual({ ok: false, error: 'The file is larger than 50 MB.' });
  });
});

describe('save error messages', () => {
  it.each([
    [new DOMException('quota', 'QuotaExceededError'), 'Not saved: the browser’s storage for the extension is full. Your earlier articles are intact.'],
    [Object.assign(new Error('wrapped'), { name: 'AbortError', inner: { name: 'QuotaExceededError' } }), 'Not saved: the browser’s storage for the extension is full. Your earlier articles are intact.'],
    [new Error('Could not establish connection. Receiving end does not exist.'), 'Not saved: this page cannot be read by the extension (reload it, or it is a browser page).'],
    [new Error('boom'), 'Not saved: boom'],
  ])('explains %s', (error, message) => {
    expect(describeSaveError(error)).toBe(message);
  });
});
