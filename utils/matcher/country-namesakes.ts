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
  ['US', 'US United States America American U.S. USA'],
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

/**
 * A country's word right before a name: "Taiwan's ", "the Korean ", "Japan’s new ", "South Korea's own ". The
 * word is a possessive of a country's name or a demonym (capitalised, as written); an article, "own", "new",
 * "national" or "first" may come between.
 */
const COUNTRY_BEFORE = /(?:^|[^\p{L}\p{N}.])(\p{Lu}[\p{L}.-]*)(?:[’']s?)?\s+(?:(?:own|new|national|first)\s+)?$/u;

/**
 * The ISO code of the country a text ending right before a name writes there, and that word; undefined when
 * the words before name no country ("the", "NATO's", "Silicon Valley's").
 */
export function countryBefore(textBefore: string): { code: string; word: string } | undefined {
  const match = COUNTRY_BEFORE.exec(textBefore.slice(-60));
  if (!match) return undefined;
  const word = match[1]!;
  const code = CODE_BY_WORD.get(word);
  return code ? { code, word } : undefined;
}

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
  autonomous systems test evaluation engineering partnership`.split(/\s+/),
);
const LINKING_WORDS = new Set(['and', 'of', 'for', 'the', 'on', '&']);

/** Whether a name is two or more words, every one ordinary (`ORDINARY_NAME_WORDS`) or linking: "Defense Innovation Unit". */
export function namedByOrdinaryWords(name: string): boolean {
  const words = name.split(/[\s,]+/u).filter((word) => word.length > 0);
  const content = words.filter((word) => !LINKING_WORDS.has(word.toLowerCase()));
  return content.length >= 2 && content.every((word) => ORDINARY_NAME_WORDS.has(word.toLowerCase()));
}
