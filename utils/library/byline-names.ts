import { parse as parseName } from '@citation-js/name';
import type { SavedArticle } from './saved-article';

/**
 * A name as CSL-JSON spells it: a person split into parts, or a `literal` name cited exactly as
 * written (an organisation, or a byline we could not split with confidence).
 */
export interface CslName {
  given?: string;
  family?: string;
  'non-dropping-particle'?: string;
  suffix?: string;
  literal?: string;
}

// Words that end a job title rather than a name: "Staff Writer", "Pentagon Correspondent".
const ROLE_NOUNS = new Set([
  'staff', 'writer', 'writers', 'reporter', 'reporters', 'correspondent', 'correspondents', 'editor', 'editors',
  'contributor', 'contributors', 'columnist', 'analyst', 'desk', 'team', 'newsroom', 'bureau',
]);

// Words that make a capitalised phrase an organisation or a publication, not a person: when a byline
// part contains one, the byline is cited as written.
const ORGANISATION_WORDS = new Set([
  'news', 'press', 'agency', 'media', 'group', 'inc', 'ltd', 'llc', 'gmbh', 'corp', 'company', 'times', 'post',
  'journal', 'daily', 'weekly', 'magazine', 'network', 'institute', 'university', 'center', 'centre', 'association',
  'foundation', 'council', 'committee', 'ministry', 'department', 'office', 'command', 'service', 'services',
  'international', 'global', 'online', 'wire', 'herald', 'tribune', 'gazette', 'observer', 'chronicle', 'insider',
  'radio', 'tv', 'television', 'defense', 'defence', 'army', 'navy', 'air', 'force', 'corps', 'government', 'the',
  'of', 'for', 'and', 'staff', 'agence', 'presse', 'associated', 'reuters', 'bloomberg', 'afp', 'ap', 'dpa', 'efe',
  'ansa', 'pap', 'ukrinform', 'xinhua', 'tass', 'kyodo', 'yonhap',
]);

// Lower-case name particles that may stand inside a personal name ("Jan van der Berg").
const PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'del', 'della', 'di', 'da', 'du', 'la', 'le', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'dos', 'das', 'do', 'y', 'zu']);

const SUFFIX = /^(?:Jr\.?|Sr\.?|II|III|IV)$/;
// A capitalised name word ("Anne-Marie", "O'Neil", "McDonald") or initials ("J.", "J.R.").
const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*|(?:\p{Lu}\.)+)$/u;
// All capitals is an acronym ("NATO") or a shouted byline: neither can be split with confidence.
const ACRONYM = /^\p{Lu}{2,}$/u;

function isRole(part: string): boolean {
  const words = part.toLowerCase().split(' ');
  return ROLE_NOUNS.has(words[words.length - 1]!.replace(/\.$/, ''));
}

/** The words of a personal name without its suffix, and the suffix; undefined when `part` does not look like one. */
function personWords(part: string): { words: string[]; suffix?: string } | undefined {
  const words = part.split(' ');
  const suffix = words.length > 2 && SUFFIX.test(words[words.length - 1]!) ? words.pop() : undefined;
  if (words.length < 2 || words.length > 5) return undefined;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  if (PARTICLES.has(first) || PARTICLES.has(last)) return undefined;
  for (const word of words) {
    if (ORGANISATION_WORDS.has(word.toLowerCase().replace(/\.$/, ''))) return undefined;
    if (PARTICLES.has(word)) continue;
    if (!NAME_WORD.test(word) || ACRONYM.test(word)) return undefined;
  }
  return suffix ? { words, suffix } : { words };
}

function toCslPerson(words: string[], suffix: string | undefined): CslName | undefined {
  const parsed = parseName(words.join(' '));
  // The parser reads honorifics as "dropping particles" and gives up on some names: both are cases
  // where a split is a guess, so the caller cites the byline as written instead.
  if (!parsed.family || !parsed.given || parsed.literal || parsed['dropping-particle']) return undefined;
  const name: CslName = { given: parsed.given.trim(), family: parsed.family.trim() };
  if (parsed['non-dropping-particle']) name['non-dropping-particle'] = parsed['non-dropping-particle'].trim();
  if (suffix) name.suffix = suffix;
  return name;
}

