/**
 * Programmes and bodies named by ordinary words exist in many countries: "Defense Innovation Unit" is the
 * US body and Taiwan's, "Defence AI Centre" the UK's and Korea's, "Technology Development Fund" India's and
 * others'. The dataset holds one country's; a page writing another country before the name ("Taiwan's
 * Defense Innovation Unit", "the Korean Defence AI Centre") names that country's namesake, whose card would
 * be wrong (a known miss since session 26). The matcher then leaves the name to the page's own reading
 * (page-named-programmes.ts), as for any body the dataset does not know.
 *
 * Pure string functions: which words name a country (ISO 3166-1 alpha-2), and whether a name is made of
 * ordinary words only.
 */

/** Country names, possessive bases and demonyms, each with the country's ISO 3166-1 alpha-2 code. */
const COUNTRIES: ReadonlyArray<readonly [string, string]> = [
  ['US', 'US United States America American U.S. USA Pentagon'],
  ['GB', 'Britain British UK U.K. England English Scotland Scottish Wales Welsh'],
  ['CA', 'Canada Canadian'],
  ['AU', 'Australia Australian'],
  ['NZ', 'Zealand'],
  ['TW', 'Taiwan Taiwanese'],
  ['JP', 'Japan Japanese'],
  ['KR', 'Korea Korean South-Korean'],
  ['CN', 'China Chinese'],
  ['IN', 'India Indian'],
  ['SG', 'Singapore Singaporean'],
  ['IL', 'Israel Israeli'],
  ['TR', 'Turkey Türkiye Turkish'],
  ['AE', 'UAE Emirati Emirates'],
  ['SA', 'Saudi Arabia'],
  ['QA', 'Qatar Qatari'],
  ['UA', 'Ukraine Ukrainian'],
  ['RU', 'Russia Russian'],
  ['PL', 'Poland Polish'],
  ['DE', 'Germany German'],
  ['FR', 'France French'],
  ['IT', 'Italy Italian'],
  ['ES', 'Spain Spanish'],
  ['PT', 'Portugal Portuguese'],
  ['NL', 'Netherlands Dutch'],
  ['BE', 'Belgium Belgian'],
  ['LU', 'Luxembourg'],
  ['CH', 'Switzerland Swiss'],
  ['AT', 'Austria Austrian'],
  ['CZ', 'Czechia Czech'],
  ['SK', 'Slovakia Slovak'],
  ['HU', 'Hungary Hungarian'],
  ['RO', 'Romania Romanian'],
  ['BG', 'Bulgaria Bulgarian'],
  ['GR', 'Greece Greek'],
  ['HR', 'Croatia Croatian'],
  ['SI', 'Slovenia Slovenian'],
  ['RS', 'Serbia Serbian'],
  ['AL', 'Albania Albanian'],
  ['SE', 'Sweden Swedish'],
  ['NO', 'Norway Norwegian'],
  ['DK', 'Denmark Danish'],
  ['FI', 'Finland Finnish'],
  ['IS', 'Iceland Icelandic'],
  ['EE', 'Estonia Estonian'],
  ['LV', 'Latvia Latvian'],
  ['LT', 'Lithuania Lithuanian'],
  ['IE', 'Ireland Irish'],
  ['BR', 'Brazil Brazilian'],
  ['MX', 'Mexico Mexican'],
  ['ZA', 'Africa African'],
  ['MY', 'Malaysia Malaysian'],
  ['TH', 'Thailand Thai'],
  ['ID', 'Indonesia Indonesian'],
  ['PH', 'Philippines Philippine Filipino'],
  ['VN', 'Vietnam Vietnamese'],
  ['PK', 'Pakistan Pakistani'],
  ['EG', 'Egypt Egyptian'],
];

const CODE_BY_WORD: ReadonlyMap<string, string> = new Map(COUNTRIES.flatMap(([code, words]) => words.split(' ').map((word) => [word, code] as const)));

