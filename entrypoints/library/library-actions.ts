import type { LensDatabase } from '../../utils/db/db';
import { deleteArticle, importLibrary, reannotateLibrary, restoreArticle, updateArticleNotes } from '../../utils/db/library-store';
import { listUserTerms } from '../../utils/db/user-terms-store';
import { parseLibraryExport } from '../../utils/library/library-export';
import type { SavedArticle } from '../../utils/library/saved-article';
import type { Matcher } from '../../utils/matcher/find-mentions';
import { readerViewAdmit } from '../../utils/library/reader-view-admit';
import { mutesItem, settingsItem, withDefaults } from '../../utils/settings';

/** What the page tells the reader after an action; `undo` offers to put a deleted article back. */
export interface ActionOutcome {
  ok: boolean;
  text: string;
  undo?: SavedArticle;
}

const failed = (what: string, error: unknown): ActionOutcome => ({
  ok: false,
  text: `${what} failed; the library is as it was. ${(error as Error)?.message ?? String(error)}`,
});

/**
 * The library's actions. Each one writes in a single transaction (so a failure leaves the data as it
 * was) and always answers with a message for the page: no action fails silently.
 */
export function libraryActions(db: LensDatabase) {
  return {
    async remove(url: string): Promise<ActionOutcome> {
      try {
        const deleted = await deleteArticle(db, url);
        return deleted ? { ok: true, text: `Deleted “${deleted.title}”.`, undo: deleted } : { ok: false, text: 'That article was already gone.' };
      } catch (error) {
        return failed('Deleting', error);
      }
    },
    async undo(article: SavedArticle): Promise<ActionOutcome> {
      try {
        if ((await restoreArticle(db, article)) === 'newer-exists') return { ok: false, text: `“${article.title}” was saved again since it was deleted; the newer version is kept.` };
        return { ok: true, text: `Restored “${article.title}”.` };
      } catch (error) {
        // The chance to undo stays: the reader can try again.
        return { ...failed('Undo', error), undo: article };
      }
    },
    async saveNotes(url: string, note: string, tags: string[]): Promise<ActionOutcome> {
      try {
        await updateArticleNotes(db, url, { note, tags });
        return { ok: true, text: 'Note and tags saved.' };
      } catch (error) {
        return failed('Saving the note', error);
      }
    },
    async reannotate(today: { matcher: Matcher; version: string }, onProgress: (done: number, total: number) => void): Promise<ActionOutcome> {
      try {
        const [settings, mutes] = await Promise.all([settingsItem.getValue(), mutesItem.getValue()]);
        const count = await reannotateLibrary(db, today.matcher, today.version, onProgress, (url) => readerViewAdmit(withDefaults(settings), mutes ?? [], url));
        return { ok: true, text: `Re-annotated ${count} article(s) with dataset ${today.version} and your terms.` };
      } catch (error) {
        return { ok: false, text: `Re-annotating stopped: ${(error as Error).message}. Articles already done keep their new mentions; the others are as they were.` };
      }
    },
    async importFile(file: File): Promise<ActionOutcome> {
      let parsed: ReturnType<typeof parseLibraryExport>;
      try {
        parsed = parseLibraryExport(await file.text());
      } catch (error) {
        return failed('Reading the file', error);
      }
      if (!parsed.ok) return { ok: false, text: `Import refused, library unchanged. ${parsed.error}` };
      try {
        const s = await importLibrary(db, parsed.data);
        const terms = s.termsAdded ? `; ${s.termsAdded} of your terms added` : '';
        const dropped = s.mentionsDropped ? `; ${s.mentionsDropped} mention(s) of terms missing from the file left out` : '';
        return { ok: true, text: `Imported: ${s.added} added, ${s.updated} updated, ${s.unchanged} unchanged${terms}${dropped}.` };
      } catch (error) {
        return failed('Import', error);
      }
    },
    userTerms: () => listUserTerms(db),
  };
}
