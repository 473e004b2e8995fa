import { countedWord } from './context-translations';
import { countryAfter, countryBefore, namedByOrdinaryWords } from './country-namesakes';
import type { Category } from '../dataset/schema';
import type { AliasEntry, MatcherSpec } from './alias-index';
import type { CompiledMatcher } from './compiled-matcher';
import { currencyAmountAt, isCurrencyCode } from './currency-amounts';
import { JoinedPatterns } from './joined-patterns';
import { legalFormLength } from './legal-forms';
import { MisspeltNameIndex } from './misspelt-names';
import { KEPT_HYPHEN, LINE_END_HYPHEN } from './line-end-hyphens';
import { extendsWord, isWordChar, normalizeAlias, normalizeText } from './normalize-text';
import { abbreviationAfter, abbreviationBefore, abbreviationFits, initialsMatch, initialsSpell, moreLettersThanWords, writtenAsWord } from './page-abbreviations';
import { namedPartEnd, technologyPhraseEnd } from './technology-phrases';
import { isDefencePage, namesDefenceInnovation } from './defence-page';
import { PAGE_FIRM_PREFIX, bulletedFirms, firmIntroductions, nameAt, nonFirmNamesIntroduced, personNamedBefore } from './page-named-firms';
import { type IntroducedProgramme, PAGE_PROGRAMME_PREFIX, insideLongerName, insideQuotes, programmeNamesIntroduced } from './page-named-programmes';
import { type Pattern, type PatternSource, PatternTable, type Variant } from './pattern-table';
import { type MatcherOptions, prepare } from './prepare-matcher';

/** One recognised mention, in the coordinates of the text it was found in. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  category: Category;
  /** The dataset alias that matched. */
  alias: string;
  /** The text as it appears in the input. */
  surface: string;
  /** Why this is highlighted, for the reader: the alias's rule that let it through. */
  rule: string;
  /** An umbrella institution (NATO, the EU, the Pentagon): context, shown only when the reader asks. */
  umbrella?: boolean;
}

/** Matches the texts of one page; page-level rules (topic gate, page context) see all texts added so far. */
export interface MatchSession {
  add(texts: readonly string[]): Mention[][];
  /**
   * The two halves of `add`, for callers that spread work over several tasks: scanning updates the
   * page state (topic gate, page context); resolving after all texts are scanned lets every text see
   * the whole page.
   */
  scan(texts: readonly string[]): ScannedTexts;
  resolve(scanned: ScannedTexts): Mention[][];
  /** With `session({ explain: true })`: per text, the candidates the rules turned down and why. */
  explain(scanned: ScannedTexts): Rejection[][];
  /** Whether the page so far reads as being about defense or technology. */
  readonly onTopic: boolean;
  /**
   * Whether the page so far may name its own firms and programmes (page-named-firms.ts): on topic, and naming
   * something of the dataset's or being about defence innovation (`isDefencePage` and `namesDefenceInnovation`). A probe reads no page names:
   * where this is true and the probe found nothing, a full session says whether the page names any.
   */
  readonly pageNamesOpen: boolean;
  /**
   * What the page has established so far, to go on from in another session (`SessionOptions.state`).
   * Absent where a session cannot be resumed (a saved article's reader view matches in place, once).
   */
  state?(): SessionState;
}

/**
 * What a page's session has established so far, as plain data (JSON-safe): the topic gate's evidence,
 * the firms named in full, the abbreviations and names the page defined, how many texts were read. A
 * session started from it matches the page's later texts exactly as one that read the earlier texts
 * again would. The background's sessions die with its service worker; a page keeps this (a few KB)
 * to resume from, not its whole text (1.4 MB on a 100k-word page).
 */
export interface SessionState {
  /** Which matcher made it (dataset version and reader's terms): only that one resumes from it. */
  matcher: string;
  texts: number;
  signals: string[];
  topics: string[];
  specific: string[];
  /** Firms whose guarded name the page took beside its context words (absent in states older than it). */
  confirmed?: string[];
  /** How often the page names each technology (mentions that stand; absent in states older than it). */
  technologyMentions?: [string, number][];
  generic: [string, number][];
  namedInFull: string[];
  /** How the page wrote those firms' names where its case differs from the dataset's: entity id, names. */
  namedInFullAs?: [string, string[]][];
  defined: [string, AliasEntry][];
  redefined: string[];
  /** Letters the page gave another country's namesake of a dataset programme, with that programme's countries (absent in states older than it). */
  namesakeLetters?: [string, string[]][];
  /**
   * Names the page introduced: key, entry, the text (in reading order) that introduced it, and for a firm the words
   * that introduced it (`FirmIntroduction.evidence`), where known.
   */
  firms: [string, AliasEntry, number, string?][];
  programmes: [string, AliasEntry, number][];
  namesSomething: boolean;
  /** The last text read opened a list of firms given one to a block, or was one of its items. */
  firmListOpen?: boolean;
  /** Names the page said are no firm (absent in states older than it). */
  notFirms?: string[];
  /** A text read had a phrase of defence innovation (`namesDefenceInnovation`; absent in states older than it). */
  defenceInnovation?: boolean;
  /** Firms and programmes the page wrote as the dataset does, uninflected (absent in states older than it). */
  plainNames?: string[];
}

export interface Matcher {
  /** Non-overlapping mentions in one text treated as a whole page, leftmost first, longest on overlap. */
  find(text: string): Mention[];
  /** The mentions of each text of one page. */
  findAll(texts: readonly string[]): Mention[][];
  /**
   * `explain`: keep the candidates the rules turned down (`MatchSession.explain`). `probe`: the page's
   * first look (`ProbeSessions`): the rules that more text can only turn a candidate down with (excluded
   * words around it, a capitalised name or office it is part of, a veto word, a page redefining the
   * abbreviation) are left out, so reading more text than annotation does never finds less.
   */
  session(options?: SessionOptions): MatchSession;
}

export interface SessionOptions {
  explain?: boolean;
  probe?: boolean;
  /**
   * Go on from this state (`MatchSession.state`) of an earlier session of the same page. A state made by
   * another matcher (an older dataset, other terms) is ignored: the session starts afresh.
   */
  state?: SessionState;
}

interface Candidate {
  start: number;
  end: number;
  pattern: Pattern;
  /** Matched as part of a longer word (a compound's head or tail), the mention stretched to the whole word. */
  partial?: boolean;
  /** For a compound's head (`partial`), where the alias itself ends: its `notFollowedBy` is read from there. */
  aliasEnd?: number;
  /** A firm's or programme's name with a German genitive "s" ("Helsings Drohnen"): the span holds the "s". */
  genitive?: boolean;
}

/** A candidate the rules took: its span (in the reading's folded offsets), the variant, and the rule that took it. */
interface Accepted {
  start: number;
  end: number;
  variant: Variant;
  rule: string;
  /** From a match inside a longer word (`Candidate.partial`): on the same span, a whole-word alias wins. */
  partial?: boolean;
  /** Taken as a firm the page named beside its context words elsewhere (`takeConfirmedFirms`): it carries no list. */
  confirmed?: boolean;
}

interface Signal {
  folded: string;
  start: number;
  /** End in the reading's folded offsets: the word as the page writes it is the reason a reader is shown. */
  end: number;
  /** Whether the page writes it with a capital anywhere (an acronym context word written "rok" or "suas" is another word). */
  capitalised: boolean;
}

/** A candidate the rules turned down, for explaining misses (`MatchSession.explain`). */
export interface Rejection {
  start: number;
  end: number;
  entityId: string;
  alias: string;
  surface: string;
  reason: string;
}

/** Texts read by the automaton, not yet turned into mentions. */
export interface ScannedTexts {
  readonly texts: readonly unknown[];
}

interface ScannedText {
  text: string;
  folded: string;
  cased: string;
  starts: Uint32Array;
  ends: Uint32Array;
  candidates: Candidate[];
  /** Context and topic words found, by start offset (ascending). */
  signals: Signal[];
  rejections?: Rejection[];
  /** Most words capitalised (a title-case heading); worked out when first needed. */
  titleCase?: boolean;
  /**
   * Stretches read another way (`hyphenReadings`, `abbreviationReadings`), at their offset in `text`,
   * with the spans (in `text`'s offsets) rewritten there: only a mention across one of them is taken.
   */
  alternates?: { from: number; scanned: ScannedText; spans: readonly (readonly [number, number])[] }[];
  /** Its place among the session's texts, in the order scanned (the page's reading order). */
  order?: number;
  /**
   * Read before anything of the dataset's was named in its batch (see `resolveTexts`): what the rules
   * accepted, and what the other readings added, kept so the page's own firms can still be taken once a
   * later text of the batch names something.
   */
  deferred?: { accepted: Accepted[]; others: Mention[] };
}

/** How far (in characters) to look around an alias for its context words, unless the alias says. */
export const DEFAULT_CONTEXT_WINDOW = 200;
const LOOK_AROUND = 40;

/** Characters read on each side of a rewritten span in its other reading: room for a name and its context words. */
const READING_REACH = DEFAULT_CONTEXT_WINDOW + 120;

const LINE_END_HYPHEN_GLOBAL = /\u00AD\u200B/g;

/**
 * The stretches of a text around its line-end hyphen marks with each mark read as a real hyphen
 * (`withLineEndHyphensKept`), with the marks' spans. Stretches that would overlap are merged. Empty
 * for a text with no mark (every web page's text).
 */
export function hyphenReadings(text: string): { from: number; text: string; spans: [number, number][] }[] {
  return text.includes(LINE_END_HYPHEN) ? rewrittenStretches(text, LINE_END_HYPHEN_GLOBAL, () => KEPT_HYPHEN) : [];
}

/**
 * An abbreviation in parentheses inside a name, before the name's last word: "European Innovation
 * Council (EIC) Fund", "Commercial Leap Ahead for Wide Bandgap Semiconductors (CLAWS) Hub". The
 * name is one mention, abbreviation included; the stretches returned read the parenthesis as nothing
 * (zero-width spaces, which the normalisation ignores: same length, so offsets carry over).
 */
const NAME_ABBREVIATION = /(?<=\p{L} )\((?:\p{Lu}[\p{Lu}\p{N}&-]{1,9})\) (?=\p{Lu})/gu;

export function abbreviationReadings(text: string): { from: number; text: string; spans: [number, number][] }[] {
  return rewrittenStretches(text, NAME_ABBREVIATION, (found) => '\u200B'.repeat(found.length));
}

/**
 * Stretches of `text` around each match of `pattern` (which must be global), with every match in the
 * stretch replaced by `rewrite` (of the same length), and the matches' spans in `text`'s offsets.
 * Stretches that would overlap are merged.
 */
function rewrittenStretches(text: string, pattern: RegExp, rewrite: (found: string) => string): { from: number; text: string; spans: [number, number][] }[] {
  const readings: { from: number; text: string; spans: [number, number][] }[] = [];
  let current: { from: number; to: number; spans: [number, number][] } | undefined;
  const close = () => {
    if (!current) return;
    let reading = '';
    let at = current.from;
    for (const [start, end] of current.spans) {
      reading += text.slice(at, start) + rewrite(text.slice(start, end));
      at = end;
    }
    readings.push({ from: current.from, text: reading + text.slice(at, current.to), spans: current.spans });
  };
  for (const match of text.matchAll(pattern)) {
    const span: [number, number] = [match.index, match.index + match[0].length];
    const start = Math.max(0, span[0] - READING_REACH);
    const end = Math.min(text.length, span[1] + READING_REACH);
    if (current && start <= current.to) {
      current.to = end;
      current.spans.push(span);
    } else {
      close();
      current = { from: start, to: end, spans: [span] };
    }
  }
  close();
  return readings;
}

/**
 * Words after a name that make it a place's: a street, a park, a venue. Not in a title-case heading
 * ("Palantir Court Win Clears Way"), not before a hyphen ("Court-Ordered"); not words a firm's product,
 * unit or verb also takes ("Saab Tower", "Field Services", "Hall 6", "Square Off", "Google Drive": a
 * break-it review, session 19).
 */
const PLACE_AFTER = /^\s+(?:Park|Street|Road|Avenue|Court|Lane|Boulevard|Terrace|Crescent|Stadium|Arena|Plaza|Mall)\b(?![-‐‑])/u;
/**
 * A gulf, a strait, a peninsula or islands after a name: a place only after "the" ("the Saronic Gulf": a
 * newcomer's trial, session 20), as "EDGE Gulf partners", "Hanwha Peninsula programmes" or "Saronic Gulf Coast
 * shipyard" are the firm's (a break-it review, session 20).
 */
const SEA_PLACE_AFTER = /^\s+(?:Gulf|Strait|Peninsula|Islands)\b(?![-‐‑]|\s+Coast\b)/u;

/** Whether the name at [start, end) of a text (as written) is a place's: before `PLACE_AFTER`'s words, or after "the" and before `SEA_PLACE_AFTER`'s. */
function placeNamedAt(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 16);
  return PLACE_AFTER.test(after) || (SEA_PLACE_AFTER.test(after) && /\b[Tt]he\s+$/u.test(text.slice(Math.max(0, start - 5), start)));
}

/**
 * The country a page writes right around a name (see country-namesakes.ts): `foreign` when it is another one than
 * `own` (before the name, or after it as its owner where nothing stands before: "Japan's …", "… of Korea"), `own` when the word
 * before is the entity's own country's.
 */
function namesakeCountry(scanned: ScannedText, candidate: Candidate, own: string): { foreign?: { word: string; after: boolean }; own: boolean } {
  const startInText = scanned.starts[candidate.start]!;
  const endInText = scanned.ends[candidate.end - 1]!;
  const before = countryBefore(scanned.text.slice(Math.max(0, startInText - LOOK_AROUND), startInText));
  if (before) return before.code === own ? { own: true } : { foreign: { word: before.word, after: false }, own: false };
  const after = countryAfter(scanned.text.slice(endInText, endInText + LOOK_AROUND));
  return after && after.code !== own ? { foreign: { word: after.word, after: true }, own: false } : { own: false };
}

/**
 * A match must not touch a word character, nor sit inside a user name, hashtag, address or file
 * name: "van_helsing_77", "@anduril", "helsing.ai", "www.tekever.com", "tekever@example.org".
 */
function isolated(cased: string, start: number, end: number): boolean {
  const after = cased[end];
  if (!startsWord(cased, start) || extendsWord(after, cased[end - 1]) || after === '_' || after === '@') return false;
  // "helsing.ai", "tekever.com/…": a lower-case domain label right after the dot.
  if (after === '.' && /^\.[a-z]{2,}\b/.test(cased.slice(end, end + 12))) return false;
  return true;
}

/**
 * Whether a name may be read with a German genitive "s" after it ("Helsings Drohnen", "Carpetlights
 * Scheinwerfer": blind German articles write it so): a firm's or programme's name as the dataset writes
 * it, with lower-case letters (an acronym's "s" is a plural: "SMEs"), not ending in a sibilant (whose
 * genitive takes an apostrophe or nothing). The name's own rules (the page's topic, context words) still apply.
 */
function mayTakeGenitive(variant: Variant): boolean {
  const { entry } = variant;
  return (
    !variant.derived &&
    (entry.category === 'firm' || entry.category === 'program') &&
    !entry.umbrella &&
    variant.cased.length >= 4 &&
    /\p{Ll}/u.test(variant.cased) &&
    /^\p{Lu}/u.test(variant.cased) &&
    /[\p{L}](?<![sxzßSXZ])$/u.test(variant.cased)
  );
}

