import type { LensDatabase } from '../db/db';
import { readLensSpec } from '../db/lens-dataset';
import type { MatcherSpec } from '../matcher/alias-index';
import { type Matcher, compileMatcher } from '../matcher/find-mentions';
import { isUserEntityId } from '../user-terms/user-term';

export interface CompiledLens {
  matcher: Matcher;
  version: string;
}

/** What a spec's matcher depends on: the dataset version, and the reader's terms (appended to its aliases). */
function specKey(spec: MatcherSpec): string {
  return `${spec.version}\u0000${JSON.stringify(spec.aliases.filter((alias) => isUserEntityId(alias.entityId)))}`;
}

/**
 * The PDF viewer's matcher: the dataset plus the reader's terms, read from the database and compiled
 * (a few hundred milliseconds in one task). Reading again is cheap; compiling again is not, so the
 * page compiles once per dataset version and set of terms: a fresh install announces its dataset
 * just as the viewer's first read finds it, and both asked for a compile of the same thing. User
 * timings mark the read and each real compile, for the benchmark (scripts/bench/pdf-bench.ts).
 */
export function createLensCompiler(compile: (spec: MatcherSpec) => Matcher = compileMatcher): (db: LensDatabase) => Promise<CompiledLens | null> {
  let last: { key: string; compiled: CompiledLens } | undefined;
  return async (db) => {
    const readStart = performance.now();
    const spec = await readLensSpec(db);
    performance.measure('lens:dataset-read', { start: readStart });
    if (!spec) return null;
    const key = specKey(spec);
    if (last?.key !== key) {
      const compileStart = performance.now();
      last = { key, compiled: { matcher: compile(spec), version: spec.version } };
      performance.measure('lens:matcher-compile', { start: compileStart });
    }
    return last.compiled;
  };
}
