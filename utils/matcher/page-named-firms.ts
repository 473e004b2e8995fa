/**
 * Firms the dataset does not know, named as firms by the page itself. A blind corpus of real articles
 * showed that a third of missed firms are simply not in the dataset (a start-up in one funding round, a
 * supplier in one contract), and no dataset keeps up with them; but articles introduce them in a few
 * fixed ways, and a reader sees from those that the name is a firm:
 *
 * - a firm noun right before the name: "the start-up Quobly", "Swedish drone maker Nordic Air Defence",
 *   "his family office Antheia", "l'équipementier EVA" (not in German, where every noun is capitalised
 *   and "das Start-up Lichtteppiche" is the start-up's product, the verb's object);
 * - an apposition after it: "Nordic Air Defence, a startup building interceptors";
 * - a legal form after it: "Kort Oy", "Carpetlight GmbH", "Skyassist Ltd";
 * - a name that ends in a firm word: "MW Capital", "Lightning Ventures", "Origin Robotics".
 *
 * Pure string functions over a text as written (cased); the matcher (find-mentions.ts) decides what the
 * page's other mentions leave for them, and takes every later use of a name so introduced.
 */

/** The entity id of a firm the page names but the dataset does not know: this prefix and the name as written. */
export const PAGE_FIRM_PREFIX = 'page-firm:';

/** Whether an entity id is a page-named firm's (`page-firm:<name>`), and that name. */
export function pageFirmName(entityId: string): string | undefined {
  return entityId.startsWith(PAGE_FIRM_PREFIX) && entityId.length > PAGE_FIRM_PREFIX.length ? entityId.slice(PAGE_FIRM_PREFIX.length) : undefined;
}

/** One word of a firm's name: capitalised ("Quobly", "Reflex"), all capitals or with a digit ("CES", "C12", "X-energy" no). */
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}’'\-]*[\p{L}\p{N}]|\p{Lu}\p{N}*)`;
/** A firm's name: one to four name words, "&" allowed between them ("Alice & Bob"). */
const NAME = String.raw`${NAME_WORD}(?:(?:\s&\s|\s)${NAME_WORD}){0,3}`;

/**
 * Nouns that say "the next name is a firm" (English, French). The text is the matcher's cased reading:
 * whitespace collapsed, a hyphen inside a compound read as a space ("start up").
 */
const FIRM_NOUN_BEFORE = new RegExp(
  String.raw`(?:\b(?:start[- ]?ups?|scale[- ]?up|company|firm|maker|manufacturer|developer|supplier|contractor|shipbuilder|shipyard|subsidiary|spin[- ]?out|spin[- ]?off|investor|venture firm|VC firm|venture capital firm|family office|fund manager|equipment maker|prime contractor)|\b(?:la\s+(?:start[- ]?up|société|PME|jeune\s+pousse)|l['’](?:entreprise|équipementier|industriel|investisseur)|le\s+(?:fabricant|groupe|fonds|motoriste|constructeur)))\s+(${NAME})`,
  'gu',
);

/** "Name, a/an … start-up|company|…": the apposition names its firm noun within a few words. */
const FIRM_APPOSITION = new RegExp(
  String.raw`(?:^|[.;:!?]\s+|\s)(${NAME}),\s+(?:a|an|the)\s+(?:[\p{L}\p{N}\-]+\s+){0,4}?(?:start[- ]?up|scale[- ]?up|company|firm|maker|manufacturer|developer|supplier|contractor|shipbuilder|investor|venture firm|fund)\b`,
  'gu',
);

/** Legal forms that make the name before them a firm's (case as written). */
const FIRM_LEGAL_FORM = new RegExp(String.raw`(${NAME})(?:,\s|\s)(?:Inc\.|Inc\b|Ltd\.|Ltd\b|LLC\b|GmbH\b|AG\b|SAS\b|AB\b|Oyj?\b|ASA\b|plc\b|PLC\b|Corp\.|S\.p\.A\.|SpA\b|B\.V\.|N\.V\.|Sp\. z o\.o\.)`, 'gu');

/** Last words that make a capitalised name a firm's ("… Capital", "… Ventures", "… Robotics"). */
const FIRM_LAST_WORD = new RegExp(String.raw`(?:^|[^\p{L}\p{N}])((?:${NAME_WORD}\s){1,3}(?:Capital|Ventures|Robotics|Aerospace|Technologies|Dynamics|Labs|Industries|Partners))\b`, 'gu');

/** Words that may open a capitalised stretch before a firm's name: dropped from its start ("The Quobly team"). */
const OPENERS = new Set(
  `The A An This That These Those Its It Their Our Your His Her He She They We I In On At For With From By Of And Or But As To If
  When While After Before Since Also Both Each Every Some Many Most Other Another Such Le La Les Un Une Des Der Die Das Ein Eine Im Am`.split(/\s+/),
);

/** Words that say the stretch is not a firm's name at all: titles, calendar words. */
const NOT_A_FIRM = new Set(
  `CEO CTO CFO COO Chief President Director Minister Secretary General Colonel Major Captain Dr Mr Mrs Ms Prof Founder
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
  September October November December`.split(/\s+/),
);

