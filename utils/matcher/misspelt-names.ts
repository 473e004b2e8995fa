/**
 * Names written with a slip: "Lockhead Martin", "Office fo Strategic Capital", "Surrey Satellites
 * Technology". Real pages misspell long names now and then, and a reader still sees the firm or the
 * programme. Only long, multi-word names of firms and programmes are read this way, and only one word
 * of them may differ, by a slip a writer makes: two neighbouring letters swapped, or, in a word of six
 * letters or more, one letter added, dropped or changed (two in a word of nine or more), or a plural
 * for a singular. "Space Force" is not "Space Forge": a five-letter word must be written exactly; and
 * "Venture Capital" is not "Ventura Capital": a word the names themselves use is written on purpose. Pure: no DOM.
 */

/** A name the index may find misspelt: its folded words, and what the caller needs back. */
export interface SpelledName<T> {
  /** The name normalised as page text is (`normalizeAlias(text).folded`): words separated by single spaces. */
  folded: string;
  value: T;
}

/** A misspelt occurrence: where its words are in the folded text, and the name it stands for. */
export interface MisspeltName<T> {
  start: number;
  end: number;
  value: T;
}

/** A name shorter than this (folded, spaces included) is never read through a slip. */
export const MIN_NAME_LENGTH = 12;
const MAX_WORDS = 8;
/** Lower-case words a capitalised name may hold ("Office of Strategic Capital", "Fonds für Innovation"). */
const CONNECTORS = new Set(['of', 'fo', 'and', 'for', 'the', 'on', 'in', 'de', 'des', 'du', 'la', 'le', 'et', 'für', 'der', 'die', 'und', '&']);

