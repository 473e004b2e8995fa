/**
 * "Long Name (ABBR)": the page itself defines an abbreviation. Two uses, both page-level:
 *
 * - After a dataset name, the abbreviation names that entity on this page, even when the dataset
 *   does not list it or lists it with rules: "the Army Applications Laboratory (AAL) … AAL".
 * - After a name the dataset does not know, the abbreviation means something else on this page, so
 *   the dataset's entity of the same letters is not highlighted there: "Électricité de France (EDF)",
 *   "the National Ignition Facility (NIF)".
 *
 * Pure functions over the matcher's normalised, cased text.
 */

/**
 * An abbreviation in parentheses right after `end`: "(AAL)", "(EDIP)", "(IRIS²)" → "IRIS2", perhaps quoted
 * ("STMicroelectronics («ST»)": French articles quote it so, a blind batch, session 18).
 */
const DEFINITION = /^\s?\(\s?[«“"]?\s?(\p{Lu}[\p{Lu}\p{N}&-]{1,11}|\p{Lu}[\p{L}\p{N}]{1,3}\p{Lu}[\p{L}\p{N}]{0,6}|\p{Lu}\p{Ll}{2,7})\s?[»”"]?\s?\)/u;

/**
 * An acronym written as a word, as British papers write them ("Security Action for Europe (Safe)", "Nato",
 * "Darpa"): it defines the letters only when they are the name's initials (`initialsSpell`), since a
 * capitalised word in brackets is more often a place or a short name ("Helsing (Munich)").
 */
export function writtenAsWord(abbreviation: string): boolean {
  return /^\p{Lu}\p{Ll}+$/u.test(abbreviation);
}

/**
 * "Long Name, or ABBR": American press releases define letters so ("Materials Resources LLC, or MRL;": a
 * scout's page, session 24). Capitals only, and followed by punctuation or a space: "Airbus, or BAE
 * Systems" offers another firm, which the letters' fit to the name (`abbreviationFits`) turns away.
 */
const OR_DEFINITION = /^,\s(?:or|aka|a\.k\.a\.|also known as)\s(\p{Lu}[\p{Lu}\p{N}&-]{1,9})(?=[,;.:)]|$)/u;

/**
 * The abbreviation defined right after `end` in `cased`, if any: "(ABBR)", or ", or ABBR" followed by
 * punctuation whose letters are the initials of the name before (`initialsSpell`): "Anduril, or AI labs",
 * "the NATO Innovation Fund, or NATO members' funds" offer something else (a break-it review, session 24).
 */
export function abbreviationAfter(cased: string, end: number): string | undefined {
  const bracketed = DEFINITION.exec(cased.slice(end, end + 20))?.[1];
  if (bracketed) return bracketed;
  const offered = OR_DEFINITION.exec(cased.slice(end, end + 30))?.[1];
  return offered && initialsSpell(cased, end, offered) ? offered : undefined;
}

/** Lower-case words a long name may contain that its abbreviation may or may not take a letter from. */
// Italian, Spanish, Portuguese, Dutch and Nordic ones too: "Fondo europeo per gli Investimenti (Fei)" (a scout's page, session 23).
const LINKING = new Set(
  `of for and the on in de du des la le et für fur der die und to & per gli il lo dei della delle dello di del e y el los las da do dos das
  van voor en het och og af för`.split(/\s+/),
);

/**
 * Whether the words before `start` (ending just before "(") spell `abbreviation` by their initials,
 * allowing linking words to be skipped or used: "Électricité de France" → EDF, "National Ignition
 * Facility" → NIF. Looks at no more than twelve words.
 */
export function initialsSpell(cased: string, openParen: number, abbreviation: string): boolean {
  const before = cased.slice(Math.max(0, openParen - 160), openParen).trimEnd();
  const words = before.split(/[\s-]+/).filter(Boolean).slice(-12);
  const letters = lettersOf(abbreviation);
  if (letters.length < 2) return false;
  // Match the letters from the end: the last word must give the last letter, and so on backwards.
  const spell = (wordIndex: number, letterIndex: number): boolean => {
    if (letterIndex < 0) return true;
    if (wordIndex < 0) return false;
    const word = words[wordIndex]!;
    const initial = word[0]!.toUpperCase();
    const linking = LINKING.has(word.toLowerCase());
    // A long form in lower case names something too ("borehole heat exchangers (BHEs)").
    if (!/^\p{L}/u.test(word)) return false;
    if (initial === letters[letterIndex] && spell(wordIndex - 1, letterIndex - 1)) return true;
    // A word may give two letters of a compound abbreviation ("GeoInt" → GI): not handled; a linking
    // word may be skipped.
    return linking && spell(wordIndex - 1, letterIndex);
  };
  return spell(words.length - 1, letters.length - 1);
}

