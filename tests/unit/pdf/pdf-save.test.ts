import { describe, expect, it } from 'vitest';
import { findSavedArticle, listArticles, reannotateLibrary, saveArticle, updateArticleNotes } from '../../../utils/db/library-store';
import { parseLibraryExport, toJsonExport } from '../../../utils/library/library-export';
import type { ExtractedArticle } from '../../../utils/library/saved-article';
import { pdfArticleText } from '../../../utils/pdf/pdf-text';
import { localPdfAddress } from '../../../utils/pdf/viewer-address';
import { useFreshDatabases } from '../../support/fresh-database';
import { extracted, testMatcher } from '../../support/library-fixture';

const fresh = useFreshDatabases('pdf-save');

function pdfArticle(url: string, fingerprint = 'fp-1', pages = ['DIANA picked TEKEVER.', 'Work on quantum sensing continues.', 'DIANA again.']): ExtractedArticle {
  const { text, pageStarts } = pdfArticleText(pages);
  return { url, title: 'NATO and Emerging Technologies', byline: 'Herzog; Kunertova', publishedAt: '2024-04-01', text, html: '<p>x</p>', pdf: { fingerprint, pageStarts } };
}

describe('saving PDFs', () => {
  it('stores page numbers with the mentions and the fingerprint with the article', async () => {
    const db = fresh();
    const { article } = await saveArticle(db, pdfArticle('https://example.org/nwcr.pdf'), testMatcher, '1.0.0', 1000);
    expect(article.mentions.map((m) => [m.surface, m.page])).toEqual([
      ['DIANA', 1],
      ['TEKEVER', 1],
      ['quantum sensing', 2],
      ['DIANA', 3],
    ]);
    expect(article.pdf).toEqual({ fingerprint: 'fp-1', pageStarts: [0, 23, 59] });
  });

  it('keeps one entry for a local and an online copy of the same PDF, under the online address, with the note', async () => {
    const db = fresh();
    const local = localPdfAddress('nwcr.pdf', 'fp-1');
    await saveArticle(db, pdfArticle(local), testMatcher, '1.0.0', 1000);
    await updateArticleNotes(db, local, { note: 'read on the train', tags: ['nato'] }, 1100);
    const online = await saveArticle(db, pdfArticle('https://example.org/nwcr.pdf'), testMatcher, '1.0.0', 2000);
    expect(online.created).toBe(false);
    const again = await saveArticle(db, pdfArticle(localPdfAddress('copy.pdf', 'fp-1')), testMatcher, '1.0.0', 3000);
    expect(again.created).toBe(false);
    const all = await listArticles(db);
    expect(all.map((a) => [a.url, a.note, a.tags, a.savedAt, a.updatedAt])).toEqual([['https://example.org/nwcr.pdf', 'read on the train', ['nato'], 1000, 3000]]);
  });

  it('finds a saved PDF by its identity from another address (the popup says "Save again"), and a page by its address', async () => {
    const db = fresh();
    await saveArticle(db, pdfArticle('https://example.org/nwcr.pdf'), testMatcher, '1.0.0', 1000);
    // The same file opened from this device: another address, the same identity.
    expect((await findSavedArticle(db, localPdfAddress('copy.pdf', 'fp-1'), 'fp-1'))?.url).toBe('https://example.org/nwcr.pdf');
    expect(await findSavedArticle(db, localPdfAddress('other.pdf', 'fp-2'), 'fp-2')).toBeUndefined();
    expect((await findSavedArticle(db, 'https://example.org/nwcr.pdf'))?.url).toBe('https://example.org/nwcr.pdf');
    expect(await findSavedArticle(db, 'https://example.org/elsewhere.html')).toBeUndefined();
  });

  it('names the site of the address the entry keeps, whichever copy was saved last', async () => {
    const db = fresh();
    const online = { ...pdfArticle('https://example.org/nwcr.pdf'), siteName: 'example.org' };
    const local = { ...pdfArticle(localPdfAddress('nwcr.pdf', 'fp-1')), siteName: 'PDF on this device' };
    await saveArticle(db, online, testMatcher, '1.0.0', 1000);
    await saveArticle(db, local, testMatcher, '1.0.0', 2000);
    expect((await listArticles(db)).map((a) => [a.url, a.site, a.siteName])).toEqual([['https://example.org/nwcr.pdf', 'example.org', 'example.org']]);
    // The other way round: the local copy first, the online one joins it and names the site.
    const other = fresh();
    await saveArticle(other, local, testMatcher, '1.0.0', 1000);
    await saveArticle(other, online, testMatcher, '1.0.0', 2000);
    expect((await listArticles(other)).map((a) => [a.url, a.site, a.siteName])).toEqual([['https://example.org/nwcr.pdf', 'example.org', 'example.org']]);
  });

  it('keeps two different PDFs with one file name apart', async () => {
    const db = fresh();
    await saveArticle(db, pdfArticle(localPdfAddress('report.pdf', 'fp-1'), 'fp-1'), testMatcher, '1.0.0', 1000);
    await saveArticle(db, pdfArticle(localPdfAddress('report.pdf', 'fp-2'), 'fp-2'), testMatcher, '1.0.0', 2000);
    expect(await db.articles.count()).toBe(2);
  });

  it('keeps page numbers when the library is annotated again', async () => {
    const db = fresh();
    await saveArticle(db, pdfArticle('https://example.org/nwcr.pdf'), testMatcher, '1.0.0', 1000);
    await reannotateLibrary(db, testMatcher, '2.0.0');
    const [article] = await listArticles(db);
    expect(article?.mentions.map((m) => m.page)).toEqual([1, 1, 2, 3]);
  });

  it('exports and imports PDFs, and still imports exports made before PDFs', async () => {
    const db = fresh();
    await saveArticle(db, pdfArticle('https://example.org/nwcr.pdf'), testMatcher, '1.0.0', 1000);
    await saveArticle(db, extracted(), testMatcher, '1.0.0', 1000);
    const parsed = parseLibraryExport(toJsonExport(await listArticles(db)));
    expect(parsed.ok && parsed.data.articles.find((a) => a.pdf)?.mentions[2]?.page).toBe(2);
    const old = JSON.parse(toJsonExport(await listArticles(db))) as { articles: Record<string, unknown>[] };
    old.articles = old.articles.filter((a) => !a.pdf);
    expect(parseLibraryExport(JSON.stringify(old)).ok).toBe(true);
  });
});
