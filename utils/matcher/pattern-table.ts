import { TRANSLATION_MARK, translationsOf } from './context-translations';
import { CATEGORIES } from '../dataset/categories';
import { AhoCorasick } from './aho-corasick';
import type { AliasEntry } from './alias-index';
import {
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
  stringAt,
} from './compiled-matcher';
import { contextWordKeepsDerivedOff } from './derived-forms';
import { MIN_NAME_LENGTH, type SpelledName } from './misspelt-names';
import { normalizeAlias } from './normalize-text';

/** Why an alias was derived by the matcher rather than written in the dataset. */
export type Derivation = 'number' | 'short-form' | 'joined';

/** One way a pattern can be a mention: an alias (or a form derived from it) with its rules. */
export interface Variant {
  entry: AliasEntry;
  cased: string;
  notFollowedBy?: RegExp;
  notPrecededBy?: RegExp;
  /** Context words when the alias needs context: folded form → the word as the dataset writes it. */
  context?: Map<string, string>;
  /** Context words that count only right after the alias (`AliasContext.next`), as `context`. */
  contextNext?: Map<string, string>;
  /** Words that veto the alias: folded form → the word as the dataset writes it. */
  unless?: Map<string, string>;
  derived?: Derivation;
}

/** One text the automaton finds, and what it can be. */
export interface Pattern {
  folded: string;
  variants: Variant[];
  /** Some variant also matches as the start of a longer word (a reader's term without "whole word"). */
  prefix?: boolean;
  /** A variant of it may end a longer word (a German compound's tail): the mention is the whole word. */
  suffix?: boolean;
  /** This text is a context word of some alias or a topic word. */
  signal: boolean;
  topic: boolean;
}

/** Where the matcher's session finds patterns: one compiled matcher, or a dataset's joined with a reader's terms. */
export interface PatternSource {
  /**
   * Reads a folded text and calls `onHit` for every pattern occurrence, in order of end position and,
   * at one end, longest first (the order one automaton over all the patterns reports them in).
   */
  scan(folded: string, onHit: (pattern: Pattern, start: number, end: number) => void): void;
  /** The pattern whose text is exactly `folded`, if any. */
  get(folded: string): Pattern | undefined;
  /** The words of an entity's longer aliases (see `nameWords` in prepare-matcher.ts). */
  nameWords(entityId: string): ReadonlySet<string> | undefined;
  /**
   * The written names a page may misspell (see misspelt-names.ts): firms' and programmes' aliases of
   * several words that need no context, are not generic and are not umbrellas. Read once per matcher.
   */
  spelledNames(): Iterable<SpelledName<AliasEntry>>;
  readonly topicThreshold: number;
}

const DERIVATIONS: (Derivation | undefined)[] = [];
DERIVATIONS[DERIVED_NUMBER] = 'number';
DERIVATIONS[DERIVED_SHORT_FORM] = 'short-form';
DERIVATIONS[DERIVED_JOINED] = 'joined';

/**
 * A compiled matcher, ready to match: the automaton taken over from the data as it is, and each
 * pattern turned into objects only when a text first contains it — so a large dataset costs nothing
 * up front, and a page pays only for the few hundred patterns it mentions. Regular expressions of
 * exclusions are compiled then too.
 */
export class PatternTable implements PatternSource {
  readonly automaton: AhoCorasick;
  readonly topicThreshold: number;
  private readonly patterns: (Pattern | undefined)[];
  private readonly entries: (AliasEntry | undefined)[];
  private readonly contexts: (Map<string, string> | undefined)[];
  private readonly nexts: (Map<string, string> | undefined)[];
  private readonly expressions = new Map<string, RegExp>();
  private names: Map<string, Set<string>> | undefined;

  /** `data` must be sound: made by `prepare`, or checked with `isCompiledMatcher`. */
  constructor(readonly data: CompiledMatcher) {
    this.automaton = new AhoCorasick(data.automaton);
    this.topicThreshold = data.topicThreshold;
    this.patterns = new Array<Pattern | undefined>(data.patterns.folded.length);
    this.entries = new Array<AliasEntry | undefined>(data.entries.entityId.length);
    this.contexts = new Array<Map<string, string> | undefined>(data.rules.length);
    this.nexts = new Array<Map<string, string> | undefined>(data.rules.length);
  }

  scan(folded: string, onHit: (pattern: Pattern, start: number, end: number) => void): void {
    this.automaton.scan(folded, (id, start, end) => onHit(this.pattern(id), start, end));
  }

  get(folded: string): Pattern | undefined {
    const id = this.automaton.lookup(folded);
    return id === -1 ? undefined : this.pattern(id);
  }

  nameWords(entityId: string): ReadonlySet<string> | undefined {
    if (!this.names) {
      const { nameWords } = this.data;
      this.names = new Map();
      for (let i = 0; i < nameWords.entityId.length; i += 1) {
        const words = new Set<string>();
        for (let w = nameWords.start[i]!; w < nameWords.start[i + 1]!; w += 1) words.add(this.string(nameWords.words[w]!));
        this.names.set(this.string(nameWords.entityId[i]!), words);
      }
    }
    return this.names.get(entityId);
  }

  *spelledNames(): Iterable<SpelledName<AliasEntry>> {
    const e = this.data.entries;
    for (let i = 0; i < e.entityId.length; i += 1) {
      if (e.flags[i]! & (ENTRY_GENERIC | ENTRY_UMBRELLA) || e.context[i] !== -1 || e.unless[i] !== -1) continue;
      const category = CATEGORIES[e.category[i]!];
      if (category !== 'firm' && category !== 'program') continue;
      const text = this.string(e.text[i]!);
      if (text.length < MIN_NAME_LENGTH || !text.includes(' ')) continue;
      yield { folded: normalizeAlias(text).folded, value: this.entry(i) };
    }
  }

