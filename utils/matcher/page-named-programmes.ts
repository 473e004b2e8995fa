import { titleCase } from './title-case';

/**
 * Programmes the dataset does not know, named as programmes by the page itself. Blind dev articles
 * showed the kind: a press release names "the Distributed Bioindustrial Manufacturing Program (DBIMP)"
 * and "the Defense Industrial Base Consortium (DIBC)", an analysis "the Future New Security Innovation
 * Company Fostering Strategy": national programmes, schemes, strategies and laws come and go faster
 * than a dataset, but a page writes them as a capitalised name whose last word says what they are.
 *
 * Only last words that name a programme and nothing else are taken: "Program", "Initiative",
 * "Strategy", "Scheme", "Accelerator", "Challenge", "Consortium", "Act", "Hub", "Incubator". Not
 * "Fund" (as often a venture firm's name: "Founders Fund"), "Alliance", "Competition" ("Great Power
 * Competition") nor "Plan"; "Agency", "Unit", "Office", "Centre" and the like only for a defence
 * innovation body (ministries and other agencies are context or borderline).
 * A "(ABBR)" right after the name is its abbreviation on this page.
 *
 * A programme of *this* field: the name must hold a word of defence, industry or technology
 * (`FIELD_WORDS`: "Defense", "Innovation", "Industrial", "Quantum", "Drone", …). A break-it review
 * (session 9) found, without that, think-tank programmes in experts' affiliations ("CSIS International
 * Security Program"), laws of other fields ("Freedom of Information Act"), NGOs ("Nuclear Threat
 * Initiative"), consumer schemes ("Apple Developer Program") and German sentences ("Die Initiative");
 * each exclusion below answers one of its kinds.
 *
 * Pure string functions over a text as written; the matcher (find-mentions.ts) takes each name, and
 * its abbreviation, from the text that introduced it on, where the page's other mentions leave room.
 */

/** The entity id of a programme the page names but the dataset does not know: this prefix and the name as written. */
export const PAGE_PROGRAMME_PREFIX = 'page-program:';

/** Whether an entity id is a page-named programme's (`page-program:<name>`), and that name. */
export function pageProgrammeName(entityId: string): string | undefined {
  return entityId.startsWith(PAGE_PROGRAMME_PREFIX) && entityId.length > PAGE_PROGRAMME_PREFIX.length ? entityId.slice(PAGE_PROGRAMME_PREFIX.length) : undefined;
}

/** A programme the page introduces: its name as written, and the abbreviation it gives it, if any. */
export interface IntroducedProgramme {
  name: string;
  abbreviation?: string;
}

/** One capitalised word of a name ("Bioindustrial", "AI", "Military-Civilian", "2030"). */
const WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}\-]*|\p{N}+)`;
/** Small words inside a name ("Defence and Security Accelerator", "Office of Strategic Capital"). */
const CONNECTOR = String.raw`(?:of|for|and|on|in|to|the|&)`;
/** One such word alone. */
const CONNECTOR_WORD = new RegExp(`^${CONNECTOR}$`, 'u');
/** Last words of bodies (agencies, units, offices, centres): a programme only as a defence innovation body (`cleanName`). */
const BODY_HEADS = ['Agency', 'Unit', 'Office', 'Centre', 'Center', 'Institute', 'Council', 'Cell', 'Lab', 'Laboratory'];
const HEAD = String.raw`(?:Program|Programme|Programs|Programmes|Initiative|Strategy|Scheme|Accelerator|Challenge|Consortium|Act|Hub|Incubator|Fund|Plan|Facility|Roadmap|Competition|Prize|Task\s+Force|${BODY_HEADS.join('|')})`;
/**
 * Two to eight words ending in a head word, each word capitalised but the connectors between them, and
 * an optional "(ABBR)" after it. Not right after a connector: "… Semiconductors (CHIPS) and Science Act"
 * is the tail of a longer name, not a "Science Act"; nor right before another capitalised word: "China
 * International Strategy Review" is a journal, not a strategy.
 */
const PROGRAMME = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'\-])(?<!(?:\b(?:and|of|for|to|und|et|de)|&)\s)((?:${WORD}\s+(?:${CONNECTOR}\s+)?){1,7}${HEAD})(?![\p{L}\p{N}\-])(?!\s+\p{Lu}\p{Ll})(?:\s*\((\p{Lu}[\p{Lu}\p{N}&\-]{1,9})\))?`,
  'gu',
);

