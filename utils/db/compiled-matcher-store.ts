import { matcherSpecOf } from '../matcher/alias-index';
import { type CompiledMatcher, isCompiledMatcher, isCompiledMatcherInParts } from '../matcher/compiled-matcher';
import { yieldToPage } from '../annotator/task-budget';
import { prepare } from '../matcher/prepare-matcher';
import type { CompiledMatcherRow, InstalledDataset, LensDatabase } from './db';

/**
 * The active dataset's compiled matcher in IndexedDB (issue 17): read when the background wakes up,
 * compiled and written when it is missing. Install, rollback and reinstall clear the table in their own
 * transaction (install-dataset.ts), so a row never outlives the dataset it was compiled from.
 */

/** The dataset a row must have been compiled from, and the build that must have compiled it. */
export interface CompiledFor {
  dataset: Pick<InstalledDataset, 'version' | 'hash'>;
  builtBy: string;
}

/**
 * Whether a stored row can be used as it is: compiled by this build from this dataset (version and
 * hash) and sound in every part (`isCompiledMatcher`). Anything else — another format, another build,
 * a damaged row — is refused and compiled again, never trusted.
 */
export function usableRow(row: unknown, wanted: CompiledFor): row is CompiledMatcherRow {
  return rowIsFor(row, wanted) && isCompiledMatcher(row.matcher);
}

/** Whether a row says it was compiled by this build from this dataset; the matcher itself is not checked here. */
function rowIsFor(row: unknown, wanted: CompiledFor): row is CompiledMatcherRow {
  if (typeof row !== 'object' || row === null) return false;
  const r = row as Partial<CompiledMatcherRow>;
  const version = (r.matcher as { version?: unknown } | undefined)?.version;
  return r.datasetVersion === wanted.dataset.version && r.datasetHash === wanted.dataset.hash && r.builtBy === wanted.builtBy && version === wanted.dataset.version;
}

/** The stored compiled matcher of `wanted.dataset`, if there is one this build can use. */
export async function readCompiledMatcher(db: LensDatabase, wanted: CompiledFor): Promise<CompiledMatcher | undefined> {
  const row = await db.compiledMatchers.get(wanted.dataset.version);
  // Reading the row (about 2 MB to deserialise) and checking every part of it (in five parts) are
  // separate tasks: on a page (the PDF viewer opening a file) none should hold the main thread for long.
  await yieldToPage();
  return rowIsFor(row, wanted) && (await isCompiledMatcherInParts(row.matcher, yieldToPage)) ? row.matcher : undefined;
}

/**
 * Compiles the active dataset (without the reader's terms) and stores it as the only row, unless the
 * active dataset changed meanwhile. Returns the compiled matcher and the dataset it is of; null when no
 * dataset is installed. Seconds for a 100k-alias dataset: done once per dataset version and build.
 */
export async function compileAndStore(db: LensDatabase, builtBy: string, now = Date.now()): Promise<{ matcher: CompiledMatcher; dataset: InstalledDataset } | null> {
  const read = await db.transaction('r', db.datasetA, db.datasetB, db.meta, async () => {
    const meta = await db.meta.get('dataset');
    return meta ? { dataset: meta.active, spec: matcherSpecOf(meta.active, await db.slot(meta.active.slot).toArray()) } : null;
  });
  if (!read) return null;
  const matcher = prepare(read.spec);
  const { dataset } = read;
  await db.transaction('rw', db.meta, db.compiledMatchers, async () => {
    const meta = await db.meta.get('dataset');
    // Installed or rolled back while compiling: this one is already out of date, keep nothing.
    if (meta?.active.version !== dataset.version || meta.active.hash !== dataset.hash) return;
    await db.compiledMatchers.clear();
    await db.compiledMatchers.put({ datasetVersion: dataset.version, datasetHash: dataset.hash, builtBy, builtAt: now, matcher });
  });
  return { matcher, dataset };
}
