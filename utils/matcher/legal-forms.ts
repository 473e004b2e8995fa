/**
 * A firm's legal form or group word after its name belongs to the mention: "Airbus SE",
 * "Applied Intuition, Inc.", "Saab AB's", "Chaos Industries Group", "Baillie Gifford & Co.".
 * Case-sensitive: "Saab AB" but not "Saab ab".
 */
// The matcher reads text without its accents ("OÜ" as "OU"): both are written here.
const LEGAL_FORM =
  /^(?:,?\s(?:Inc\.|Inc\b|Corp\.|Corp\b|Corporation\b|Ltd\.|Ltd\b|Limited\b|LLC\b|L\.L\.C\.|plc\b|PLC\b|GmbH\b|AG\b|SE\b|S\.A\.S\.|S\.A\.|SA\b|SAS\b|S\.p\.A\.|SpA\b|N\.V\.|NV\b|B\.V\.|BV\b|AB\b|ASA\b|AS\b|A\/S\b|Oyj\b|Oy\b|KGaA\b|KG\b|S\.L\.|Sp\. z o\.o\.|a\.s\.(?![a-z]\.)|s\.r\.o\.|O[ÜU](?!\p{L})|UAB\b|SIA\b|Group\b|Holdings\b|Holding\b)|\s&\sCo\.|\s&\sCo\b)+/u;

/**
 * One or two capitalised words between the name and a legal form: a subsidiary's or a unit's name
 * ("Auterion Government Solutions Inc.", "Saab Dynamics AB": a blind batch, session 18). Only before a
 * legal form proper, not a group word: "Airbus Defence Group" could be a sentence's words.
 */
const WORDS_BEFORE_LEGAL_FORM =
  /^(?:\s(?!(?:Acquires|Buys|Wins|Signs|Raises|Secures|Launches|Backs|Joins|Selects|Taps|Hires|Completes|Closes|Unveils|Invests|Takes|Sells|Lands|And|Or|With|To|From|For|Of|In|On|At|By)\b)\p{Lu}[\p{L}\p{N}&-]*){1,2}(?=,?\s(?:Inc\.|Inc\b|Corp\.|Ltd\.|Ltd\b|Limited\b|LLC\b|L\.L\.C\.|plc\b|PLC\b|GmbH\b|AG\b|SE\b|S\.A\.|SAS\b|S\.p\.A\.|SpA\b|N\.V\.|B\.V\.|AB\b|ASA\b|Oyj\b|Oy\b|a\.s\.(?![a-z]\.)|s\.r\.o\.|O[ÜU](?!\p{L})|UAB\b|SIA\b))/u;

/**
 * A country or region after a firm's name is its national subsidiary's name: "Anduril Australia", "Honeywell
 * UK", "Thales UK Ltd" (blind dev articles, session 26). Not a compound ("UK-based"), nor a country's own
 * possessive before a superlative ("makes Helsing Europe's most valuable start-up": a break-it review); "Anduril
 * Australia's team" is the subsidiary's possessive, which the mention leaves out anyway.
 */
const COUNTRY_SUFFIX =
  /^\s(?:UK|U\.K\.|USA|U\.S\.A\.|Australia|Canada|Japan|India|Germany|France|Italy|Poland|Ukraine|Korea|Singapore|Norway|Sweden|Finland|Denmark|Netherlands|Belgium|Spain|Brazil|Israel|UAE|Saudi Arabia|Qatar|Türkiye|Hungary|Romania|Greece|Portugal|Switzerland|Austria|Estonia|Latvia|Lithuania|Czech Republic|New Zealand|South Africa|Taiwan|Malaysia|Philippines|North America|Europe|Asia Pacific|Asia|Middle East)(?![\p{L}\p{N}-])(?!\.\p{L})(?![’']s\s+(?:most|least|first|only|largest|biggest|best|top|leading|oldest|newest|fastest|\p{L}+est)\b)/u;
/**
 * A country written in its own language is a subsidiary's name only before a legal form ("Thales Deutschland
 * GmbH"); alone it is as often the sentence's object ("soll Rheinmetall Deutschland mit Munition versorgen": a
 * break-it review, session 26). The text is read without accents ("Espana").
 */
const LOCAL_COUNTRY_BEFORE_FORM = /^\s(?:Deutschland|Italia|Polska|Espana|Brasil|Nederland|Sverige|Suomi|Norge|Danmark|Osterreich|Schweiz|Suisse)(?=,?\s(?:GmbH|AG|S\.p\.A\.|SpA|S\.r\.l\.|Sp\. z o\.o\.|S\.A\.|SA|SL|S\.L\.|Ltda|B\.V\.|BV|N\.V\.|AB|AS|A\/S|Oy)\b)/u;

/** A text as written and, for each character of its reading, where that character starts in it. */
export interface OriginalText {
  readonly text: string;
  readonly starts: ArrayLike<number>;
}

/** Whether the reading's character at `at` is, as written, a hyphen or dash (which the reading turns into a space inside a compound). */
function joinedAt(original: OriginalText, at: number): boolean {
  if (at >= original.starts.length) return false;
  return /^[-\u2010-\u2015\u2212]$/u.test(original.text[original.starts[at]!] ?? ' ');
}

/**
 * How many characters of legal form follow a firm name ending at `end` in `cased` (0 if none), with the
 * words of a subsidiary's name before it (`WORDS_BEFORE_LEGAL_FORM`) or the country of a national
 * subsidiary (`COUNTRY_SUFFIX`, only given the text as written) unless `withWords` is false.
 */
export function legalFormLength(cased: string, end: number, withWords = true, original?: OriginalText): number {
  const after = cased.slice(end, end + 40);
  const country = withWords && original ? ((COUNTRY_SUFFIX.exec(after) ?? LOCAL_COUNTRY_BEFORE_FORM.exec(after))?.[0].length ?? 0) : 0;
  // The reading turns a compound's hyphen into a space: the text as written says whether the country stands
  // on its own ("Anduril Australia") or is joined ("Astroscale-Japan", "UK-based").
  if (country > 0 && !joinedAt(original!, end) && !joinedAt(original!, end + country)) return country + legalFormLength(cased, end + country, false);
  const words = withWords ? (WORDS_BEFORE_LEGAL_FORM.exec(cased.slice(end, end + 60))?.[0].length ?? 0) : 0;
  const form = LEGAL_FORM.exec(cased.slice(end + words, end + words + 40))?.[0].length ?? 0;
  // After a comma, a capitalised word after the form makes it the start of the next name in a list
  // ("Mynaric, SA Photonics, CACI": a scout's page, session 24), not this firm's legal form.
  // Only a form of two capitals ("SA", "AB", "AG"): "Palantir Technologies, Inc. Chief Executive …" keeps its ", Inc.".
  if (form > 0 && cased[end + words] === ',' && /^,\s\p{Lu}{2}$/u.test(cased.slice(end + words, end + words + form)) && /^\s+\p{Lu}\p{Ll}/u.test(cased.slice(end + words + form, end + words + form + 4))) return 0;
  return form === 0 ? 0 : words + form;
}