/**
 * Bodies named by what they are, then "for" what: "the Center for Defense Innovation", "the Organisation
 * for Defence Innovation and Defence Industry", "the Instrument for Agile and Rapid Defence Innovation"
 * (blind articles of the twentieth batch, session 26). As with `BODY_HEADS`, only a defence innovation body
 * (`cleanName`): "Center for a New American Security" and "Institute for Central Europe" are not.
 */
const BODY_FIRST_HEADS = ['Agency', 'Unit', 'Office', 'Centre', 'Center', 'Council', 'Cell', 'Hub', 'Organisation', 'Organization', 'Instrument', 'Directorate'];

/**
 * A name that opens with what it is, then says on or for what: "the Commission's Action Plan on Drone and
 * Counter-Drone Security", "the Strategy for Defence Innovation" (a blind dev article, session 24). Up to
 * three capitalised words may come first ("EU Action Plan on …"); the words after "on"/"for" are
 * capitalised, with connectors between, and end the name before a lower-case word.
 */
const HEAD_FIRST = headFirst(String.raw`(?:Action\s+Plan|Strategy|Programme|Program|Initiative|Roadmap|Plan|Act)\s+(?:on|for)`, String.raw`and|of|for|to|und|et|de|[Aa]|[Aa]n`);
/** The same for bodies (`BODY_FIRST_HEADS`), after "a" or "an" too: "the move towards an Organisation for Defence Innovation …". */
const BODY_HEAD_FIRST = headFirst(String.raw`(?:${BODY_FIRST_HEADS.join('|')})\s+for`, String.raw`and|of|for|to|und|et|de`);

/** A head-first name's pattern: up to three words, the head and its "on"/"for", then the name's words; not after the given words. */
function headFirst(head: string, notAfter: string): RegExp {
  return new RegExp(
    String.raw`(?<![\p{L}\p{N}’'\-])(?<!(?:\b(?:${notAfter})|&)\s)((?:${WORD}\s+){0,3}${head}\s+(?:the\s+)?(?:${WORD}\s+(?:${CONNECTOR}\s+)?){1,6}${WORD})(?![\p{L}\p{N}\-])(?!\s+\p{Lu}\p{Ll})(?:\s*\((\p{Lu}[\p{Lu}\p{N}&\-]{1,9})\))?`,
    'gu',
  );
}
/**
 * A name followed by its abbreviation and then, in lower case, what it is: "the Robust Quantum Sensors
 * (RoQS) programme", "ISRO's Network for Space Object Tracking and Analysis (NETRA) initiative" (blind
 * dev articles, session 24). The abbreviation must spell the name's initials: without a head word of its
 * own, that is what says the capitalised words are one name.
 */
const ABBREVIATED_BEFORE_HEAD = new RegExp(
  String.raw`(?<![\p{L}\p{N}’'\-])((?:${WORD}\s+(?:${CONNECTOR}\s+)?){1,7}${WORD})\s*\((\p{Lu}[\p{L}\p{N}&\-]{1,9})\)\s+(?:programmes?|programs?|initiatives?|projects?|schemes?|strategy|plan|fund|challenge|accelerator|consortium)(?![\p{L}\p{N}\-])`,
  'gu',
);

