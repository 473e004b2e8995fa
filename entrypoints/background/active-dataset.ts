import type { LensDatabase } from '../../utils/db/db';
import { type LensMatcher, LensMatcherLoader } from '../../utils/db/lens-matcher';
import { watchLensChanges } from '../../utils/lens-revision';

/**
 * The active dataset as the background serves it: the one matcher every page's text is matched with,
 * loaded once per service-worker life and dropped whenever the dataset or the reader's terms change.
 * Loading reads the dataset's compiled matcher (compiled once per dataset version and build, see
 * lens-matcher.ts), so a worker woken after an idle pause is ready in milliseconds.
 */
export class ActiveDataset {
  private compiled: Promise<LensMatcher | null> | undefined;
  private readonly loader: LensMatcherLoader;

  constructor(
    db: LensDatabase,
    readonly ready: Promise<unknown>,
    /** Identifies this build of the extension: a stored matcher compiled by another build is compiled again. */
    builtBy: string,
  ) {
    this.loader = new LensMatcherLoader(db, builtBy);
    // A change announced by another context (the library importing terms, the options page) drops the cache too.
    watchLensChanges(() => this.changed());
  }

  matcher(): Promise<LensMatcher | null> {
    this.compiled ??= this.ready.then(() => this.loader.load());
    return this.compiled;
  }

  /** Call after installing or rolling back a dataset, or when the reader's terms change. */
  changed(): void {
    this.compiled = undefined;
  }

  /**
   * After a dataset install, rollback or reinstall: compile and store its matcher soon, not on the next
   * page. Not at once: compiling holds the worker for a moment (about a second with the real dataset
   * on a slow machine), and the options page that asked for the install is refreshing its figures
   * right then. A page that asks first compiles it on demand.
   */
  prepareNow(delayMs = 1_500): void {
    this.changed();
    setTimeout(() => this.matcher().catch((error: unknown) => console.error('[Defense Innovation Lens] matcher not compiled:', error)), delayMs);
  }
}
