import { normalizeAlias } from './normalize-text';

/**
 * Whether a page is about defence innovation, not only about technology or only about defence: the gate that lets a page name its own
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

/**
 * Words of the field itself, defence innovation: start-ups, innovation, venture capital, dual use. A break-it review
 * (session 30) found that defence words alone open every war report, court report, obituary and veterans' page,
 * whose people, charities, units and laws the page-name rules then took for firms and programmes; none of its 26
 * such pages holds one of these, and every dev article the gate was made for does.
 */
const FIELD_WORDS = ['start-up', 'start-ups', 'startup', 'startups', 'innovation', 'venture capital', 'dual-use'];

let field: ReadonlySet<string> | undefined;
const fieldWords = (): ReadonlySet<string> => (field ??= new Set(FIELD_WORDS.map((w) => normalizeAlias(w).folded)));

/** How many distinct defence words (of the dataset's topic words) a page must hold. */
export const DEFENCE_WORDS_NEEDED = 2;

/** One defence word however written: its singular ("weapons" is "weapon"), a ministry's by its field ("ministry of defense" is "defense"). */
const defenceWord = (folded: string) => folded.replace(/^ministry of /u, '').replace(/s$/u, '');

/**
 * Whether the topic words a page holds (folded, as `SessionState.topics` keeps them) include at least
 * `DEFENCE_WORDS_NEEDED` distinct defence words and a word of the field (`FIELD_WORDS`). The caller also
 * requires the page to be on topic.
 */
export function isDefencePage(topicWords: Iterable<string>): boolean {
  const skip = notDefenceWords();
  const fieldWord = fieldWords();
  const defence = new Set<string>();
  let ofField = false;
  for (const word of topicWords) {
    if (fieldWord.has(word)) ofField = true;
    if (!skip.has(word)) defence.add(defenceWord(word));
  }
  return ofField && defence.size >= DEFENCE_WORDS_NEEDED;
}
