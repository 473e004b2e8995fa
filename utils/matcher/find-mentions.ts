import type { Category } from '../dataset/schema';
import { AhoCorasick } from './aho-corasick';
import type { AliasEntry, MatcherSpec } from './alias-index';
import { isWordChar, normalizeAlias, normalizeText } from './normalize-text';

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
  /** Whether the page so far reads as being about defense or technology. */
  readonly onTopic: boolean;
}

export interface Matcher {
  /** Non-overlapping mentions in one text treated as a whole page, leftmost first, longest on overlap. */
  find(text: string): Mention[];
  /** The mentions of each text of one page. */
  findAll(texts: readonly string[]): Mention[][];
  session(): MatchSession;
}

interface Variant {
  entry: AliasEntry;
  cased: string;
  notFollowedBy?: RegExp;
  notPrecededBy?: RegExp;
  /** Context words when the alias needs context: folded form → the word as the dataset writes it. */
  context?: Map<string, string>;
}

interface Pattern {
  folded: string;
  variants: Variant[];
  /** This text is a context word of some alias or a topic word. */
  signal: boolean;
  topic: boolean;
}

interface Candidate {
  start: number;
  end: number;
  pattern: Pattern;
}

interface Signal {
  folded: string;
  start: number;
}

/** Texts read by the automaton, not yet turned into mentions. */
export interface ScannedTexts {
  readonly texts: readonly unknown[];
}

interface ScannedText {
  text: string;
  cased: string;
  starts: Uint32Array;
  ends: Uint32Array;
  candidates: Candidate[];
  signals: Signal[];
}

/** How far (in characters) to look around an alias for its context words, unless the alias says. */
export const DEFAULT_CONTEXT_WINDOW = 200;
const LOOK_AROUND = 40;

/**
 * The one matcher of the project, used by the content script, the extension pages and the
 * maintainer CLIs. Pure: no DOM, no browser APIs. Aliases, context words and topic words are all
 * compiled into one Aho-Corasick automaton, so a text is read once whatever the dataset size.
 */
