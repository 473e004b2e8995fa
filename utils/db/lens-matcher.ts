import type { CompiledMatcher } from '../matcher/compiled-matcher';
import { type Matcher, matcherFrom } from '../matcher/find-mentions';
import { prepare } from '../matcher/prepare-matcher';
import { userTermAliases } from '../user-terms/user-term-entity';
import { compileAndStore, readCompiledMatcher } from './compiled-matcher-store';
import type { LensDatabase } from './db';

/** What the extension highlights, as one matcher: the active dataset's plus the reader's terms. */
export interface LensMatcher {
  matcher: Matcher;
  /** The dataset version. */
  version: string;
}

/**
 * Loads the matcher of "the dataset plus the reader's own terms" (as `readLensSpec` reads them) the
 * cheap way: the dataset's compiled matcher from storage, compiled and stored only when missing or
 * unusable, and the reader's few terms compiled on their own and joined to it at match time — the same
 * mentions as one compile of both (see joined-patterns.ts), so a change of terms never recompiles the
 * dataset. The dataset's part is also kept in memory, keyed by dataset version and hash, for the next
 * load after a change of terms.
 */
export class LensMatcherLoader {
  private base: { key: string; data: Promise<CompiledMatcher | null> } | undefined;

  constructor(
    private readonly db: LensDatabase,
    /** Identifies this build of the extension (see `usableRow`). */
    private readonly builtBy: string,
  ) {}

  /** Null before any dataset is installed. */
  async load(): Promise<LensMatcher | null> {
    const { db } = this;
    const { meta, terms } = await db.transaction('r', db.meta, db.userTerms, async () => ({ meta: await db.meta.get('dataset'), terms: await db.userTerms.toArray() }));
    if (!meta) return null;
    const dataset = { version: meta.active.version, hash: meta.active.hash };
    const key = `${dataset.version}\n${dataset.hash}`;
    if (this.base?.key !== key) {
      const data = readCompiledMatcher(db, { dataset, builtBy: this.builtBy }).then(async (stored) => stored ?? (await compileAndStore(db, this.builtBy))?.matcher ?? null);
      this.base = { key, data };
      // A failed read or compile is tried again on the next load, not remembered.
      data.catch(() => {
        if (this.base?.data === data) this.base = undefined;
      });
    }
    const base = await this.base.data;
    if (!base) return null;
    const aliases = userTermAliases(terms);
    return { matcher: matcherFrom(base, aliases.length > 0 ? prepare(aliases, { base }) : undefined), version: base.version };
  }
}
