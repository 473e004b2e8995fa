import type { LensDatabase } from '../../utils/db/db';
import { readLensSpec } from '../../utils/db/lens-dataset';
import { watchLensChanges } from '../../utils/lens-revision';
import type { MatcherSpec } from '../../utils/matcher/alias-index';
import { type Matcher, compileMatcher } from '../../utils/matcher/find-mentions';

/**
 * The active dataset as the background serves it: the matcher spec every page asks for and the
 * compiled matcher used for saving, read once and dropped whenever the dataset changes.
 */
export class ActiveDataset {
  private spec: Promise<MatcherSpec | null> | undefined;
  private compiled: Promise<{ matcher: Matcher; version: string } | null> | undefined;

  constructor(
    private readonly db: LensDatabase,
    readonly ready: Promise<unknown>,
  ) {
    // A change announced by another context (the library importing terms, the options page) drops the cache too.
    watchLensChanges(() => this.changed());
  }

  /** The dataset's aliases plus the reader's own terms. */
  matcherSpec(): Promise<MatcherSpec | null> {
    this.spec ??= this.ready.then(() => readLensSpec(this.db));
    return this.spec;
  }

  matcher(): Promise<{ matcher: Matcher; version: string } | null> {
    this.compiled ??= this.matcherSpec().then((spec) => (spec ? { matcher: compileMatcher(spec), version: spec.version } : null));
    return this.compiled;
  }

  /** Call after installing or rolling back a dataset, or when the reader's terms change. */
  changed(): void {
    this.spec = undefined;
    this.compiled = undefined;
  }
}