/** Words of the table that are no country's own name after "of": part of one ("South Africa"), not a place, or a language ("of Greek"). */
const NOT_COUNTRY_NAMES = new Set(['Africa', 'Zealand', 'Pentagon', 'Welsh', 'Greek', 'Slovak', 'Philippine']);
const DEMONYM_ENDING = /(?:an|ese|ish|ch|i|ic|ss|ino)$/u;

/** The countries' own names, without demonyms and languages: "Japan", "UK", not "Japanese". */
const COUNTRY_NAMES: ReadonlyMap<string, string> = new Map(
  COUNTRIES.flatMap(([code, words]) =>
    words
      .split(' ')
      .filter((word) => !NOT_COUNTRY_NAMES.has(word) && (!DEMONYM_ENDING.test(word) || /^(?:Japan|Taiwan|Pakistan)$/u.test(word)))
      .map((word) => [word, code] as const),
  ),
);

/** Capitals that stand for their country's government ("Tokyo's Defense Innovation Unit"). */
const CAPITALS: ReadonlyMap<string, string> = new Map([
  ['Washington', 'US'], ['London', 'GB'], ['Ottawa', 'CA'], ['Canberra', 'AU'], ['Wellington', 'NZ'], ['Tokyo', 'JP'], ['Seoul', 'KR'],
  ['Taipei', 'TW'], ['Beijing', 'CN'], ['Delhi', 'IN'], ['Jerusalem', 'IL'], ['Ankara', 'TR'], ['Kyiv', 'UA'], ['Moscow', 'RU'],
  ['Warsaw', 'PL'], ['Berlin', 'DE'], ['Paris', 'FR'], ['Rome', 'IT'], ['Madrid', 'ES'], ['Lisbon', 'PT'], ['Stockholm', 'SE'],
  ['Oslo', 'NO'], ['Copenhagen', 'DK'], ['Helsinki', 'FI'], ['Tallinn', 'EE'], ['Riga', 'LV'], ['Vilnius', 'LT'], ['Riyadh', 'SA'],
]);

/**
 * Names of several words: the country's own ("South Korea's"), and places whose last word is another country's
 * ("New South Wales'", "New Mexico's", "Northern Ireland's", "Republic of China's"), which name no other country:
 * a break-it review (session 28) found the UK's word read in "New South Wales' Defence Innovation Network".
 */
const SEVERAL_WORDS: ReadonlyMap<string, string | null> = new Map([
  ['South Korea', 'KR'], ['South Korean', 'KR'], ['Republic of Korea', 'KR'], ['North Korea', 'KP'], ['North Korean', 'KP'],
  ['South Africa', 'ZA'], ['South African', 'ZA'], ['New Zealand', 'NZ'], ['Saudi Arabia', 'SA'], ['United States', 'US'],
  ['United Kingdom', 'GB'], ['Great Britain', 'GB'], ['Czech Republic', 'CZ'], ['Republic of China', 'TW'], ["People's Republic of China", 'CN'],
]);

/**
 * A country's word right before a name: "Taiwan's ", "the Korean ", "Japan’s newly created ", "Tokyo's ". The
 * word is a possessive of a country's or its capital's name, or a demonym (capitalised, as written), with up to
 * three capitalised words (and "of") before it that belong to it; "own", "new", "newly created", "national" or
 * "first" may come between.
 */
const COUNTRY_BEFORE = /(?:^|[^\p{L}\p{N}.’'])((?:\p{Lu}[\p{L}.-]*\s(?:of\s)?){0,3}\p{Lu}[\p{L}.-]*)(?:[’']s?)?\s+(?:(?:own|new|newly\s+(?:created|formed|established|launched|set-up)|national|first)\s+)?$/u;

/**
 * The ISO code of the country a text ending right before a name writes there, and that word; undefined when
 * the words before name no country ("the", "NATO's", "Silicon Valley's") or a place within one ("New Mexico's").
 */
