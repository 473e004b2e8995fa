import type { AliasContext } from '../dataset/schema';
import { CATEGORIES } from '../dataset/categories';
import { type AutomatonData, isAutomatonData } from './aho-corasick';

/**
 * A matcher compiled ahead of time (issue 17): what `prepare` makes of a spec and `matcherFrom` turns
 * back into a `Matcher` without rebuilding anything. Compiled once per dataset version and stored, so a
 * service worker that wakes up reads it and is ready, instead of reading the whole dataset and compiling.
 *
 * Plain data only — numbers, strings, plain arrays and objects, typed arrays — so it survives
 * `structuredClone` and IndexedDB as is. Few objects: the many small things (aliases, patterns, their
 * variants) are columns of typed arrays, and every string is one slice of `strings`.
 *
 * Bump `COMPILED_MATCHER_FORMAT` when this shape changes; a stored matcher of another format is
 * recompiled, never read.
 */
export const COMPILED_MATCHER_FORMAT = 4;

/** Alias flags (`entries.flags`). */
export const ENTRY_CASE_SENSITIVE = 1;
export const ENTRY_GENERIC = 2;
export const ENTRY_UMBRELLA = 4;
export const ENTRY_PREFIX = 8;
export const ENTRY_SUFFIX = 16;
export const ENTRY_PLACE = 32;

/** Pattern flags (`patterns.flags`). */
export const PATTERN_PREFIX = 1;
export const PATTERN_SIGNAL = 2;
export const PATTERN_TOPIC = 4;
export const PATTERN_SUFFIX = 8;

/** How a variant came about (`variants.derived`): written in the data, or derived by the matcher. */
export const WRITTEN = 0;
export const DERIVED_NUMBER = 1;
export const DERIVED_SHORT_FORM = 2;
export const DERIVED_JOINED = 3;

export interface CompiledMatcher {
  format: typeof COMPILED_MATCHER_FORMAT;
  /** The spec's version (the dataset's); '' when compiled from a bare alias list. */
  version: string;
  /** How much topic evidence a page needs before generic aliases count (the spec's `topicThreshold`). */
  topicThreshold: number;
  /** Every string, one after another: string i is `strings.slice(stringEnds[i - 1] ?? 0, stringEnds[i])`. */
  strings: string;
  stringEnds: Uint32Array;
  /** The spec's aliases, one column per field; string fields are string numbers, -1 for none. */
  entries: {
    entityId: Int32Array;
    text: Int32Array;
    /** Index in `CATEGORIES`. */
    category: Uint8Array;
    /** `ENTRY_*` bits. */
    flags: Uint8Array;
    notFollowedBy: Int32Array;
    notPrecededBy: Int32Array;
    /** Index in `rules`, or -1. */
    context: Int32Array;
    unless: Int32Array;
    /** A programme's country code (string number), or -1. */
    country: Int32Array;
  };
  /** The aliases' context and unless rules, as the spec writes them (few: a plain array). */
  rules: AliasContext[];
  /** One per automaton pattern id: its folded text, `PATTERN_*` bits, and its variants at `variantStart[p]` up to `variantStart[p + 1]`. */
  patterns: { folded: Int32Array; flags: Uint8Array; variantStart: Int32Array };
  /** Ways a pattern can be a mention, in the order the rules try them. */
  variants: {
    /** Index in `entries`. */
    entry: Int32Array;
    /** The variant's text as written, normalised but not case-folded (string number). */
    cased: Int32Array;
    /** `WRITTEN`, `DERIVED_NUMBER`, `DERIVED_SHORT_FORM` or `DERIVED_JOINED`. */
    derived: Uint8Array;
  };
  /** The words of each entity's longer aliases: entity (string number) e's words are `words[start[e]…start[e + 1]]`. */
  nameWords: { entityId: Int32Array; start: Int32Array; words: Int32Array };
  automaton: AutomatonData;
}

/** String number `i` of a compiled matcher. */
export function stringAt(data: Pick<CompiledMatcher, 'strings' | 'stringEnds'>, i: number): string {
  return data.strings.slice(i === 0 ? 0 : data.stringEnds[i - 1]!, data.stringEnds[i]!);
}

/**
 * Whether `value` is a compiled matcher of this format that can be run as is: every column of the right
 * type and length, every reference in range, and a sound automaton (see `isAutomatonData`). What comes
 * from storage is checked with this before it is used: a matcher of another format, a truncated or
 * damaged one is refused (and recompiled by the caller), never trusted. Linear in the data's size.
 */
export function isCompiledMatcher(value: unknown): value is CompiledMatcher {
  return compiledMatcherChecks(value).every((check) => check());
}

/**
 * `isCompiledMatcher` in parts, with a pause for the page between them (`pause`, e.g. a new task):
 * on a page, checking a stored matcher at once took 58-78 ms in one task on a cold start (trial 18g).
 * Resolves to the same answer as `isCompiledMatcher`.
 */
export async function isCompiledMatcherInParts(value: unknown, pause: () => Promise<void>): Promise<boolean> {
  const checks = compiledMatcherChecks(value);
  for (let i = 0; i < checks.length; i += 1) {
    if (i > 0) await pause();
    if (!checks[i]!()) return false;
  }
  return true;
}

