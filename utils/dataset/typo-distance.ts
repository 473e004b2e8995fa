/**
 * How close a typed query is to a name, in typing mistakes: the optimal string alignment distance (an
 * insertion, a deletion, a substitution or two neighbouring letters swapped each count one), against the
 * name's best-fitting run of as many words as the query has, and against the name with its spaces left out
 * ("ShieldAI" for "Shield AI"). Both texts are expected folded (lower case) by the caller.
 *
 * Fuse's bitap scores rank long names that merely hold some of the letters above the name a reader
 * misspelt ("Hesling" found Chemring Group before Helsing, "Helsig" found "Artificial intelligence" first:
 * a newcomer's trial and a break-it review, session 26); a count of typing mistakes ranks as a reader expects.
 *
 * Returns undefined when the query is more than `limit` mistakes from every run of the name; otherwise the
 * mistakes (`typos`), whether the best run starts after the name's first word (`later`: "Rheinmetall" is
 * closer to "Rheinmetall" than to "American Rheinmetall Vehicles") and the characters of the name outside it (`rest`).
 */
export interface Closeness {
  typos: number;
  later: boolean;
  rest: number;
}

/** A name split once for every query: its words, and its letters without spaces. */
export interface PreparedName {
  words: readonly string[];
  whole: string;
}

export function prepareName(name: string): PreparedName {
  return { words: name.split(/\s+/u).filter(Boolean), whole: name.replace(/\s+/gu, '') };
}

export function typoCloseness(query: string, name: PreparedName, limit: number): Closeness | undefined {
  const queryWords = query.split(/\s+/u).filter(Boolean).length;
  const { words, whole } = name;
  let best: Closeness | undefined;
  const consider = (typos: number, later: boolean, rest: number) => {
    if (typos > limit) return;
    const candidate = { typos, later, rest };
    if (!best || compareCloseness(candidate, best) < 0) best = candidate;
  };
  consider(distanceWithin(query.replace(/\s+/gu, ''), whole, limit), false, 0);
  for (let start = 0; start + queryWords <= words.length; start += 1) {
    const run = queryWords === 1 ? words[start]! : words.slice(start, start + queryWords).join(' ');
    consider(distanceWithin(query, run, Math.min(limit, best?.typos ?? limit)), start > 0, whole.length - run.length + queryWords - 1);
  }
  return best;
}

/** Orders closeness best first: fewer mistakes, then a run at the name's start, then less of the name left over. */
export function compareCloseness(a: Closeness, b: Closeness): number {
  return a.typos - b.typos || Number(a.later) - Number(b.later) || a.rest - b.rest;
}

/** The typing mistakes a query of this many characters may hold and still be the name meant: none under 4, one under 7, two after. */
export function typosAllowed(length: number): number {
  return length < 4 ? 0 : length < 7 ? 1 : 2;
}

/** Optimal string alignment distance between `a` and `b`, or `limit + 1` once it must exceed `limit`. */
function distanceWithin(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  if (a === b) return 0;
  let twoBack = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  let previousBest = 0;
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    let rowBest = current[0];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, twoBack[j - 2]! + 1);
      current[j] = value;
      rowBest = Math.min(rowBest, value);
    }
    // A swap reaches back two rows: only two rows over the limit in a row settle it.
    if (rowBest > limit && previousBest > limit) return limit + 1;
    previousBest = rowBest;
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return Math.min(previous[b.length]!, limit + 1);
}
