import type { Matcher } from '../matcher/find-mentions';
import { type AdmitMention, articleMentionsOnPages } from '../library/article-mentions';
import { pdfLibraryKey } from '../pdf/viewer-address';
import { type ExtractedArticle, type SavedArticle, SavedArticleSchema } from '../library/saved-article';
import { type MergePlan, planImport } from '../library/library-export';
import { hostOf, upsertArticle } from '../library/upsert-article';
import type { LensDatabase } from './db';
import { announceLensChange } from '../lens-revision';
import type { LibraryExport } from '../library/library-export';
import { planTermImport, remapArticleTerms } from '../library/remap-user-terms';
import type { UserTerm } from '../user-terms/user-term';

/**
 * Saves (or updates) an article. Read and write happen in one transaction, so two tabs saving the
 * same URL at once end with one article and neither loses the note; a failed write (quota, a
 * closing database) rolls back and leaves the library as it was.
 */
export async function saveArticle(
  db: LensDatabase,
  extracted: ExtractedArticle,
  matcher: Matcher,
  datasetVersion: string,
  now = Date.now(),
  /** The reader's view at saving (see `readerViewAdmit`): what was not highlighted is not saved. */
  admit?: AdmitMention,
): Promise<{ article: SavedArticle; created: boolean }> {
  const mentions = articleMentionsOnPages(extracted.text, matcher, extracted.pdf?.pageStarts, admit);
  return db.transaction('rw', db.articles, async () => {
    if (extracted.pdf) return savePdf(db, extracted, extracted.pdf.fingerprint, mentions, datasetVersion, now);
    const existing = await db.articles.get(extracted.url);
    const article = upsertArticle(existing, extracted, mentions, datasetVersion, now);
    await db.articles.put(article);
    return { article, created: !existing };
  });
}

/**
 * A PDF's identity is its fingerprint: saved from a local file and from the web (or from two
 * addresses), it is one entry, kept under its online address when it has one (`pdfLibraryKey`).
 * Runs inside saveArticle's transaction.
 */
async function savePdf(
  db: LensDatabase,
  extracted: ExtractedArticle,
  fingerprint: string,
  mentions: SavedArticle['mentions'],
  datasetVersion: string,
  now: number,
): Promise<{ article: SavedArticle; created: boolean }> {
  const existing = await findSavedArticle(db, extracted.url, fingerprint);
  const url = existing ? pdfLibraryKey(existing.url, extracted.url) : extracted.url;
  // The site name goes with the address kept: a local copy saved over an online entry is not "on this device".
  const siteName = url === extracted.url ? extracted.siteName : (existing?.siteName ?? hostOf(url));
  const article = upsertArticle(existing, { ...extracted, url, ...(siteName ? { siteName } : {}) }, mentions, datasetVersion, now);
  if (existing && existing.url !== url) await db.articles.delete(existing.url);
  await db.articles.put(article);
  return { article, created: !existing };
}

/**
 * The saved entry a page or PDF would update: a PDF's by its identity (the same file saved from
 * another address or from this device is one entry), otherwise the one at its address. What the
 * popup asks to say "Save again" rather than "Save article", and what saving a PDF updates.
 */
export async function findSavedArticle(db: LensDatabase, url: string, pdfFingerprint?: string): Promise<SavedArticle | undefined> {
  const byIdentity = pdfFingerprint ? await db.articles.filter((a) => a.pdf?.fingerprint === pdfFingerprint).first() : undefined;
  return byIdentity ?? (await db.articles.get(url));
}

/** Newest first. Records that fail validation (a corrupted store) are left out, not fatal. */
export async function listArticles(db: LensDatabase): Promise<SavedArticle[]> {
  return (await readLibrary(db)).articles;
}

/** The library with the number of unreadable records, so the page can say some were skipped. */
export async function readLibrary(db: LensDatabase): Promise<{ articles: SavedArticle[]; corrupted: number }> {
  const rows: unknown[] = await db.articles.toArray();
  const articles: SavedArticle[] = [];
  let corrupted = 0;
  for (const row of rows) {
    const parsed = SavedArticleSchema.safeParse(row);
    if (parsed.success) articles.push(parsed.data);
    else corrupted += 1;
  }
  articles.sort((a, b) => b.savedAt - a.savedAt);
  return { articles, corrupted };
}