/** Words that may open a capitalised stretch, dropped from a name's start ("The", "Under", "Today"). */
const OPENERS = new Set(
  `The A An This That These Those Its It Their Our Your His Her In On At For With From By Of And Or But As To If When While After Before
  Since Also Both Each Every Some Many Most Other Another Such Under Through Via Into Today Now Meanwhile However Separately Earlier
  Last Then Thus Finally Named Called Known Dubbed Despite Unlike Can Will Would Could Should May Might Must Did Does Do Is Are Was
  Were Has Have Had Why How What Where Who Whether Although Though Because Unless Until Once Without Within Against Among Between
  Der Die Das Den Dem Des Ein Eine Einen Einem Einer Eines Unser Unsere Unseren Neue Neuen Neuer Le La Les Un Une Du Au Aux Ce Cette
  Son Sa Ses Leur Notre`.split(/\s+/),
);

/** Verbs of headlines in title case, before what was launched or won: a name never holds one. */
const HEADLINE_VERBS = new Set(
  // Only verbs no name holds as a noun: not "Awards", "Opens", "Eyes", "Won", "Names", "Plans", "Hosts" ("Defence
  // Technology Awards Programme", "Five Eyes Quantum Sensing Initiative", "500 Billion Won Defence Venture Fund": a
  // break-it review, session 31).
  `Launches Announces Unveils Selects Invests Expands Seeks Joins Extends Approves Adopts Introduces Proposes Begins Kicks
  Unveiled Announced Launched`.split(/\s+/),
);

/** Words that make a stretch a descriptive phrase or someone's title, not a programme's name. */
const NOT_A_PROGRAMME = new Set(
  `CEO CTO Chief President Director Minister Secretary Head Leiter Chair Chairman Commissioner Manager Lead Founder Partner Great
  Power Monetary Pension Wealth Relief Retirement Hedge Mutual Index Belt Road Marshall Affordable Care Patriot Clean Water
  Inflation Studies Affairs Analysis Journalism Policy Fellowship Fellows Scholars Graduate Degree Student Students Alumni
  Major Access Acquisition Sales Developer Repair Insurance Tax Privacy Freedom Information Antitrust
  NHS Health Cancer Hospitality Tourism Film Book Photography Youth Sports Food Apprenticeship Arts Music Heritage Housing
  Farming Salmon Wellbeing Recovery Education Excellence Attacks Now`.split(/\s+/),
);

/**
 * Words of institutions, armed forces, universities and firms: a name holding one, followed by an abbreviation
 * and "plan", "scheme" or "programme", is the body that runs it ("the Ministry of Defence (MoD) plan", "Israel
 * Defense Forces (IDF) plan", "Quantum Computing Inc (QCI) programme": a break-it review, session 24).
 */
const INSTITUTION_WORDS = new Set(
  `Ministry Ministerstwo Ministère Ministerium Department Departement Forces Force Army Navy Corps University Universität
  Université College Institute Institut Agency Administration Foundation Council Commission Office Laboratory Laboratories Lab
  Labs Inc Corp Corporation Company Ltd LLC GmbH Organisation Organization Authority Bureau Service Services Centre Center
  Command Directorate Board Bank`.split(/\s+/),
);
/**
 * Words before "Defence"/"Defense" that make it a civil defence: against floods, in court, for the
 * environment ("Riverford Flood Defence Plan", "Environmental Defense Fund", "NAACP Legal Defense Fund":
 * a break-it review, session 13). Such a name holds no word of this field by that word.
 */
const CIVIL_DEFENCE = new Set(`Flood Coastal River Sea Civil Legal Environmental Climate Consumer Fire Tidal Wildfire Bushfire Forest Storm`.split(/\s+/));

/**
 * Words of this field, one of which a programme's name must hold: defence, innovation and industry, and
 * the technology areas ("Quantum Benchmarking Initiative", "Defense Industrial Base Consortium",
 * "Distributed Bioindustrial Manufacturing Program"). Not "Security" nor "Digital": think tanks' and
 * consumer law's ("International Security Program", "Digital Markets Act").
 */
