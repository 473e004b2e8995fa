import type { LensDatabase } from '../db/db';
import { type LensMatcher, LensMatcherLoader } from '../db/lens-matcher';

/** The viewer's matcher: the dataset plus the reader's terms, and the dataset version. */
export type CompiledLens = LensMatcher;

/**
 * The PDF viewer's matcher, loaded the way the background loads its own (lens-matcher.ts): the
 * dataset's compiled matcher read from IndexedDB — compiled there once per dataset version and build,
 * usually by the background right after the install — joined with the reader's terms. So opening a PDF
 * costs a read of plain data, not a compile of the whole dataset (200–440 ms in one task, trial 18c).
 * Asked again with nothing changed (an announcement that touched nothing it reads), it answers the very
 * same object. `builtBy` must be the background's (utils/build-id.ts), or the two compile separately.
 * Opened before the background stored one (just after an install), it asks the background to compile
 * it (`compileElsewhere`) rather than holding the page for a compile of its own.
 * The user timing `lens:dataset-read` spans each load, for the benchmark (scripts/bench/pdf-bench.ts).
 */
export function createLensLoader(builtBy: string, compileElsewhere?: () => Promise<unknown>): (db: LensDatabase) => Promise<CompiledLens | null> {
  const loaders = new WeakMap<LensDatabase, LensMatcherLoader>();
  return async (db) => {
    let loader = loaders.get(db);
    if (!loader) loaders.set(db, (loader = new LensMatcherLoader(db, builtBy, compileElsewhere)));
    const start = performance.now();
    const lens = await loader.load();
    performance.measure('lens:dataset-read', { start });
    return lens;
  };
}
