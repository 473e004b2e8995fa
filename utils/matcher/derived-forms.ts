/**
 * Forms of a name the dataset does not list but a reader recognises as the same mention. Derived
 * once, when the matcher is compiled, so that maintainers write one alias and not every variant:
 *
 * - **Number** for technology areas: "drone" / "drones", "biotechnology" / "biotechnologies",
 *   "satellite" / "satellites". The guidelines count singular and plural as the same mention.
 * - **Short forms** of firm names: "Saronic" for "Saronic Technologies", "Skyeton" for "Skyeton
 *   Aerospace"; and of programme names, their tail from a capitalised word to the head noun:
 *   "Defence Platform" for "BDC Defence Platform", "Innovation Fund" for "NATO Innovation Fund" (the
 *   guidelines count short forms: "Pillar II" after "AUKUS Pillar II"). These are only trusted on a page
 *   that also names the entity in full (see `find-mentions.ts`): on their own many are ordinary words.
 *
 * Pure string functions; no dataset knowledge beyond the alias text.
 */

/**
 * Whether a context or topic word (folded) keeps derived forms off its text: a word of one piece does
 * (a common word such as "launch" that an entity's rule reads: a firm "Launch Ventures" is not "Launch");
 * a name of several words does not ("Air Street", the short form of Air Street Capital, listed as a
 * context word of a firm it backs). An alias's text is never derived over, whatever its length.
 */
export function contextWordKeepsDerivedOff(folded: string): boolean {
  return !folded.includes(' ');
}

/** The other grammatical number of an English noun phrase's last word, or undefined. */
export function otherNumber(phrase: string): string | undefined {
  const match = /^(.*?)(\p{L}+)$/u.exec(phrase);
  if (!match) return undefined;
  const [, head = '', word = ''] = match;
  if (word.length < 4 || word !== word.toLowerCase()) return undefined;
  // "Spaces" are rooms and market segments ("companies working in spaces not traditionally defined as defense": a
  // scout's page, session 26), never outer space.
  if (word === 'space') return undefined;
  let other: string | undefined;
  if (/[^aeiou]ies$/.test(word)) other = `${word.slice(0, -3)}y`;
  else if (/[^aeiou]y$/.test(word)) other = `${word.slice(0, -1)}ies`;
  else if (/(?:ss|us|is|ics)$/.test(word)) other = undefined;
  else if (/(?:sh|ch|x)es$/.test(word)) other = word.slice(0, -2);
  else if (/s$/.test(word)) other = word.slice(0, -1);
  else if (/(?:sh|ch|x)$/.test(word)) other = `${word}es`;
  // Mass nouns and adjectives gain nothing from a plural ("intelligences", "cybers").
  else if (/(?:ing|ence|ance|ity|ism|ics|al|ic|ar|ive|ed|um)$/.test(word)) other = undefined;
  else other = `${word}s`;
  return other === undefined ? undefined : head + other;
}

/**
 * The plural of a technology's acronym written in capitals ("FPV" → "FPVs", "UGV" → "UGVs"): a blind
 * batch wrote "fiber-optic FPVs" (session 17). Undefined for anything but two to six capitals.
 */
export function acronymPlural(acronym: string): string | undefined {
  return /^\p{Lu}{2,6}$/u.test(acronym) ? `${acronym}s` : undefined;
}

/**
 * Words that close a firm's name without being its distinctive part: legal forms, group words and
 * generic sector words. "Saronic Technologies" is called "Saronic" once introduced.
 */
const DESIGNATORS = new Set(
  `technologies technology tech industries industrial systems system aerospace aviation robotics defence defense
  dynamics labs laboratories lab group holding holdings corporation corp company co inc ltd limited llc plc gmbh ag se sa
  sas nv bv ab asa as oy oyj spa srl capital ventures venture partners electronics engineering solutions networks
  motors analytics ai space security research heavy cyber`.split(/\s+/),
);

/** Distinctive parts too common to stand for a firm even on a page that names it. */
const TOO_COMMON = new Set(
  `general united national american european international global advanced applied digital first new royal northern
  southern western eastern central north south east west air sea land blue red black white green golden silver the
  defence defense`.split(/\s+/),
);

/**
 * Short forms that are also a place, a planet, a people, a common surname or a placeholder ("XYZ", a Polish
 * news site's name too: a scout's page, session 23): on a page that names
 * "Venus Aerospace" or "Delft Dynamics", "past Venus" and "based in Delft" are the planet and the city
 * (a break-it review, session 22). The firm keeps its full name and any short form written in the data.
 */
