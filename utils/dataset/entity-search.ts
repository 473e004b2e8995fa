import Fuse from 'fuse.js';

/** What the search reads of an entity: its name, its aliases' texts and its summary. */
export interface SearchableEntity {
  readonly name: string;
  readonly aliases: readonly { readonly text: string }[];
  readonly summary: string;
}

/** How many results a search returns at most. */
export const SEARCH_RESULTS = 8;

/**
 * A fuzzy score (0 = exact, 1 = nothing alike) this many times the best result's is still a near miss of the
 * same query; beyond it a result is noise next to a good hit ("Tekver" found TEKEVER at 0.08, then
 * "Sondervermögen Bundeswehr" at 0.15; "Renk" found Renk Group at 0, then Safetrek.ai at 0.14: a newcomer's
 * trial, session 25). Scores up to `CLOSE_SCORE` always stay: "innovation fund" is in many names.
 */
const NEAR_BEST = 1.5;
const CLOSE_SCORE = 0.05;

/**
 * Builds a search over entities for the popup, once per dataset (indexing takes a moment). The returned
 * function takes the typed query (2 characters or more; fewer gives nothing) and returns at most
 * `SEARCH_RESULTS` entities, best first:
 * 1. a name or alias written exactly as typed (case and compatibility forms folded: "IRIS2" is "IRIS²"),
 *    since fuzzy scores rank "EDF" below longer names that merely contain letters like it;
 * 2. names and aliases matched fuzzily, without results far worse than the best one (`NEAR_BEST`);
 * 3. from 3 characters, entities whose summary holds the query as whole words (a fuzzy search of every
 *    summary took 32-87 ms a keystroke on the popup's thread).
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
  const summaries = entities.map((entity) => entity.summary.toLowerCase());
  return (query) => {
    const searched = query.trim();
    if (searched.length < 2) return [];
    const typed = foldName(searched);
    const found = entities.filter((_, i) => exactNames[i]!.has(typed));
    const fuzzy = fuse.search(searched, { limit: SEARCH_RESULTS });
    const best = fuzzy[0]?.score ?? 0;
    for (const { item, score = 1 } of fuzzy) {
      if (found.length >= SEARCH_RESULTS) break;
      if ((score <= CLOSE_SCORE || score <= best * NEAR_BEST) && !found.includes(item)) found.push(item);
    }
    if (searched.length >= 3 && found.length < SEARCH_RESULTS) {
      const words = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(searched.toLowerCase())}(?![\\p{L}\\p{N}])`, 'u');
      for (let i = 0; i < entities.length && found.length < SEARCH_RESULTS; i += 1) {
        if (words.test(summaries[i]!) && !found.includes(entities[i]!)) found.push(entities[i]!);
      }
    }
    return found;
  };
}

function foldName(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