/**
 * The authors in an article's byline, as CSL names.
 *
 * The byline is split on commas, "and", "&", ";", "|", "/" and spaced dashes. Parts that are job titles
 * ("Staff Writer") or the publication itself (any of `publisherNames`, compared without case) are dropped.
 * When every remaining part looks like a personal name, each is split into given and family name
 * (particles kept, "Jr." as suffix); beside people, a one-word part or an organisation ("Jane Doe,
 * Reuters") is the outlet and left out. Otherwise the byline, less a leading "By", is one literal name,
 * because a wrong split is worse in a citation than the byline as printed. A part with a year in it is the
 * byline's date, left out. An empty byline, or one of
 * job titles only ("Staff writer"), gives no names.
 */
export function bylineNames(byline: string | undefined, publisherNames: readonly string[] = []): CslName[] {
  const cleaned = (byline ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:written\s+)?by\b\s*:?\s*/i, '')
    // A label before the name ("Author: Jane Doe", "Text: Anna Keller").
    .replace(/^(?:author|authors|autor|autorin|auteur|text|texte|reporting)\s*:\s*/iu, '')
    // The French and German "Par", "Von" before a capitalised name (a newcomer's trial: "Von Thomas Becker, 19.
    // November 2026"); not a name's own "Von der Leyen" or "Paré" (a break-it review).
    .replace(/^(?:[Pp]ar|PAR|[Vv]on|VON)\s+(?=\p{Lu})/u, '')
    // A time is the article's, wherever it stands ("By Jane Doe 09:12 CET").
    .replace(/\s*\b\d{1,2}[:.]\d{2}(?:\s*(?:[AaPp]\.?[Mm]\.?|CET|CEST|UTC|GMT|BST|ET|EST|EDT|PT|PST|PDT|Uhr|h))?(?![\p{L}\p{N}])/gu, '')
    // "By Anna Keller · New York · 14 May 2025": after the first dot or bar come the place and the date.
    .replace(/\s*[·•|].*$/u, '');
  if (!cleaned) return [];
  const publishers = new Set(publisherNames.map((name) => name.trim().toLowerCase()).filter(Boolean));
  const parts = cleaned
    .split(/\s*(?:[,;&/]|\s[-–—]\s|\band\b)\s*/i)
    .map((part) => part.trim())
    // A date in the byline is the article's, not a name ("Jane Doe, 19 November 2026"); nor a time ("09:12 CET"),
    // a reading time or an update note ("5 min read", "Updated 3 hours ago": a newcomer's trial, session 18).
    .filter(
      (part) =>
        part &&
        !publishers.has(part.toLowerCase()) &&
        !isRole(part) &&
        !/\b(?:19|20)\d{2}\b/u.test(part) &&
        !/\b(?:min(?:ute)?s?\s+read|updated|comments?|ago)\b/iu.test(part) &&
        // A photo's or an image's credit beside the author ("By Jane Doe, Photo: John Smith/Reuters").
        !/^(?:photos?|fotos?|images?|credits?|illustrations?|pictures?|video|grafik)\s*:/iu.test(part),
    );
  // "Report ID: MR-7734, Pages: 212, Format: PDF": fields of a record, not a byline.
  if (parts.filter((part) => /^[\p{L} ]{2,20}:\s*\S/u.test(part)).length >= 2) return [];
  // Nothing but job titles and the publication ("Staff writer"): no author to cite.
  if (parts.length === 0) return [];
  const people: CslName[] = [];
  const others: string[] = [];
  for (const part of parts) {
    const person = personWords(part);
    const name = person && toCslPerson(person.words, person.suffix);
    if (name) people.push(name);
    else others.push(part);
  }
  // "Jane Doe, Reuters": the people are the authors; a wire service or outlet beside them is not.
  if (people.length > 0 && others.every((part) => !part.includes(' ') || part.split(' ').some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/\.$/, ''))))) return people;
  return [{ literal: parts.join(', ') }];
}

/** A name as a reader writes it: "Anna Keller", "Ursula von der Leyen", or the literal as printed. */
export function displayName(name: CslName): string {
  return name.literal ?? [name.given, name['non-dropping-particle'], name.family, name.suffix].filter(Boolean).join(' ');
}

/** The authors of a saved article: its byline's names, not counting its own site name or host as one. */
export function articleAuthors(article: Pick<SavedArticle, 'byline' | 'siteName' | 'site'>): CslName[] {
  return bylineNames(article.byline, [article.siteName ?? '', article.site, article.site.replace(/^www\./, '')]);
}
