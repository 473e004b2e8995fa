import Fuse from 'fuse.js';
import { type Closeness, compareCloseness, prepareName, typoCloseness, typosAllowed } from './typo-distance';

/** What the search reads of an entity: its name, its aliases' texts and its summary. */
export interface SearchableEntity {
  readonly name: string;
  readonly aliases: readonly { readonly text: string }[];
  readonly summary: string;
}

/** How many results a search returns at most. */
export const SEARCH_RESULTS = 8;

/**
 * Fuzzy scores run from 0 (exact) to 1 (nothing alike). When the query is written out in a name (the best
 * score at most `WRITTEN_OUT`), results scoring worse than `NEAR` are noise next to it ("Renk" found Renk Group
 * at 0, then Safetrek.ai at 0.14: a newcomer's trial, session 25). A misspelt query keeps every fuzzy result:
 * its best match may itself be noise ("Helsig" scores "Artificial intelligence" 0.07 and Helsing 0.17, "ShieldAI"
 * finds Shield AI fourth: a break-it review, session 26).
 */
const WRITTEN_OUT = 0.01;
const NEAR = 0.1;

/**
 * Builds a search over entities for the popup, once per dataset (indexing takes a moment). The returned
 * function takes the typed query (2 characters or more; fewer gives nothing) and returns at most
 * `SEARCH_RESULTS` entities, best first:
 * 1. a name or alias written exactly as typed (case and compatibility forms folded: "IRIS2" is "IRIS²"),
 *    since fuzzy scores rank "EDF" below longer names that merely contain letters like it;
 * 2. names and aliases matched fuzzily, without the noise below a name that holds the query as written
 *    (`WRITTEN_OUT`, `NEAR`);
 * 3. from 3 characters, entities whose summary holds the query as whole words, a plural's ending allowed and
 *    hyphens read as spaces (a fuzzy search of every summary took 32-87 ms a keystroke on the popup's thread).
 */
export function entitySearch<T extends SearchableEntity>(entities: readonly T[]): (query: string) => T[] {
  const fuse = new Fuse(entities, {
    keys: [
      { name: 'name', weight: 3 },
      { name: 'aliases.text', weight: 2 },
    ],
    threshold: 0.35,
    ignoreLocation: true,
    includeScore: true,
  });
  const exactNames = entities.map((entity) => new Set([entity.name, ...entity.aliases.map((alias) => alias.text)].map(foldName)));
  const namesToCompare = exactNames.map((set) => [...set].map(prepareName));
  const summaries = entities.map((entity) => unhyphenated(entity.summary.toLowerCase()));
  return (query) => {
    const searched = query.trim();
    if (searched.length < 2) return [];
    const typed = foldName(searched);
    const found = entities.filter((_, i) => exactNames[i]!.has(typed));
    const fuzzy = fuse.search(searched, { limit: SEARCH_RESULTS });
    const writtenOut = (fuzzy[0]?.score ?? 1) <= WRITTEN_OUT;
    // A misspelt name: names within a few typing mistakes of the query, fewest first, before Fuse's ranking.
    const close = writtenOut ? [] : closeNames(typed);
    for (const item of close) if (found.length < SEARCH_RESULTS && !found.includes(item)) found.push(item);
    // Below a name found as written or as misspelt, only Fuse's near results: the rest is noise ("Hesling" found
    // Helsing, then David's Sling and HyCAT: a newcomer's trial, session 27).
    const nearOnly = writtenOut || close.length > 0;
    for (const { item, score = 1 } of fuzzy) {
      if (found.length >= SEARCH_RESULTS) break;
      if ((!nearOnly || score <= NEAR) && !found.includes(item)) found.push(item);
    }
    if (searched.length >= 3 && found.length < SEARCH_RESULTS) {
      // Whole words, a plural's ending allowed ("gearbox" in "gearboxes"), a hyphen read as a space ("rocket-motor").
      const words = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(unhyphenated(searched.toLowerCase()))}(?:s|es)?(?![\\p{L}\\p{N}])`, 'u');
      for (let i = 0; i < entities.length && found.length < SEARCH_RESULTS; i += 1) {
        if (words.test(summaries[i]!) && !found.includes(entities[i]!)) found.push(entities[i]!);
      }
    }
    return found;
  };

  /** Entities with a name or alias within `typosAllowed` typing mistakes of the folded query, fewest first. */
  function closeNames(typed: string): T[] {
    const allowed = typosAllowed(typed.replace(/\s+/gu, '').length);
    if (allowed === 0) return [];
    const close: { item: T; closeness: Closeness }[] = [];
    entities.forEach((item, i) => {
      let best: Closeness | undefined;
      for (const name of namesToCompare[i]!) {
        const closeness = typoCloseness(typed, name, best?.typos ?? allowed);
        if (closeness && (!best || compareCloseness(closeness, best) < 0)) best = closeness;
      }
      if (best) close.push({ item, closeness: best });
    });
    // Of names equally close, the dataset's order (which Fuse's ranking follows after them). Names further than the
    // closest (and than one mistake) are other words the query's letters happen to fit ("Hesling" is one mistake from
    // Helsing, two from David's "Sling": a newcomer's trial, session 27).
    close.sort((a, b) => compareCloseness(a.closeness, b.closeness));
    const fewest = Math.max(1, close[0]?.closeness.typos ?? 0);
    return close.filter((c) => c.closeness.typos <= fewest).map((c) => c.item);
  }
}

function foldName(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function unhyphenated(text: string): string {
  return text.replace(/[-\u2010-\u2015]/g, ' ');
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