/** Damerau–Levenshtein distance (adjacent swaps count one), stopping early once above `limit`. */
export function slipDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (i > 0 && best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The other number of a word ("Satellites" for "Satellite"): an inflection, not a slip, and kept. */
const otherNumber = (written: string, word: string) => written === `${word}s` || word === `${written}s`;

/** Whether one written word is a slip of the name's word; `vocabulary` holds every word of the names. */
function isSlip(written: string, word: string, vocabulary: ReadonlySet<string>): boolean {
  if (written === word) return false;
  if (otherNumber(written, word)) return true;
  if (vocabulary.has(written)) return false;
  // A word and its agent noun are two words: "Officer" for "Office" is a job title, not a slip (the
  // CDAO's officer, a blind batch, session 19).
  if (written === `${word}r` || written === `${word}er`) return false;
  // Two neighbouring letters swapped: a slip in a word of any length ("fo" for "of").
  if (written.length === word.length && written.length >= 2) {
    const differ: number[] = [];
    for (let i = 0; i < word.length && differ.length <= 2; i += 1) if (written[i] !== word[i]) differ.push(i);
    if (differ.length === 2 && differ[1] === differ[0]! + 1 && written[differ[0]!] === word[differ[1]!] && written[differ[1]!] === word[differ[0]!]) return true;
  }
  const shorter = Math.min(written.length, word.length);
  if (shorter < 6) return false;
  const limit = shorter >= 9 ? 2 : 1;
  return slipDistance(written, word, limit) <= limit;
}

/**
 * The names (multi-word, at least `MIN_NAME_LENGTH` long), looked up by their words with one left out:
 * a written run of words that agrees with a name in all words but one is checked at that one.
 */
export class MisspeltNameIndex<T> {
  private readonly byPattern = new Map<string, { words: string[]; at: number; value: T }[]>();
  private readonly lengths = new Set<number>();
  private readonly vocabulary = new Set<string>();

  constructor(names: Iterable<SpelledName<T>>) {
    for (const { folded, value } of names) {
      if (folded.length < MIN_NAME_LENGTH) continue;
      const words = folded.split(' ');
      if (words.length < 2 || words.length > MAX_WORDS) continue;
      this.lengths.add(words.length);
      for (const word of words) this.vocabulary.add(word);
      for (let at = 0; at < words.length; at += 1) {
        const key = patternKey(words, at);
        let list = this.byPattern.get(key);
        if (!list) this.byPattern.set(key, (list = []));
        list.push({ words, at, value });
      }
    }
  }

  get size(): number {
    return this.byPattern.size;
  }

  /**
   * Misspelt names in a text, left to right, not overlapping. `folded` and `cased` are the two readings
   * of one normalised text (`normalizeText`: same length, same positions). A name is read from a run of
   * capitalised words (with the lower-case words names hold, "of", "and", "für"); `isKnown` says whether
   * some words are already a name as written (those are the exact matcher's to decide, never a slip).
   */
  find(folded: string, cased: string, isKnown: (folded: string) => boolean): MisspeltName<T>[] {
    if (this.lengths.size === 0) return [];
    const found: MisspeltName<T>[] = [];
    for (const run of capitalisedRuns(cased)) {
      const words = run.map(([s, e]) => folded.slice(s, e));
      for (let first = 0; first < run.length; ) {
        const hit = this.longestAt(words, first, isKnown, folded, run);
        if (!hit) {
          first += 1;
          continue;
        }
        found.push({ start: run[first]![0], end: run[first + hit.count - 1]![1], value: hit.value });
        first += hit.count;
      }
    }
    return found;
  }

  private longestAt(words: string[], first: number, isKnown: (folded: string) => boolean, folded: string, run: [number, number][]): { count: number; value: T } | undefined {
    const lengths = [...this.lengths].filter((n) => first + n <= words.length).sort((a, b) => b - a);
    for (const count of lengths) {
      const written = words.slice(first, first + count);
      // Runs start and end with a capitalised word: a name does not end in "of".
      if (CONNECTORS.has(written[count - 1]!) || CONNECTORS.has(written[0]!)) continue;
      const text = folded.slice(run[first]![0], run[first + count - 1]![1]);
      if (text.length < MIN_NAME_LENGTH || isKnown(text)) continue;
      for (let at = 0; at < count; at += 1) {
        for (const name of this.byPattern.get(patternKey(written, at)) ?? []) {
          if (name.at === at && isSlip(written[at]!, name.words[at]!, this.vocabulary)) return { count, value: name.value };
        }
      }
    }
    return undefined;
  }
}

function patternKey(words: readonly string[], at: number): string {
  return words.map((w, i) => (i === at ? '\u0000' : w)).join(' ');
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&]*/gu;

/**
 * Runs of words that may be a name: capitalised words (a capital letter or a digit first), with the
 * lower-case words names hold between them, separated by single spaces only (a comma or a full stop
 * ends a run). Each word as [start, end) in the text.
 */
export function capitalisedRuns(cased: string): [number, number][][] {
  const runs: [number, number][][] = [];
  let run: [number, number][] = [];
  let lastEnd = -1;
  const close = () => {
    while (run.length > 0 && CONNECTORS.has(cased.slice(run[run.length - 1]![0], run[run.length - 1]![1]).toLowerCase())) run.pop();
    if (run.length >= 2) runs.push(run);
    run = [];
  };
  for (const match of cased.matchAll(WORD)) {
    let word = match[0];
    // A full stop ends the sentence, not the word ("Lockhead Martin." but "Inc." is kept whole).
    if (word.endsWith('.') && !/^(?:\p{Lu}\.)+$/u.test(word)) word = word.replace(/\.+$/u, '');
    const start = match.index;
    const end = start + word.length;
    const joined = run.length > 0 && start === lastEnd + 1 && cased[lastEnd] === ' ';
    if (!joined) close();
    const capital = /^[\p{Lu}\p{N}]/u.test(word);
    if (capital || (run.length > 0 && CONNECTORS.has(word.toLowerCase()))) {
      run.push([start, end]);
      lastEnd = end;
      if (end < start + match[0].length) close();
    } else {
      close();
    }
  }
  close();
  return runs;
}