  /** Every entity with name words, for joining two tables. */
  nameWordEntities(): string[] {
    const { entityId } = this.data.nameWords;
    return Array.from(entityId, (i) => this.string(i));
  }

  /**
   * Whether derived forms must leave `folded` alone: it is an alias here (not only a derived form), or a
   * one-word context or topic word (see `deriveForms` in prepare-matcher.ts).
   */
  takenBeforeDeriving(folded: string): boolean {
    const id = this.automaton.lookup(folded);
    if (id === -1) return false;
    const { patterns, variants } = this.data;
    if (patterns.flags[id]! & (PATTERN_SIGNAL | PATTERN_TOPIC) && contextWordKeepsDerivedOff(folded)) return true;
    for (let v = patterns.variantStart[id]!; v < patterns.variantStart[id + 1]!; v += 1) if (variants.derived[v] === WRITTEN) return true;
    return false;
  }

  /** The written (not derived) aliases whose text is `folded`. */
  writtenAt(folded: string): AliasEntry[] {
    const pattern = this.get(folded);
    return pattern ? pattern.variants.filter((v) => !v.derived).map((v) => v.entry) : [];
  }

  pattern(id: number): Pattern {
    let pattern = this.patterns[id];
    if (!pattern) {
      const { patterns, variants } = this.data;
      const flags = patterns.flags[id]!;
      pattern = { folded: this.string(patterns.folded[id]!), variants: [], signal: (flags & PATTERN_SIGNAL) !== 0, topic: (flags & PATTERN_TOPIC) !== 0 };
      if (flags & PATTERN_PREFIX) pattern.prefix = true;
      if (flags & PATTERN_SUFFIX) pattern.suffix = true;
      for (let v = patterns.variantStart[id]!; v < patterns.variantStart[id + 1]!; v += 1) {
        pattern.variants.push(this.variant(variants.entry[v]!, this.string(variants.cased[v]!), DERIVATIONS[variants.derived[v]!]));
      }
      this.patterns[id] = pattern;
    }
    return pattern;
  }

  private variant(index: number, cased: string, derived: Derivation | undefined): Variant {
    const entry = this.entry(index);
    const { entries } = this.data;
    const variant: Variant = { entry, cased };
    if (derived) variant.derived = derived;
    if (entry.notFollowedBy) variant.notFollowedBy = this.expression(`^(?:${entry.notFollowedBy})`);
    if (entry.notPrecededBy) variant.notPrecededBy = this.expression(`(?:${entry.notPrecededBy})$`);
    if (entry.context) variant.context = this.contextWords(entries.context[index]!);
    if (entry.context?.next) variant.contextNext = this.nextWords(entries.context[index]!);
    if (entry.unless) variant.unless = this.contextWords(entries.unless[index]!);
    return variant;
  }

  private entry(index: number): AliasEntry {
    let entry = this.entries[index];
    if (!entry) {
      const e = this.data.entries;
      const flags = e.flags[index]!;
      entry = { entityId: this.string(e.entityId[index]!), category: CATEGORIES[e.category[index]!]!, text: this.string(e.text[index]!), caseSensitive: (flags & ENTRY_CASE_SENSITIVE) !== 0 };
      if (flags & ENTRY_GENERIC) entry.generic = true;
      if (e.context[index] !== -1) entry.context = this.data.rules[e.context[index]!];
      if (e.unless[index] !== -1) entry.unless = this.data.rules[e.unless[index]!];
      if (e.notFollowedBy[index] !== -1) entry.notFollowedBy = this.string(e.notFollowedBy[index]!);
      if (e.notPrecededBy[index] !== -1) entry.notPrecededBy = this.string(e.notPrecededBy[index]!);
      if (flags & ENTRY_UMBRELLA) entry.umbrella = true;
      if (flags & ENTRY_PREFIX) entry.prefix = true;
      if (flags & ENTRY_SUFFIX) entry.suffix = true;
      if (flags & ENTRY_PLACE) entry.place = true;
      if (e.country[index] !== -1) entry.country = this.string(e.country[index]!);
      this.entries[index] = entry;
    }
    return entry;
  }

  /**
   * A rule's words by folded form, made once per rule, with the words that mean the same in other languages
   * (`translationsOf`, each after `TRANSLATION_MARK`): a rule's own word wins where a translation folds to it.
   */
  private contextWords(rule: number): Map<string, string> {
    return this.ruleWords(this.contexts, rule, this.data.rules[rule]!.anyOf, true);
  }

  /** A rule's `next` words by folded form, made once per rule. */
  private nextWords(rule: number): Map<string, string> {
    return this.ruleWords(this.nexts, rule, this.data.rules[rule]!.next ?? []);
  }

  /** `words` by folded form, kept in `cache` at the rule's index; with `translated`, their translations first (marked). */
  private ruleWords(cache: (Map<string, string> | undefined)[], rule: number, words: readonly string[], translated = false): Map<string, string> {
    let folded = cache[rule];
    if (!folded) {
      const translations = translated ? words.flatMap((word) => translationsOf(word).map((other) => [normalizeAlias(other).folded, TRANSLATION_MARK + other] as const)) : [];
      // Set after the translations: a rule's own word wins where a translation folds to it.
      folded = new Map([...translations, ...words.map((word) => [normalizeAlias(word).folded, word] as const)]);
      cache[rule] = folded;
    }
    return folded;
  }

  private expression(source: string): RegExp {
    let expression = this.expressions.get(source);
    if (!expression) {
      expression = new RegExp(source, 'u');
      this.expressions.set(source, expression);
    }
    return expression;
  }

  private string(i: number): string {
    return stringAt(this.data, i);
  }
}