export async function updateArticleNotes(db: LensDatabase, url: string, changes: Pick<SavedArticle, 'note' | 'tags'>, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(url);
    if (!article) throw new Error(`No saved article at ${url}`);
    await db.articles.put({ ...article, note: changes.note, tags: changes.tags, updatedAt: now });
  });
}

/** Deletes an article and returns it, so the caller can offer undo. */
export async function deleteArticle(db: LensDatabase, url: string): Promise<SavedArticle | undefined> {
  return db.transaction('rw', db.articles, async () => {
    const article = await db.articles.get(url);
    if (article) await db.articles.delete(url);
    return article;
  });
}

/** Puts a deleted article back exactly as it was (undo), unless a newer version of it is in the library now. */
export async function restoreArticle(db: LensDatabase, article: SavedArticle): Promise<'restored' | 'newer-exists'> {
  // The article may have been saved again (or its note edited) since it was deleted: never put the
  // older copy over what the reader did in the meantime.
  return db.transaction('rw', db.articles, async () => {
    const now = await db.articles.get(article.url);
    if (now && now.updatedAt >= article.updatedAt) return 'newer-exists';
    await db.articles.put(article);
    return 'restored';
  });
}

/** Re-finds the mentions of every saved article with the current dataset; reports progress. */
export async function reannotateLibrary(
  db: LensDatabase,
  matcher: Matcher,
  datasetVersion: string,
  onProgress: (done: number, total: number) => void = () => {},
  /** The reader's view for an article's address (see `readerViewAdmit`), as at saving. */
  admitFor?: (url: string) => AdmitMention,
): Promise<number> {
  const urls = (await db.articles.toCollection().primaryKeys()) as string[];
  let done = 0;
  for (const url of urls) {
    await db.transaction('rw', db.articles, async () => {
      const article = await db.articles.get(url);
      if (!article) return;
      const mentions = articleMentionsOnPages(article.text, matcher, article.pdf?.pageStarts, admitFor?.(article.url));
      // A new updatedAt: an export made after this carries the new mentions into other profiles' imports.
      await db.articles.put({ ...article, mentions, entityIds: [...new Set(mentions.map((m) => m.entityId))], datasetVersion, updatedAt: Math.max(Date.now(), article.updatedAt + 1) });
    });
    done += 1;
    onProgress(done, urls.length);
  }
  return done;
}

/** What an import did, for the reader. */
export interface LibraryImportSummary extends Omit<MergePlan, 'put'> {
  /** The reader's terms added from the file (terms they already had are matched, not added). */
  termsAdded: number;
  /** Mentions of terms the file did not carry, left out. */
  mentionsDropped: number;
}

/**
 * Imports a library export: its terms and its articles in one transaction, all of it or none of it.
 * Imported terms are matched to the reader's own or added under new ids, and the imported articles'
 * mentions are rewritten to those ids (see remap-user-terms.ts), so every mention opens its own card.
 */
export async function importLibrary(db: LensDatabase, data: Pick<LibraryExport, 'articles' | 'userTerms'>): Promise<LibraryImportSummary> {
  const summary = await db.transaction('rw', db.articles, db.userTerms, async () => {
    const plan = planTermImport(await db.userTerms.toArray(), data.userTerms ?? []);
    const newIds = (await db.userTerms.bulkAdd(plan.add as UserTerm[], { allKeys: true })) as number[];
    const idMap = new Map(plan.existing);
    plan.addedFrom.forEach((importedId, i) => idMap.set(importedId, newIds[i]!));
    let mentionsDropped = 0;
    const incoming = data.articles.map((article) => {
      const remapped = remapArticleTerms(article, idMap);
      mentionsDropped += remapped.dropped;
      return remapped.article;
    });
    const existing = await db.articles.bulkGet(incoming.map((a) => a.url));
    const map = new Map(existing.filter((a): a is SavedArticle => a !== undefined).map((a) => [a.url, a]));
    const { put, ...merge } = planImport(map, incoming);
    await db.articles.bulkPut(put);
    return { ...merge, termsAdded: plan.add.length, mentionsDropped };
  });
  if (summary.termsAdded > 0) await announceLensChange();
  return summary;
}
