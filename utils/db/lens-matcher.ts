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
 * load after a change of terms; loading again with nothing changed returns the very same `LensMatcher`,
 * so a caller can tell "nothing changed" by identity.
 */
export class LensMatcherLoader {
  private base: { key: string; data: Promise<CompiledMatcher | null> } | undefined;
  /** The last matcher loaded, and what it was loaded from: loading the same again returns the same object. */
  private last: { key: string; lens: LensMatcher } | undefined;

  constructor(
    private readonly db: LensDatabase,
    /** Identifies this build of the extension (see `usableRow`). */
    private readonly builtBy: string,
    /**
     * For an extension page: has the matcher compiled and stored elsewhere (the background, off this
     * page's main thread) when none is stored yet; the page compiles it itself only if that fails.
     */
    private readonly compileElsewhere?: () => Promise<unknown>,
  ) {}

  /** Null before any dataset is installed. */
  async load(): Promise<LensMatcher | null> {
    const { db } = this;
    const { meta, terms } = await db.transaction('r', db.meta, db.userTerms, async () => ({ meta: await db.meta.get('dataset'), terms: await db.userTerms.toArray() }));
    if (!meta) return null;
    const dataset = { version: meta.active.version, hash: meta.active.hash };
    const key = `${dataset.version}\n${dataset.hash}`;
    if (this.base?.key !== key) {
      const wanted = { dataset, builtBy: this.builtBy };
      const data = readCompiledMatcher(db, wanted).then(async (stored) => stored ?? (await this.fromElsewhere(wanted)) ?? (await this.compile())?.matcher ?? null);
      this.base = { key, data };
      // A failed read or compile is tried again on the next load, not remembered.
      data.catch(() => {
        if (this.base?.data === data) this.base = undefined;
      });
    }
    const base = await this.base.data;
    if (!base) return null;
    const aliases = userTermAliases(terms);
    const lensKey = `${key}\n${JSON.stringify(aliases)}`;
    if (this.last?.key === lensKey) return this.last.lens;
    const lens = { matcher: matcherFrom(base, aliases.length > 0 ? prepare(aliases, { base }) : undefined), version: base.version };
    this.last = { key: lensKey, lens };
    return lens;
  }

  /** The matcher compiled and stored by `compileElsewhere`, read back; undefined when there is none or it failed. */
  private async fromElsewhere(wanted: Parameters<typeof readCompiledMatcher>[1]): Promise<CompiledMatcher | undefined> {
    if (!this.compileElsewhere) return undefined;
    try {
      await this.compileElsewhere();
      return await readCompiledMatcher(this.db, wanted);
    } catch {
      return undefined;
    }
  }

  /** Compiles the dataset and stores it: once per dataset version and build. The user timing is for the benchmarks. */
  private async compile(): ReturnType<typeof compileAndStore> {
    const start = performance.now();
    const compiled = await compileAndStore(this.db, this.builtBy);
    performance.measure('lens:matcher-compile', { start });
    return compiled;
  }
}