/**
 * German function words that no English or French sentence uses ("des", "die", "den" are French or English
 * too: "des Boeings pour Qatar Airways"): three of them around a name say the sentence is German. The text is
 * read without its accents ("für" as "fur").
 */
const GERMAN_WORDS = /(?<![\p{L}])(?:der|das|dem|und|mit|fur|ist|sind|nicht|auch|sich|wird|wurde|werden|einer|eines|einem|zum|zur|uber|nach|haben|bereits|soll|sollen)(?![\p{L}])/gu;
/** The tail of a German compound that names a maker or supplier: "…hersteller", "…bauer", "…anbieter". */
const MAKER_COMPOUND_TAIL = /\p{Ll}(?:hersteller|bauer|anbieter|konzern|spezialist|zulieferer|produzent|entwickler|betreiber|unternehmen|firma|schmiede)$/u;

/** German numbers and quantifiers (read without accents): before a name with an "s", they make it a plural. */
const GERMAN_COUNTS = String.raw`zwei|drei|vier|funf|sechs|sieben|acht|neun|zehn|elf|zwolf|weitere[nmrs]?|mehrere[nmr]?|viele[nmr]?|einige[nmr]?|alle[nmr]?|\d[\d.,]*`;
/** Before a genitive of a name of several words, what makes it a plural: a number or a quantifier. */
const GENITIVE_NUMBER_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${GERMAN_COUNTS})\s+$`, 'iu');
/** Before a genitive of a one-word name, what makes the word a plural or a noun: an article, a number or a quantifier. */
const GENITIVE_BLOCKED_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:der|die|das|des|dem|den|ein|eine|einer|eines|einem|${GERMAN_COUNTS}|neue[nmrs]?)\s+$`, 'iu');

/** Whether the text around an offset reads as German (a genitive "s" means nothing in English or French). */
function germanAround(cased: string, at: number): boolean {
  return germanBlock(cased.slice(Math.max(0, at - 160), at + 160));
}

/**
 * Whether an acronym written as a word stands where the word would: at a sentence's or a block's start, or
 * beside another capitalised word (a name: "Pope Leo", "Safe Pro Group"). Inside its own definition's brackets
 * it is the acronym.
 */
