/**
 * A technology word used as a modifier names, with the noun after it, one thing: "unmanned surface systems",
 * "autonomous navigation", "quantum clocks", "satellite imaging". Labellers (and readers) take the whole
 * phrase as the mention; a highlight on "unmanned" alone reads as half a name. Blind batches (sessions
 * 19-24) had 106 such mentions on dev highlighted short.
 */

/**
 * Words that a technology word modifies to make one thing of the field: the phrase ends on one of them. Not
 * "systems", "solutions", "operations", "aircraft", "services": labellers took the technology word alone before
 * those as often as the phrase (dev, session 25: "systems" 13 phrases, 16 words alone).
 */
const HEADS = new Set(
  `technologies technology tech science physics cryptography navigation sensing imaging clocks clock machines platforms
  vessels vessel`.split(/\s+/),
);
/** Words that may stand between the technology word and its head ("unmanned combat aerial systems"). */
const MODIFIERS = new Set(
  `ground surface aerial air maritime marine combat reconnaissance weapon land underwater undersea naval sea
  cargo logistics navy submarine`.split(/\s+/),
);

/**
 * The longest stretch of modifiers then a head right after `end`, on one line: where the phrase ends, or `end`.
 * Not after a plural ("drones attack vessels", "satellites imaging the Donbas": the next word is a verb) nor
 * before "fiction" ("AI science fiction"): a break-it review, session 25.
 */
export function technologyPhraseEnd(text: string, end: number): number {
  // After a plural only "technology" itself ("weapons technology"): a plural's next word is most often its verb.
  const plural = /\p{Ll}s$/u.test(text.slice(Math.max(0, end - 2), end)) && !/(?:ics|ss|ous)$/u.test(text.slice(Math.max(0, end - 3), end));
  if (plural) {
    const technology = /^[ \u00A0](?:technology|technologies|tech)(?![\p{L}\p{N}'’-])/u.exec(text.slice(end, end + 16));
    return technology ? end + technology[0].length : end;
  }
  let at = end;
  let phraseEnd = end;
  for (let words = 0; words < 3; words += 1) {
    const match = /^[ \u00A0]([a-z]+)/u.exec(text.slice(at, at + 40));
    if (!match) break;
    const word = match[1]!;
    const next = at + match[0].length;
    // A word that goes on as a compound or a possessive is another word ("data-driven", "systems'").
    if (/^[-‐‑'’]/u.test(text.slice(next, next + 1))) break;
    if (HEADS.has(word) && !/^\s+fiction\b/u.test(text.slice(next, next + 10))) phraseEnd = next;
    if (!HEADS.has(word) && !MODIFIERS.has(word)) break;
    at = next;
  }
  return phraseEnd;
}

/** What a hyphen after an acronym may join to it as the name's own part: a capitalised word or a number. */
const NAMED_PART = /^-(?:\p{Lu}\p{Ll}+|\p{N}{1,4})(?![\p{L}\p{N}-])/u;
/** Capitalised words after a hyphen that describe rather than name ("DIU-Backed", in a title-case line). */
const DESCRIBING_PART =
  /^-(?:\p{Lu}\p{Ll}+ed|Led|Style|Like|Type|Grade|Class|Compliant|Made|Built|Programms?|Programme|Projekte?|Budget|Beitrag|Förderung|Mittel|Vertrag|Auftrag|Chef|Chefin|Sprecher|Sprecherin|Mitglied|Mitglieder|Initiative|Strategie|Gelder|Fonds|Team|Standort)$/u;

/**
 * Where a programme's or firm's acronym goes on as one name across a hyphen: a site, an edition or a unit
 * ("CDL-Toronto", "DISC-9", "GDELS-Steyr"), as labellers take it; `end` when it does not.
 */
export function namedPartEnd(text: string, start: number, end: number): number {
  // Not inside a code of several parts ("Chips-2024-CDP-1").
  if (!/^\p{Lu}[\p{Lu}\p{N}&]{1,6}$/u.test(text.slice(start, end)) || text[start - 1] === '-') return end;
  const part = NAMED_PART.exec(text.slice(end, end + 24))?.[0];
  return part && !DESCRIBING_PART.test(part) ? end + part.length : end;
}