/** Words that describe rather than name: a "name" of these alone ("Defense Technologies") is not a firm's. */
const DESCRIPTIVE = new Set(
  `Venture Private Growth Defense Defence Space Quantum Advanced Applied Global National International Digital New Strategic
  Human Autonomous Drone Drones Technology Tech Deep Dual-Use Military Security Critical Emerging Innovation`.split(/\s+/),
);

/** Places, peoples and institutions a firm noun or a list may sit next to: never a firm's name here. */
const PLACES = new Set(
  `Europe European America American Africa Asia Australia Britain British UK US USA U.S. EU NATO Nato Ukraine Ukrainian Russia Russian
  China Chinese Japan Japanese Korea Korean Taiwan Taiwanese India Indian Israel Israeli France French Germany German Italy Italian
  Spain Spanish Poland Polish Sweden Swedish Norway Norwegian Finland Finnish Denmark Danish Estonia Estonian Latvia Latvian
  Lithuania Lithuanian Netherlands Dutch Belgium Belgian Canada Canadian Turkey Turkish Switzerland Swiss Austria Austrian
  Portugal Portuguese Greece Greek Romania Romanian Czech Slovakia Hungary Ireland Irish Scotland Wales England London Paris
  Berlin Munich Kyiv Kiev Washington Brussels Tokyo Seoul Taipei Singapore Texas California Virginia Florida Pentagon Congress
  Army Navy Bundeswehr Government Ministry Commission Parliament
  Großbritannien Deutschland Frankreich Italien Spanien Polen Schweden Norwegen Finnland Dänemark Niederlande Belgien Österreich
  Schweiz Tschechien Rumänien Griechenland Türkei Russland Kanada Europa Allemagne Italie Espagne
  Pologne Suède Norvège Finlande Danemark Belgique Autriche Suisse Roumanie Grèce Turquie Russie Chine Inde Israël Corée
  Amérique Afrique Asie Japon Lisbon Madrid Rome Warsaw Stockholm Oslo Helsinki
  Copenhagen Amsterdam Vienna Prague Tallinn Riga Vilnius Bucharest Athens Ankara Moscow Beijing Delhi Canberra Ottawa Toronto
  Sydney Melbourne Stuttgart Hamburg Toulouse Bordeaux Lyon Milan Turin Barcelona Kharkiv Lviv Odesa Dnipro Gothenburg Munich`.split(/\s+/),
);

/** Places and institutions of several words: a name holding one is not a firm's. */
const PLACE_PHRASES = ['Silicon Valley', 'Bay Area', 'Air Force', 'Marine Corps', 'Space Force', 'United States', 'United Kingdom', 'United Arab Emirates', 'Vereinigte Staaten', 'Royaume Uni', 'Etats Unis', 'États Unis', 'Pays Bas'];

/**
 * The names `cased` introduces as firms, each once, in order of first introduction. A name is trimmed
 * of a leading opener ("The Quobly" → "Quobly") and dropped when nothing is left or it is a place.
 */
export function firmNamesIntroduced(cased: string): string[] {
  const names: string[] = [];
  const add = (raw: string | undefined) => {
    const name = cleanName(raw);
    if (name && !names.includes(name)) names.push(name);
  };
  for (const match of cased.matchAll(FIRM_NOUN_BEFORE)) add(match[1]);
  for (const match of cased.matchAll(FIRM_APPOSITION)) add(match[1]);
  for (const match of cased.matchAll(FIRM_LEGAL_FORM)) add(match[1]);
  for (const match of cased.matchAll(FIRM_LAST_WORD)) add(match[1]);
  return names;
}

/** The name at `at` in `cased` (a list item after a firm), or undefined when no name starts there. */
export function nameAt(cased: string, at: number): string | undefined {
  const match = new RegExp(`^${NAME}`, 'u').exec(cased.slice(at, at + 80));
  return match ? cleanName(match[0]) : undefined;
}

function cleanName(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  // A possessive is not part of the name ("Quobly’s").
  let words = raw.trim().replace(/[’']s?$/u, '').split(/\s+/);
  while (words.length > 0 && OPENERS.has(words[0]!)) words = words.slice(1);
  // A name ends before an opener too ("Quobly In" is "Quobly").
  const cut = words.findIndex((w) => OPENERS.has(w));
  if (cut > 0) words = words.slice(0, cut);
  if (words[words.length - 1] === '&') words = words.slice(0, -1);
  if (words.length === 0) return undefined;
  if (words.some((w) => PLACES.has(w) || NOT_A_FIRM.has(w))) return undefined;
  const joined = words.join(' ');
  if (PLACE_PHRASES.some((place) => joined.includes(place))) return undefined;
  if (words.slice(0, -1).every((w) => DESCRIPTIVE.has(w)) && (words.length > 1 || DESCRIPTIVE.has(words[0]!))) return undefined;
  const name = words.join(' ');
  // One capital letter, or a two-letter word, says too little to stand for a firm.
  if (name.length < 3) return undefined;
  return name;
}
