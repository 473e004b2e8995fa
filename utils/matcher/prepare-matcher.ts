import { translationsOf } from './context-translations';
import { CATEGORIES } from '../dataset/categories';
import { AhoCorasick } from './aho-corasick';
import type { AliasEntry, MatcherSpec } from './alias-index';
import {
  COMPILED_MATCHER_FORMAT,
  type CompiledMatcher,
  DERIVED_JOINED,
  DERIVED_NUMBER,
  DERIVED_SHORT_FORM,
  ENTRY_CASE_SENSITIVE,
  ENTRY_GENERIC,
  ENTRY_PREFIX,
  ENTRY_SUFFIX,
  ENTRY_PLACE,
  ENTRY_UMBRELLA,
  PATTERN_PREFIX,
  PATTERN_SUFFIX,
  PATTERN_SIGNAL,
  PATTERN_TOPIC,
  WRITTEN,
} from './compiled-matcher';
import { acronymPlural, ampersandName, contextWordKeepsDerivedOff, firmShortForm, joinedName, otherNumber, programmeShortForms } from './derived-forms';
import { normalizeAlias } from './normalize-text';
import { PatternTable } from './pattern-table';

/** Options of one compiled matcher. */
export interface MatcherOptions {
  /** Also derive singular/plural and firm short forms (default true; off to test the dataset alone). */
  deriveForms?: boolean;
  /**
   * The compiled matcher these aliases will be joined to at match time (`matcherFrom(base, terms)`): a
   * reader's terms, compiled apart from the dataset. Its patterns count as taken when forms are
   * derived, exactly as they would if both were compiled together.
   */
  base?: CompiledMatcher;
}

type Derivation = typeof WRITTEN | typeof DERIVED_NUMBER | typeof DERIVED_SHORT_FORM | typeof DERIVED_JOINED;

interface BuildVariant {
  entry: number;
  cased: string;
  derived: Derivation;
}

interface BuildPattern {
  folded: string;
  variants: BuildVariant[];
  prefix: boolean;
  suffix: boolean;
  signal: boolean;
  topic: boolean;
}

/**
 * Compiles a spec (or a bare alias list) into plain data (see `CompiledMatcher`): the aliases, context
 * and topic words normalised into patterns, the forms the matcher derives (see `derived-forms.ts`),
 * and the automaton over all of them. Pure; the costly half of `compileMatcher`, done once per
 * dataset version. Throws a SyntaxError on an alias whose `notFollowedBy`/`notPrecededBy` is not a
 * valid regular expression source (checked here, so that the lazy compile at match time cannot
 * fail), and an Error on a generic alias with `base` (a reader's terms are never generic).
 */
export function prepare(spec: MatcherSpec | readonly AliasEntry[], options: MatcherOptions = {}): CompiledMatcher {
  const { aliases, topicWords, topicThreshold, version } = Array.isArray(spec)
    ? { aliases: spec as readonly AliasEntry[], topicWords: [] as string[], topicThreshold: options.base?.topicThreshold ?? 1, version: options.base?.version ?? '' }
    : (spec as MatcherSpec);
  const base = options.base ? new PatternTable(options.base) : undefined;
  // A generic alias joined later could let the base derive a short form it did not (see joined-patterns.ts).
  if (base && aliases.some((a) => a.generic)) throw new Error('Aliases joined to a compiled matcher (a reader’s terms) cannot be generic.');
  const byFolded = new Map<string, BuildPattern>();
  const patternFor = (folded: string) => {
    let pattern = byFolded.get(folded);
    if (!pattern) {
      pattern = { folded, variants: [], prefix: false, suffix: false, signal: false, topic: false };
      byFolded.set(folded, pattern);
    }
    return pattern;
  };
  const signalWords = (context: AliasEntry['context']) => {
    for (const word of [...(context?.anyOf ?? []), ...(context?.next ?? [])]) patternFor(normalizeAlias(word).folded).signal = true;
    // A context word counts in other languages too (see context-translations.ts): they are signals as well.
    for (const word of context?.anyOf ?? []) for (const other of translationsOf(word)) patternFor(normalizeAlias(other).folded).signal = true;
  };
  const entryIndex = new Map<AliasEntry, number>();
  const entryList: AliasEntry[] = [];
  const addVariant = (entry: AliasEntry, text: string, derived: Derivation = WRITTEN, first = false) => {
    const { folded, cased } = normalizeAlias(text);
    if (folded.length === 0) return;
    if (!entryIndex.has(entry)) {
      // Fail at compile time, not on the first page that reaches the rule.
      if (entry.notFollowedBy) new RegExp(`^(?:${entry.notFollowedBy})`, 'u');
      if (entry.notPrecededBy) new RegExp(`(?:${entry.notPrecededBy})$`, 'u');
      entryIndex.set(entry, entryList.length);
      entryList.push(entry);
    }
    if (entry.context) signalWords(entry.context);
    if (entry.unless) signalWords(entry.unless);
    const pattern = patternFor(folded);
    const variant = { entry: entryIndex.get(entry)!, cased, derived };
    if (entry.prefix && derived === WRITTEN) pattern.prefix = true;
    if (entry.suffix && derived === WRITTEN) pattern.suffix = true;
    if (first) pattern.variants.unshift(variant);
    else pattern.variants.push(variant);
  };
  for (const entry of aliases) addVariant(entry, entry.text);
  /** The words of each entity's longer aliases, to tell a variant of its name from another name. */
  const nameWords = new Map<string, Set<string>>();
  for (const entry of aliases) {
    if (entry.text.length <= 5) continue;
    const words = nameWords.get(entry.entityId) ?? new Set<string>();
    for (const word of normalizeAlias(entry.text).folded.split(/[^\p{L}\p{N}]+/u)) if (word.length > 2) words.add(word);
    nameWords.set(entry.entityId, words);
  }
  for (const word of topicWords) {
    const folded = normalizeAlias(word).folded;
    if (folded) patternFor(folded).topic = true;
  }
  if (options.deriveForms !== false) deriveForms(aliases, byFolded, entryList, addVariant, base);
  return pack(version, topicThreshold, entryList, [...byFolded.values()], nameWords);
}