function wordUseOfAcronym(cased: string, start: number, end: number): boolean {
  if (cased[start - 1] === '(' || /^\(\s?[«“"]?\s?$/u.test(cased.slice(Math.max(0, start - 4), start))) return false;
  const before = cased.slice(Math.max(0, start - 40), start);
  if (/(?:^|[.!?:;•–—]\s*|[\n])\s*[«“"„'‘]?\s*$/u.test(before)) return true;
  if (/\p{Lu}[\p{L}\p{N}.-]*\s+$/u.test(before)) return true;
  return /^\s+\p{Lu}/u.test(cased.slice(end, end + 3));
}

/** Whether a block of text is German: three of its everyday words at least. */
function germanBlock(cased: string): boolean {
  let found = 0;
  for (const _ of cased.matchAll(GERMAN_WORDS)) if ((found += 1) >= 3) return true;
  return false;
}

/** Whether a match may start here: not inside a word, a handle, a hashtag, a path or a domain. */
function startsWord(cased: string, start: number): boolean {
  const before = cased[start - 1];
  if (extendsWord(before, cased[start]) || before === '_') return false;
  if (before === '@' || before === '#' || before === '\\') return false;
  // A slash joins two names ("Airbus/Thales") or starts a path ("/helsing", "example.com/Helsing"): only
  // after a capitalised word of letters alone is it the first.
  if (before === '/' && !/(?:^|\s)\p{Lu}[\p{L}\p{N}&-]*$/u.test(cased.slice(Math.max(0, start - 40), start - 1))) return false;
  if (before === '.' && isWordChar(cased[start - 2])) return false;
  return true;
}

export type { MatcherOptions } from './prepare-matcher';
export type { CompiledMatcher } from './compiled-matcher';
export { prepare } from './prepare-matcher';

/**
 * The one matcher of the project, used by the background, the extension pages and the maintainer
 * CLIs. Pure: no DOM, no browser APIs. Aliases, context words and topic words are all compiled into
 * one Aho-Corasick automaton, so a text is read once whatever the dataset size.
 *
 * Besides the dataset's per-alias rules, it reasons about the page as a whole (see `session`): the
 * topic gate, abbreviations the page defines, short forms of firms the page names in full, and a
 * firm's legal form after its name.
 *
 * The same as `matcherFrom(prepare(spec, options))`: where the compiled form can be kept (the
 * background stores it per dataset version), prepare once and use `matcherFrom`.
 */
export function compileMatcher(spec: MatcherSpec | readonly AliasEntry[], options: MatcherOptions = {}): Matcher {
  return matcherFrom(prepare(spec, options));
}

/**
 * A matcher from compiled data, with nothing rebuilt: the automaton runs on the data's arrays, and
 * patterns become objects as pages first mention them. With `terms` (a reader's terms prepared with
 * `{ base: data }`), both are matched as one: the same mentions as compiling the dataset's aliases
 * followed by the terms' (see joined-patterns.ts). The data must be sound: from `prepare`, or from
 * storage checked with `isCompiledMatcher`.
 */
export function matcherFrom(data: CompiledMatcher, terms?: CompiledMatcher): Matcher {
  const base = new PatternTable(data);
  const identity = terms ? `${data.version}+${fingerprint(terms.strings)}` : data.version;
  return matcherOver(terms ? new JoinedPatterns(base, new PatternTable(terms)) : base, identity);
}

/** A short hash of a text (FNV-1a, 32 bits, hex): tells one set of reader's terms from another. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(16);
}

/** `identity`: which matcher this is (dataset version, and the reader's terms), written into session states. */
function matcherOver(patterns: PatternSource, identity: string): Matcher {
  const { topicThreshold } = patterns;
  let misspelt: MisspeltNameIndex<AliasEntry> | undefined;
  /** Built on the first page that names something: thousands of names, indexed by their words. */
  const misspeltNames = () => (misspelt ??= new MisspeltNameIndex(patterns.spelledNames()));
  const scan = (text: string): ScannedText => {
    const { folded, cased, starts, ends } = normalizeText(text);
    const candidates: Candidate[] = [];
    const signals: Signal[] = [];
    /** Whether the text is German, read once and only when a context word is met inside a longer word. */
    let german: boolean | undefined;
    patterns.scan(folded, (pattern, start, end) => {
      if (!isolated(cased, start, end)) {
        // A term that may start a longer word ("Kestrel" in "KestrelSat"): the mention is the whole word,
        // and only the variants that allow it may take it.
        const partial = pattern;
        if (partial.prefix && startsWord(cased, start) && isWordChar(cased[end])) {
          let wordEnd = end;
          while (isWordChar(cased[wordEnd])) wordEnd += 1;
          if (cased[wordEnd] === '_') return;
          candidates.push({ start, end: wordEnd, partial: true, aliasEnd: end, pattern: { ...partial, variants: partial.variants.filter((v) => v.entry.prefix && !v.derived) } });
        } else if (partial.suffix && !isWordChar(cased[end]) && cased[end] !== '_' && start > 0 && isWordChar(cased[start - 1])) {
          // A compound's tail ("Radarsatelliten"): the mention is the whole word, from its start.
          let wordStart = start;
          while (wordStart > 0 && isWordChar(cased[wordStart - 1])) wordStart -= 1;
          if (cased[wordStart - 1] === '_') return;
          candidates.push({ start: wordStart, end, partial: true, pattern: { ...partial, variants: partial.variants.filter((v) => v.entry.suffix && !v.derived) } });
        } else if (cased[end] === 's' && startsWord(cased, start) && isolated(cased, start, end + 1)) {
          const owners = pattern.variants.filter((v) => mayTakeGenitive(v));
          if (owners.length > 0 && germanAround(cased, start)) candidates.push({ start, end: end + 1, genitive: true, pattern: { ...pattern, variants: owners } });
        }
        // In German a context word is as often the head or the tail of a compound: "Rüstung" in "Rüstungszulieferer",
        // "Panzer" in "Kampfpanzer" (a scout's pages, session 23: "der Augsburger Rüstungszulieferer Renk").
        if (pattern.signal && pattern.folded.length >= 5 && !pattern.folded.includes(' ') && (german ??= germanBlock(cased))) {
          const head = startsWord(cased, start) && isWordChar(cased[end]);
          const tail = !isWordChar(cased[end]) && start > 0 && isWordChar(cased[start - 1]);
          if (head || tail) {
            const written = cased.slice(start, end);
            signals.push({ folded: pattern.folded, start, end, capitalised: written !== written.toLowerCase() });
          }
        }
        return;
      }
      if (pattern.signal || pattern.topic) {
        const written = cased.slice(start, end);
        signals.push({ folded: pattern.folded, start, end, capitalised: written !== written.toLowerCase() });
      }
      if (pattern.variants.length > 0) candidates.push({ start, end, pattern });
    });
    // The automaton reports by end position: sort by start, for the binary search of nearby context.
    signals.sort((a, b) => a.start - b.start);
    return { text, folded, cased, starts, ends, candidates, signals };
  };

  /** A text, and around its line-end hyphens (PDF text layers only) and abbreviations inside names, their other reading. */
  const scanBothReadings = (text: string): ScannedText => {
    const scanned = scan(text);
    const stretches = [...hyphenReadings(text), ...(text.includes(') ') ? abbreviationReadings(text) : [])];
    if (stretches.length > 0) scanned.alternates = stretches.map(({ from, text: reading, spans }) => ({ from, scanned: scan(reading), spans }));
    return scanned;
  };

  const session = (sessionOptions: SessionOptions = {}): MatchSession => {
    const probe = sessionOptions.probe === true;
    const resumed = sessionOptions.state?.matcher === identity ? sessionOptions.state : undefined;
    const pageSignals = new Set<string>(resumed?.signals);
    const topicHits = new Set<string>(resumed?.topics);
    const specificEntities = new Set<string>(resumed?.specific);
    /** Firms whose guarded name the page took beside its context words (see `takeConfirmedFirms`); not topic evidence. */
    const confirmedFirms = new Set<string>(resumed?.confirmed);
    /** How often the page names each technology, by mentions that stand: entity id → count (see `takePlaceWords`). */
    const technologyMentions = new Map<string, number>(resumed?.technologyMentions);
    /** How often each entity's generic aliases occur: a term a short report repeats is its subject. */
    const genericCounts = new Map<string, number>(resumed?.generic);
    /** Entities the page names by a written (not derived) alias: their short forms count. */
    const namedInFull = new Set<string>(resumed?.namedInFull);
    /**
     * Firms and programmes the page names uninflected (a mention taken, not a genitive): only those are read in
     * a German genitive ("Helsing … Helsings HX-2"), which the page's other candidates are decided before. A break-it review (session 18) had "des Alphabets",
     * "Keplers drittes Gesetz" and "Galileos Fernrohr" read as firms and programmes the page never names.
     */
    const plainNames = new Set<string>(resumed?.plainNames);
    /**
     * A firm's full name as the page writes it, where that is not the dataset's case ("Arx Robotics" for
     * "ARX Robotics"): its short form is then read in the page's case too ("Arx").
     */
    const namedInFullAs = new Map<string, string[]>(resumed?.namedInFullAs);
    /** Abbreviations the page defines after a dataset name: cased abbreviation → that name's entry. */
    const definedHere = new Map<string, AliasEntry>(resumed?.defined);
    /** Abbreviations the page defines after a name the dataset does not know. */
    const redefinedHere = new Set<string>(resumed?.redefined);
    /**
     * Of those, letters the page gave another country's namesake of a dataset programme ("Japan's Defense Innovation
     * Unit (DIU)"): the letters → the countries of the dataset's entities they are otherwise (see `pick`).
     */
    const namesakeLetters = new Map<string, string[]>(resumed?.namesakeLetters);
    /**
     * Firms the dataset does not know that the page names as firms (page-named-firms.ts): name → entry,
     * and the text (in reading order) that named it. A name counts from that text on, not before: a page
     * is matched as it is read, in batches, and what a later batch establishes does not reach back.
     */
    const firmsNamedHere = new Map<string, { entry: AliasEntry; from: number; evidence?: string }>(
      resumed?.firms.map(([key, entry, from, evidence]) => [key, evidence === undefined ? { entry, from } : { entry, from, evidence }]),
    );
    /**
     * Programmes the dataset does not know that the page names (page-named-programmes.ts): name or
     * abbreviation → entry, and the text that named it; as `firmsNamedHere`.
     */
    const programmesNamedHere = new Map<string, { entry: AliasEntry; from: number }>(resumed?.programmes.map(([key, entry, from]) => [key, { entry, from }]));
    let textsScanned = resumed?.texts ?? 0;
    /** Whether a text resolved so far had a mention of the dataset's or the reader's (not an umbrella's). */
    let namesSomething = resumed?.namesSomething ?? false;
    /** Whether a text read so far has a phrase of defence innovation ("defence start-ups": `namesDefenceInnovation`). */
    let defenceInnovationSeen = resumed?.defenceInnovation ?? false;
    /** The last text read introduced a list of firms, or was one of its items (see `bulletedFirms`). */
    let firmListOpen = resumed?.firmListOpen ?? false;
    /** Names the page said are no firm ("X, a registered charity"): never named as firms from then on (`nonFirmNamesIntroduced`). */
    const notFirmsHere = new Set<string>(resumed?.notFirms);
    /** Notes a name (as written, or as read); it is looked for in the matcher's reading of each text. */
    const nameFirmHere = (name: string, from: number, evidence?: string): string => {
      const key = normalizeText(name).cased;
      // A name the dataset knows is the dataset's to decide; one the page said is no firm stays plain.
      if (firmsNamedHere.has(key) || notFirmsHere.has(key) || patterns.get(normalizeAlias(name).folded)?.variants.length) return key;
      const entry: AliasEntry = { entityId: `${PAGE_FIRM_PREFIX}${name}`, category: 'firm', text: name, caseSensitive: true };
      firmsNamedHere.set(key, evidence === undefined ? { entry, from } : { entry, from, evidence });
      return key;
    };
    /**
     * Notes a programme (and its abbreviation) the page names. A name the dataset knows stays the
     * dataset's where the dataset takes it (its mention comes first); where the dataset's rules turn it
     * down ("Canada's Defence Industrial Strategy", not the UK's), it is the page's programme. Never a
     * name the dataset keeps as context (an umbrella, an event).
     */
    const nameProgrammeHere = ({ name, abbreviation }: IntroducedProgramme, from: number) => {
      const key = normalizeText(name).cased;
      if (programmesNamedHere.has(key) || patterns.get(normalizeAlias(name).folded)?.variants.some((v) => v.entry.umbrella || v.entry.category !== 'program')) return;
      const entityId = `${PAGE_PROGRAMME_PREFIX}${name}`;
      programmesNamedHere.set(key, { entry: { entityId, category: 'program', text: name, caseSensitive: true }, from });
      // The abbreviation the page gives it, unless the page already has it for something else, or the dataset
      // has it for an umbrella or a firm. Letters the dataset has for another programme are this one's on this
      // page ("Organisation for Defence Innovation and Defence Industry (ODIN)", not the Dutch ODIN: a blind
      // dev article, session 26), unless the dataset knows the name too: its own letters are then its own.
      const letters = abbreviation ? patterns.get(normalizeAlias(abbreviation).folded)?.variants : undefined;
      const nameKnown = Boolean(patterns.get(normalizeAlias(name).folded)?.variants.length);
      if (abbreviation && !programmesNamedHere.has(abbreviation) && !(nameKnown ? letters?.length : letters?.some((v) => v.entry.umbrella || v.entry.category !== 'program'))) {
        programmesNamedHere.set(abbreviation, { entry: { entityId, category: 'program', text: abbreviation, caseSensitive: true }, from });
      }
    };
    /** Whether the page gave the entity in full a name that starts with this word, as written ("Arx Robotics" for "Arx"). */
    const namedInFullFrom = (entityId: string, surface: string) => namedInFullAs.get(entityId)?.some((name) => name.startsWith(`${surface} `)) ?? false;
    /** A firm's short form written in the case the page wrote the firm's full name in ("Arx" after "Arx Robotics"). */
    const inPageCase = (variant: Variant, surface: string) =>
      variant.derived === 'short-form' && !variant.entry.caseSensitive && namedInFullFrom(variant.entry.entityId, surface);
    /**
     * A firm's exact-case alias read in the case of the first word of the name the page gave it in full
     * ("Stark" after "Stark Defence", the dataset writing "STARK"): the same word, the same firm.
     */
    const firstWordNamed = (variant: Variant, surface: string) =>
      variant.entry.category === 'firm' && !variant.derived && surface.length >= 3 && variant.cased.toLowerCase() === surface.toLowerCase() && namedInFullFrom(variant.entry.entityId, surface);
    const topicScore = () => {
      const evidence = topicHits.size + specificEntities.size;
      // Repeated technology terms only add to other evidence: a baking blog repeats "drones" too.
      if (evidence === 0) return 0;
      let repeated = 0;
      for (const count of genericCounts.values()) if (count >= 2) repeated += 1;
      return evidence + repeated;
    };
    const onTopic = () => topicScore() >= topicThreshold;
    /** See `MatchSession.pageNamesOpen`: a page of the field names its own firms and programmes. */
    const pageNamesOpen = () => (namesSomething || (defenceInnovationSeen && isDefencePage(topicHits))) && onTopic();

    const pick = (scanned: ScannedText, candidate: Candidate): Picked | { reason: string; variant?: Variant; listable?: Variant } => {
      // A German genitive ("Helsings") is read as the name it ends ("Helsing"); the mention keeps its "s".
      const surface = scanned.cased.slice(candidate.start, candidate.genitive ? candidate.end - 1 : candidate.end);
      if (candidate.genitive) {
        const named = candidate.pattern.variants.filter((v) => plainNames.has(v.entry.entityId));
        // A name's genitive takes no article or number: "die Boeings", "zehn weitere Boeings", "des Iridiums" are
        // plurals and nouns. And only of a name the page also writes uninflected.
        if (named.length === 0) return { reason: `“${surface}s” read as a German genitive, but the page never writes “${surface}” plainly`, variant: candidate.pattern.variants[0] };
        const before = scanned.cased.slice(Math.max(0, candidate.start - 30), candidate.start);
        // A name of several words takes its article ("des Cyber Innovation Hubs"); a number still makes it a plural.
        if ((surface.includes(' ') ? GENITIVE_NUMBER_BEFORE : GENITIVE_BLOCKED_BEFORE).test(before)) return { reason: `“${surface}s” after an article or a number: a plural or a noun, not a genitive`, variant: named[0] };
        const picked = pickByRules(scanned, candidate, surface, named);
        return 'rule' in picked ? { ...picked, rule: `${picked.rule}, German genitive “${surface}s”` } : picked;
      }
      // Letters the page defines twice, as a dataset entity and as something else ("CS (cyber security)", "CS
      // (Caesarean section)"), are neither: they stay plain.
      // An acronym written as a word ("Safe") is that word too: only mid-sentence and outside a longer name is it the
      // page's acronym ("Safe to say", "Step by step", "Pope Leo", "Safe Pro Group" are not: a break-it review,
      // session 23); elsewhere the dataset's own rules decide.
      const wordUse = writtenAsWord(surface) && wordUseOfAcronym(scanned.cased, candidate.start, candidate.end);
      const defined = redefinedHere.has(surface) || wordUse ? undefined : definedHere.get(surface);
      if (defined && notAnAbbreviationUse(scanned.cased, candidate.start, candidate.end)) return { reason: `“${surface}” here is a time or a place code, not the abbreviation the page defines`, variant: candidate.pattern.variants[0] };
      if (defined) {
        // The page's own definition decides which entity the letters are; the dataset's rules only
        // decide how the reader is told why.
        const own = candidate.pattern.variants.find((v) => v.entry.entityId === defined.entityId);
        const usual = own && pickByRules(scanned, candidate, surface, [own]);
        if (usual && 'rule' in usual) return usual;
        // Except where the text right around it says it is something else ("EDF Renewables", "EDF, the
        // French utility"): a definition elsewhere on the page does not overrule that.
        if (usual && /^(followed by|preceded by) an excluded word|nearby says it is something else$/.test(usual.reason)) return usual;
        return { variant: own ?? { entry: { ...defined, text: surface, caseSensitive: true }, cased: surface }, rule: `defined on this page as “${surface}”` };
      }
      if (!probe && redefinedHere.has(surface)) {
        // Letters the page gave another country's namesake ("Japan's Defense Innovation Unit (DIU)") are still the
        // dataset's entity's after its own country's word ("the Pentagon's DIU", "the US DIU").
        const countries = namesakeLetters.get(surface);
        const start = scanned.starts[candidate.start]!;
        const own = countries && countryBefore(scanned.text.slice(Math.max(0, start - LOOK_AROUND), start));
        const ownVariants = own && countries.includes(own.code) ? candidate.pattern.variants.filter((v) => v.entry.country === own.code) : [];
        if (ownVariants.length > 0) return pickByRules(scanned, candidate, surface, ownVariants);
        return { reason: `“${surface}” is defined on this page as something else${countries ? ' (another country’s namesake)' : ''}`, variant: candidate.pattern.variants[0] };
      }
      return pickByRules(scanned, candidate, surface, candidate.pattern.variants);
    };

    const pickByRules = (scanned: ScannedText, candidate: Candidate, surface: string, variants: readonly Variant[]): Picked | { reason: string; variant?: Variant; listable?: Variant } => {
      let reason = '';
      let rejected: Variant | undefined;
      /** A technology or firm name turned down only for want of its context words: a list of its kind may still take it. */
      let listable: Variant | undefined;
      // The reason kept is the first variant's, except that a written alias's reason outranks a short form
      // derived from a firm's name ("Space" of Space Capital): the written alias is what the text meant.
      const reject = (variant: Variant, why: string) => {
        if (!reason || (rejected?.derived === 'short-form' && variant.derived !== 'short-form')) {
          reason = why;
          rejected = variant;
        }
      };
      for (const variant of variants) {
        const { entry } = variant;
        if ((entry.caseSensitive || variant.derived === 'short-form') && variant.cased !== surface && !inPageCase(variant, surface) && !firstWordNamed(variant, surface)) {
          reject(variant, 'case differs');
          continue;
        }
        // A name written as one word is the firm's only in the firm's own capitals ("ShieldAI"; "Hawkeye360"
        // replay cameras, "shieldai.com" are not), on a page about defence or technology (a novel's coined
        // "SpearAI"), and not as a package's or file's name ("ScaleAI-client": a break-it review, session 16).
        // The same for a name with "and" for its "&" ("Alice and Bob"), and only as an item of a list of names
        // ("deals with Alice and Bob, C12, Pasqal"): a cryptography explainer's "Alice and Bob share a key"
        // are placeholders (a break-it review, session 17).
        if (variant.derived === 'joined') {
          const endInText = scanned.ends[candidate.end - 1]!;
          const startInText = scanned.starts[candidate.start]!;
          const withAnd = / and /u.test(variant.cased);
          const inNameList = LIST_ITEM_AHEAD.test(scanned.text.slice(endInText, endInText + 40)) || LIST_ITEM_BEHIND.test(scanned.text.slice(Math.max(0, startInText - 60), startInText));
          if (variant.cased !== surface || !onTopic() || /^[-_.]\w/u.test(scanned.text.slice(endInText, endInText + 2)) || (withAnd && !inNameList)) {
            reject(variant, `${joinedHow(variant.cased)}, not as the firm writes it${withAnd ? ', not in a list of names' : ''} or not on a page about defense or technology`);
            continue;
          }
        }
        // A firm's short form that is also a technology's word, capitalised only to open a sentence and followed
        // by what that technology makes or does, is the technology ("Quantum Systems … Quantum hardware is
        // expensive", "Quantum effects are hard to control": a newcomer's trial, session 24), not the firm.
        if (variant.derived === 'short-form' && variants.some((v) => v.entry.category === 'edt') && sentenceStartsAt(scanned.text, scanned.starts[candidate.start]!) && TECHNOLOGY_NOUN_AFTER.test(scanned.text.slice(scanned.ends[candidate.end - 1]!, scanned.ends[candidate.end - 1]! + 30))) {
          reject(variant, 'a technology’s word before what the technology makes, not the firm’s short form');
          continue;
        }
        const sharedShortForm = variant.derived === 'short-form' && variants.filter((v) => v.derived === 'short-form').length > 1;
        // A programme's short form ("Innovation Fund") is ordinary words: only ever after its full name.
        if (variant.derived === 'short-form' && !namedInFull.has(entry.entityId) && (sharedShortForm || entry.category === 'program' || !DISTINCTIVE.test(variant.cased))) {
          reject(variant, `short form, but the page never names the ${entry.category === 'program' ? 'programme' : 'firm'} in full`);
          continue;
        }
        // A firm's name of several words written with capitals is its name only with them: "Russian
        // helicopters", "a Russian naval group", "electro-optic systems" are words (a break-it review,
        // session 13). Not programmes: French capitalises a name's first word only ("Fonds innovation
        // défense"), and blind labellers count "the drone coalition" (dev).
        if (!probe && !entry.caseSensitive && !variant.derived && entry.category === 'firm' && !capitalsKept(variant.cased, surface)) {
          reject(variant, 'written in lower case where the name has capitals');
          continue;
        }
        // Exclusions read the page text as written (before hyphens become spaces), so "ARPA-E" is seen.
        const endInText = scanned.ends[candidate.end - 1]!;
        const startInText = scanned.starts[candidate.start]!;
        // A compound's head is read from the alias's end, inside the word, so that a prefix alias may exclude
        // the words it starts ("bull…" after "cyber" would keep "cyberbullying" plain); a generic technology word
        // opening a word with a capital inside it opens a brand ("QuantenTech", "CyberArk"), not a compound.
        const followsAt = candidate.aliasEnd !== undefined ? scanned.ends[candidate.aliasEnd - 1]! : endInText;
        if (!probe && candidate.aliasEnd !== undefined && entry.generic && /\p{Lu}/u.test(scanned.text.slice(followsAt, endInText))) {
          reject(variant, 'opens a brand written with a capital inside ("CyberArk")');
          continue;
        }
        if (!probe && variant.notFollowedBy?.test(scanned.text.slice(followsAt, followsAt + LOOK_AROUND))) {
          reject(variant, `followed by an excluded word (${entry.notFollowedBy})`);
          continue;
        }
        if (!probe && variant.notPrecededBy?.test(scanned.text.slice(Math.max(0, startInText - LOOK_AROUND), startInText))) {
          reject(variant, `preceded by an excluded word (${entry.notPrecededBy})`);
          continue;
        }
        // A programme named by ordinary words after another country's word is that country's namesake ("Taiwan's
        // Defense Innovation Unit" is not the US DIU): the page's own reading may take it (country-namesakes.ts).
        // Its own country's word there names it whatever other countries the text around names: "the UK's Defence AI
        // Centre" beside "the Korean Defence AI Centre" (a newcomer's trial, session 28), which its `unless` words
        // had turned down.
        let ownCountryBefore = false;
        if (!probe && entry.country !== undefined && namedByOrdinaryWords(variant.cased)) {
          const around = namesakeCountry(scanned, candidate, entry.country);
          if (around.foreign) {
            reject(variant, `another country’s namesake (“${around.foreign.word}” ${around.foreign.after ? 'after' : 'before'} it)`);
            continue;
          }
          ownCountryBefore = around.own;
        }
        // An acronym that is also a currency's code, beside an amount, is the currency ("AED 4.7bn"). Not a
        // firm's: "Nvidia 41.1bn, AMD 3.2bn" is its revenue (a break-it review, session 21).
        if (!probe && entry.caseSensitive && entry.category !== 'firm' && isCurrencyCode(variant.cased) && currencyAmountAt(scanned.text, startInText, endInText)) {
          reject(variant, 'a currency code beside an amount ("AED 4.7bn")');
          continue;
        }
        // An acronym that is also a word, which the dataset guards with context words ("SAFE", "MIND", "EDGE"),
        // says nothing by its capitals in a line written all in capitals ("IS YOUR PENSION SAFE IN A TANK
        // FACTORY?", "STAY SAFE", "INSIDE THE MIND OF …": a newcomer's trial, session 24). Unguarded ones
        // ("DIANA", "TEKEVER") still name their entity there.
        if (!probe && entry.caseSensitive && entry.context && ALL_CAPITALS.test(variant.cased) && shoutedAt(scanned.text, startInText, endInText) && !namedInCapitals(scanned.text, startInText, endInText, entry.context.anyOf)) {
          reject(variant, 'a word in a line written in capitals');
          continue;
        }
        // A firm's name before a street's, a park's or a building's word names the place ("Anduril Park",
        // "Palantir Court": a newcomer's trial, session 19), as a person's name there would; so does "the … Gulf".
        if (!probe && entry.category === 'firm' && !titleCase(scanned) && placeNamedAt(scanned.text, startInText, endInText)) {
          reject(variant, 'the name of a street, park or building');
          continue;
        }
        // A generic word the dataset writes with a capital is a German noun ("Störsender", "Roboter"),
        // capitalised by grammar, as the noun before it is ("Rüstungsfirmen Störsender"): only a capitalised
        // word after it makes it part of a name ("KUKA Roboter GmbH").
        const nounByGrammar = entry.generic && !entry.caseSensitive && CAPITALISED.test(entry.text);
        // A technology the dataset writes in lower case, capitalised before a capitalised word, is part of a
        // name too ("Association for Uncrewed Vehicle Systems International": a blind batch, session 16); only
        // the word after tells, as in a list or after a sentence's opener any word may be capitalised
        // ("Artificial Intelligence, Quantum Computing and …", "Why Quantum Computing matters").
        const capitalisedInName = entry.category === 'edt' && !entry.caseSensitive && entry.text === entry.text.toLowerCase() && CAPITALISED.test(surface);
        // A German compound naming a maker ("Satellitenhersteller ICEYE", "der Bremer Satellitenbauer OHB") stands
        // before the firm's name as its description, not inside it (a newcomer's trial, session 18).
        const makerBeforeName = candidate.partial === true && MAKER_COMPOUND_TAIL.test(surface);
        if (!probe && !makerBeforeName && ((entry.generic && entry.category === 'edt') || variant.derived === 'short-form' || capitalisedInName) && insideProperName(scanned, candidate.start, candidate.end, variant.derived === 'short-form', nounByGrammar || (capitalisedInName && !entry.generic), entry.category === 'edt' && entry.caseSensitive === true, capitalisedInName && !entry.generic && !nounByGrammar, entry.generic && entry.category === 'edt' ? () => nounByGrammar || germanAround(scanned.cased, candidate.start) : undefined)) {
          reject(variant, 'part of a capitalised name');
          continue;
        }
        // A technology word opening an event's name names the event ("Counter-UAS Technology USA Conference",
        // "Quantum Defence Summit"): blind labellers count no technology there (session 16). Not in a heading in
        // title case, where "Drone Makers Flock To Paris Air Show" capitalises every word.
        if (!probe && entry.category === 'edt' && CAPITALISED.test(scanned.cased[candidate.start] ?? '') && EVENT_NAME_AFTER.test(scanned.text.slice(scanned.ends[candidate.end - 1]!, scanned.ends[candidate.end - 1]! + 80).replace(/^\+/u, '')) && !titleCase(scanned)) {
          reject(variant, 'part of an event’s name');
          continue;
        }
        if (!probe && entry.category === 'edt' && entry.generic && inOfficeName(scanned.cased, candidate.start, candidate.end)) {
          reject(variant, 'part of a job title or office ("Commissioner for Space", "Chief Data Officer")');
          continue;
        }
        // A German compound whose technology word modifies an office, an event or a policy names that, not
        // the technology ("Weltraumkommando", "Weltraumkongress", "Raumfahrtbehörde"): as an English job
        // title or event name would (a blind batch, session 17).
        if (!probe && candidate.partial && entry.category === 'edt' && COMPOUND_INSTITUTION_TAIL.test(surface) && !COMPOUND_INSTITUTION_TAIL.test(variant.cased)) {
          reject(variant, 'a compound naming an office, event or policy ("Weltraumkommando", "Weltraumkongress")');
          continue;
        }
        // So does one written with a hyphen ("KI-Beauftragte", "Drohnen-Koordinator": a newcomer's trial, session 21).
        if (!probe && entry.category === 'edt' && hyphenedOfficeAfter(scanned.text, endInText)) {
          reject(variant, 'a compound naming an office, event or policy ("KI-Beauftragte", "Drohnen-Konferenz")');
          continue;
        }
        // Words that say it is something else come before the topic gate: a page's definition of the letters
        // overrules the gate, not them ("The European Defence Fund (EDF) … the French power company EDF": a
        // newcomer's trial, session 26).
        if (!probe && variant.unless && entry.unless && !ownCountryBefore) {
          const veto = contextWord(scanned, candidate, variant.unless, entry.unless.scope, entry.unless.window, pageSignals, onTopic());
          if (veto) {
            reject(variant, `“${veto}” ${entry.unless.scope === 'page' ? 'on the page' : 'nearby'} says it is something else`);
            continue;
          }
        }
        if (entry.generic && !onTopic()) {
          reject(variant, `generic term on a page not about defense or technology (topic score ${topicScore()} < ${topicThreshold})`);
          continue;
        }
        let rule = entry.caseSensitive ? 'exact-case alias' : 'alias (any case)';
        if (variant.derived === 'number') rule = `${entry.caseSensitive ? 'exact-case alias' : 'alias'} “${entry.text}”, other number`;
        if (variant.derived === 'joined') rule = `“${entry.text}” ${joinedHow(variant.cased)}`;
        if (!variant.derived && variant.cased !== surface && firstWordNamed(variant, surface)) rule = `“${variant.cased}” in the case of the name the page gives the firm in full`;
        if (variant.derived === 'short-form') rule = namedInFull.has(entry.entityId) ? `short form of a ${entry.category === 'program' ? 'programme' : 'firm'} the page names in full` : 'distinctive short form of a firm name';
        // A technology word is generic; a firm's or programme's name that needs the page's topic has other meanings.
        if (entry.generic) rule = entry.category === 'edt' ? 'generic term, on a page about defense or technology' : 'a name with other meanings, on a page about defense or technology';
        // A firm the page names by a name that needs no rule ("Stark Defence", "Indra Sistemas") is what its
        // shorter, guarded name means on that page too ("Stark says…", "Indra said…": a break-it review's
        // misses, session 13), exact case and exclusions still applying.
        // The same for a programme's guarded name written as no word or acronym is ("xTech" after "the xTech
        // program": a blind batch, session 20): a capital inside a word, or a digit. Not for one of ordinary words
        // ("Defence City", "AI Action Plan"), which other countries' bodies and plans share (a break-it review,
        // session 19), nor for an acronym, which pages reuse for something else beside the programme ("space
        // domain awareness, or SDA", "an NSC spokesperson", "MDA's satellites": a break-it review, session 20).
        if (variant.context && entry.context && !entry.generic && (entry.category === 'firm' || (entry.category === 'program' && MIXED_CASE_OR_DIGIT.test(variant.cased))) && entry.caseSensitive && specificEntities.has(entry.entityId)) {
          rule = `${rule}, the page names the ${entry.category === 'firm' ? 'firm' : 'programme'} in full`;
        } else if (variant.context && entry.context && !entry.generic && entry.category === 'firm' && entry.caseSensitive && confirmedFirms.has(entry.entityId) && mayTakeConfirmed(scanned, candidate)) {
          return { variant, rule: `${rule}${CONFIRMED_ELSEWHERE}`, confirmed: true };
        } else if (variant.context && entry.context) {
          const word = contextWord(scanned, candidate, variant.context, entry.context.scope, entry.context.window, pageSignals, onTopic()) ?? (variant.contextNext && nextWord(scanned, candidate, variant.contextNext));
          if (!word) {
            reject(variant, `none of its context words ${entry.context.scope === 'page' ? 'on the page' : 'nearby'}`);
            if (entry.category === 'edt' || entry.category === 'firm') listable ??= variant;
            continue;
          }
          rule = `${rule}, with “${word}” ${entry.context.scope === 'page' ? 'on the page' : 'nearby'}`;
        }
        return { variant, rule };
      }
      return { reason, variant: rejected, listable };
    };

    /** A variant taken, and why; `confirmed` as in `Accepted`. */
    interface Picked {
      variant: Variant;
      rule: string;
      confirmed?: boolean;
    }

    /** Abbreviations the page defined that the automaton does not know: found by a plain search. */
    const definedOnlyHere = (scanned: ScannedText): Accepted[] => {
      const found: Accepted[] = [];
      for (const [abbreviation, entry] of definedHere) {
        if (redefinedHere.has(abbreviation) || patterns.get(normalizeAlias(abbreviation).folded)?.variants.length) continue;
        for (let at = scanned.cased.indexOf(abbreviation); at !== -1; at = scanned.cased.indexOf(abbreviation, at + 1)) {
          const end = at + abbreviation.length;
          if (!isolated(scanned.cased, at, end) || notAnAbbreviationUse(scanned.cased, at, end)) continue;
          if (writtenAsWord(abbreviation) && wordUseOfAcronym(scanned.cased, at, end)) continue;
          found.push({ start: at, end, variant: { entry: { ...entry, text: abbreviation, caseSensitive: true }, cased: abbreviation }, rule: `defined on this page as “${abbreviation}”` });
        }
      }
      return found;
    };

    /**
     * Firms the page named as firms, wherever they occur on it, and the names listed after or before a
     * firm mention ("Unseenlabs, Reflex CES ou Agenium"), on a page about defense or technology only.
     * A mention of the dataset's keeps its place: these fill the gaps between.
     */
    const takePageFirms = (scanned: ScannedText, accepted: Accepted[]) => {
      const { cased } = scanned;
      const free = (start: number, end: number) => !accepted.some((a) => a.start < end && start < a.end);
      // A firm's legal form is the mention's, as for the dataset's firms ("Kratos SRE Inc.").
      const take = (start: number, end: number, entry: AliasEntry, rule: string) => {
        const last = entry.category === 'firm' ? end + legalFormLength(cased, end, !titleCase(scanned), scanned) : end;
        accepted.push({ start, end: free(start, last) ? last : end, variant: { entry, cased: entry.text }, rule });
      };
      const order = scanned.order ?? 0;
      for (const [name, { entry, from, evidence }] of firmsNamedHere) {
        if (from > order) continue;
        // The words that introduced it, for the card: a reader judges the call from them ("the start-up Quobly").
        const rule = evidence && evidence !== name ? `named as a firm on this page: “${evidence}”` : 'named as a firm on this page';
        for (let at = cased.indexOf(name); at !== -1; at = cased.indexOf(name, at + 1)) {
          const end = at + name.length;
          if (isolated(cased, at, end) && free(at, end)) take(at, end, entry, rule);
        }
      }
      // Programmes: the longest name wins over a technology word inside it ("Quantum Benchmarking
      // Initiative", "AI Hardware Hub"); a firm's or a programme's mention inside keeps its place.
      for (const [name, { entry, from }] of programmesNamedHere) {
        if (from > order) continue;
        for (let at = cased.indexOf(name); at !== -1; at = cased.indexOf(name, at + 1)) {
          const end = at + name.length;
          if (!isolated(cased, at, end) || insideLongerName(cased, at, end)) continue;
          const inside = accepted.filter((a) => a.start < end && at < a.end);
          if (inside.some((a) => a.variant.entry.category !== 'edt' || a.start < at || a.end > end)) continue;
          for (const a of inside) accepted.splice(accepted.indexOf(a), 1);
          take(at, end, entry, 'named as a programme on this page');
        }
      }
      // Lists: each firm mention may carry the next item and the one before it.
      const takeListItem = (start: number, name: string, gap: string, firmText: string) => {
        const end = start + name.length;
        if (!cased.startsWith(name, start) || !isolated(cased, start, end) || !free(start, end)) return;
        // German capitalises every noun: "Rheinmetall und Bundesregierung" lists no firm.
        if (/\b(?:und|oder)\b/u.test(gap) && !name.includes(' ')) return;
        // "Indra Group, and José Vicente de los Mozos, the group's CEO": a person, whom a role follows.
        if (personNamedBefore(cased, end)) return;
        const named = firmsNamedHere.get(nameFirmHere(name, order));
        if (named) take(start, end, named.entry, `in a list of firms with “${firmText}”`);
      };
      for (let i = 0; i < accepted.length; i += 1) {
        const firm = accepted[i]!;
        if (firm.variant.entry.category !== 'firm' || firm.variant.entry.umbrella || firm.confirmed) continue;
        const firmText = scanned.text.slice(scanned.starts[firm.start]!, scanned.ends[firm.end - 1]!);
        // "between Palantir and Trump": a relation between two parties, not a list of firms.
        // Nor a person's affiliation: "Clayton Williams, Managing Director at IQT, and Artem Moroz of BRAVE1" (a scout's page,
        // session 31) lists people.
        const introduced =
          /\b(?:between|entre|zwischen)\s+$/iu.test(cased.slice(Math.max(0, firm.start - 24), firm.start)) || AFFILIATION_BEHIND.test(cased.slice(Math.max(0, firm.start - 40), firm.start));
        const gapAfter = LIST_GAP_AHEAD.exec(cased.slice(firm.end, firm.end + 20))?.[0];
        const next = gapAfter === undefined ? undefined : nameAt(cased, firm.end + gapAfter.length);
        if (next && gapAfter !== undefined && !introduced) {
          const start = firm.end + gapAfter.length;
          // After a bare comma the list must go on ("Unseenlabs, Reflex CES ou Agenium"): "Tesi, Jakob
          // Sandell said" is an apposition, a person.
          if (/\p{L}/u.test(gapAfter) || LIST_GAP_AHEAD.test(cased.slice(start + next.length, start + next.length + 20))) takeListItem(start, next, gapAfter, firmText);
        }
        const from = Math.max(0, firm.start - 80);
        const before = LIST_ITEM_BEHIND.exec(cased.slice(from, firm.start));
        const previous = before ? nameAt(before[1]!, 0) : undefined;
        if (before && previous !== undefined && previous === before[1]) {
          const start = from + before.index + before[0].indexOf(previous);
          const gap = before[0].slice(before[0].indexOf(previous) + previous.length);
          const lead = cased.slice(Math.max(0, start - 24), start);
          // Before a bare comma too, the list must go on (after the firm, or before this item), and a sentence's
          // first word before a bare comma is an opener ("Meanwhile, Anduril and Helsing …").
          const bareComma = !/\p{L}/u.test(gap);
          const listGoesOn = !bareComma || LIST_GAP_AHEAD.test(cased.slice(firm.end, firm.end + 20)) || /,\s*$/u.test(lead);
          const opensSentence = bareComma && /(?:^|[.!?:;]\s*)$/u.test(lead);
          // "… well beyond Lisbon, and TEKEVER's", "between Trump and Palantir": a place, a person or an object.
          // Nor the tail of a longer name joined by "and" before a bare comma ("le club HEC Aerospace Défense et Sécurité,
          // Defense Angels": a list's "and" comes before its last item; a scout's French page, session 31). (Not a noun
          // phrase's object: "le fabricant du char Leclerc, et Delair" reads as "les spécialistes de la robotique
          // Kestrelwind, Nordvik et Delair", a list of firms: a break-it review, session 31.)
          const tailOfName = bareComma && /\p{Lu}[\p{L}\p{N}’'-]*\s+(?:and|et|und|e|y|i|&)\s+$/u.test(lead);
          if (listGoesOn && !opensSentence && !tailOfName && !LIST_OPENER_BEHIND.test(lead)) takeListItem(start, previous, gap, firmText);
        }
      }
    };

    /**
     * A technology word that lacks its context words is still a technology when it stands in a list with
     * one the page names: "drones, cybersecurity and space", "AI and quantum". So is a firm's name among
     * firms ("the eight winners, Albedo, Beast Code, CesiumAstro, …, Umbra and Xona": names whose
     * context words are about their own field, not the list's). Turned-down candidates next to an
     * accepted mention of the same category across a list separator are accepted (and may in turn carry
     * the next one of the list); those taken leave `turnedDown`.
     */
    const takeListed = (scanned: ScannedText, accepted: Accepted[], turnedDown: { candidate: Candidate; variant: Variant; reason: string; listable?: Variant }[]) => {
      const { cased } = scanned;
      for (let taken = true; taken; ) {
        taken = false;
        for (let i = 0; i < turnedDown.length; i += 1) {
          const { candidate, listable } = turnedDown[i]!;
          if (!listable) continue;
          const category = listable.entry.category;
          const neighbour = accepted.find(
            (a) => a.variant.entry.category === category && ((a.end <= candidate.start && LIST_GAP.test(cased.slice(a.end, candidate.start))) || (a.start >= candidate.end && LIST_GAP.test(cased.slice(candidate.end, a.start)))),
          );
          if (!neighbour) continue;
          accepted.push({ start: candidate.start, end: candidate.end, variant: listable, rule: `in a list of ${category === 'firm' ? 'firms' : 'technologies'} with “${scanned.text.slice(scanned.starts[neighbour.start]!, scanned.ends[neighbour.end - 1]!)}”` });
          turnedDown.splice(i, 1);
          i -= 1;
          taken = true;
        }
      }
    };

    /**
     * Long names of the dataset's written with a slip ("Lockhead Martin", "Office fo Strategic Capital"):
     * one word off by a writer's slip, where no mention is (see misspelt-names.ts). A firm takes its legal form.
     */
    const takeMisspelt = (scanned: ScannedText, accepted: Accepted[]) => {
      const isKnown = (folded: string) => (patterns.get(folded)?.variants.length ?? 0) > 0;
      for (const { start, end, value: entry } of misspeltNames().find(scanned.folded, scanned.cased, isKnown)) {
        if (accepted.some((a) => a.start < end && start < a.end)) continue;
        const last = entry.category === 'firm' ? end + legalFormLength(scanned.cased, end, !titleCase(scanned), scanned) : end;
        accepted.push({ start, end: last, variant: { entry, cased: entry.text }, rule: `a misspelling of “${entry.text}”` });
      }
    };

    /**
     * One sense per page: a firm's guarded name taken beside its context words ("True Anomaly" near
     * "spacecraft") is that firm at its other uses on a page about defence or technology, where the
     * context words are paragraphs away (a blind batch's misses, session 16): this text's other uses are
     * taken now, later texts' by `pick`. Not on another page (a break-it review, session 16: "Leonardo"
     * near "Italian" on an art review, "Skyfall" near a "drone shot" on a film review), nor for a name of
     * one word, nor where the use reads as something else (`mayTakeConfirmed`); such a firm is no topic
     * evidence and carries no list.
     */
    const takeConfirmedFirms = (scanned: ScannedText, accepted: Accepted[], turnedDown: { candidate: Candidate; variant: Variant; reason: string }[]) => {
      for (const a of accepted) {
        const { entry } = a.variant;
        if (entry.category === 'firm' && entry.caseSensitive && entry.context && !entry.generic && !entry.umbrella && !a.confirmed) confirmedFirms.add(entry.entityId);
      }
      if (!onTopic()) return;
      for (let i = 0; i < turnedDown.length; i += 1) {
        const { candidate, variant, reason } = turnedDown[i]!;
        const { entry } = variant;
        if (!reason.startsWith('none of its context words') || entry.category !== 'firm' || !entry.caseSensitive || entry.generic) continue;
        if (!confirmedFirms.has(entry.entityId) || !mayTakeConfirmed(scanned, candidate)) continue;
        const end = candidate.end + legalFormLength(scanned.cased, candidate.end, true, scanned);
        accepted.push({ start: candidate.start, end, variant, rule: `exact-case alias${CONFIRMED_ELSEWHERE}`, confirmed: true });
        turnedDown.splice(i, 1);
        i -= 1;
      }
    };

    /**
     * A guarded technology word that is also a place (an alias marked `place`: "space"), used as one far from its
     * context words: "warning from space", "sent into space", on a page that has named the technology twice
     * ("satellites", "spacecraft", "space" beside "orbit"). Blind batches (sessions 14-20) lost such uses. Only
     * right after a preposition of place (`PLACE_PREPOSITION_BEFORE`), in the alias's own case: two break-it
     * reviews (session 20) found looser readings taking the everyday word, "cleanroom space", "time and space",
     * "told to space out", "due to space constraints", "access to energy". Not an acronym, not in a hyphenated
     * compound, not where a longer name around it was turned down for its exclusions ("square feet of commercial
     * space"); never back to an earlier text, so the browser's page read in batches finds what the eval does.
     * Lists of technologies are `takeListed`'s.
     */
    const takePlaceWords = (scanned: ScannedText, accepted: Accepted[], turnedDown: { candidate: Candidate; variant: Variant; reason: string }[]) => {
      // The technology's mentions that stand: one inside a longer one ("satellite" in "satellite constellation") is not another.
      for (const a of accepted) {
        const { entry } = a.variant;
        if (entry.category !== 'edt' || a.rule === PLACE_WORD_RULE) continue;
        if (accepted.some((b) => b !== a && b.start <= a.start && b.end >= a.end && b.end - b.start > a.end - a.start)) continue;
        technologyMentions.set(entry.entityId, (technologyMentions.get(entry.entityId) ?? 0) + 1);
      }
      if (!onTopic()) return;
      for (let i = 0; i < turnedDown.length; i += 1) {
        const { candidate, variant, reason } = turnedDown[i]!;
        const { entry } = variant;
        if (!entry.place || reason !== 'none of its context words nearby' || entry.category !== 'edt' || (technologyMentions.get(entry.entityId) ?? 0) < PLACE_WORD_MENTIONS) continue;
        // Not an acronym ("in GEO"), nor a capitalised word, which after "to" or "in" is a name's ("Assured Access to Space").
        if (variant.cased === variant.cased.toUpperCase() || scanned.cased.slice(candidate.start, candidate.end) !== variant.cased) continue;
        const startInText = scanned.starts[candidate.start]!;
        const endInText = scanned.ends[candidate.end - 1]!;
        const before = scanned.text.slice(Math.max(0, startInText - 30), startInText);
        if (!PLACE_PREPOSITION_BEFORE.test(before) || NOT_A_PLACE_BEFORE.test(before) || NOT_A_PLACE_AFTER.test(scanned.text.slice(endInText, endInText + 20))) continue;
        if (accepted.some((a) => a.start < candidate.end && candidate.start < a.end)) continue;
        if (turnedDown.some((t) => t.candidate.start <= candidate.start && t.candidate.end >= candidate.end && t.candidate.end - t.candidate.start > candidate.end - candidate.start && /^(?:followed|preceded) by/u.test(t.reason))) continue;
        accepted.push({ start: candidate.start, end: candidate.end, variant, rule: PLACE_WORD_RULE });
        turnedDown.splice(i, 1);
        i -= 1;
      }
    };

    /**
     * Whether a use of a confirmed firm's name may be the firm: a name of two words or more, on a page about
     * defence or technology, not part of a longer name or after a title ("Professor True Anomaly"), not a
     * compound's head or a law's name ("True Anomaly-style", "… 's law"), not a speaker's name.
     */
    const mayTakeConfirmed = (scanned: ScannedText, candidate: Candidate): boolean => {
      if (!onTopic()) return false;
      const { text } = scanned;
      const from = scanned.starts[candidate.start]!;
      const to = scanned.ends[candidate.end - 1]!;
      const before = text.slice(Math.max(0, from - 40), from);
      const after = text.slice(to, to + 12);
      const wordBefore = /(\p{Lu}[\p{L}.]*)\s+$/u.exec(before)?.[1];
      if (wordBefore && !SENTENCE_OPENERS.has(wordBefore)) return false;
      if (/^(?:[-‐‑]|['’]s?\s+(?:law|laws|theorem|equation|principle|rule|paradox)\b)/u.test(after)) return false;
      // A name of one word ("Leonardo", "Babcock", "Kepler") is as often a person, a place or a word: it
      // spreads nowhere (a second break-it review, session 16). Nor does a name with a capitalised word after
      // it (a longer name, "Leonardo Rossi"), or a speaker's ("said Babcock", "Babcock, who …").
      if (!/\s/u.test(text.slice(from, to))) return false;
      if (/^\s+\p{Lu}/u.test(after) || /^,\s+who\b/u.test(text.slice(to, to + 8)) || /\bsaid\s+$/u.test(before)) return false;
      return true;
    };

    /** One reading's mentions; `rewritten` for another reading of part of a text (see `resolve`). */
    const resolveReading = (scanned: ScannedText, rewritten = false): Mention[] => {
      const accepted: Accepted[] = definedHere.size > 0 ? definedOnlyHere(scanned) : [];
      const turnedDown: { candidate: Candidate; variant: Variant; reason: string; listable?: Variant }[] = [];
      // Genitives last: they count only for a name the page also writes plainly, in this text too.
      const genitives = scanned.candidates.filter((c) => c.genitive);
      for (const candidate of genitives.length > 0 ? [...scanned.candidates.filter((c) => !c.genitive), ...genitives] : scanned.candidates) {
        const picked = pick(scanned, candidate);
        if ('rule' in picked && !candidate.genitive && picked.variant.entry.category !== 'edt' && !probe) plainNames.add(picked.variant.entry.entityId);
        if ('rule' in picked) {
          let end = candidate.end;
          // A subsidiary's words before a legal form are the parent's only where no longer name starts here (the
          // dataset's "Thales Alenia Space" is its own firm), and not in a title-case heading ("Thales Acquires Imperva Inc.").
          const words = !titleCase(scanned) && !scanned.candidates.some((c) => c.start === candidate.start && c.end > candidate.end);
          if (picked.variant.entry.category === 'firm') end += legalFormLength(scanned.cased, end, words, scanned);
          accepted.push({ start: candidate.start, end, variant: picked.variant, rule: picked.rule, ...(candidate.partial ? { partial: true } : {}), ...(picked.confirmed ? { confirmed: true } : {}) });
        } else if (picked.variant) turnedDown.push({ candidate, variant: picked.variant, reason: picked.reason, listable: picked.listable });
      }
      if (!probe && !rewritten) takeConfirmedFirms(scanned, accepted, turnedDown);
      if (!probe && !rewritten) takePlaceWords(scanned, accepted, turnedDown);
      if (turnedDown.some((t) => t.listable)) takeListed(scanned, accepted, turnedDown);
      // Only on a page that names something of the dataset's (or the reader's) too, from that text on: a
      // page the first look finds nothing on is never annotated, so the eval must not highlight it either.
      if (!namesSomething && accepted.some((a) => !a.variant.entry.umbrella)) namesSomething = true;
      // A firm the page names is read from the text as written, not from a rewritten reading (whose page
      // firms were found only to be dropped, and whose list items would be noted as names for later texts).
      // A slip of the dataset's name before the page's own names: it has a card to show.
      if (!probe && !rewritten && namesSomething) takeMisspelt(scanned, accepted);
      if (!probe && !rewritten && pageNamesOpen()) takePageFirms(scanned, accepted);
      else if (!probe && !rewritten && !namesSomething) scanned.deferred = { accepted: [...accepted], others: [] };
      if (scanned.rejections) {
        for (const { candidate, variant, reason } of turnedDown) {
          scanned.rejections.push({
            start: scanned.starts[candidate.start]!,
            end: scanned.ends[candidate.end - 1]!,
            entityId: variant.entry.entityId,
            alias: variant.entry.text,
            surface: scanned.text.slice(scanned.starts[candidate.start]!, scanned.ends[candidate.end - 1]!),
            reason,
          });
        }
      }
      return mentionsOf(scanned, accepted);
    };

    /** The mentions of a reading's accepted candidates: longest first on overlap, in the text's offsets. */
    const mentionsOf = (scanned: ScannedText, accepted: Accepted[]): Mention[] => {
      // On the same span, a name written as a whole word ("Drohnenwall", an alias of its own) wins over a
      // compound read from its head ("Drohnen…", the technology).
      accepted.sort((a, b) => a.start - b.start || b.end - a.end || Number(a.partial ?? false) - Number(b.partial ?? false));
      const mentions: Mention[] = [];
      let reached = 0;
      for (const match of accepted) {
        if (match.start < reached) continue;
        reached = match.end;
        const start = scanned.starts[match.start]!;
        const end = scanned.ends[match.end - 1]!;
        const mention: Mention = {
          start,
          end,
          entityId: match.variant.entry.entityId,
          category: match.variant.entry.category,
          alias: match.variant.entry.text,
          surface: scanned.text.slice(start, end),
          rule: match.rule,
        };
        if (match.variant.entry.umbrella) mention.umbrella = true;
        // A technology word with the noun it modifies is one mention ("unmanned surface systems"), and an acronym
        // with a site or an edition after a hyphen ("CDL-Toronto", "DISC-9"), up to the next mention.
        // (The next mention and the language are looked up only for a mention that would grow: most do not.)
        const phraseEnd = mention.category === 'edt' ? technologyPhraseEnd(scanned.text, end) : namedPartEnd(scanned.text, start, end);
        // German joins nouns with a hyphen ("ESA-Budget"): there the acronym is the name.
        if (phraseEnd > end && !titleCase(scanned) && (mention.category === 'edt' || !germanAround(scanned.cased, match.start))) {
          const next = accepted.find((a) => a.start >= match.end);
          if (phraseEnd <= (next ? scanned.starts[next.start]! : scanned.text.length)) {
            mention.end = phraseEnd;
            mention.surface = scanned.text.slice(start, phraseEnd);
          }
        }
        // After a slash a name is one only beside another ("Airbus/Thales"): "Application Support/Google/Chrome",
        // "Logs/Palantir" are paths (a break-it review, session 18).
        // A picture's credit is not a path either: "Foto: Stedtler/Cyberagentur", "Photo: Reuters/Anduril" (a
        // blind batch, session 21: labellers count the firm there).
        if (scanned.text[start - 1] === '/' && mentions[mentions.length - 1]?.end !== start - 1 && !CREDIT_BEFORE_SLASH.test(scanned.text.slice(Math.max(0, start - 60), start))) continue;
        mentions.push(mention);
      }
      return mentions;
    };

    /**
     * A text's mentions; where parts of it read two ways (line-end hyphens, an abbreviation inside a
     * name), also those only the other reading finds across such a part ("counter-drone", "European
     * Innovation Council (EIC) Fund"), leftmost first and longest on overlap as always. The page's state
     * (topic, names in full, definitions) is taken from the first reading only.
     */
    const resolve = (scanned: ScannedText): Mention[] => {
      const mentions = resolveReading(scanned);
      if (!scanned.alternates) return mentions;
      const { text } = scanned;
      const others: Mention[] = [];
      for (const { from, scanned: reading, spans } of scanned.alternates) {
        for (const m of resolveReading(reading, true)) {
          const start = m.start + from;
          const end = m.end + from;
          if (spans.some(([spanStart, spanEnd]) => start < spanStart && end > spanEnd)) others.push({ ...m, start, end, surface: text.slice(start, end) });
        }
      }
      if (scanned.deferred) scanned.deferred.others = others;
      return mergeReadings(mentions, others);
    };

    /** A text's mentions with those only another reading found: leftmost first, longest on overlap. */
    const mergeReadings = (mentions: Mention[], others: Mention[]): Mention[] => {
      if (others.length === 0) return mentions;
      const merged: Mention[] = [];
      let reached = 0;
      // Stable sort: on the same span, the first reading's mention stays first and wins.
      for (const m of [...mentions, ...others].sort((a, b) => a.start - b.start || b.end - a.end)) {
        if (m.start < reached) continue;
        reached = m.end;
        merged.push(m);
      }
      return merged;
    };

    const scanTexts = (texts: readonly string[]) => {
      const scanned = texts.map(scanBothReadings);
      for (const s of scanned) {
        s.order = textsScanned;
        textsScanned += 1;
        if (!probe) {
          for (const name of nonFirmNamesIntroduced(s.text)) notFirmsHere.add(normalizeText(name).cased);
          for (const { name, evidence } of firmIntroductions(s.text)) nameFirmHere(name, s.order, evidence);
          const list = bulletedFirms(s.text, firmListOpen);
          for (const name of list.names) nameFirmHere(name, s.order);
          firmListOpen = list.open;
        }
        if (!probe) for (const programme of programmeNamesIntroduced(s.text)) nameProgrammeHere(programme, s.order);
        // Looked for only while the page names nothing of the dataset's: only then does the gate ask for it.
        if (!defenceInnovationSeen && !namesSomething) defenceInnovationSeen = namesDefenceInnovation(s.text);
        if (sessionOptions.explain) s.rejections = [];
        for (const signal of s.signals) {
          pageSignals.add(signal.folded);
          if (signal.capitalised) pageSignals.add(CAPITALISED_SIGNAL + signal.folded);
          if (patterns.get(signal.folded)?.topic) topicHits.add(signal.folded);
        }
        for (const candidate of s.candidates) {
          const surface = s.cased.slice(candidate.start, candidate.end);
          const written = candidate.pattern.variants.filter((v) => !v.derived && (!v.entry.caseSensitive || v.cased === surface));
          const plain = written.find((v) => !v.entry.generic && !v.entry.context && !v.entry.unless && !v.notFollowedBy && !v.notPrecededBy);
          if (plain && !candidate.genitive) specificEntities.add(plain.entry.entityId);
          // A genitive is the name inflected: it says nothing more about the page.
          if (candidate.genitive) continue;
          for (const v of written) {
            // Only bare generic words count as repeated subject matter: list words ("space", "data")
            // need their context anyway, and everyday phrases are what the exclusions catch.
            // A word with exclusions counts where they do not fire ("hypersonic speed", not "hypersonic pace": a break-it review, session 27).
            if (v.entry.generic && !v.entry.context && !excludedHere(s, candidate, v)) genericCounts.set(v.entry.entityId, (genericCounts.get(v.entry.entityId) ?? 0) + 1);
            // A programme named in full (by a name its short forms come from) lets them count too.
            if (!v.entry.generic && v.entry.category === 'program' && !v.entry.umbrella && v.entry.text.includes(' ')) namedInFull.add(v.entry.entityId);
            const written = v.entry.category === 'firm' && !v.entry.generic ? normalizeAlias(v.entry.text).cased : undefined;
            // Not a firm's name of several words the page writes in lower case: those are words ("electro-optic systems");
            // nor one its own exclusions turn down here ("Wind Capital Group", "Rivals Reach Power Sharing Agreement": a
            // checker's test, session 24), whose short form would otherwise count after it.
            if (written !== undefined && capitalsKept(written, surface) && !excludedHere(s, candidate, v)) {
              namedInFull.add(v.entry.entityId);
              // Also a plain name as the dataset writes it: a guarded shorter name of the firm in its first
              // word's case counts after it ("Stark Defence … Stark", where the dataset writes "STARK").
              const plainName = v === plain && surface === written;
              if ((plainName || (surface !== written && surface.toLowerCase() === written.toLowerCase())) && surface.includes(' ')) {
                const names = namedInFullAs.get(v.entry.entityId) ?? [];
                if (!names.includes(surface)) namedInFullAs.set(v.entry.entityId, [...names, surface]);
              }
            }
          }
        }
        // In reading order, so that of two names ending before one "(ABBR)" the longer one defines it:
        // "Europäische Weltraumorganisation (ESA)", not the compound "Weltraumorganisation" alone.
        for (const candidate of [...s.candidates].sort((x, y) => x.start - y.start)) {
          const surface = s.cased.slice(candidate.start, candidate.end);
          // A name in its other number defines an abbreviation as well: "an autonomous surface vehicle (ASV)".
          noteAbbreviation(s, candidate, candidate.pattern.variants.filter((v) => (!v.derived || v.derived === 'number') && (!v.entry.caseSensitive || v.cased === surface)));
        }
      }
      return { texts: scanned };
    };

    /**
     * "Long Name (ABBR)", or "ABBR (Long Name)": after a dataset name the abbreviation (and its plural, "ABBRs") is that entity on this page; a
     * dataset abbreviation in parentheses after other words that spell it means something else here.
     */
    const noteAbbreviation = (s: ScannedText, candidate: Candidate, written: readonly Variant[]) => {
      // Of names that several entities share ("Defence Industrial Strategy": the UK's, Canada's), the one whose rules
      // take it here defines the letters (a scout's page, session 23: a UK page's "DIS" went to Canada's).
      const definers = written.filter((v) => !v.entry.caseSensitive || v.cased.length > 5);
      // A page-wide word may come later in this text, whose signals the page's are not yet.
      const wordHere = (words: Map<string, string>, scope: 'near' | 'page', window?: number) => {
        const translations = onTopic();
        if (contextWord(s, candidate, words, scope, window, pageSignals, translations) !== undefined) return true;
        return scope === 'page' && s.signals.some((signal) => {
          const kept = words.get(signal.folded);
          return kept !== undefined && countedWord(kept, translations) !== undefined;
        });
      };
      /** Definers that are another country's namesake here (see `namesakeCountry`): read once letters are found. */
      let namesakes: readonly Variant[] = [];
      const inContext = (v: Variant) =>
        !namesakes.includes(v) &&
        (!v.context || !v.entry.context || wordHere(v.context, v.entry.context.scope, v.entry.context.window)) &&
        (!v.unless || !v.entry.unless || !wordHere(v.unless, v.entry.unless.scope, v.entry.unless.window)) &&
        !excludedHere(s, candidate, v);
      // None whose rules allow it here: the letters are not defined as any of them ("British Defence Industrial
      // Strategy (DIS) … Canada is preparing its own" is neither the UK's entry nor Canada's: a break-it review).
      // "ABBR (Long Name)" only defines letters the dataset does not already give an entity ("SDA (space domain
      // awareness)" must not take the Space Development Agency's SDA: a break-it review, session 17).
      const before = definers.length > 0 && abbreviationBefore(s.cased, candidate.start, candidate.end);
      const letters = definers.length > 0 ? (abbreviationAfter(s.cased, candidate.end) ?? (before && !patterns.get(normalizeAlias(before).folded)?.variants.length ? before : undefined)) : undefined;
      // The rules are read only where letters are defined: every name on every page comes through here.
      // A programme named by ordinary words beside another country's word is that country's namesake.
      if (letters) namesakes = definers.filter((v) => v.entry.country !== undefined && namedByOrdinaryWords(v.cased) && namesakeCountry(s, candidate, v.entry.country).foreign !== undefined);
      const named = letters ? definers.find(inContext) : undefined;
      const abbreviation = named && letters;
      // An acronym written as a word defines its letters only as the name's initials, four of them at least.
      const spelt = (defined: string) => !writtenAsWord(defined) || (defined.length >= 4 && initialsSpell(s.cased, s.cased.indexOf('(', candidate.end), defined));
      // Letters that are another entity's own, and more of them than the name has words (in any case: "space domain
      // awareness (SDA)" has three; a break-it review, session 27), are the page's slip of the
      // name, not a new meaning of the letters: "European Defence Industrial Programme (EDIDP)" is the EDIDP, EDIP's
      // predecessor (a scout's page, session 27). Fewer letters than words are the page's own short form ("the
      // Canadian Joint C-UAS Office (JCO)", though the US office is the dataset's JCO).
      const othersLetters = (defined: string) =>
        moreLettersThanWords(defined, s.cased.slice(candidate.start, candidate.end)) &&
        (patterns.get(normalizeAlias(defined).folded)?.variants ?? []).some((v) => v.entry.caseSensitive && v.cased === defined && v.entry.entityId !== named!.entry.entityId && !v.derived);
      if (named && abbreviation && normalizeAlias(abbreviation).folded !== candidate.pattern.folded && abbreviationFits(abbreviation, s.cased.slice(candidate.start, candidate.end)) && spelt(abbreviation) && !othersLetters(abbreviation)) {
        // Letters defined twice, as two of the dataset's entities ("space domain awareness (SDA)", then "the Space
        // Development Agency (SDA)"), are neither, as letters defined as a dataset entity and as something else are
        // (a newcomer's trial, session 20: the first definition had taken the other's uses).
        const earlier = definedHere.get(abbreviation);
        if (earlier && earlier.entityId !== named.entry.entityId) redefinedHere.add(abbreviation);
        if (!earlier) definedHere.set(abbreviation, named.entry);
        // Its plural too: "autonomous surface vehicle (ASV)" … "building ASVs".
        if (/\p{Lu}$/u.test(abbreviation) && !definedHere.has(`${abbreviation}s`)) definedHere.set(`${abbreviation}s`, named.entry);
        return;
      }
      const surface = s.cased.slice(candidate.start, candidate.end);
      // Letters after another country's namesake ("Japan's Defense Innovation Unit (DIU)") are that body's on this
      // page, not the dataset's namesake's (a known miss since session 28): the page's programme takes them.
      // Not letters the page already gave a dataset entity ("The Pentagon's Defense Innovation Unit (DIU) … Japan's
      // Defense Innovation Unit (DIU)", or Taiwan's own entity's longer name around the US one's): a break-it review,
      // session 29.
      if (letters && !named && !definedHere.has(letters) && namesakes.length > 0 && namesakes.length === definers.length && abbreviationFits(letters, surface) && spelt(letters)) {
        redefinedHere.add(letters);
        namesakeLetters.set(letters, [...new Set([...(namesakeLetters.get(letters) ?? []), ...namesakes.map((v) => v.entry.country!)])]);
        const programme = programmesNamedHere.get(surface);
        if (programme && !programmesNamedHere.has(letters)) {
          programmesNamedHere.set(letters, { entry: { ...programme.entry, text: letters, caseSensitive: true }, from: programme.from });
        }
        return;
      }
      if (!candidate.pattern.variants.some((v) => v.entry.caseSensitive && v.cased === surface)) return;
      // The other way round: a dataset abbreviation with other words in parentheses after it that spell it
      // ("EDF (Électricité de France)", "CS (Caesarean section)") means something else on this page too.
      const after = OTHER_NAME_AFTER.exec(s.cased.slice(candidate.end, candidate.end + 100));
      if (after) {
        const innerStart = candidate.end + after[0].indexOf(after[1]!);
        // A dataset name there, perhaps after an article ("EDF (the European Defence Fund)"), is a definition.
        const namesEntity = s.candidates.some((c) => c.start >= innerStart && c.start <= innerStart + 4 && !c.partial);
        if (!namesEntity && initialsMatch(surface, after[1]!)) redefinedHere.add(surface);
        return;
      }
      if (s.cased[candidate.start - 1] !== '(' || s.cased[candidate.end] !== ')') return;
      const openParen = candidate.start - 1;
      const definedBy = s.candidates.some((c) => c.end === openParen - 1 || c.end === openParen);
      if (definedBy || !initialsSpell(s.cased, openParen, surface)) return;
      // "Chief Digital and Artificial Office (CDAO)" is a slip for the entity's own name, not another one.
      const own = candidate.pattern.variants.filter((v) => v.cased === surface).map((v) => v.entry.entityId);
      if (own.some((id) => sharesWords(s.folded, openParen, surface, patterns.nameWords(id)))) return;
      redefinedHere.add(surface);
    };

    /**
     * The texts' mentions, in reading order. A page's own firms and programmes count only on a page that
     * names something of the dataset's or is about defence innovation (`pageNamesOpen`; the first look asks the
     * same, and a page it finds nothing on is never annotated): within
     * one batch (the annotator sends a page's text in one), from its first text once any of its texts does.
     * A caption or an opening paragraph before the first dataset name ("Barzan Holdings CEO …") is read
     * again for them, from what its first reading accepted.
     */
    const resolveTexts = (scanned: ScannedTexts) => {
      const texts = scanned.texts as ScannedText[];
      const answers = texts.map(resolve);
      for (let i = 0; i < texts.length; i += 1) {
        const { deferred } = texts[i]!;
        texts[i]!.deferred = undefined;
        if (!deferred || !pageNamesOpen()) continue;
        const before = deferred.accepted.length;
        takePageFirms(texts[i]!, deferred.accepted);
        if (deferred.accepted.length > before) answers[i] = mergeReadings(mentionsOf(texts[i]!, deferred.accepted), deferred.others);
      }
      return answers;
    };

    return {
      add: (texts) => resolveTexts(scanTexts(texts)),
      scan: scanTexts,
      resolve: resolveTexts,
      explain: (scanned) => (scanned.texts as ScannedText[]).map((s) => s.rejections ?? []),
      get onTopic() {
        return onTopic();
      },
      get pageNamesOpen() {
        return pageNamesOpen();
      },
      state: () => ({
        matcher: identity,
        texts: textsScanned,
        signals: [...pageSignals],
        topics: [...topicHits],
        specific: [...specificEntities],
        confirmed: [...confirmedFirms],
        ...(technologyMentions.size > 0 ? { technologyMentions: [...technologyMentions] } : {}),
        generic: [...genericCounts],
        namedInFull: [...namedInFull],
        ...(namedInFullAs.size > 0 ? { namedInFullAs: [...namedInFullAs] } : {}),
        defined: [...definedHere],
        redefined: [...redefinedHere],
        ...(namesakeLetters.size > 0 ? { namesakeLetters: [...namesakeLetters] } : {}),
        firms: [...firmsNamedHere].map(([key, { entry, from, evidence }]) => (evidence === undefined ? [key, entry, from] : [key, entry, from, evidence])),
        programmes: [...programmesNamedHere].map(([key, { entry, from }]) => [key, entry, from]),
        namesSomething,
        firmListOpen,
        notFirms: [...notFirmsHere],
        defenceInnovation: defenceInnovationSeen,
        plainNames: [...plainNames],
      }),
    };
  };

  return {
    find: (text) => session().add([text])[0]!,
    findAll: (texts) => session().add(texts),
    session,
  };
}

/**
 * Whether the abbreviation's spelled-out words before "(" are mostly words of the entity's own
 * names (a slip or variant of its name) rather than another name with the same initials.
 */
function sharesWords(folded: string, openParen: number, abbreviation: string, own: ReadonlySet<string> | undefined): boolean {
  if (!own) return false;
  const words = folded
    .slice(Math.max(0, openParen - 160), openParen)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2)
    .slice(-Math.max(2, abbreviation.length));
  const shared = words.filter((w) => own.has(w)).length;
  return words.length > 0 && shared * 2 >= words.length;
}

const CAPITALISED = /^\p{Lu}/u;

/** A person's role and "at"/"of" right before a firm: the firm is where the person works ("Managing Director at IQT"). */
const AFFILIATION_BEHIND = /\b(?:[Dd]irector|[Mm]anager|[Pp]artner|CEO|CTO|CFO|COO|[Ff]ounder|[Cc]o-founder|[Hh]ead|[Pp]resident|[Oo]fficer|[Cc]hair|[Cc]hairman|[Cc]hairwoman|[Cc]hairperson|[Cc]hief|VP|[Aa]nalyst|[Ee]ngineer|[Aa]dviser|[Aa]dvisor|[Ss]pokesperson|[Ss]pokesman|[Ss]pokeswoman)\s+(?:at|of)\s+$/u;
/** A list separator right after an item (see LIST_GAP). */
const LIST_GAP_AHEAD = /^(?:,\s*(?:(?:and|or|as well as|et|und|ou|oder)\s+)?|\s+(?:and|or|as well as|et|und|ou|oder)\s+)(?=\p{Lu})/u;
/** Words before a list item that say it is not a firm in a list: a preposition, "between", "including", "such as". */
const LIST_OPENER_BEHIND = /\b(?:in|at|from|to|beyond|near|of|across|into|with|by|for|on|over|outside|inside|via|between|including|alongside|like|as|among|amid|versus|vs\.?|dans|a|de|en|entre|aus|nach|bei|mit|von|zwischen)\s+$/iu;
/** An item right before a list separator, ending where the next item starts. */
const LIST_ITEM_BEHIND = /(?:^|[\s(])(\p{Lu}[\p{L}\p{N}’'-]*(?:\s\p{Lu}[\p{L}\p{N}’'-]*){0,3})(?:,\s*(?:(?:and|or|et|und|ou|oder)\s+)?|\s+(?:and|or|et|und|ou|oder)\s+)$/u;

/**
 * Where letters a page defines as an abbreviation are not that abbreviation: after a number ("9 AM", "11:30
 * AM" on a page that defines additive manufacturing as AM), and two letters after a place and a comma ("Sherbrooke,
 * QC", "(Düsseldorf, DE)": a province's or country's code). A break-it review, session 17.
 */
function notAnAbbreviationUse(cased: string, start: number, end: number): boolean {
  const before = cased.slice(Math.max(0, start - 30), start);
  if (/\d[\s:.]*$/u.test(before)) return true;
  return end - start === 2 && /\p{Lu}[\p{L}.’'-]*,\s*$/u.test(before) && /^\s*(?:[,;)]|$)/u.test(cased.slice(end, end + 3));
}

/** Words in parentheses right after an abbreviation, perhaps quoted: the name it may stand for ("EDF (Électricité de France)"). */
const OTHER_NAME_AFTER = /^\s?\(\s?[«“"]?\s?([\p{L}][^()«»“”"]{2,80}?)\s?[»”"]?\s?[),;]/u;

/** A list of names going on after an item: a comma, then a capitalised name ("Alice and Bob, C12, Pasqal"). */
const LIST_ITEM_AHEAD = /^,\s*\p{Lu}[\p{L}\p{N}’'-]*(?:\s+\p{Lu}[\p{L}\p{N}’'-]*)*\s*(?:,|\band\b|\bor\b|&)/u;

/** What separates the items of a list: a comma (with "and"/"or"), "and", "or", "&", "as well as", a slash. */
const LIST_GAP = /^(?:\s*,\s*(?:(?:and|or|as well as)\s+)?|\s+(?:and|or|&|as well as|et|und|ou|oder)\s+|\s*\/\s*)$/i;

/**
 * A short form no ordinary word looks like — all capitals ("RTX"), a digit, or a capital inside a word
 * ("iCOMAT", "SoarTech") — stands for its firm even on a page that does not name it in full.
 */
const DISTINCTIVE = /^\p{Lu}[\p{Lu}\p{N}&-]+$|\p{N}|\p{Ll}\p{Lu}/u;
/** A capital inside a word, or a digit: a name no word or acronym is ("xTech", "Pillar 2"). */
const MIXED_CASE_OR_DIGIT = /\p{N}|\p{Ll}\p{Lu}/u;

/**
 * Whether the page writes a name of several words with the capitals the dataset gives it: each word the
 * name capitalises starts with a capital on the page too (or the page writes it all in capitals). A name
 * of one word, or one the page splits into other words, is not judged here.
 */
function capitalsKept(name: string, surface: string): boolean {
  const nameWords = name.split(/[\s\-‐‑]+/u);
  if (nameWords.length < 2 || surface === surface.toUpperCase()) return true;
  const surfaceWords = surface.split(/[\s\-‐‑]+/u);
  if (surfaceWords.length !== nameWords.length) return true;
  return nameWords.every((word, i) => !/^\p{Lu}/u.test(word) || !/^\p{Ll}/u.test(surfaceWords[i]!));
}

/** How a "joined" derived form writes the firm's name: as one word ("ShieldAI"), or with "and" or "&" for the other. */
function joinedHow(form: string): string {
  if (/ and /u.test(form)) return 'written with “and” for “&”';
  if (/ & /u.test(form)) return 'written with “&” for “and”';
  return 'written as one word';
}

/** How often a page must name a technology before its place word counts as a place without its context words (`takePlaceWords`). */
const PLACE_WORD_MENTIONS = 2;
/** The rule of a technology word taken as a place on a page that names the technology elsewhere. */
const PLACE_WORD_RULE = 'generic term as a place, the page names the technology elsewhere';
/**
 * A preposition of place right before a word: "from space", "into space", "beyond space"; "to" only after a
 * word of going or reaching ("access to space", "launched to space"), since "to" is also the infinitive's ("told
 * to space out") and a cause's ("due to space constraints"): a second break-it review, session 20.
 */
const PLACE_PREPOSITION_BEFORE =
  /(?:(?:^|[^\p{L}-])(?:in|into|from|through|beyond|across|towards?|outer|deep)|\b(?:access|return(?:ed|s|ing)?|launch(?:ed|es|ing)?|sen[dt]|sending|go(?:es|ing)?|went|gone|travel(?:s|l?ed|l?ing)?|fl(?:y|ies|ying|ew|own)|journey|trip|flights?|gateway|road|path)\s+to)\s+$/iu;
/** Before a place word, what makes it room or a gaze: "stared blankly into space", "moving into space". */
const NOT_A_PLACE_BEFORE = /\b(?:star(?:e|ed|es|ing)|gaz(?:e|ed|es|ing)|mov(?:e|ed|es|ing)|blankly)\s+(?:\w+\s+)?(?:in|into)\s+$/iu;
/** After a place word, what makes it room, an interval or a compound: "space heaters", "space constraints", "in space and time", "space-based" is a compound of its own. */
const NOT_A_PLACE_AFTER = /^(?:[-‐‑]|\s+(?:out|heaters?|constraints?|limitations?|limits?|vacated|available|shared|saving|savings|allocation|requirements?|bar|at|on\s+the|formerly|previously|and\s+time)\b)/iu;

/** The end of the rule of a firm's name taken because the page named the firm beside its context words elsewhere. */
const CONFIRMED_ELSEWHERE = ', the page names the firm beside its context words elsewhere';

/** A picture credit's opening up to a slash: "Photo: Reuters/", "Foto: Max Stedtler/", "(Image credit: AFP/". */
const CREDIT_BEFORE_SLASH = /(?:^|[\s(|])(?:[Pp]hotos?|[Ff]otos?|[Bb]ild(?:er)?|[Ii]mages?|[Pp]icture|(?:[Ii]mage |[Pp]hoto )?[Cc]redits?|[Cc]rédits?(?: photo)?|[Ss]ource|[Qq]uelle|©)(?:\s+by)?\s*:?\s*(?:\p{Lu}[\p{L}.'’-]*\s){0,3}\p{Lu}[\p{L}.'’-]*\/$/u;
/** Offices and bodies a German hyphen compound may name besides `COMPOUND_INSTITUTION_TAIL`'s ("Drohnen-Koordinator"). */
const HYPHENED_OFFICE = /^(?:task|taskforce|koordinator(?:in|en|innen)?|referat(?:e|s)?|kommandeur(?:in|e)?|chef(?:in)?|leiter(?:in)?|wall|mauer|rat(?:es|s)?|stab(?:es|s)?|tag(?:e|es|s)?|zar(?:en)?|schirm(?:e|s)?|zaun|pakt(?:e|es|s)?)$/u;

/** The word a hyphen joins to the word ending at `end` of the page text ("Startup" of "Robotik-Startup"), if any. */
function hyphenJoinedWord(text: string, end: number): string | undefined {
  return /^[-\u2010\u2011](\p{L}+)/u.exec(text.slice(end, end + 40))?.[1];
}

/** Whether a hyphen right after a technology word joins it to an office, event or body it names ("KI-Beauftragte"). */
function hyphenedOfficeAfter(text: string, end: number): boolean {
  const word = hyphenJoinedWord(text, end);
  if (!word) return false;
  const { folded } = normalizeAlias(word);
  return HYPHENED_OFFICE.test(folded) || COMPOUND_INSTITUTION_TAIL.test(folded);
}

/** Whether the word a hyphen joins at `end` ("Task" of "Drohnen-Task-Force") is joined by another hyphen to a capitalised word: a name's chain. */
function chainedAfter(text: string, end: number, joined: string): boolean {
  return /^[-\u2010\u2011]\p{Lu}/u.test(text.slice(end + 1 + joined.length, end + joined.length + 3));
}

/** German nouns a technology word joined by a hyphen describes as a thing of its kind ("Robotik-Startup", "Satelliten-Konstellation"). */
const THING_AFTER_HYPHEN = /^(?:tests?|auftr(?:a|ä)ge?n?|auftrags?|autopiloten?|daten|staffeln?|radare?s?|waffen?|truppen?|sicherheit|bataillon(?:e|s)?|kompanien?|regiment(?:e|er|s)?|resilienz|verteidigung|operationen|kriegsf(?:u|ü)hrung|schutz(?:es)?|kr(?:a|ä)fte(?:n)?|startups?|start|firm(?:a|en)|unternehmens?|hersteller[ns]?|produzent(?:en)?|gesch(?:ä|ae)fts?|m(?:a|ä)rkte?s?|branche|industrie|einheit(?:en)?|konstellation(?:en)?|technik|technologien?|system(?:e|en|s)?|angriffe?n?|abwehr|flotten?|schw(?:a|ä)rme?s?|produktion|forschung|entwicklung|f(?:ä|ae)higkeit(?:en)?|eins(?:a|ä)tze?s?|piloten|sensoren|plattform(?:en)?|fahrzeuge?n?|bauer[ns]?)$/iu;

/**
 * The tails of German compounds that make them an office, an event or a policy: a command, a congress, a
 * security strategy, an agency, an authority, a ministry or minister, a policy, a law, a situation centre,
 * an office, a conference, a fair, a summit, a department, a commission, a commissioner; and the idiom
 * "Quantensprung" (a quantum leap, a newcomer's trial); since session 34 also policies, bodies, offices,
 * events, shields and everyday senses (see the list). Tested on the matcher's reading of the text, which has
 * no umlauts ("behorde", "amter"). Not a plain centre or strategy: a
 * "Drohnentestzentrum" is a test range and a "Drohnenstrategie" a way of fighting (a break-it review,
 * session 17).
 */
const COMPOUND_INSTITUTION_TAIL = new RegExp(
  String.raw`(?:sprunge?s?|kommandos?|kongress(?:es|e)?|sicherheitsstrategien?|agentur(?:en)?|behorden?|ministeri(?:um|ums)|minister(?:s|in|innen)?|politik|gesetz(?:es|e)?|lagezentrums?|amt(?:es|s)?|amter|konferenz(?:en)?|messen?|gipfels?|abteilung(?:en)?|kommission(?:en)?|beauftragte[rn]?` +
    // Policies, bodies, offices and roles, events, shields, and everyday senses (a break-it review, session 34). Not
    // "-verband" (a unit, "Drohnenverband", as often as an association), "-wettbewerb" (a race as often as a
    // contest), "-doktrin" (as "-strategie"), nor tails that end longer words ("Zusammenspiel", "Distanz"): a
    // second break-it review, session 34.
    String.raw`|verordnung(?:en)?|richtlinien?|fonds|abkommens?|aktionsplane?s?|agend(?:a|en)|erlass(?:e|es)?|moratori(?:um|ums|en)|verbot(?:e|es|s)?|flaggschiff(?:e|s)?` +
    String.raw`|allianz(?:en)?|beirat(?:es|s)?|ausschuss(?:es)?|ausschusse|gremi(?:um|ums|en)|akademien?|institut(?:e|es|s)?|kompetenzzentr(?:um|ums|en)` +
    String.raw`|sondergesandte[rn]?|direktor(?:in|en|innen)?|sprecher(?:in|innen)?|kommissar(?:in|e|en)?|referent(?:in|en|innen)?|staatssekretar(?:in|e)?|botschafter(?:in)?` +
    String.raw`|forum|foren|symposi(?:um|en)|tagung(?:en)?|woche(?:n)?|festivals?|hackathons?|ausstellung(?:en)?|seminar(?:e|s)?|workshops?|olympiaden?` +
    String.raw`|schutzschild(?:e|es|s)?|barrieren?` +
    String.raw`|stadte?|siedlung(?:en)?|buros?|campus|staat(?:en|es|s)?|partei(?:en)?|opern?|abenteuer|journalismus|heilung|drucker|sucht)$`,
  'iu',
);

/** The rest of an event's name after its first word: a few capitalised words, then the kind of event. */
const EVENT_NAME_AFTER = /^(?:[ \t-](?:\p{Lu}[\p{L}\p{N}&’'+.-]*|\d{4}|\d+(?:\.\d+)?|[&+]|for|of))*[ \t]+(?:Conference|Summit|Expo|Symposium|Forum|Exhibition|Awards|Week|Show|Fair|Festival|Days|Workshop|Webinar|Hackathon)\b(?![ \t]+(?:a|an|the|that|before|after|ago|later|this|last|next)\b|[ \t]*\?)/u;

/** Words that open sentences, capitalised there by position: the name after one may still be a firm's. */
const SENTENCE_OPENERS = new Set(
  'The A An This That These Those Its Their Our His Her Both And But Or As If When While After Before Since Because Although Meanwhile However Yet So Then Now Today Also Only Even Last Later Earlier Can Could Will Would Should Does Do Did Is Are Was Were Has Have Why How What Where Which Whether For In On At With From By Under Through Into Unlike Like'.split(' '),
);

/** Articles and determiners that open sentences, capitalised there by position. */
const SENTENCE_ARTICLES = new Set(['The', 'A', 'An', 'This', 'That', 'These', 'Its', 'Their', 'Der', 'Die', 'Das', 'Den', 'Dem', 'Des', 'Ein', 'Eine', 'Einen', 'Einem', 'Einer', 'Eines', 'Im', 'Beim', 'Zum', 'Zur', 'Vom', 'Le', 'La', 'Les']);

/**
 * A capitalised technology word next to another capitalised word in running text is part of a
 * name ("Origin Robotics", "Quantum Systems", "Space Forge"), not the technology. Headings in
 * title case are left alone: there every word is capitalised. `firmShortForm`: the candidate is a firm's short
 * form; `onlyAfter`: only a capitalised word after it makes a name; `commaEnds`: a comma before it ends a name (a
 * technology's acronym); `nameMidSentence`: a capitalised word before it mid-sentence makes a name; `germanNoun`
 * (a generic technology's candidate): whether it is a German noun or stands in German text, asked only before a
 * hyphen compound, which is then the technology when it joins kit (`THING_AFTER_HYPHEN`).
 */
function insideProperName(
  scanned: ScannedText,
  start: number,
  end: number,
  firmShortForm = false,
  onlyAfter = false,
  commaEnds = false,
  nameMidSentence = false,
  germanNoun?: () => boolean,
): boolean {
  const { cased } = scanned;
  if (!CAPITALISED.test(cased[start] ?? '')) return false;
  const before = wordBefore(cased, start);
  // A capitalised word right before, itself mid-sentence, is a name's first word ("emerging firms, including Ursa
  // Space Systems", "Benchmark Space Systems raised": a scout's pages, session 24); a sentence's first word may be
  // an opener ("Why Quantum Computing matters").
  // Not across a line's end (a heading's last word), nor after a word that describes ("European Semiconductor
  // sector", "Defence Space Technologies": a scout's pages).
  // Nor after a possessive or an acronym ("the Pentagon's Artificial Intelligence strategy", "UK Quantum Computing
  // centres": a break-it review, session 24).
  if (nameMidSentence && CAPITALISED.test(before) && !/[^\p{L}\p{N}]$/u.test(before) && !/['’]s?$/u.test(before) && !PLACE_ACRONYMS.has(before) && !SENTENCE_ARTICLES.has(before) && !DESCRIBING_WORDS.has(before) && !lineEndsBefore(scanned, start) && !titleCase(scanned) && !insideQuotes(scanned.text, scanned.starts[start] ?? 0)) {
    const beforeAt = cased.lastIndexOf(before, start);
    const earlier = wordBefore(cased, beforeAt);
    if (earlier !== '' && !/[.!?:;"”)]$/u.test(earlier) && /\p{Ll}/u.test(earlier) && !lineEndsBefore(scanned, beforeAt)) return true;
  }
  const after = /^\s+(\S+)/u.exec(cased.slice(end, end + 40))?.[1] ?? '';
  // A sentence's opening article is capitalised by position, not as part of a name ("The Innovation Fund …").
  // A comma ends the name before a technology's acronym ("Erdumlaufbahn, LEO": a blind batch, session 21); not
  // before a firm's short form, which is often a name, a place or a word too ("In Washington, Harris said", "On
  // Sunday, Leo called", "Unlike Venus, Mercury": a break-it review, session 22, against one "En France,
  // Harmattan"), nor before a lower-case word written with a capital, which a list of names capitalises as one
  // of them ("Helsing, Quantum, Parloa").
  // So does a comma after another technology: a list of areas written with capitals ("AI, Quantum, Space and
  // Biotechnology", NATO's own style: a break-it review, session 22), not a list of firms ("Helsing, Quantum, Parloa").
  const afterTechnology = before.endsWith(',') && technologyBeforeComma(scanned, start);
  const nameBefore = !onlyAfter && CAPITALISED.test(before) && !afterTechnology && !(commaEnds ? /[.!?:;,"”)]$/ : /[.!?:;"”)]$/).test(before) && !SENTENCE_ARTICLES.has(before);
  // A firm's short form joined by a hyphen to the next word modifies it ("Quantum-Drohnen", German nouns
  // being capitalised; "Saronic-Built Boats"): that word is not more of a name. So does a German noun
  // ("Robotik-Startup Taurob": a blind batch, session 21) when what it modifies is a firm, a market, a unit or
  // kit; not a body, an office, an event or a programme, whose name it is part of ("Drohnen-Task-Force",
  // "Drohnen-Behörde", "Drohnen-Koordinator", "Drohnen-Wall": a break-it review, session 21).
  // The same holds in German text for a technology the dataset writes in lower case ("Cyber-Sicherheit"), unless a
  // chain of capitalised words makes a name ("Cyber-Abwehr-Zentrum"); the kit includes tests, orders, data and
  // squadrons ("Drohnen-Test", "Drohnen-Aufträge": blind dev articles, session 34), not a room ("Roboter-Raum").
  // Not any common noun: a break-it review (session 34) found policies, bodies, offices, events and everyday
  // senses behind the hyphen by the hundred ("Drohnen-Verordnung", "Drohnen-Zar", "Drohnen-Forum", "Satelliten-Stadt").
  // Such a compound in German text is the technology whatever noun comes before it, capitalised by grammar
  // ("dass Hacker Cyber-Angriffe starten", "weil Staaten Cyber-Waffen entwickeln": a second break-it review, session 34).
  const joined = hyphenJoinedWord(scanned.text, scanned.ends[end - 1]!);
  const kit = joined !== undefined && THING_AFTER_HYPHEN.test(joined);
  if (joined !== undefined && kit && germanNoun !== undefined && !chainedAfter(scanned.text, scanned.ends[end - 1]!, joined) && germanNoun()) return false;
  const compound = joined !== undefined && (firmShortForm || (onlyAfter && kit));
  const nameAfter = !compound && CAPITALISED.test(after) && !/^[.,;:!?]/.test(cased[end] ?? '');
  if (!nameBefore && !nameAfter) return false;
  return !titleCase(scanned);
}

/** Whether a line ends between the word at `start` (in the matcher's text) and the word before it, in the page's text. */
function lineEndsBefore(scanned: ScannedText, start: number): boolean {
  const at = scanned.starts[start] ?? 0;
  return /\n[^\S\n]*$/u.test(scanned.text.slice(Math.max(0, at - 8), at));
}

/** Acronyms of countries and institutions, which describe what follows ("UK Quantum Computing centres", "EU Artificial Intelligence rules"). */
const PLACE_ACRONYMS = new Set(['US', 'U.S.', 'USA', 'UK', 'U.K.', 'EU', 'NATO', 'UN', 'UAE', 'DoD', 'DOD', 'MoD', 'MOD', 'USAF', 'RAF', 'NASA', 'ESA']);

/**
 * Capitalised words that describe what follows rather than start a name: places' adjectives and the field's
 * modifiers ("European Semiconductor sector", "Defence Space Technologies", "Advanced Quantum Computing").
 */
const DESCRIBING_WORDS = new Set(
  `European American British French German Italian Spanish Dutch Polish Nordic Baltic Ukrainian Japanese Korean Australian
  Canadian Indian Israeli Chinese Russian Taiwanese Swedish Finnish Norwegian Danish Estonian Latvian Lithuanian Czech Greek
  Turkish Portuguese Belgian Austrian Swiss Romanian Irish Scottish Allied Western Eastern Global National International Defence
  Defense Military Advanced Emerging Critical Strategic Sovereign Commercial Civil Civilian Future Next-Generation New Key Dual-Use
  Maritime Naval Air Land Army Navy Joint Tactical Secure Trusted Applied Modern Autonomous Robotics Cyber Space Quantum AI`.split(/\s+/),
);

/**
 * Lower-case nouns a technology word qualifies ("quantum hardware", "quantum effects"): after a firm's short form
 * that is also that word, they make it the technology. Not what the firm itself sells or is ("Quantum systems would
 * be integrated", "Quantum platforms", "Quantum software", "Quantum market share": a break-it review, session 24).
 */
const TECHNOLOGY_NOUN_AFTER =
  /^\s+(?:hardware|effects?|computers?|computing|computation|sensors?|sensing|physics|mechanics|networks?|networking|communications?|encryption|cryptography|chips?|processors?|algorithms?|science|research|technolog(?:y|ies)|devices?|machines?|states?|bits?|entanglement|clocks?|advantage|startups?|start-ups?|industry|ecosystem)\b/u;

/** Whether a sentence starts at `at` in a page's text: its first word (after an opening quote or bracket). */
function sentenceStartsAt(text: string, at: number): boolean {
  return /(?:^|[.!?:]\s+|\n\s*)[“"‘'(]?$/u.test(text.slice(Math.max(0, at - 6), at));
}

/** An alias written in capitals only (letters, digits, "&", "-"), with at least two letters. */
const ALL_CAPITALS = /^(?=(?:[^\p{L}]*\p{Lu}){2})[\p{Lu}\p{N}&-]+$/u;

/**
 * Whether the line around [start, end) of a page's text is written in capitals: four words or more of
 * two letters or more within 60 characters either side on that line, three in four of them all capitals.
 */
function shoutedAt(text: string, start: number, end: number): boolean {
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - 60);
  const lineEndAt = text.indexOf('\n', end);
  const lineEnd = Math.min(lineEndAt === -1 ? text.length : lineEndAt, end + 60);
  const words = text.slice(lineStart, lineEnd).match(/\p{L}{2,}/gu) ?? [];
  if (words.length < 4) return false;
  const shouted = words.filter((word) => word === word.toUpperCase()).length;
  return shouted * 4 >= words.length * 3;
}

/**
 * Whether an acronym in a line of capitals still names its entity: after no function word ("THE MIND", "YOUR …
 * SAFE", "WILL DEFINE"), with one of its context words within 30 characters ("€150BN SAFE DEFENCE MONEY", "EDGE
 * WINS … UAE") or "ACT" after it ("FORGED ACT"): a second break-it review, session 24.
 */
function namedInCapitals(text: string, start: number, end: number, contextWords: readonly string[]): boolean {
  if (/\b(?:THE|A|AN|YOUR|OUR|MY|HIS|HER|ITS|THEIR|STAY|KEEP|IS|ARE|BE|FEEL|WILL|CAN|SO|TOO|VERY|PLAY|IT)\s+$/u.test(text.slice(Math.max(0, start - 8), start))) return false;
  if (/^\s+ACTS?\b/u.test(text.slice(end, end + 8))) return true;
  const near = text.slice(Math.max(0, start - 30), end + 30).toLowerCase();
  return contextWords.some((word) => word.length > 1 && new RegExp(`(?:^|[^\\p{L}])${word.toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:$|[^\\p{L}])`, 'u').test(near));
}

/** Whether a variant's own exclusions (`notFollowedBy`, `notPrecededBy`) turn down this candidate, read in the page's text. */
function excludedHere(scanned: ScannedText, candidate: Candidate, variant: Variant): boolean {
  const endInText = scanned.ends[candidate.end - 1]!;
  const startInText = scanned.starts[candidate.start]!;
  return (
    variant.notFollowedBy?.test(scanned.text.slice(endInText, endInText + LOOK_AROUND)) === true ||
    variant.notPrecededBy?.test(scanned.text.slice(Math.max(0, startInText - LOOK_AROUND), startInText)) === true
  );
}

/** The word (a run of non-spaces, its punctuation kept) before `start` and the spaces before it, within 40 characters; '' if none. */
function wordBefore(cased: string, start: number): string {
  return /(\S+)\s+$/u.exec(cased.slice(Math.max(0, start - 40), start))?.[1] ?? '';
}

/**
 * Whether the text before `start`, past its spaces, is a comma right after a technology word that is itself a
 * list's item: no firm's or programme's name ends there, and no capitalised word before it makes it part of one
 * ("Shield AI, Quantum and Skydio", "Milrem Robotics, Quantum": the drone maker Quantum, a break-it review,
 * session 22).
 */
function technologyBeforeComma(scanned: ScannedText, start: number): boolean {
  const { cased, candidates } = scanned;
  let comma = start - 1;
  while (comma >= 0 && /\s/u.test(cased[comma]!)) comma -= 1;
  if (cased[comma] !== ',') return false;
  const endingHere = candidates.filter((candidate) => candidate.end === comma);
  // A short form the matcher derived ("Quantum" of Quantum Systems) names nothing unless its firm is on the page.
  if (endingHere.some((candidate) => candidate.pattern.variants.some((variant) => variant.entry.category !== 'edt' && !variant.derived))) return false;
  return endingHere.some((candidate) => {
    const previous = wordBefore(cased, candidate.start);
    return candidate.pattern.variants.some((variant) => variant.entry.category === 'edt') && (!CAPITALISED.test(previous) || /[,:;]$/u.test(previous));
  });
}

/** Whether most words of a text are capitalised (a heading in title case): counted once per text. */
function titleCase(scanned: ScannedText): boolean {
  if (scanned.titleCase === undefined) {
    let words = 0;
    let capitalised = 0;
    for (const match of scanned.cased.matchAll(/(?:^|\s)(\p{L})/gu)) {
      words += 1;
      if (CAPITALISED.test(match[1]!)) capitalised += 1;
    }
    scanned.titleCase = words >= 3 && capitalised * 4 >= words * 3;
  }
  return scanned.titleCase;
}

/** Words of offices and titles: a technology word inside one names the office, not the technology. */
const OFFICE_BEFORE = /\b(?:commissioner|minister|ministry|secretary|director|directorate|chief|head|department|office|agency|command|council|committee|board|unit|division)\s+(?:of\s+|for\s+|on\s+)?(?:the\s+)?$/;
const OFFICE_AFTER = /^\s+(?:officer|officers|commissioner|minister|ministry|command|commander|agency|office|department|force|council|committee|board|directorate|division)\b/;

function inOfficeName(cased: string, start: number, end: number): boolean {
  return OFFICE_BEFORE.test(cased.slice(Math.max(0, start - 40), start).toLowerCase()) || OFFICE_AFTER.test(cased.slice(end, end + 20).toLowerCase());
}

/**
 * A context word with two capitals or more ("sUAS", "ROK", "EDF") is an acronym: written all in lower case it is
 * another word, Portuguese "suas", Polish "rok" (a break-it review, session 21). Any capital will do ("Darpa").
 */
const ACRONYM_CONTEXT_WORD = /^\S*\p{Lu}\S*\p{Lu}\S*$/u;
/** Marks, in a page's signals, a context word the page wrote with a capital somewhere (a folded form never holds it). */
const CAPITALISED_SIGNAL = '\u0000';

/** The index of the first signal (sorted by start) that starts at `position` or later. */
function firstSignalFrom(signals: readonly Signal[], position: number): number {
  let low = 0;
  let high = signals.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (signals[mid]!.start < position) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The context word right after a candidate (one space or hyphen between: "space firms", "space-based"), if one of `words`. */
function nextWord(scanned: ScannedText, candidate: Candidate, words: Map<string, string>): string | undefined {
  const { signals } = scanned;
  const at = candidate.end + 1;
  for (let i = firstSignalFrom(signals, at); i < signals.length && signals[i]!.start === at; i += 1) {
    const word = words.get(signals[i]!.folded);
    if (word !== undefined && scanned.folded[candidate.end] === ' ') return word;
  }
  return undefined;
}

/**
 * The context word of `words` that stands near the candidate (`near`, within `window` characters) or anywhere
 * on the page so far (`page`), as the page writes it; undefined when none does. A translation among `words`
 * counts only with `translations`, on a page on topic (`countedWord`, context-translations.ts).
 */
function contextWord(
  scanned: ScannedText,
  candidate: Candidate,
  words: Map<string, string>,
  scope: 'near' | 'page',
  window = DEFAULT_CONTEXT_WINDOW,
  pageSignals: Set<string>,
  translations = false,
): string | undefined {
  if (scope === 'page') {
    for (const [folded, kept] of words) {
      const word = countedWord(kept, translations);
      if (word !== undefined && pageSignals.has(folded) && (!ACRONYM_CONTEXT_WORD.test(word) || pageSignals.has(CAPITALISED_SIGNAL + folded))) return word;
    }
    return undefined;
  }
  // Only the signals within the window are read: a long block must not cost (signals × candidates).
  const { signals } = scanned;
  for (let i = firstSignalFrom(signals, candidate.start - window); i < signals.length && signals[i]!.start <= candidate.start + window; i += 1) {
    const signal = signals[i]!;
    const kept = words.get(signal.folded);
    const word = kept === undefined ? undefined : countedWord(kept, translations);
    if (word === undefined) continue;
    if (signal.start >= candidate.start && signal.start < candidate.end) continue;
    if (!signal.capitalised && ACRONYM_CONTEXT_WORD.test(word)) continue;
    // As the page writes it: the list's "défense" read in the page's "defence" (spellings fold together) must not
    // tell the reader the page says "défense" (a newcomer's trial, session 28).
    return scanned.text.slice(scanned.starts[signal.start]!, scanned.ends[signal.end - 1]!) || word;
  }
  return undefined;
}