const FIELD_WORDS = new Set(
  `Defense Defence Defensive Military Innovation Innovative Industrial Industry Industries Manufacturing Bioindustrial Biomanufacturing
  Technology Technologies Tech Research Science Scientific Engineering Quantum AI Artificial Autonomy Autonomous Unmanned Uncrewed
  Drone Drones UAS Robotics Space Cyber Cybersecurity Hypersonic Hypersonics Microelectronics Semiconductor Semiconductors Chip Chips
  Biotechnology Biotech Biodefense Biodefence Photonics Laser Lasers Missile Missiles Munitions Warfighter Warfighting Startup Startups
  Start-up Start-ups Dual-Use Deep-Tech Accelerator Incubator Prototyping Prototype Testbed Test Sovereign Resilience Rüstung
  Verteidigung Innovationen Défense Innovation`.split(/\s+/),
);

/** Words that say what kind of work a programme does, not which programme it is (`cleanName`). */
const GENERIC_RESEARCH_WORDS = new Set(
  `Research Development Innovation Innovations Technology Technologies Technological Science Scientific Engineering Experimental
  Design Testing Test Evaluation Demonstration R&D`.split(/\s+/),
);

/** Words that make an innovation body a defence one (`BODY_HEADS`). */
const MILITARY_WORDS = new Set(
  // Not "Air", "Space", "Cyber", "Joint", "Navy" or "Marine": civilian names hold them too ("Air Liquide
  // Innovation Centre", "Joint Innovation Center", "Navy Federal Innovation Lab"; a break-it review).
  `Defense Defence Military Army Naval Force Armed Warfare Warfighting Combat Défense Bundeswehr`.split(/\s+/),
);
/** Words before "Force" that make it an armed one ("Air Force", "Space Force"; not "Police Force", "Task Force"). */
const ARMED_FORCE = new Set(['Air', 'Space', 'Armed', 'Defence', 'Defense', 'Self-Defense', 'Self-Defence', 'Marine']);

/** A name whose last line is its head word alone: a label, if a colon follows ("Programme:"). */
const LABEL_LINE = /\n[^\S\n]*\S+$/u;

/**
 * The programmes `text` (as written) introduces, each once, in order. A name loses leading openers and
 * a leading possessive ("Canada's Defence Industrial Strategy" → "Defence Industrial Strategy"), and is
 * dropped when fewer than two words are left or it holds a title or a descriptive word ("Head of the
 * Accelerator", "Great Power Competition", "Belt and Road Initiative"). A headline in title case
 * introduces nothing (its capitals say nothing), nor do endnotes (`CITATIONS`: their titles and
 * publishers, "Governance of AI Program", are works and their publishers), nor a publisher after a
 * reference's place and before its year wherever it stands (`PUBLISHER_BEFORE`, `YEAR_AFTER`), nor a
 * title in quotation marks.
 */
export function programmeNamesIntroduced(text: string): IntroducedProgramme[] {
  if (titleCase(text) || CITATIONS.test(text)) return [];
  const found: { at: number; programme: IntroducedProgramme }[] = [];
  const note = (match: RegExpExecArray, form: NameForm) => {
    // A title in quotation marks ("“Emerging Technology and Strategy,” Defence Studies") names a work.
    if (insideQuotes(text, match.index)) return;
    // A publisher in a reference, wherever the note's number went (a PDF's endnote continued on the next
    // page or column starts mid-note): "(Oxford, U.K.: Governance of AI Program, 2018)".
    if (PUBLISHER_BEFORE.test(text.slice(Math.max(0, match.index - 40), match.index)) && YEAR_AFTER.test(text.slice(match.index + match[1]!.length, match.index + match[1]!.length + 140))) return;
    // A line's last words and the next line's label are no name ("… of the Defense Industry\nProgramme: …": a
    // break-it review, session 30), though a name may wrap ("Capital Region Defence\nInnovation Task Force").
    if (LABEL_LINE.test(match[1]!) && text[match.index + match[1]!.length] === ':') return;
    const name = cleanName(match[1]!, form);
    if (!name || found.some((p) => p.programme.name === name)) return;
    const abbreviation = match[2];
    const fits = abbreviation !== undefined && abbreviationFits(abbreviation, name);
    if (form === 'abbreviated' && !fits) return;
    found.push({ at: match.index, programme: fits ? { name, abbreviation } : { name } });
  };
  for (const match of text.matchAll(PROGRAMME)) note(match, 'head-last');
  for (const match of text.matchAll(HEAD_FIRST)) note(match, 'head-first');
  for (const match of text.matchAll(BODY_HEAD_FIRST)) note(match, 'head-first');
  for (const match of text.matchAll(ABBREVIATED_BEFORE_HEAD)) note(match, 'abbreviated');
  return found.sort((a, b) => a.at - b.at).map((p) => p.programme);
}

