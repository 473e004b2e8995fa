import { normalizeAlias } from './normalize-text';

/**
 * Whether a page is about defence itself, not only about technology: the gate that lets a page name its own
 * firms and programmes (page-named-firms.ts, page-named-programmes.ts) when it names nothing the dataset knows.
 *
 * Why: a page's own names count only on a page that names something of the dataset's, a proxy for "a page of
 * this field" that keeps a software blog's start-ups plain. But a blind dev batch (session 24, read again in
 * session 30) had articles whose every firm and programme is in no dataset: a Swedish science park's panel of
 * defence start-ups ("Niklas Boman, Founder and CEO of Seapattern;"), an Israeli emergency fund, a UAE award.
 * They highlighted nothing. The dataset's topic words mix defence words ("military", "armed forces",
 * "Bundeswehr", "国防") with technology and business words that any start-up page repeats ("tech",
 * "innovation", "startups", "research"); two distinct defence words say what the others cannot.
 *
 * The technology and business words are listed here (as the dataset writes them, folded on first use), not the
 * defence words: a topic word the dataset adds later counts as a defence word, which the dataset's curators
 * decide when they add one (its topic words are defence and technology words by design).
 */
const NOT_DEFENCE_WORDS = `tech technology technologies innovation research startup startups start-up start-ups software algorithm
algorithms engineering semiconductor semiconductors satellite satellites cyber security dual-use alliance procurement`;
const NOT_DEFENCE_PHRASES = ['venture capital'];

let notDefence: ReadonlySet<string> | undefined;
const notDefenceWords = (): ReadonlySet<string> =>
  (notDefence ??= new Set([...NOT_DEFENCE_WORDS.split(/\s+/u), ...NOT_DEFENCE_PHRASES].map((w) => normalizeAlias(w).folded)));

/** How many distinct defence words (of the dataset's topic words) a page must hold. */
export const DEFENCE_WORDS_NEEDED = 2;

/**
 * Whether the topic words a page holds (folded, as `SessionState.topics` keeps them) include at least
 * `DEFENCE_WORDS_NEEDED` distinct defence words. The caller also requires the page to be on topic.
 */
export function isDefencePage(topicWords: Iterable<string>): boolean {
  const skip = notDefenceWords();
  let count = 0;
  for (const word of topicWords) {
    if (skip.has(word)) continue;
    count += 1;
    if (count >= DEFENCE_WORDS_NEEDED) return true;
  }
  return false;
}
