import type { Category } from '../dataset/schema';
import { AhoCorasick } from './aho-corasick';
import type { AliasEntry } from './alias-index';
import { isWordChar, normalizeAlias, normalizeText } from './normalize-text';

/** One recognised mention, in the coordinates of the text given to `find`. */
export interface Mention {
  start: number;
  end: number;
  entityId: string;
  category: Category;
  /** The dataset alias that matched. */
  alias: string;
  /** The text as it appears in the input. */
  surface: string;
}

export interface Matcher {
  /** Non-overlapping mentions, leftmost first; where mentions overlap the longest wins. */
  find(text: string): Mention[];
}

interface Pattern {
  length: number;
  /** Aliases that normalise to this pattern, tried in dataset order. */
  variants: { entry: AliasEntry; cased: string }[];
}

/**
 * The one matcher of the project: used by the content script, the extension pages and the
 * maintainer CLIs. Pure: no DOM, no browser APIs.
 */
export function compileMatcher(aliases: readonly AliasEntry[]): Matcher {
  const patterns: Pattern[] = [];
  const byFolded = new Map<string, Pattern>();
  for (const entry of aliases) {
    const { folded, cased } = normalizeAlias(entry.text);
    if (folded.length === 0) continue;
    let pattern = byFolded.get(folded);
    if (!pattern) {
      pattern = { length: folded.length, variants: [] };
      byFolded.set(folded, pattern);
      patterns.push(pattern);
    }
    pattern.variants.push({ entry, cased });
  }
  const automaton = new AhoCorasick([...byFolded.keys()]);

  return {
    find(text) {
      const normalized = normalizeText(text);
      const { cased, starts, ends } = normalized;
      const candidates: { start: number; end: number; entry: AliasEntry }[] = [];
      automaton.scan(normalized.folded, (id, start, end) => {
        if (isWordChar(cased[start - 1]) || isWordChar(cased[end])) return;
        const pattern = patterns[id]!;
        const surface = cased.slice(start, end);
        const variant = pattern.variants.find((v) => !v.entry.caseSensitive || v.cased === surface);
        if (variant) candidates.push({ start, end, entry: variant.entry });
      });
      candidates.sort((a, b) => a.start - b.start || b.end - a.end);
      const mentions: Mention[] = [];
      let reached = 0;
      for (const candidate of candidates) {
        if (candidate.start < reached) continue;
        reached = candidate.end;
        const start = starts[candidate.start]!;
        const end = ends[candidate.end - 1]!;
        mentions.push({
          start,
          end,
          entityId: candidate.entry.entityId,
          category: candidate.entry.category,
          alias: candidate.entry.text,
          surface: text.slice(start, end),
        });
      }
      return mentions;
    },
  };
}
