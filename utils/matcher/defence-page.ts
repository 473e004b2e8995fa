import { normalizeAlias } from './normalize-text';

/**
 * Whether a page is about defence innovation, not only about technology or only about defence: the gate that lets a
 * page name its own firms and programmes (page-named-firms.ts, page-named-programmes.ts) when it names nothing the
 * dataset knows.
 *
 * Why: a page's own names count only on a page that names something of the dataset's, a proxy for "a page of
 * this field" that keeps a software blog's start-ups plain. But a blind dev batch (session 24, read again in
 * session 30) had articles whose every firm and programme is in no dataset: a Swedish science park's panel of
 * defence start-ups ("Niklas Boman, Founder and CEO of Seapattern;"), an Austrian militia-meets-business panel.
 * They highlighted nothing. The dataset's topic words mix defence words ("military", "armed forces",
 * "Bundeswehr", "国防") with technology and business words that any start-up page repeats ("tech",
 * "innovation", "startups", "research"). The gate asks for three things (two break-it reviews, session 30, found
 * each of the looser versions opening war reports, court reports, obituaries, sports pages and metaphors): two
 * distinct defence words, a word of the field (`FIELD_WORDS`), and a phrase that puts the two side by side
 * (`namesDefenceInnovation`).
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
const DEFENCE_WORDS_NEEDED = 2;

/**
 * One defence word however written: its singular ("weapons" is "weapon"), a ministry's by its field ("ministry of
 * defense" is "defense"), British and American spelling as one ("defence" is "defense": a break-it review, session 30).
 */
const defenceWord = (folded: string) => folded.replace(/^ministry of /u, '').replace(/s$/u, '').replace(/^defenc(?=e$)/u, 'defens');

/**
 * Defence words that metaphors and sport use as well ("an army of volunteers", "combat food waste", "our best weapon",
 * Army v Navy): they count only beside a word that names defence itself (a break-it review, session 30).
 */
const FIGURATIVE = new Set(['army', 'navy', 'troop', 'weapon', 'combat', 'missile', 'battlefield', 'warfare', 'deterrence']);

/**
 * Whether the topic words a page holds (folded, as `SessionState.topics` keeps them) include at least
 * `DEFENCE_WORDS_NEEDED` distinct defence words, one of them not `FIGURATIVE`, and a word of the field
 * (`FIELD_WORDS`). The caller also requires the page to be on topic.
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
  return ofField && defence.size >= DEFENCE_WORDS_NEEDED && [...defence].some((word) => !FIGURATIVE.has(word));
}

/**
 * Words of defence and of the field side by side, in either order and up to two words apart: "defence innovation",
 * "defense tech startups", "military innovation", "start-ups in the defense sector", "innovation in defense". A
 * break-it review (session 30) wrote pages that hold both kinds of word apart, a court report on a roofer who called
 * himself "a start-up" and whose victims were soldiers, an obituary of a carpenter whose stretchers a start-up copied:
 * the page-name rules took their people and workshops for firms. Every dev article the gate opens has such a phrase.
 */
const DEFENCE = String.raw`(?:defen[cs]e|défense|military|militaire|militär[\p{L}]*|armed\s+forces|rüstung[\p{L}]*|verteidigung[\p{L}]*)`;
const FIELD = String.raw`(?:start-?ups?|scale-?ups?|innovation|innovators?|tech|technolog(?:y|ies)|ventures?|venture\s+capital|dual-use|investors?|investments?|accelerators?)`;
const BETWEEN = String.raw`[^\p{L}\p{N}]+(?:[\p{L}\p{N}’'-]+[^\p{L}\p{N}]+){0,2}?`;
const DEFENCE_INNOVATION = new RegExp(String.raw`(?<![\p{L}\p{N}])(?:${DEFENCE}${BETWEEN}${FIELD}|${FIELD}${BETWEEN}${DEFENCE})(?![\p{L}\p{N}])`, 'iu');

/** Whether a text has a phrase of defence innovation (`DEFENCE_INNOVATION`); a page needs one before `isDefencePage` opens it. */
export function namesDefenceInnovation(text: string): boolean {
  return DEFENCE_INNOVATION.test(text);
}