const NAMES_OF_OTHER_THINGS = new Set(
  `mercury venus earth mars jupiter saturn uranus neptune pluto moon luna orion delft york boston cambridge oxford
  arlington texas singapore korea israel china sweden atlantic alpine british turkish hellenic georgian czechoslovak
  emirates harris franklin davidson hart ewing xyz oshkosh kodiak harpoon meteor khosla gilmour`.split(/\s+/),
);

/**
 * The short form of a firm's name ("Saronic" for "Saronic Technologies"), or undefined when the name
 * has no designator to drop or what is left is too short or too common to stand alone.
 */
export function firmShortForm(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  let end = words.length;
  while (end > 1 && DESIGNATORS.has(words[end - 1]!.toLowerCase().replace(/[.,]/g, ''))) end -= 1;
  if (end === words.length) return undefined;
  const short = words.slice(0, end).join(' ').replace(/[,&]+$/, '').trim();
  if (short.replace(/[^\p{L}\p{N}]/gu, '').length < 3) return undefined;
  // "201 Ventures" is not called "201": a number alone is a count, a year or an item, never the firm.
  if (!/\p{L}/u.test(short)) return undefined;
  if (TOO_COMMON.has(short.toLowerCase()) || NAMES_OF_OTHER_THINGS.has(short.toLowerCase())) return undefined;
  return short;
}

/**
 * A firm's name of two words, the second "AI" or a number, written as one word: "ShieldAI" for "Shield
 * AI", "HawkEye360" for "HawkEye 360" (blind batches' misses, sessions 16). Undefined for any other name,
 * and when the first word is shorter than three letters ("X AI" → "XAI" would be another firm's).
 */
export function joinedName(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  if (words.length !== 2 || !/^(?:AI|\d{2,4})$/u.test(words[1]!) || !/^\p{L}[\p{L}\p{N}]{2,}$/u.test(words[0]!)) return undefined;
  return words.join('');
}

/**
 * A firm's name with "&" between two capitalised words written with "and", or the other way round:
 * "Alice and Bob" for "Alice & Bob" (a blind batch, session 17: the list "Alice and Bob, C12, Pasqal"
 * lost the firm). Undefined when the name has neither, or has it anywhere but between capitalised words.
 */
export function ampersandName(name: string): string | undefined {
  const between = /(?<=\p{Lu}[\p{L}\p{N}]*) (&|and) (?=\p{Lu})/u;
  const match = between.exec(name);
  if (!match) return undefined;
  return name.replace(between, match[1] === '&' ? ' and ' : ' & ');
}

/** Words that end a programme's or innovation body's name: its tail to one of these can stand for it. */
const PROGRAMME_HEADS = new Set(
  `fund funds programme program initiative accelerator strategy platform council agency unit office centre center hub
  facility plan act challenge scheme consortium cell lab laboratory institute network competition prize roadmap
  directive regulation instrument partnership mission`.split(/\s+/),
);

/** Words a short form never starts with: it would not be the name's tail but a phrase of it. */
const NOT_A_START = new Set(['of', 'for', 'and', 'the', 'on', 'in', 'de', 'des', 'du', 'der', 'die', 'das', 'für', 'la', 'le', 'et', 'und', '&']);

/**
 * The short forms of a programme's name a later sentence may use ("Defence Platform" for "BDC Defence
 * Platform"): each tail of two words or more, from a capitalised word to the name's last word, when that
 * word names a programme or body (Fund, Platform, Agency, Unit, …). None for a name of fewer than three
 * words. The head alone ("the Fund") is never one: the guidelines say it is not a mention.
 */
export function programmeShortForms(name: string): string[] {
  const words = name.trim().split(/\s+/);
  const head = words[words.length - 1]?.toLowerCase().replace(/[’']s$/, '') ?? '';
  if (words.length < 3 || !PROGRAMME_HEADS.has(head)) return [];
  const forms: string[] = [];
  for (let start = 1; start <= words.length - 2; start += 1) {
    const first = words[start]!;
    // Nor the tail of a name joined by "and" or "of": "Science Act" of the "CHIPS and Science Act" is
    // another act's name (a dev false positive), "Strategic Capital" of the "Office of Strategic Capital".
    if (NOT_A_START.has(first.toLowerCase()) || NOT_A_START.has(words[start - 1]!.toLowerCase()) || !/^\p{Lu}/u.test(first)) continue;
    forms.push(words.slice(start).join(' '));
  }
  return forms;
}

