import { useCallback, useEffect, useState } from 'preact/hooks';
import type { LensDatabase } from '../../utils/db/db';
import { readLibrary } from '../../utils/db/library-store';
import type { SavedArticle } from '../../utils/library/saved-article';

/** The saved articles (newest first) and how many records could not be read; `refresh` reads again. */
export function useLibrary(db: LensDatabase): { articles: SavedArticle[] | null; corrupted: number; error: string | null; refresh(): Promise<void> } {
  const [articles, setArticles] = useState<SavedArticle[] | null>(null);
  const [corrupted, setCorrupted] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    try {
      const library = await readLibrary(db);
      setArticles(library.articles);
      setCorrupted(library.corrupted);
      setError(null);
    } catch (failure) {
      setError(`The library could not be read: ${(failure as Error).message}`);
      setArticles((previous) => previous ?? []);
    }
  }, [db]);
  useEffect(() => {
    void refresh();
    // Articles saved from a page while the library is open appear without a reload.
    const onFocus = () => void refresh();
    window.addEventListener('focus', onFocus);
    return () => window.removeEventListener('focus', onFocus);
  }, [refresh]);
  return { articles, corrupted, error, refresh };
}