/**
 * The checks of `isCompiledMatcher`, in order, each about a fifth of the work: each may assume the ones
 * before it passed (a later one reads columns an earlier one checked).
 */
function compiledMatcherChecks(value: unknown): (() => boolean)[] {
  if (typeof value !== 'object' || value === null) return [() => false];
  const d = value as Partial<Record<keyof CompiledMatcher, unknown>>;
  let strings = 0;
  const string = (i: number) => i >= 0 && i < strings;
  const optionalString = (i: number) => i === -1 || string(i);
  let patterns = 0;
  return [
    () => {
      if (d.format !== COMPILED_MATCHER_FORMAT || typeof d.version !== 'string' || typeof d.topicThreshold !== 'number' || typeof d.strings !== 'string') return false;
      if (!(d.stringEnds instanceof Uint32Array) || !Array.isArray(d.rules) || !d.rules.every(isRule)) return false;
      strings = d.stringEnds.length;
      for (let i = 0, last = 0; i < strings; i += 1) {
        if (d.stringEnds[i]! < last) return false;
        last = d.stringEnds[i]!;
      }
      return !(strings > 0 && d.stringEnds[strings - 1]! > d.strings.length);
    },
    () => {
      if (!columns(d.entries, ['entityId', 'text', 'notFollowedBy', 'notPrecededBy', 'context', 'unless', 'country'], ['category', 'flags'])) return false;
      const e = d.entries as CompiledMatcher['entries'];
      const rule = (i: number) => i === -1 || (i >= 0 && i < (d.rules as unknown[]).length);
      for (let i = 0; i < e.entityId.length; i += 1) {
        if (!string(e.entityId[i]!) || !string(e.text[i]!) || e.category[i]! >= CATEGORIES.length) return false;
        if (!optionalString(e.notFollowedBy[i]!) || !optionalString(e.notPrecededBy[i]!) || !optionalString(e.country[i]!) || !rule(e.context[i]!) || !rule(e.unless[i]!)) return false;
      }
      return true;
    },
    () => {
      const p = d.patterns as Partial<CompiledMatcher['patterns']> | undefined;
      if (!p || !(p.folded instanceof Int32Array) || !(p.flags instanceof Uint8Array) || !(p.variantStart instanceof Int32Array)) return false;
      if (!columns(d.variants, ['entry', 'cased'], ['derived'])) return false;
      const v = d.variants as CompiledMatcher['variants'];
      const entries = (d.entries as CompiledMatcher['entries']).entityId.length;
      patterns = p.folded.length;
      if (p.flags.length !== patterns || p.variantStart.length !== patterns + 1 || p.variantStart[0] !== 0 || p.variantStart[patterns] !== v.entry.length) return false;
      for (let i = 0; i < patterns; i += 1) if (!string(p.folded[i]!) || p.variantStart[i + 1]! < p.variantStart[i]!) return false;
      for (let i = 0; i < v.entry.length; i += 1) {
        if (v.entry[i]! < 0 || v.entry[i]! >= entries || !string(v.cased[i]!) || v.derived[i]! > DERIVED_JOINED) return false;
      }
      return true;
    },
    () => {
      const n = d.nameWords as Partial<CompiledMatcher['nameWords']> | undefined;
      if (!n || !(n.entityId instanceof Int32Array) || !(n.start instanceof Int32Array) || !(n.words instanceof Int32Array)) return false;
      if (n.start.length !== n.entityId.length + 1 || n.start[0] !== 0 || n.start[n.entityId.length] !== n.words.length) return false;
      for (let i = 0; i < n.entityId.length; i += 1) if (!string(n.entityId[i]!) || n.start[i + 1]! < n.start[i]!) return false;
      for (let i = 0; i < n.words.length; i += 1) if (!string(n.words[i]!)) return false;
      return true;
    },
    () => isAutomatonData(d.automaton, patterns),
  ];
}

/** Columns of one table: the named Int32Array and Uint8Array fields, all of one length. */
function columns(table: unknown, int32: readonly string[], uint8: readonly string[]): boolean {
  if (typeof table !== 'object' || table === null) return false;
  const fields = table as Record<string, unknown>;
  const first = fields[int32[0]!];
  if (!(first instanceof Int32Array)) return false;
  return int32.every((f) => fields[f] instanceof Int32Array && (fields[f] as Int32Array).length === first.length) && uint8.every((f) => fields[f] instanceof Uint8Array && (fields[f] as Uint8Array).length === first.length);
}

function isRule(value: unknown): value is AliasContext {
  if (typeof value !== 'object' || value === null) return false;
  const rule = value as Partial<AliasContext>;
  return Array.isArray(rule.anyOf) && rule.anyOf.every((w) => typeof w === 'string') && (rule.scope === 'near' || rule.scope === 'page') && (rule.window === undefined || typeof rule.window === 'number') && (rule.next === undefined || (Array.isArray(rule.next) && rule.next.every((w) => typeof w === 'string')));
}