/**
 * Whether an abbreviation can stand for the name before it: its first letter starts a word of the name,
 * and its letters come in the name in that order ("Army Applications Laboratory" → AAL, "Tekever" →
 * TKV, "Infrastructure for Resilience, Interconnectivity and Security by Satellite" → IRIS²). A firm's
 * country in brackets is not its abbreviation: "Helsing (UK)", "Shield AI (USA)" (a break-it review
 * found every later "UK" on such a page highlighted as the firm).
 */
export function abbreviationFits(abbreviation: string, name: string): boolean {
  const letters = abbreviation.replace(/[^\p{L}]/gu, '').toUpperCase();
  const written = name.toUpperCase();
  if (letters.length === 0) return false;
  for (const word of written.matchAll(/\p{L}[\p{L}\p{N}]*/gu)) {
    if (word[0][0] !== letters[0]) continue;
    let at = word.index;
    let fits = true;
    for (const letter of letters) {
      at = written.indexOf(letter, at);
      if (at === -1) {
        fits = false;
        break;
      }
      at += 1;
    }
    if (fits) return true;
  }
  return false;
}

/** Acronyms of everyday speech a page may also use for a programme's name: never defined that way round. */
const EVERYDAY_ACRONYMS = new Set(['ASAP', 'FYI', 'AKA', 'DIY', 'FAQ', 'TBD', 'TBA', 'ETA', 'RSVP', 'CEO', 'USA', 'WTF', 'LOL', 'OMG', 'NB', 'PS']);

/** "ABBR (" right before a name, an opening quote allowed: "ASAP (« Act in support of Ammunition Production »". */
const ABBREVIATION_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{Lu}\p{N}&-]{1,11})\s?\(\s?[«“"„]?\s?$/u;
/** What may close such a name inside its parentheses: the bracket, a closing quote, or a comma or semicolon before more. */
const NAME_CLOSES = /^\s?[»”"“]?\s?[),;]/u;

/**
 * "ABBR (Long Name)", the other way round from `abbreviationAfter`: the abbreviation written first, its
 * name in the parentheses after it, perhaps quoted, perhaps followed by more ("ASAP (« Act in support of
 * Ammunition Production », en écho à « As Soon As Possible »)": a blind batch, session 17). Returns the
 * abbreviation when the name at `start`..`end` is so introduced and its words' initials spell it
 * (`initialsMatch`), which is stricter than `abbreviationFits`: nothing on the page says which came first.
 */
export function abbreviationBefore(cased: string, start: number, end: number): string | undefined {
  const abbreviation = ABBREVIATION_BEFORE.exec(cased.slice(Math.max(0, start - 20), start))?.[1];
  if (!abbreviation || !NAME_CLOSES.test(cased.slice(end, end + 6))) return undefined;
  // Two letters are too often a time, a place's code or another thing on the same page ("AM", "QC", "DE",
  // "EO"), and an everyday acronym is written as one in the same articles ("ASAP", said in a quote): a break-it
  // review, session 17.
  if (abbreviation.replace(/[^\p{L}]/gu, '').length < 3 || EVERYDAY_ACRONYMS.has(abbreviation)) return undefined;
  return initialsMatch(abbreviation, cased.slice(start, end)) ? abbreviation : undefined;
}

/**
 * Whether an abbreviation's letters are the initials of a name's words, all of them or all but the
 * linking words ("Act in support of Ammunition Production" → ASAP, "European Defence Fund" → EDF).
 */
export function initialsMatch(abbreviation: string, name: string): boolean {
  const letters = lettersOf(abbreviation);
  const words = name.split(/[\s\-‐‑]+/u).filter((word) => /^\p{L}/u.test(word));
  if (letters.length < 2 || words.length < 2) return false;
  const initials = (list: string[]) => list.map((word) => word[0]!.toUpperCase()).join('');
  return initials(words) === letters || initials(words.filter((word) => !LINKING.has(word.toLowerCase()))) === letters;
}

/**
 * Whether an abbreviation has more capitals than a name has words, linking words aside: the letters cannot be
 * that name's own short form ("European Defence Industrial Programme (EDIDP)"; "space domain awareness (SDA)"
 * has as many words as letters).
 */
export function moreLettersThanWords(abbreviation: string, name: string): boolean {
  const words = name.split(/[\s-]+/u).filter((word) => /^\p{L}/u.test(word) && !LINKING.has(word.toLowerCase()));
  return abbreviation.replace(/[^\p{Lu}]/gu, '').length > words.length;
}

/** An abbreviation's letters in capitals, a plural's "s" not one of them ("IAs" → "IA", "IRIS²" → "IRIS"). */
function lettersOf(abbreviation: string): string {
  return abbreviation.replace(/(?<=\p{Lu})s$/u, '').replace(/[^\p{L}]/gu, '').toUpperCase();
}