/**
 * Adds the forms a reader recognises without the dataset listing them (see `derived-forms.ts`):
 * the other number of technology terms, and short forms of firm names. A derived form never takes
 * a text that is already an alias, context or topic word — here or in the `base` it will be joined
 * to: written data always wins.
 */
function deriveForms(
  aliases: readonly AliasEntry[],
  byFolded: ReadonlyMap<string, BuildPattern>,
  entries: readonly AliasEntry[],
  add: (entry: AliasEntry, text: string, derived: Derivation, first?: boolean) => void,
  base: PatternTable | undefined,
): void {
  // What the text's pattern holds before anything is derived, here and in the base.
  const written = (folded: string) => {
    const here = byFolded.get(folded);
    const own = (here?.variants ?? []).filter((v) => v.derived === WRITTEN).map((v) => entries[v.entry]!);
    return [...(base?.writtenAt(folded) ?? []), ...own];
  };
  // A derived form never takes an alias's text, nor a context or topic word of one word
  // (`contextWordKeepsDerivedOff`); over a name of several words the pattern both names the firm and
  // counts as the other rule's context word.
  const taken = (text: string) => {
    const folded = normalizeAlias(text).folded;
    const here = byFolded.get(folded);
    if (here && (here.variants.length > 0 || contextWordKeepsDerivedOff(folded))) return true;
    return base?.takenBeforeDeriving(folded) ?? false;
  };
  // A firm's short form may share its text with a generic technology word ("Quantum" of Quantum
  // Systems): it is exact-case and needs the full name on the page, so it is tried first there.
  const onlyGeneric = (text: string) => {
    const list = written(normalizeAlias(text).folded);
    return list.length > 0 && list.every((entry) => entry.generic);
  };
  const derived: [AliasEntry, string, Derivation][] = [];
  for (const entry of aliases) {
    if (entry.category !== 'edt') continue;
    const other = entry.caseSensitive ? acronymPlural(entry.text) : otherNumber(entry.text);
    if (other && !taken(other)) derived.push([entry, other, DERIVED_NUMBER]);
  }
  const shortForms = new Map<string, [AliasEntry, string][]>();
  const note = (entry: AliasEntry, short: string) => {
    const key = normalizeAlias(short).folded;
    const list = shortForms.get(key) ?? [];
    if (!list.some(([e]) => e.entityId === entry.entityId)) list.push([entry, short]);
    shortForms.set(key, list);
  };
  // One pass in the aliases' order, firms and programmes alike: a reader's terms joined later must
  // give the same order of short forms as one compile of both (see joined-patterns.ts).
  for (const entry of aliases) {
    if (entry.generic || entry.context || entry.unless) continue;
    if (entry.category === 'firm') {
      const short = firmShortForm(entry.text);
      if (short && (!taken(short) || onlyGeneric(short))) note(entry, short);
    } else if (entry.category === 'program' && !entry.umbrella && !entry.caseSensitive) {
      for (const short of programmeShortForms(entry.text)) if (!taken(short)) note(entry, short);
    }
  }
  // Two firms may share a short form ("RTX Corporation", "RTX Ventures"): both get it, and on a page
  // the one named in full wins (see `pick`); named by neither, it stays plain.
  for (const list of shortForms.values()) for (const [entry, short] of list) derived.push([entry, short, DERIVED_SHORT_FORM]);
  // A firm's name of a word and "AI" or a number written as one word ("ShieldAI", "HawkEye360"), or with
  // "and" for its "&" ("Alice and Bob"): kept as "joined", the same rules take both (exact capitals, on topic).
  for (const entry of aliases) {
    if (entry.category !== 'firm' || entry.generic || entry.context || entry.unless) continue;
    for (const other of [joinedName(entry.text), ampersandName(entry.text)]) if (other && !taken(other)) derived.push([entry, other, DERIVED_JOINED]);
  }
  // Only this part's patterns decide first-or-last: the base's variants are joined in front or behind
  // by kind (see joined-patterns.ts), to the same order a single compile gives.
  for (const [entry, text, how] of derived) add(entry, text, how, how === DERIVED_SHORT_FORM && byFolded.has(normalizeAlias(text).folded));
}