/**
 * How a name says it is a programme: by its last word ("… Program"), by its first words and "on"/"for"
 * ("Action Plan on …"), or by a lower-case word after its abbreviation ("… (RoQS) programme").
 */
type NameForm = 'head-last' | 'head-first' | 'abbreviated';

/**
 * Whether the name at [start, end) of a text is part of a longer capitalised name there: a capitalised
 * word (not an opener) right before it, or one right after it ("Space Strategy" inside "Commercial Space
 * Strategy", "Defense Program" inside "Aegis Ballistic Missile Defense Program").
 */
export function insideLongerName(text: string, start: number, end: number): boolean {
  const before = /(?:^|[^\p{L}\p{N}’'-])(\p{Lu}[\p{L}\p{N}-]*)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  if (before && !OPENERS.has(before[1]!)) return true;
  return /^\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 3));
}

/**
 * A text of endnotes or references: it starts with a note number and cites ("pp. 47", "no. 2", "vol.",
 * "Ibid", "et al.", "accessed").
 */
const CITATIONS = /^\s*\d{1,3}\.\s[\s\S]*(?:\bpp?\.\s*\d|\bno\.\s*\d|\bvol\.\s*\d|\bIbid\b|\bet al\.|\baccessed\b)/iu;

/** The place a reference gives before its publisher: "(Oxford, U.K.: ", "Washington, DC: ", "London: ". */
const PUBLISHER_BEFORE = /(?:^|[(;,.]\s*)\p{Lu}[\p{L}.]*(?:[ ,]+\p{Lu}[\p{L}.]*){0,3}:\s*$/u;
/**
 * The year a reference gives after its publisher, closing its brackets: ", 2018)", ", 2021;" before a
 * closing bracket further on. Not a dateline or a fact box's line ("Norway: … Scheme, 2024 intake").
 */
const YEAR_AFTER = /^,\s*(?:1[89]|20)\d\d(?:\)|;[^()]{0,120}\))/u;