export function compileMatcher(spec: MatcherSpec | readonly AliasEntry[]): Matcher {
  const { aliases, topicWords, topicThreshold } = Array.isArray(spec)
    ? { aliases: spec as readonly AliasEntry[], topicWords: [] as string[], topicThreshold: 1 }
    : (spec as MatcherSpec);
  const byFolded = new Map<string, Pattern>();
  const patternFor = (folded: string) => {
    let pattern = byFolded.get(folded);
    if (!pattern) {
      pattern = { folded, variants: [], signal: false, topic: false };
      byFolded.set(folded, pattern);
    }
    return pattern;
  };
  for (const entry of aliases) {
    const { folded, cased } = normalizeAlias(entry.text);
    if (folded.length === 0) continue;
    const variant: Variant = { entry, cased };
    if (entry.notFollowedBy) variant.notFollowedBy = new RegExp(`^(?:${entry.notFollowedBy})`, 'u');
    if (entry.notPrecededBy) variant.notPrecededBy = new RegExp(`(?:${entry.notPrecededBy})$`, 'u');
    if (entry.context) {
      variant.context = new Map(entry.context.anyOf.map((word) => [normalizeAlias(word).folded, word]));
      for (const word of variant.context.keys()) patternFor(word).signal = true;
    }
    patternFor(folded).variants.push(variant);
  }
  for (const word of topicWords) {
    const folded = normalizeAlias(word).folded;
    if (folded) patternFor(folded).topic = true;
  }
  const patterns = [...byFolded.values()];
  const automaton = new AhoCorasick(patterns.map((p) => p.folded));

  const scan = (text: string): ScannedText => {
    const { folded, cased, starts, ends } = normalizeText(text);
    const candidates: Candidate[] = [];
    const signals: Signal[] = [];
    automaton.scan(folded, (id, start, end) => {
      if (isWordChar(cased[start - 1]) || isWordChar(cased[end])) return;
      const pattern = patterns[id]!;
      if (pattern.signal || pattern.topic) signals.push({ folded: pattern.folded, start });
      if (pattern.variants.length > 0) candidates.push({ start, end, pattern });
    });
    return { text, cased, starts, ends, candidates, signals };
  };

  const session = (): MatchSession => {
    const pageSignals = new Set<string>();
    const topicHits = new Set<string>();
    const specificEntities = new Set<string>();
    const onTopic = () => topicHits.size + specificEntities.size >= topicThreshold;

    const pick = (scanned: ScannedText, candidate: Candidate): { variant: Variant; rule: string } | undefined => {
      const surface = scanned.cased.slice(candidate.start, candidate.end);
      for (const variant of candidate.pattern.variants) {
        const { entry } = variant;
        if (entry.caseSensitive && variant.cased !== surface) continue;
        if (variant.notFollowedBy?.test(scanned.cased.slice(candidate.end, candidate.end + LOOK_AROUND))) continue;
        if (variant.notPrecededBy?.test(scanned.cased.slice(Math.max(0, candidate.start - LOOK_AROUND), candidate.start))) continue;
        if (entry.generic && !onTopic()) continue;
        let rule = entry.caseSensitive ? 'exact-case alias' : 'alias (any case)';
        if (entry.generic) rule = 'generic term, on a page about defense or technology';
        if (variant.context && entry.context) {
          const word = contextWord(scanned, candidate, variant.context, entry.context.scope, entry.context.window, pageSignals);
          if (!word) continue;
          rule = `${rule}, with “${word}” ${entry.context.scope === 'page' ? 'on the page' : 'nearby'}`;
        }
        return { variant, rule };
      }
      return undefined;
    };

    const resolve = (scanned: ScannedText): Mention[] => {
      const accepted: { start: number; end: number; variant: Variant; rule: string }[] = [];
      for (const candidate of scanned.candidates) {
        const picked = pick(scanned, candidate);
        if (picked) accepted.push({ start: candidate.start, end: candidate.end, ...picked });
      }
      accepted.sort((a, b) => a.start - b.start || b.end - a.end);
      const mentions: Mention[] = [];
      let reached = 0;
      for (const match of accepted) {
        if (match.start < reached) continue;
        reached = match.end;
        const start = scanned.starts[match.start]!;
        const end = scanned.ends[match.end - 1]!;
        mentions.push({
          start,
          end,
          entityId: match.variant.entry.entityId,
          category: match.variant.entry.category,
          alias: match.variant.entry.text,
          surface: scanned.text.slice(start, end),
          rule: match.rule,
        });
      }
      return mentions;
    };

    const scanTexts = (texts: readonly string[]) => {
      const scanned = texts.map(scan);
      for (const s of scanned) {
        for (const signal of s.signals) {
          pageSignals.add(signal.folded);
          if (byFolded.get(signal.folded)?.topic) topicHits.add(signal.folded);
        }
        for (const candidate of s.candidates) {
          const plain = candidate.pattern.variants.find((v) => !v.entry.generic && !v.entry.context && !v.notFollowedBy && !v.notPrecededBy);
          if (plain && (!plain.entry.caseSensitive || plain.cased === s.cased.slice(candidate.start, candidate.end))) {
            specificEntities.add(plain.entry.entityId);
          }
        }
      }
      return { texts: scanned };
    };
    const resolveTexts = (scanned: ScannedTexts) => (scanned.texts as ScannedText[]).map(resolve);

    return {
      add: (texts) => resolveTexts(scanTexts(texts)),
      scan: scanTexts,
      resolve: resolveTexts,
      get onTopic() {
        return onTopic();
      },
    };
  };

  return {
    find: (text) => session().add([text])[0]!,
    findAll: (texts) => session().add(texts),
    session,
  };
}

function contextWord(
  scanned: ScannedText,
  candidate: Candidate,
  words: Map<string, string>,
  scope: 'near' | 'page',
  window = DEFAULT_CONTEXT_WINDOW,
  pageSignals: Set<string>,
): string | undefined {
  if (scope === 'page') {
    for (const [folded, word] of words) if (pageSignals.has(folded)) return word;
    return undefined;
  }
  for (const signal of scanned.signals) {
    if (!words.has(signal.folded)) continue;
    if (signal.start >= candidate.start && signal.start < candidate.end) continue;
    if (Math.abs(signal.start - candidate.start) <= window) return words.get(signal.folded);
  }
  return undefined;
}