export function countryBefore(textBefore: string): { code: string; word: string } | undefined {
  const match = COUNTRY_BEFORE.exec(textBefore.slice(-60));
  if (!match) return undefined;
  const words = match[1]!.split(/\s+/u);
  const word = words[words.length - 1]!;
  const code = CODE_BY_WORD.get(word) ?? CAPITALS.get(word);
  if (!code) return undefined;
  // The words before it: a sentence's opener ("Later, …" is cut by the comma) or a longer place's name.
  for (let from = 0; from < words.length - 1; from += 1) {
    const phrase = words.slice(from).join(' ');
    const several = SEVERAL_WORDS.get(phrase);
    if (several !== undefined) return several === null ? undefined : { code: several, word: phrase };
  }
  const previous = words[words.length - 2];
  // Any other capitalised word right before the country's word makes a place of its own, unless it only opens
  // the sentence ("The Korean …", "Meanwhile Japan's …").
  if (previous !== undefined && !OPENERS.has(previous) && previous !== 'of') return undefined;
  return { code, word };
}

/**
 * A country or its capital right after a name, as its owner: "the Defence AI Centre of Korea". Not "in": "drones
 * tested by the Defense Innovation Unit in Ukraine", "pitched to the Defense Innovation Unit in London" say where the
 * US unit was (a break-it review, session 29). Only the country's or capital's own name (not a demonym), and not the
 * start of a longer place's ("of New Mexico"; "of South Korea" is Korea's).
 */
const COUNTRY_AFTER = /^\s+of\s+(?:the\s+)?((?:\p{Lu}[\p{L}.-]*)(?:\s(?:of\s)?\p{Lu}[\p{L}.-]*){0,3})/u;

/** The ISO code of the country (or capital) a text right after a name gives as its owner, and that word; see `COUNTRY_AFTER`. */
export function countryAfter(textAfter: string): { code: string; word: string } | undefined {
  const match = COUNTRY_AFTER.exec(textAfter.slice(0, 60));
  if (!match) return undefined;
  const words = match[1]!.split(/\s+/u);
  for (let to = words.length; to > 1; to -= 1) {
    const phrase = words.slice(0, to).join(' ');
    const several = SEVERAL_WORDS.get(phrase);
    if (several !== undefined) return several === null ? undefined : { code: several, word: phrase };
  }
  const word = words[0]!;
  // A longer name starting with the word is some other place or body: "of Japan Airlines", "of Taiwan Semiconductor".
  if (words.length > 1 && words[1] !== 'of') return undefined;
  const code = COUNTRY_NAMES.get(word) ?? CAPITALS.get(word);
  return code ? { code, word } : undefined;
}

/** Capitalised words that open a sentence before a country's word without being part of a place's name. */
const OPENERS = new Set(['The', 'Meanwhile', 'And', 'But', 'While', 'As', 'In', 'At', 'For', 'With', 'Under', 'Now', 'Today', 'Also', 'Then', 'So', 'By', 'From', 'On', 'When', 'After', 'Before', 'Since', 'Both', 'Separately', 'Elsewhere']);

/**
 * Words any country's programme or body may be named with; a name of these alone (and linking words) is
 * ordinary, one with any other word ("Starlink", "Brave1", "DARPA", "Vinnova") is its own.
 */
const ORDINARY_NAME_WORDS = new Set(
  `defense defence innovation innovations unit units agency office fund funds space force command cyber digital artificial
  intelligence ai research projects advanced strategic capital accelerator industrial industry strategy national security
  quantum science sciences technology technologies department ministry directorate centre center program programme
  initiative council board institute laboratory lab hub network plan act challenge military joint army navy air marine
  development acquisition procurement authority administration bureau service services future capabilities capability rapid
  emerging disruptive new economic sovereign applications experimentation operations digital data drone drones autonomy
  autonomous systems test evaluation engineering partnership competition contest prize`.split(/\s+/),
);
const LINKING_WORDS = new Set(['and', 'of', 'for', 'the', 'on', '&']);

/** Whether a name is two or more words, every one ordinary (`ORDINARY_NAME_WORDS`) or linking: "Defense Innovation Unit". */
export function namedByOrdinaryWords(name: string): boolean {
  const words = name.split(/[\s,]+/u).filter((word) => word.length > 0);
  const content = words.filter((word) => !LINKING_WORDS.has(word.toLowerCase()));
  return content.length >= 2 && content.every((word) => ORDINARY_NAME_WORDS.has(word.toLowerCase()));
}
