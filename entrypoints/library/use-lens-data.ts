import { useCallback, useEffect, useState } from 'preact/hooks';
import { builtBy } from '../../utils/build-id';
import type { LensDatabase } from '../../utils/db/db';
import { type EntityNames, readLensCard, readLensNames } from '../../utils/db/lens-dataset';
import { LensMatcherLoader } from '../../utils/db/lens-matcher';
import { watchLensChanges } from '../../utils/lens-revision';
import { sendMessage } from '../../utils/messaging';
import type { Matcher } from '../../utils/matcher/find-mentions';

export interface LensData {
  /** 'waiting' until a dataset is installed (a fresh profile opens the library before the first install). */
  status: 'loading' | 'waiting' | 'ready' | 'error';
  /** Why the dataset could not be read ('error'). */
  error?: string;
  names: EntityNames;
  /** Today's matcher (dataset plus the reader's terms) and its dataset version. */
  today: { matcher: Matcher; version: string } | null;
  loadCard: typeof readLensCard extends (db: LensDatabase, id: string) => infer R ? (id: string) => R : never;
}

/**
 * The dataset plus the reader's terms, for an extension page: names, today's matcher and cards, read
 * through lens-dataset.ts and read again whenever any context announces a change (an install, a term
 * added or imported), so no page keeps showing raw ids or an old list.
 */
export function useLensData(db: LensDatabase): LensData {
  const [state, setState] = useState<Omit<LensData, 'loadCard'>>({ status: 'loading', names: new Map(), today: null });
  useEffect(() => {
    let current = true;
    // The stored compiled matcher (compiled once per dataset version and build), as the background reads it.
    const loader = new LensMatcherLoader(db, builtBy(browser.runtime.getManifest().version), () => sendMessage('prepareMatcher', undefined));
    const read = async () => {
      try {
        const [today, names] = await Promise.all([loader.load(), readLensNames(db)]);
        if (!current) return;
        setState({ status: today ? 'ready' : 'waiting', names, today });
      } catch (error) {
        if (current) setState((previous) => ({ ...previous, status: 'error', error: (error as Error).message }));
      }
    };
    void read();
    const unwatch = watchLensChanges(() => void read());
    return () => {
      current = false;
      unwatch();
    };
  }, [db]);
  // Cards are read fresh each time: a term edited elsewhere must not show its old note.
  const loadCard = useCallback((id: string) => readLensCard(db, id), [db]);
  return { ...state, loadCard };
}