/** Turns the patterns built above into the columns of a `CompiledMatcher`. */
function pack(version: string, topicThreshold: number, entryList: readonly AliasEntry[], patterns: readonly BuildPattern[], nameWords: ReadonlyMap<string, Set<string>>): CompiledMatcher {
  const strings: string[] = [];
  const numbers = new Map<string, number>();
  const str = (text: string) => {
    let n = numbers.get(text);
    if (n === undefined) {
      n = strings.length;
      strings.push(text);
      numbers.set(text, n);
    }
    return n;
  };
  const optional = (text: string | undefined) => (text === undefined ? -1 : str(text));
  const rules: CompiledMatcher['rules'] = [];
  const rule = (context: AliasEntry['context']) => (context ? rules.push(context) - 1 : -1);
  const e = entryList.length;
  const entries: CompiledMatcher['entries'] = {
    entityId: new Int32Array(e),
    text: new Int32Array(e),
    category: new Uint8Array(e),
    flags: new Uint8Array(e),
    notFollowedBy: new Int32Array(e),
    notPrecededBy: new Int32Array(e),
    context: new Int32Array(e),
    unless: new Int32Array(e),
    country: new Int32Array(e),
  };
  entryList.forEach((entry, i) => {
    entries.entityId[i] = str(entry.entityId);
    entries.text[i] = str(entry.text);
    entries.category[i] = CATEGORIES.indexOf(entry.category);
    entries.flags[i] = (entry.caseSensitive ? ENTRY_CASE_SENSITIVE : 0) | (entry.generic ? ENTRY_GENERIC : 0) | (entry.umbrella ? ENTRY_UMBRELLA : 0) | (entry.prefix ? ENTRY_PREFIX : 0) | (entry.suffix ? ENTRY_SUFFIX : 0) | (entry.place ? ENTRY_PLACE : 0);
    entries.notFollowedBy[i] = optional(entry.notFollowedBy);
    entries.notPrecededBy[i] = optional(entry.notPrecededBy);
    entries.context[i] = rule(entry.context);
    entries.unless[i] = rule(entry.unless);
    entries.country[i] = optional(entry.country);
  });
  const variantCount = patterns.reduce((n, p) => n + p.variants.length, 0);
  const compiledPatterns: CompiledMatcher['patterns'] = { folded: new Int32Array(patterns.length), flags: new Uint8Array(patterns.length), variantStart: new Int32Array(patterns.length + 1) };
  const variants: CompiledMatcher['variants'] = { entry: new Int32Array(variantCount), cased: new Int32Array(variantCount), derived: new Uint8Array(variantCount) };
  let v = 0;
  patterns.forEach((pattern, p) => {
    compiledPatterns.folded[p] = str(pattern.folded);
    compiledPatterns.flags[p] = (pattern.prefix ? PATTERN_PREFIX : 0) | (pattern.suffix ? PATTERN_SUFFIX : 0) | (pattern.signal ? PATTERN_SIGNAL : 0) | (pattern.topic ? PATTERN_TOPIC : 0);
    compiledPatterns.variantStart[p] = v;
    for (const variant of pattern.variants) {
      variants.entry[v] = variant.entry;
      variants.cased[v] = str(variant.cased);
      variants.derived[v] = variant.derived;
      v += 1;
    }
  });
  compiledPatterns.variantStart[patterns.length] = v;
  const named = [...nameWords];
  const words = named.flatMap(([, set]) => [...set].map(str));
  const start = new Int32Array(named.length + 1);
  named.forEach(([, set], i) => (start[i + 1] = start[i]! + set.size));
  const nameWordColumns = { entityId: Int32Array.from(named, ([id]) => str(id)), start, words: Int32Array.from(words) };
  const stringEnds = new Uint32Array(strings.length);
  let end = 0;
  strings.forEach((s, i) => (stringEnds[i] = end += s.length));
  return {
    format: COMPILED_MATCHER_FORMAT,
    version,
    topicThreshold,
    strings: strings.join(''),
    stringEnds,
    entries,
    rules,
    patterns: compiledPatterns,
    variants,
    nameWords: nameWordColumns,
    automaton: new AhoCorasick(patterns.map((p) => p.folded)).toData(),
  };
}