/** Whether `at` lies inside a quotation opened in the 200 characters before it (curly or straight quotes). */
export function insideQuotes(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  const curly = (before.match(/“/g)?.length ?? 0) - (before.match(/”/g)?.length ?? 0);
  const straight = before.match(/"/g)?.length ?? 0;
  return curly > 0 || straight % 2 === 1;
}

/**
 * Whether `at` is inside single quotes, which are apostrophes too: one that opens before a capital
 * ("measure 'Support for …") with no quote after it that closes (one not followed by a letter: "Europe's"
 * does not close it). British writing quotes programme names so; a firm's name is rarely quoted.
 */
export function insideSingleQuotes(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 200), at);
  let opened = -1;
  for (const match of before.matchAll(/(?:^|[\s([])['‘](?=\p{Lu})/gu)) opened = match.index + match[0].length;
  if (opened < 0) return false;
  const quoted = before.slice(opened);
  // A title, capitalised as titles are: quoted speech has words in lower case ("'We work with firms like …":
  // a break-it review, session 25).
  return !/['’](?!\p{L})/u.test(quoted) && TITLE_WORDS.test(quoted);
}

/** Capitalised words and a title's small words only. */
const TITLE_WORDS = /^(?:(?:\p{Lu}[\p{L}\p{N}’'.-]*|\p{N}[\p{N}.]*|of|and|for|the|in|on|to|a|an|with|at|by|from|de|des|du|la|le|les|et|und|für|der|die|das|von|zu|&|[-–:,])\s*)*$/u;

function cleanName(raw: string, form: NameForm = 'head-last'): string | undefined {
  let words = raw.trim().split(/\s+/);
  // A possessive belongs to whoever runs it ("Canada's", "NATO's"): the name starts after it.
  const owner = words.findIndex((w, i) => i < words.length - 1 && /[’']s?$/u.test(w));
  if (owner >= 0) words = words.slice(owner + 1);
  while (words.length > 0 && OPENERS.has(words[0]!)) words = words.slice(1);
  // A headline's verb is no word of a name: the name is what follows it ("Korea Launches Defense Startup Challenge
  // to …": a scout's page, session 31).
  const verb = words.findLastIndex((w) => HEADLINE_VERBS.has(w));
  if (verb >= 0) words = words.slice(verb + 1);
  // A connector cannot start a name ("of Strategic Capital Act" is cut from a longer stretch).
  while (words.length > 0 && CONNECTOR_WORD.test(words[0]!)) words = words.slice(1);
  if (words.length < 2) return undefined;
  if (words.some((w) => NOT_A_PROGRAMME.has(w))) return undefined;
  // Words of any research and development, and nothing of its own: "a Research and Development (R&D) programme"
  // is a kind of programme, not one's name (a scout's page, session 27).
  // Not a body's or a challenge's name: "DIANA's Innovation Challenge" is one.
  const own = form === 'head-last' ? words.slice(0, -1) : words;
  const generalHead = form === 'abbreviated' || (form === 'head-last' && /^Program(?:me)?s?$/u.test(words[words.length - 1]!));
  if (generalHead && own.every((w) => GENERIC_RESEARCH_WORDS.has(w) || CONNECTOR_WORD.test(w))) return undefined;
  // A programme of this field, with a name of its own: a field word besides the head word, and three
  // words or more when the head is as generic as "Program" or "Strategy" ("Defense Program" at a think
  // tank, "Space Strategy" inside "Commercial Space Strategy").
  // (Only a name whose head word is its last leaves that word out.)
  const field = (form === 'head-last' ? words.slice(0, -1) : words).some((w, i) => FIELD_WORDS.has(w.replace(/[’']s$/u, '')) && !civilDefenceAt(words, i));
  if (!field) return undefined;
  if (form === 'abbreviated' && words.some((w) => INSTITUTION_WORDS.has(w.replace(/[’']s$/u, '')))) return undefined;
  if (form === 'head-first') {
    // A body named head first is a defence innovation body, as one named head last must be.
    const head = words.findIndex((w, i) => BODY_FIRST_HEADS.includes(w) && words[i + 1] === 'for');
    if (head >= 0) {
      if (!isDefenceInnovationBody(words.slice(head + 2))) return undefined;
      // Where it is, unless that says what it is for: "Center for Defense Innovation in Bulgaria" (or "of Estonia")
      // is the Center for Defense Innovation; "Centre for Innovation in Defence" keeps its last words.
      // Not a field's word: "Centre for Defence Innovation in Robotics" keeps it (a break-it review, session 26).
      const where = words[words.length - 1]!;
      if (words.length >= head + 6 && /^(?:in|of)$/u.test(words[words.length - 2]!) && !FIELD_WORDS.has(where) && isDefenceInnovationBody(words.slice(head + 2, -2))) words = words.slice(0, -2);
    }
  }
  if (form !== 'head-last') return words.join(' ');
  if (words.length < 3 && /^(?:Program|Programme|Programs|Programmes|Strategy|Act|Initiative|Fund|Plan|Facility|Roadmap|Competition|Prize)$/u.test(words[words.length - 1]!)) return undefined;
  // A body is one of the dedicated innovation bodies the guidelines count ("Defense Innovation Unit",
  // "Army Innovation Office", "Defense Innovation Center"): "Innovation" and a military word in a name
  // of three words or more. Other agencies and offices are context or borderline ("European Space
  // Agency", "Strategic Capabilities Office"), and a regional or corporate innovation office is not this field's.
  // A task force is a body too: "Defence Innovation Task Force" (a blind batch, session 20), not "Joint Task Force".
  if (BODY_HEADS.includes(words[words.length - 1]!) || (words[words.length - 1] === 'Force' && words[words.length - 2] === 'Task')) {
    const inner = words.slice(0, words[words.length - 1] === 'Force' ? -2 : -1);
    if (words.length < 3 || !isDefenceInnovationBody(inner)) return undefined;
  }
  return words.join(' ');
}

/**
 * Whether a body's words besides its head say defence innovation: "Innovation", or an emerging technology
 * it is for ("Centre for Defence and Security Artificial Intelligence", "Army Autonomy Office": blind
 * articles of the twenty-first batch, session 27), and a military word.
 */
function isDefenceInnovationBody(words: readonly string[]): boolean {
  const bare = words.map((w) => w.replace(/[’']s$/u, ''));
  if (bare.some((w) => /^Innovation/u.test(w))) return bare.some((_, i) => militaryAt(bare, i));
  // A technology's training, safety, ethics, legal, project or test office is no innovation body (a break-it review, session 27).
  const technology = bare.some((w, i) => BODY_TECHNOLOGY_WORDS.has(w) || (w === 'Intelligence' && bare[i - 1] === 'Artificial'));
  return technology && !bare.some((w) => NOT_INNOVATION_WORK.has(w)) && bare.some((_, i) => militaryAt(bare, i));
}

/** Work a technology's body may do that is not innovation: training, safety, ethics, law, acquisition projects, testing, fielding. */
const NOT_INNOVATION_WORK = new Set(
  `Training Safety Ethics Ethical Legal Law Review Project Programme Program Procurement Acquisition Test Testing Operations Operational
  Squadron Regiment Battalion Brigade Wing School Academy Standards Certification Airworthiness Licensing Regulation Regulatory`.split(/\s+/),
);

/**
 * Emerging technologies a body may be dedicated to, in place of "Innovation". Not "Space" or "Cyber": a
 * defence space or cyber agency is a service's branch (context or borderline), not an innovation body;
 * nor "Intelligence" alone ("Defence Intelligence Agency").
 */
const BODY_TECHNOLOGY_WORDS = new Set(
  `AI Autonomy Autonomous Quantum Robotics Drone Drones Uncrewed Unmanned Hypersonic Hypersonics Biotechnology Microelectronics`.split(/\s+/),
);

/** Whether `words[i]` is "Defence" (or "Defense") of a civil field: "Flood Defence", "Civil Defence". */
function civilDefenceAt(words: readonly string[], i: number): boolean {
  return /^Defen[cs]e$/u.test(words[i] ?? '') && CIVIL_DEFENCE.has(words[i - 1] ?? '');
}

/**
 * Whether `words[i]` makes a body a military one: a military word, but not a civil defence ("Flood Defence
 * Innovation Task Force"), a force that is not armed ("Police Force", "Civil Defence Force") or the Salvation
 * Army (break-it reviews, session 20).
 */
function militaryAt(words: readonly string[], i: number): boolean {
  const word = words[i]!;
  if (!MILITARY_WORDS.has(word) || civilDefenceAt(words, i)) return false;
  if (word === 'Force') return ARMED_FORCE.has(words[i - 1] ?? '') && !civilDefenceAt(words, i - 1);
  if (word === 'Army') return words[i - 1] !== 'Salvation';
  return true;
}

/**
 * Whether an abbreviation could stand for the name: it starts with the name's first letter and its
 * letters come in the name in order ("DBIMP": Distributed BIoindustrial Manufacturing Program).
 */
function abbreviationFits(abbreviation: string, name: string): boolean {
  const letters = abbreviation.replace(/[^\p{Lu}]/gu, '');
  const written = name.toUpperCase();
  if (letters.length < 2 || letters[0] !== written[0]) return false;
  let at = 0;
  for (const letter of letters) {
    at = written.indexOf(letter, at);
    if (at === -1) return false;
    at += 1;
  }
  return true;
}
