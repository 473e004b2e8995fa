import { contextWordKeepsDerivedOff } from './derived-forms';
import type { AliasEntry } from './alias-index';
import type { SpelledName } from './misspelt-names';
import type { Pattern, PatternSource, PatternTable, Variant } from './pattern-table';

/**
 * The dataset's compiled patterns joined with a reader's terms compiled on their own (with the dataset
 * as `base`, see `prepare`), so that a change of terms recompiles only the terms (issue 17). Both
 * automata read each text; their hits are merged into the one order a single automaton over both
 * would report, and a text both know becomes one pattern with the variants in the order a single
 * compile gives them. The session's rules then see exactly what they would see with one compile:
 * same candidates, same order, same page-level evidence.
 *
 * How a single compile orders the variants of one text, dataset aliases (D) before terms (U): short
 * forms first (each unshifted in front: U's, then D's), then written aliases (D, U), then plurals (D,
 * U). And what the terms take from the dataset: a text that is one of the terms' aliases, or a one-word
 * context word of theirs, is not derived for the dataset (no plural of it; no short form unless every
 * alias there is a generic word). Entity ids of the two must differ (a reader's terms are `user:…`).
 */
export class JoinedPatterns implements PatternSource {
  readonly topicThreshold: number;
  /** Every text the terms know, with the dataset's variants there merged in. */
  private readonly joined = new Map<string, Pattern>();
  private names: Map<string, ReadonlySet<string>> | undefined;

  constructor(
    private readonly base: PatternTable,
    private readonly terms: PatternTable,
  ) {
    this.topicThreshold = base.topicThreshold;
    for (let id = 0; id < terms.data.patterns.folded.length; id += 1) {
      const own = terms.pattern(id);
      this.joined.set(own.folded, join(base.get(own.folded), own));
    }
  }

  scan(folded: string, onHit: (pattern: Pattern, start: number, end: number) => void): void {
    // The terms' hits first (few), then the dataset's streamed and merged in: both are in
    // (end, longest first) order, and a hit at the same end with the same length is the same text.
    const ends: number[] = [];
    const lengths: number[] = [];
    const patterns: Pattern[] = [];
    this.terms.scan(folded, (pattern, start, end) => {
      ends.push(end);
      lengths.push(end - start);
      patterns.push(this.joined.get(pattern.folded)!);
    });
    let next = 0;
    this.base.scan(folded, (pattern, start, end) => {
      const length = end - start;
      while (next < ends.length && (ends[next]! < end || (ends[next] === end && lengths[next]! > length))) {
        onHit(patterns[next]!, ends[next]! - lengths[next]!, ends[next]!);
        next += 1;
      }
      if (next < ends.length && ends[next] === end && lengths[next] === length) {
        next += 1;
        onHit(this.joined.get(pattern.folded)!, start, end);
        return;
      }
      onHit(pattern, start, end);
    });
    for (; next < ends.length; next += 1) onHit(patterns[next]!, ends[next]! - lengths[next]!, ends[next]!);
  }

  get(folded: string): Pattern | undefined {
    return this.joined.get(folded) ?? this.base.get(folded);
  }

  *spelledNames(): Iterable<SpelledName<AliasEntry>> {
    yield* this.terms.spelledNames();
    yield* this.base.spelledNames();
  }

  nameWords(entityId: string): ReadonlySet<string> | undefined {
    if (!this.names) {
      this.names = new Map();
      for (const table of [this.terms, this.base]) for (const id of table.nameWordEntities()) this.names.set(id, table.nameWords(id)!);
    }
    return this.names.get(entityId);
  }
}

/** One text's pattern as a single compile of the dataset's aliases followed by the terms would build it. */
function join(base: Pattern | undefined, terms: Pattern): Pattern {
  if (!base) return terms;
  const kind = (variants: readonly Variant[], derived: Variant['derived']) => variants.filter((v) => v.derived === derived);
  const termsWritten = kind(terms.variants, undefined);
  const baseWritten = kind(base.variants, undefined);
  const written = [...baseWritten, ...termsWritten];
  // Taken by the terms before anything was derived: the dataset would not have derived here (an alias,
  // or a one-word context or topic word: see `deriveForms` in prepare-matcher.ts).
  const takenByTerms = ((terms.signal || terms.topic) && contextWordKeepsDerivedOff(terms.folded)) || termsWritten.length > 0;
  const onlyGeneric = written.length > 0 && written.every((v) => v.entry.generic);
  const pattern: Pattern = {
    folded: terms.folded,
    variants: [
      ...kind(terms.variants, 'short-form'),
      ...(takenByTerms && !onlyGeneric ? [] : kind(base.variants, 'short-form')),
      ...written,
      ...(takenByTerms ? [] : kind(base.variants, 'number')),
      ...kind(terms.variants, 'number'),
      ...(takenByTerms ? [] : kind(base.variants, 'joined')),
      ...kind(terms.variants, 'joined'),
    ],
    signal: base.signal || terms.signal,
    topic: base.topic || terms.topic,
  };
  if (base.prefix || terms.prefix) pattern.prefix = true;
  if (base.suffix || terms.suffix) pattern.suffix = true;
  return pattern;
}
