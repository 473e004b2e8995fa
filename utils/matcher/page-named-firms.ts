import { withoutAccents } from '../without-accents';
import { insideQuotes, insideSingleQuotes } from './page-named-programmes';
import { titleCase } from './title-case';

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
 * - a name that ends in a firm word: "MW Capital", "Lightning Ventures", "Origin Robotics";
 * - a list of names with their places in brackets, introduced as firms: "This round's recipients are:
 *   Air Protein (San Leandro, California); Cellibre (San Diego); …".
 *
 * Pure string functions over a text as written (its accents, dashes and apostrophes as the page has
 * them); the matcher (find-mentions.ts) decides what the page's other mentions leave for them, and takes
 * every later use of a name so introduced. A break-it review (session 8) found where looser forms of
 * these patterns took people, products, places and sentence openers; each exclusion below answers one.
 */

/** The entity id of a firm the page names but the dataset does not know: this prefix and the name as written. */
export const PAGE_FIRM_PREFIX = 'page-firm:';

/** Whether an entity id is a page-named firm's (`page-firm:<name>`), and that name. */
export function pageFirmName(entityId: string): string | undefined {
  return entityId.startsWith(PAGE_FIRM_PREFIX) && entityId.length > PAGE_FIRM_PREFIX.length ? entityId.slice(PAGE_FIRM_PREFIX.length) : undefined;
}

/** One word of a firm's name: capitalised ("Quobly", "Reflex"), all capitals or with a digit ("CES", "C12"). */
// A capital alone is a word ("Gen Z", "C12") but not the first letter of a dotted legal form ("S.p.A.", "S.A.").
// A word may start with a digit before a capital ("2C Ventures", "8VC").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{N}’'\-]*[\p{L}\p{N}]|\p{Lu}\p{N}*(?!\.\p{L})|\p{N}\p{Lu}[\p{L}\p{N}]*)`;
/** A firm's name: one to four name words, "&" allowed between them ("Alice & Bob"). */
const NAME = String.raw`${NAME_WORD}(?:(?:\s&\s|\s)${NAME_WORD}){0,3}`;

/**
 * Nouns that say "the next name is a firm" (English, French; not German, where every noun is capitalised
 * and "das Start-up Lichtteppiche" is the start-up's product). Not the nouns people are named after too:
 * "investor Peter Thiel", "software developer Linus Torvalds", "policy maker Andrius Kubilius", "NSA
 * contractor Edward Snowden".
 */
/**
 * Verbs that make the names before them the people who made the firms: "the companies Musk and Bezos built"
 * (a break-it review, session 23). Not verbs firms do as well ("led", "backed", "own"), nor a verb with an object:
 * "the companies Orvion and Skyrun built the prototypes" (a break-it review, session 24).
 */
const PEOPLE_MADE_THEM = String.raw`(?:built|founded|co-founded|started|created|set\s+up|run|ran|runs|managed|manages|headed|heads|controls|controlled)\b(?!\s+(?:the|a|an|its|their|new|joint|several|two|three|four|\p{N}+)\b(?!\s+(?:\p{L}+\s+)?(?:decades?|years?|months?)\s+ago))`;

const FIRM_NOUN_BEFORE = new RegExp(
  String.raw`(?:\b(?:start-?ups?|scale-?ups?|company|(?<!\b[Aa]\s|\b[Ll]aw\s|\b[Aa]ccounting\s|\b[Cc]onsulting\s|\b[Pp]\.?[Rr]\.?\s)firm|(?:companies|firms)(?=\s+${NAME}(?:,\s+${NAME})*,?\s+(?:and|und|et)\s+${NAME}(?![\p{L}\p{N}])(?!(?:\s+\p{Lu}[\p{L}\p{N}’'\-]*)*\s+${PEOPLE_MADE_THEM}))|(?<!(?:policy|decision|film|game|movie|law|peace|deal|king)\s)maker|manufacturer|supplier|(?<!(?:NSA|CIA|[Ff]ormer|government|private|security|Pentagon)\s)contractor|shipbuilder|shipyard|subsidiary|spin-?out|spin-?off|venture firm|VC firm|venture capital firm|family office|equipment maker|prime contractor)|\b(?:[Ll]a\s+(?:start-?up|société|PME|jeune\s+pousse)|[Ll]['’](?:entreprise|équipementier|industriel)|[Ll]e\s+(?:fabricant|motoriste|constructeur)|[Dd]u\s+fonds|[Ll]e\s+fonds))\s+(${NAME})`,
  'gu',
);

/**
 * Nouns of an apposition that say the name before it is a firm. Not "developer", "producer", "designer" of
 * something: people and regions are so described too ("Palmer Luckey, an American designer of weapons",
 * "Alberta, a Canadian producer of oil": a break-it review, session 23).
 */
const APPOSITION_NOUNS = String.raw`(?<!\b(?:theatre|theater|dance|ballet|opera|touring|infantry|rifle|parachute|law|PR|insurance|rugby|football)\s)(?:start-?up|scale-?up|company|firm|maker|manufacturer|supplier|contractor|shipbuilder|venture firm|fund)`;
/**
 * Nouns a firm noun can modify in an apposition about a person or a thing ("Sarah Whitfield, a fund
 * manager", "James Holt, a start-up founder", "Paella, a firm favourite": a break-it review, session 13).
 */
const MODIFIED_NOUNS = String.raw`(?:manager|managers|director|directors|founder|founders|co-founder|cofounder|owner|owners|executive|executives|chief|head|boss|partner|analyst|investor|employee|worker|engineer|lawyer|spokesman|spokeswoman|spokesperson|believer|favourite|favorite|stance|commitment|grip|supporter|advocate|veteran|insider|official|adviser|advisor|consultant|CEO|CTO|CFO|COO|commander|pilot|member|members|lobbyist|scientist|researcher|operator|president|chairman|test)`;
/**
 * Words that make an apposition's maker or supplier a person: what they were ("Jim Hale, a former defense
 * contractor", "Dmitri Volkanov, a notorious arms supplier") or when ("Mykola, a furniture maker before the war",
 * "a saddle maker by trade"): a break-it review, session 30.
 */
const PERSON_BEFORE_NOUN = String.raw`(?:former|retired|notorious|one-time|onetime|self-employed|disgraced|jailed|convicted)`;
const PERSON_AFTER_NOUN = String.raw`(?:before|until|by\s+(?:trade|profession)|turned)\b`;
/** Words that make the apposition about something else: a preposition or a relative clause ("a partner at the firm"). */
const APPOSITION_BREAK = String.raw`(?:at|of|from|for|with|by|in|on|to|that|which|who|where|whose|and|or|behind|under|like)`;
/**
 * "Name, a/an … start-up|company|…" (or "Name (ABBR), a …": "Quantum Exponential (QE), a venture capital
 * firm"): the apposition names its firm noun within a few words, not in a
 * possessive ("Jane Doe, the company's chief executive") nor after a preposition ("John Smith, a partner
 * at the venture firm …"). With "the", the apposition must close where its noun does ("Helsing, the Munich
 * start-up, said"), or opens a relative clause ("Kiviloom, the Tallinn-based start-up that builds loitering
 * munitions": a newcomer's trial, session 30): "Meanwhile, the company is hiring" is a sentence, not an apposition.
 */
/** A name at a sentence's or a phrase's start, perhaps with its "(ABBR)", and the comma that opens its apposition. */
const APPOSITION_HEAD = String.raw`(?:^|[.;:!?]\s+|[\s(])(${NAME})(?:\s\(\p{Lu}[\p{Lu}\p{N}&]{1,9}\))?,\s+`;
const FIRM_APPOSITION = new RegExp(
  String.raw`${APPOSITION_HEAD}(?:(?:a|an)\s+(?!${PERSON_BEFORE_NOUN}\s)(?:(?!${APPOSITION_BREAK}\s)[\p{L}\p{N}\-]+\s+){0,4}?${APPOSITION_NOUNS}\b(?!['’])(?!\s+${MODIFIED_NOUNS}\b)(?!\s+${PERSON_AFTER_NOUN})|the\s+(?!${PERSON_BEFORE_NOUN}\s)(?:(?!${APPOSITION_BREAK}\s)[\p{L}\p{N}\-]+\s+){0,4}?${APPOSITION_NOUNS}\b(?=\s*[,;)]|\s+(?:that|which)\s))`,
  'gu',
);

/**
 * What makes the name after it a person's or the speaker's: a title written short ("Col. Labbé", "Col Labbé",
 * "Dr. Kaur": its full stop is no sentence's end), or "according to" ("According to Labbé, a non-Canadian
 * company won": the apposition is the next clause's subject).
 */
const HONORIFIC_BEHIND = /(?:\b(?:Col|Gen|Lt|Lieut|Maj|Capt|Cpt|Adm|Cmdr|Cdr|Brig|Sgt|Cpl|Dr|Mr|Mrs|Ms|Mme|Mlle|Prof|Sen|Rep|Gov|Hon|Rev|Pres|Amb|Sec)\.?|\b[Aa]ccording\s+to|\b[Ss]aid)\s*$/u;

/** Legal forms that make the name before them a firm's (case as written): after a space, or a comma for the English ones. */
const FIRM_LEGAL_FORM = new RegExp(
  String.raw`(${NAME})(?:,\s(?:Inc\.|Inc\b|Ltd\.|Ltd\b|LLC\b|Plc\b|PLC\b|Corp\.|Corporation\b|Limited\b)|\s(?:Inc\.|Inc\b|Ltd\.|Ltd\b|LLC\b|GmbH\b|AG\b|SAS\b|AB\b|Oyj?\b|ASA\b|plc\b|Plc\b|PLC\b|Corp\.|S\.p\.A\.|SpA\b|S\.r\.l\.|B\.V\.|N\.V\.|A\/S\b|OÜ|SIA\b|UAB\b|Sp\. z o\.o\.|a\.s\.(?![a-z]\.)|s\.r\.o\.))`,
  'gu',
);

/**
 * Last words that make a capitalised name a firm's ("… Capital", "… Ventures", "… Robotics", "… Investments": an
 * investment firm, "Fortech Investments", a dev article, session 30), not an
 * institution's: not when the name goes on into one ("Future Aerospace Strategy Committee", a committee two
 * firms set up: a blind batch, session 18), nor into a sector's or its plan's ("Malaysian Aerospace Industry Blueprint":
 a scout's page, session 30).
 */
const FIRM_LAST_WORD = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}’'])(?<!(?:^|[^\p{N}])\p{N}{1,2}\s)((?:${NAME_WORD}\s){1,3}(?:Capital|Ventures|Robotics|Aerospace|Technologies|Dynamics|Labs|Industries|Partners|Holdings|Investments))\b(?!\s+(?:Fund|Funds|Institute|Engineering|Force|Society|Corps|Council|Agency|Office|Department|Center|Centre|Laboratory|Program|Programme|Strategy|Committee|Commission|Board|Summit|Conference|Forum|Expo|Week|Awards?|Challenge|Competition|Association|Alliance|Consortium|Cluster|Campus|Park|Academy|School|Initiative|Network|Hub|Task|Industry|Sector|Blueprint|Policy|Plan|Roadmap|Authority|Act|Bill|Law|Review|Report|Regulation|Directive|Screening|Ministry|Bank|Tribunal)\b)`,
  'gu',
);

/**
 * A person's role at a firm, and the firm after it: "founder and CEO of Viewpointsystem", "co-founder and Chief
 * Executive Officer of Fiducial", "General Manager of Vakif Katilim Bank", "MD of Unistring Tech", "a partner at
 * Keen". Chief executives, managing directors and general managers lead firms, and partners sit "at" investors. Not
 * "director of" or a bare "founder of": think tanks, NGOs, labs, agencies, bands and militias have them ("director of
 * Chatham House", "founder of Bellingcat", "director of Surface Warfare"), nor "partner of" (a person's partner): a
 * break-it review, session 29. The role is an apposition ("Nils Berger, CEO of …", "the CEO of …", "as CEO of …"); the
 * name must end at a punctuation mark or the line's end, whole as written (see the loop in `firmNamesIntroduced`):
 * "the CEO of Tesla Elon Musk said" runs on into a person, "director of Human Rights Watch's arms division" into a
 * possessive. A blind dev batch (session 29): firms met once, in a speaker's role, are in no dataset.
 */
const ROLE_AT_FIRM = new RegExp(
  String.raw`(?<=(?:^|\n|,\s*|\b(?:the|The|a|an|its|his|her|their|as)\s+))(?:(?:(?:[Cc]o-?)?[Ff]ounder(?:,\s*|\s+and\s+))?(?:CEO|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|[Mm]anaging\s+[Dd]irector|MD|(?<![Ss]ecretary\s|[Aa]ttorney\s|[Ss]urgeon\s|[Ii]nspector\s|[Pp]ostmaster\s)[Gg]eneral\s+[Mm]anager)\s+of|(?:(?:[Mm]anaging|[Gg]eneral|[Ff]ounding)\s+)?[Pp]artner(?:\s+and\s+[Ii]nvestor)?\s+at)\s+(${NAME})`,
  'gu',
);
/** After a role's firm name: a punctuation mark or the line's end (see `ROLE_AT_FIRM`). */
const ROLE_NAME_ENDS = /^(?:[,;:.)!?]|\s*$|\n)/u;
/** Last words of an institution's name, which a role "of" it does not make a firm ("CEO of Defence Digital Agency"). */
const INSTITUTION_LAST_WORD = /\s(?:House|Administration|Laboratories|Labs|Reactors|Endowment|Collective|Coalition|Movement|Campaign|Club|Agency|Office|Council|Authority|Institute|Institution|Laboratory|Lab|Foundation|Association|University|College|School|Ministry|Department|Directorate|Command|Centre|Center|Service|Board|Commission|Forum|Network|Alliance|Society|Academy|Hospital|Trust|Union|Federation|Organisation|Organization|Programme|Program|Initiative|Project|Challenge|Accelerator|Incubator|Hub|Cluster|Chambers|Charity)$/u;

/**
 * Who invests in a funding round is a firm (an investor): "Industrious Ventures led the round", "the round was
 * led by Sparta Group", "with participation from Long Journey". Only in a sentence about a round of funding
 * (`FUNDING_SENTENCE`): "led by General Smith", "backed by the government" are not (and a person's title cuts
 * the name, see `cleanName`). A blind batch, session 18: most investors of a round are in no dataset.
 */
const INVESTOR_AFTER = new RegExp(
  String.raw`\b((?:co-)?led\s+by|joined\s+by|backed\s+by|with\s+participation\s+(?:from|of|by)|participation\s+from|(?<!angel\s)investors\s+(?:including|such\s+as|like)|(?:new|existing|other|returning)\s+(?:backers|investors)(?:\s+(?:including|such\s+as|like|include|included))?|menée?\s+par|conduite\s+par)\s+(${NAME})`,
  'gu',
);
/** "Speedinvest and Seedcamp also participating", "Kompas VC also took part": the investors before the verb. */
const INVESTORS_TAKING_PART = new RegExp(
  String.raw`(?:^|[^\p{L}\p{N}’'])(${NAME})(?:,?\s+and\s+(${NAME}))?\s+(?:also\s+)?(?:participated|participating|took\s+part|taking\s+part|joined\s+the\s+round|co-invested|co-investing)\b(?!\s+in\s+(?:the|a|an|this|its)\s+(?:\S+\s+)?(?:summit|talks|meeting|conference|ceremony|event|discussion|debate|parade|exercise|match|game|race|tournament|election|vote|negotiations|visit|session|panel))`,
  'gu',
);
/** The particles of a person's name, as both checks below read them. */
const NAME_PARTICLES = 'von|van|de|der|den|du|di|da|dos|del|la|le|bin|al|zu|ter|ten|te|do';
/** Before a surname, the rest of a person's name: "Ferdinand von Brück", "Von der Leyen". */
const PERSON_NAME_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:${NAME_PARTICLES}|Von|Van|De|Der|Da|Di|Del|La|Le)\s+$`, 'u');
/** After an investor's first name, the rest of a person's name: "Ferdinand von Brück". */
const PERSON_NAME_GOES_ON = new RegExp(String.raw`^\s+(?:${NAME_PARTICLES}|d['’])\s*\p{Lu}`, 'u');
const INVESTOR_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}\p{N}’'])(${NAME})\s+(?:co-)?led\s+the\s+(?:[$€£][\d.,]+\s*(?:[mb]n|million|billion|[MB])?\s+)?(?:\p{L}+\s+)?(?:round|raise|financing|investment)\b`, 'gu');
/**
 * A sentence about a round of funding: a Series, a round named as one of funding, money raised, or a round
 * closed. An amount alone is not one: politics' sentences are full of them ("backed by Republicans, the $900bn
 * bill", "a €5 billion pledging conference": a second break-it review, session 18); nor are "round of talks",
 * "artillery rounds", "roundtable", "questions raised about", "led the third round".
 */
/** An amount of money as a round's sentence writes it: "$30 million", "€21m", "£1.2bn". */
const AMOUNT = String.raw`[$€£]\s?\d[\d.,]*\s?(?:million|billion|bn|mn|[mMbB])`;
const FUNDING_SENTENCE = new RegExp(
  String.raw`(?:\bSeries\s+[A-F]\b|\b(?:pre-seed|seed|funding|financing|investment|fundraising|venture|growth|equity)\s+rounds?\b|\brounds?\s+of\s+(?:funding|financing|investment)\b|\btour\s+de\s+table\b|\blevée\s+de\s+fonds\b|\bFinanzierungsrunde\b|\brais(?:ed|es|ing)\s+(?:US(?=\$))?${AMOUNT}\b|\b(?:closed|raised|announced|completed)\s+(?:the|its|a|this)\s+(?:${AMOUNT}\s+)?round\b(?!\s+of\s+(?!funding|financing|investment))|\b(?:led|co-led|joined)\s+the\s+${AMOUNT}\s+(?:\p{L}+\s+)?round\b(?!\s+of\s+(?!funding|financing|investment))|\b(?:led|co-led)\s+the\s+round(?=\s*[,.;]|\s+(?:with|alongside|along|and)\b)|\b(?:the|this|its)\s+(?:${AMOUNT}\s+)?(?:funding\s+|financing\s+|investment\s+)?round\s+(?:was|is|has\s+been)\s+(?:co-)?led\s+by\b)`,
  'iu',
);
/** A round by name: a seed or a Series, or a round of funding, financing, investment or growth. */
const ROUND_NAME = String.raw`(?:pre-seed|seed|Series\s+[A-F]|(?:funding|financing|investment|growth|venture)\s+round)\b`;
/**
 * A firm raising a round, as the sentence's subject: "Quarrystone raised €4.2 million in a seed round", "Kiviloom
 * closed a €38 million Series B led by …" (a newcomer's trial, session 30: the round's investors were highlighted
 * and the firm that raised it was not). Read as investors are: in a sentence about a round of funding, with a name
 * no person has (`INVESTOR_NAME`), and only with the round named in the clause: a break-it review (session 30) had
 * "Tartu raised €12 million in a municipal bond", "Labour raised £12.6 million in donations", "UNICEF raised $40
 * million for schools" read as firms.
 */
const RAISER = new RegExp(
  String.raw`(?:^|[.;:!?]\s+|\n)(${NAME})\s+(?:has\s+|have\s+)?(?:(?:raised|secured|landed)\s+(?:(?:a|an|its|their)\s+)?(?:US)?${AMOUNT}\s+in\s+(?:a|an|its|their)\s+(?:new\s+|first\s+|second\s+|latest\s+)?${ROUND_NAME}|(?:raised|closed|secured|completed|announced)\s+(?:a|an|its|their)\s+(?:(?:US)?${AMOUNT}\s+)?${ROUND_NAME})`,
  'gu',
);
/** What "led by" must follow to name a round's lead investor, not a firm's or a team's leader ("Helsing, led by Scherf"). */
const ROUND_BEFORE = /\b(?:round|raise|financing|investment|funding|Series\s+[A-F]|tour\s+de\s+table|levée(?:\s+de\s+fonds)?)\b[^.;]{0,12}$/iu;
/**
 * An investor's name, as a round's sentence gives it, that is no person's: one word ("Lakestar"), a name with a
 * digit or in capitals ("Point72", "NFX"), or one ending in an investor's word ("Sparta Group"). "Backed by
 * Peter Thiel", "led by Jane Doe" name people (individual investors are borderline at most).
 */
const INVESTOR_NAME = /^(?:\S+|.*(?:\p{N}|\b\p{Lu}{2,}\b).*|.*\s(?:Ventures|Capital|Partners|Group|Fund|Funds|Invest|Investments|Holdings|VC|Equity|Growth|Labs|Management|Advisors|Bank))$/u;

/** Where the sentence of `text` around the stretch `start`..`end` begins (at the stop before it) and ends. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  const from = Math.max(...['. ', '! ', '? ', '; '].map((stop) => text.lastIndexOf(stop, start)), 0);
  const stops = ['. ', '! ', '? ', '; '].map((stop) => text.indexOf(stop, end)).filter((at) => at !== -1);
  return [from, stops.length > 0 ? Math.min(...stops) : text.length];
}

/** German nouns for a firm, written before its name: "Start-up", "Rüstungskonzern", "Satellitenhersteller". */
const GERMAN_FIRM_NOUN =
  /^(?:[\p{L}]+-)?(?:Start-?up|Startup|Scale-?up|Unternehmen|Firma|Konzern|Zulieferer|Hersteller|Anbieter|Spezialist|Finanzinvestor|Investor|Geldgeber|Risikokapitalgeber|Wagniskapitalgeber)$|^\p{L}{5,}(?:hersteller|bauer|konzern|unternehmen|zulieferer|anbieter|spezialist|schmiede)$/u;

/** A word with its accents taken off, as the sets below keep their words (the text may have them or not: "Österreich"). */
const plain = withoutAccents;
/**
 * A set of words, kept without accents, made on first use: extension pages load this module with the
 * card code (the library, the popup) and may never read a firm's name; making the sets at load put
 * 30-45 ms into the PDF viewer's start-up task on a fresh profile (trial 18j), when it loaded them too.
 */
const wordSet = (list: string): (() => ReadonlySet<string>) => {
  let set: ReadonlySet<string> | undefined;
  return () => (set ??= new Set(list.trim().split(/\s+/).map(plain)));
};
/** Whether a word, accents or not, is in a set made by `wordSet`. */
const inSet = (set: () => ReadonlySet<string>, word: string) => set().has(plain(word));

/** A firm's or an agency's parts, which a role is "of" too ("Chief Executive of Operations", "Managing Director of Sales"). */
const DEPARTMENTS = wordSet(
  `Operations Strategy Research Technology Engineering Innovation Sales Marketing Finance Product Products Growth Development
  Business Programs Programmes Policy Communications Partnerships Investments Investment Ventures Digital Data Security Defence
  Defense Space Europe Americas Asia EMEA APAC Global International Infrastructure Procurement Acquisition Capabilities
  Intelligence Studies Science Sciences Education Training Communication Analytics Cyber Cybersecurity Design Manufacturing Quality
  Safety Legal Compliance Staff Personnel People Talent Content Editorial News Photography Admissions`,
);

/** Words that may open a capitalised stretch before a firm's name: dropped from its start ("The Quobly team"). */
const OPENERS = wordSet(
  `The A An This That These Those Its It Their Our Your His Her He She They We I In On At For With From By Of And Or But As To If
  When While After Before Since Also Both Each Every Some Many Most Other Another Such Le La Les Un Une Des Der Die Das Ein Eine Im Am
  However Meanwhile Today Now Still Separately Earlier Previously Additionally Indeed Notably Elsewhere Crucially Together Overall
  Instead Yesterday Last Next Then Thus Finally Moreover Furthermore Nevertheless Similarly Likewise Enfin Parallèlement Ainsi Zudem
  Außerdem Inzwischen Heute Dennoch Why How What Where Who Meet
  Acquires Buys Wins Signs Raises Secures Launches Backs Joins Selects Taps Hires Completes Closes Unveils Invests Takes Sells Lands
  Investors Investor Backers Backer Existing Auch Dabei Nun Jetzt Damit Dann Doch Noch Ebenfalls
  Often Sometimes Yet Hence Later Soon Already Again Recently Currently Historically Traditionally Typically Usually
  Alongside Along Beside Besides Against Among Amid Amidst Despite Unlike Like Including Following Within Without Between Toward
  Towards Neben Laut Gegen Bei Für Nach Avec Pour Selon Chez Sans Contre Parmi`,
);

/**
 * Roles written before a person's name: a name after one is a person's. (Titles that also end a name, "Minister",
 * "Colonel", are `NOT_A_FIRM`'s, which cuts the name there: at its start, nothing is left.)
 */
const PERSON_ROLES = wordSet(`Volunteer Soldier Private Commander Officer Doctor Pilot Farmer Teacher Nurse Driver Veteran Medic Sapper`);

/** Words that say the stretch is not a firm's name, cut there: titles, calendar words, finance words. */
const NOT_A_FIRM = wordSet(
  `CEO CTO CFO COO VP SVP EVP Chief President Director Minister Secretary General Colonel Major Captain Admiral Senator
  Chancellor Chairman Chairwoman Chair Commissioner Governor Mayor Dr Mr Mrs Ms Prof Founder Co-founder Partner Analyst
  Col Lt Gen Maj Capt Adm Sgt Cmdr Brig Sir Lord Dame Sheriff Professor Judge Ambassador Brigadier Commodore Marshal Lieutenant
  Sergeant Corporal Sheikh Prince
  Verteidigungsminister Bundeskanzler Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June
  July August September October November December EBITDA ESG IPO Series Seed Fund Dollar Euro Euros LOI MOU MoU NDA RFP RFI RFQ`,
);

/** Words of a speech's salutation, which no firm's name holds. */
const SALUTATIONS = wordSet(`Ladies Gentlemen Guests Distinguished Excellency Excellencies Honourable Honorable Esteemed Dear Colleagues Delegates`);

/** Words that describe rather than name: a "name" of these alone ("Defense Technologies", "Political Capital") is not a firm's. */
const DESCRIPTIVE = wordSet(
  `Venture Private Growth Defense Defence Space Quantum Advanced Applied Global National International Digital New Strategic
  Human Autonomous Drone Drones Technology Tech Deep Dual-Use Military Security Critical Emerging Innovation Political Creative
  Computational Fluid Escalation Market Shifting Disruptive Next-Generation Ground Social Natural Financial Intellectual Industrial
  European American British French German Five Eyes Key Major Leading Top Big Small Our Your Their Allied Partner Partners
  Annual Dual Use Invested Funding Limited General Western Eastern Northern Southern Coalition Regional Local Foreign
  Trusted Future Net Working Direct Public Total Recent Latest`,
);

/** A technology's, a scheme's or an institution's letters: after descriptive words they describe too ("Digital ID"). */
const DESCRIBING_LETTERS = /^(?:AI|ML|IT|EW|UAS|UAV|UGV|USV|UUV|AR|VR|XR|ISR|HPC|ID|GPS|PNT|SAR|QKD|LEO|GEO|SSA|CNI|NHS|UN|OSCE|RAF|BBC|HQ|IP|IoT|API|LLM|CEO|CTO|CFO|R&D)$/u;

/** Places, peoples and institutions a firm noun or a list may sit next to: never a firm's name here. */
const PLACES = wordSet(
  `Europe European America American Africa Asia Australia Britain British UK US USA U.S. EU NATO Nato Ukraine Ukrainian Russia Russian
  China Chinese Japan Japanese Korea Korean Taiwan Taiwanese India Indian Israel Israeli France French Germany German Italy Italian
  Spain Spanish Poland Polish Sweden Swedish Norway Norwegian Finland Finnish Denmark Danish Estonia Estonian Latvia Latvian
  Lithuania Lithuanian Netherlands Dutch Belgium Belgian Canada Canadian Turkey Turkish Switzerland Swiss Austria Austrian
  Portugal Portuguese Greece Greek Romania Romanian Czech Slovakia Hungary Ireland Irish Scotland Wales England London Paris
  Berlin Munich Kyiv Kiev Washington Brussels Tokyo Seoul Taipei Singapore Texas California Virginia Florida Pentagon Congress
  Army Navy Bundeswehr Government Ministry Commission Parliament Bavaria Normandy Scandinavia Bristol Zaporizhzhia Kharkiv Lviv
  Odesa Dnipro Gothenburg Stuttgart Hamburg Toulouse Bordeaux Lyon Milan Turin Barcelona Lisbon Madrid Rome Warsaw Stockholm
  Oslo Helsinki Copenhagen Amsterdam Vienna Prague Tallinn Riga Vilnius Bucharest Athens Ankara Moscow Beijing Delhi Canberra
  Ottawa Toronto Sydney Melbourne Calgary Edmonton Vancouver Montreal Großbritannien Deutschland Frankreich Italien Spanien Polen
  Schweden Norwegen Finnland Dänemark Niederlande Belgien Österreich Schweiz Tschechien Rumänien Griechenland Türkei Russland
  Kanada Europa Allemagne Italie Espagne Pologne Suède Norvège Finlande Danemark Belgique Autriche Suisse Roumanie Grèce Turquie
  Russie Chine Inde Israël Corée Amérique Afrique Asie Japon Bercy Elysée Élysée Hamas Hezbollah Houthis IRGC University Universität
  Université College Institute MIT ICE CBP MoD DoD NASA DARPA Tehran Teheran Kremlin Pyongyang Damascus Riyadh Doha Caracas
  Havana Minsk Islamabad Kabul Baghdad Beirut Cairo Scottish Welsh English Slovak Slovakian Slovenian Croatian Serbian Bulgarian
  Hungarian Icelandic Luxembourgish Maltese Cypriot Emirati Saudi Qatari Australian Zealand Brazilian Mexican Argentine Mojave`,
);

/** Places and institutions of several words: a name holding one is not a firm's. */
const PLACE_PHRASES = ['Silicon Valley', 'Bay Area', 'Air Force', 'Marine Corps', 'Space Force', 'Defense Forces', 'Defence Forces', 'Armed Forces', 'United States', 'United Kingdom', 'United Arab Emirates', 'Vereinigte Staaten', 'Royaume-Uni', 'États-Unis', 'Etats-Unis', 'Pays-Bas', 'Revolutionary Guard'];

/** A place in brackets after a name: one to three capitalised words, and a region or country after a comma ("San Leandro, California"). */
const BRACKET_PLACE = String.raw`\p{Lu}[\p{L}.’'\-]*(?:\s\p{Lu}[\p{L}.’'\-]*){0,2}(?:,\s+\p{Lu}[\p{L}.’'\-]*(?:\s\p{Lu}[\p{L}.’'\-]*){0,2})?`;
/** One item of a list of named places: "Air Protein (San Leandro, California)". */
const PLACED = String.raw`(${NAME})\s+\((${BRACKET_PLACE})\)`;
/**
 * A list of three or more names, each followed by its place in brackets, separated by semicolons or
 * commas (the last perhaps by "and"): award recipients and cohorts ("Air Protein (San Leandro,
 * California); Cellibre (San Diego); and Savor Foods (San Jose, California)", "ARX Robotics (Germany),
 * Tekever (Portugal) and Quobly (France)").
 */
const PLACED_LIST = new RegExp(String.raw`${PLACED}(?:\s*[;,]?\s+(?:and|et|und|&)\s+${PLACED}|\s*[;,]\s*${PLACED}){2,}`, 'gu');
const PLACED_ITEM = new RegExp(PLACED, 'gu');
/**
 * What introduces a list of named places as firms, right before it and in the same sentence: a word for
 * firms (recipients of awards, a cohort, suppliers) and then "are", "include", a colon or a dash ("This
 * round's recipients are: …", "the start-ups selected include …", "lauréats : …"). A jury introduced
 * one sentence after "the companies", or "the companies will visit Austin (Texas), …", is not (a
 * break-it review).
 */
const LIST_OF_FIRMS = new RegExp(
  String.raw`\b(?:compan(?:y|ies)|firms?|start-?ups?|scale-?ups?|SMEs|businesses|recipients|awardees|winners|cohort|finalists|selected|suppliers|contractors|vendors|manufacturers|entreprises|sociétés|PME|lauréats|Unternehmen|Firmen|Start-ups|Hersteller|Gewinner)\b[^.!?;]{0,60}?(?:\b(?:are|were|include|includes|included|including|namely|sont|sind)\b|[:—–])\s*$`,
  'iu',
);
/** Between two parts of one list (an item too long to read as a name): capitalised words and separators only. */
const LIST_GOES_ON = /^[\s;,]*(?:and\s+)?(?:\p{Lu}[\p{L}\p{N}’'-]*\s+){0,6}$/u;

/** US states, which the brackets of American lists name ("Omaha, Nebraska", "Reston, VA"). */
const US_STATES = wordSet(
  `Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas
  Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Hampshire Jersey Mexico
  York Carolina Dakota Ohio Oklahoma Oregon Pennsylvania Rhode Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming
  AL AK AZ AR CA CO CT DE FL GA HI ID IL IA KS KY LA MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OK PA RI SC SD TN TX UT VT VA WA WV WI WY DC`,
);

/**
 * Regions, seas and poles: a list's last item before a firm ("sensor networks for the Arctic, and North
 * Vector Dynamics") or an apposition's subject, never a firm's whole name here ("Quebec Inc." is the province's
 * business world), but a word of one ("Québec Drone Innovations"). Not the places a list's brackets are read by:
 * a list of prize winners with their provinces is people (a break-it review, session 25).
 */
const REGIONS = wordSet(
  `Arctic Antarctic Antarctica Baltic Baltics Pacific Atlantic Indo-Pacific Mediterranean Balkans Caucasus Sahel Nordics Caribbean
  Levant Siberia Donbas Donbass Crimea Scandinavia Benelux Arktis Ostsee Pazifik Atlantik Arctique Baltique Pacifique Atlantique
  Quebec Québec Ontario Alberta Manitoba Saskatchewan Newfoundland Labrador Yukon Nunavut Queensland Tasmania Bayern Sachsen
  Hessen Thüringen Niedersachsen Wallonia Wallonie Flanders Flandre Vlaanderen Bretagne Occitanie Catalonia Catalunya Andalusia
  Galicia Lombardy Lombardia Piedmont Piemonte Silesia Śląsk Mazovia Transylvania Moravia Bohemia`,
);

/** Countries, as the brackets of cohort lists name them ("Quobly (France)"); the sets above hold the rest. */
const COUNTRIES = wordSet(
  `Albania Algeria Argentina Armenia Azerbaijan Bahrain Bangladesh Belarus Bosnia Brazil Bulgaria Chile Colombia Croatia Cyprus Czechia
  Egypt Emirates Georgia Iceland Indonesia Iran Iraq Jordan Kazakhstan Kenya Kingdom Kosovo Kuwait Lebanon Luxembourg Malaysia Malta
  Mexico Moldova Montenegro Morocco Macedonia Nigeria Oman Pakistan Peru Philippines Qatar Saudi Arabia Serbia Slovenia Slovakia
  Africa Thailand Tunisia UAE Uzbekistan Vietnam Zealand States Luxemburg Kroatien Slowenien Slowakei Ungarn Lettland Litauen Estland
  Irland Portugal Estonie Lettonie Lituanie Hongrie Croatie Slovénie Slovaquie Irlande Tchéquie Bulgarie`,
);

/**
 * The names of a list of named places (`PLACED_LIST`), when the brackets are places: one of them at
 * least names a country, a US state or a city this module knows, and none is a party and state
 * ("(R-Texas)"); years and tickers never read as places. An institution in the list (a university) is
 * dropped by `cleanName`.
 */
function placedListNames(list: string): string[] {
  const items = [...list.matchAll(PLACED_ITEM)].map((match) => ({ name: match[1]!, place: match[2]! }));
  if (items.some((item) => /^[RDI]-/u.test(item.place))) return [];
  const known = (place: string) => place.split(/[\s,]+/).some((word) => inSet(PLACES, word) || inSet(US_STATES, word) || inSet(COUNTRIES, word));
  if (!items.some((item) => known(item.place))) return [];
  return items.map((item) => item.name);
}

/**
 * The names `text` (as written) introduces as firms, each once, in order of pattern then position. A
 * name is cut at a title or calendar word ("Arcturo CEO Jane Doe" → "Arcturo"), loses an opener or a
 * leading possessive ("Britain's Brightfoil" → "Brightfoil"), and is dropped when nothing is left, or it
 * holds a place or only descriptive words. A headline in title case introduces nothing; a list of names
 * with their places, mostly capitals too, is told apart by its brackets.
 */
export function firmNamesIntroduced(written: string): string[] {
  return firmIntroductions(written).map((introduced) => introduced.name);
}

/** A firm a text introduces: its name (as `firmNamesIntroduced` gives it) and the words that introduce it, as written. */
export interface FirmIntroduction {
  name: string;
  /**
   * The stretch of the text that says it is a firm ("the start-up Quobly", "Kort Systems, a drone maker"), at most
   * `EVIDENCE_LENGTH` characters, white space collapsed: the card shows it, so that a reader can judge the call.
   */
  evidence: string;
}

/** Endings of adverbs no word of a firm's name has ("Actually", "Previously"; not "Early", "Family"). */
const ADVERB_ENDINGS = String.raw`ually|ously|ively|fully|edly|ingly|ently|antly|ssly|ctly`;
/** A capitalised adverb as a heading's word (`cleanName`). */
const HEADING_ADVERB = new RegExp(String.raw`^\p{Lu}\p{Ll}+(?:${ADVERB_ENDINGS})$`, 'u');
/** A sentence adverb before an apposition's comma ("Traditionally, a startup …"): the endings above and "-ally", "-ily", "-tely", "-rely". */
const SENTENCE_ADVERB = new RegExp(String.raw`^\p{Lu}\p{Ll}+(?:ally|ily|tely|rely|${ADVERB_ENDINGS})$`, 'u');

/** The longest evidence kept, in characters (cut at a word's end, with "…"). */
const EVIDENCE_LENGTH = 90;

/** The words of a match that introduce a firm, trimmed to `EVIDENCE_LENGTH`. */
function evidenceOf(matched: string): string {
  const text = matched.replace(/\s+/gu, ' ').replace(/^[\s.;:!?(,]+/u, '').trim();
  if (text.length <= EVIDENCE_LENGTH) return text;
  const cut = text.lastIndexOf(' ', EVIDENCE_LENGTH);
  return `${text.slice(0, cut > 0 ? cut : EVIDENCE_LENGTH)} …`;
}

/** `firmNamesIntroduced`, with the words that introduce each name (the first that do). */
export function firmIntroductions(written: string): FirmIntroduction[] {
  const text = withoutDatelines(written);
  const found: FirmIntroduction[] = [];
  /** Notes a name, with the words of the text that introduce it. */
  const add = (raw: string | undefined, introducing: string) => {
    const name = cleanName(raw);
    if (name && !found.some((f) => f.name === name)) found.push({ name, evidence: evidenceOf(introducing) });
  };
  // A list of names with their places is mostly capitals, as a title-case headline is: its brackets tell.
  const lists = [...text.matchAll(PLACED_LIST)];
  if (!titleCase(text)) {
    for (const match of text.matchAll(FIRM_NOUN_BEFORE)) add(match[1], match[0]);
    for (const match of text.matchAll(FIRM_APPOSITION)) {
      // "According to Col. Labbé, a non-Canadian company …": a person's title, not a sentence's end, before the name.
      // "Traditionally, a startup might win …": a sentence adverb before its comma, not a firm (a scout's page, session 23).
      if (SENTENCE_ADVERB.test(match[1]!)) continue;
      // "6 River Systems, a warehouse-tech company": the name begins with the number, which a name word cannot.
      if (/(?:^|[^\p{N}])\p{N}{1,2}\s$/u.test(text.slice(Math.max(0, match.index - 8), match.index + match[0].indexOf(match[1]!)))) continue;
      if (!HONORIFIC_BEHIND.test(text.slice(Math.max(0, match.index - 12), match.index + match[0].indexOf(match[1]!)))) add(match[1], match[0]);
    }
    for (const match of text.matchAll(FIRM_LEGAL_FORM)) add(match[1], match[0]);
    for (const match of text.matchAll(ROLE_AT_FIRM)) {
      // A name ends at a line's end: a heading or the next paragraph starts there.
      const lineEnd = match[1]!.indexOf('\n');
      const name = lineEnd === -1 ? match[1]! : match[1]!.slice(0, lineEnd);
      // The name ends at a punctuation mark or the line's end, checked once the longest name is taken (a look-ahead
      // would shorten it instead): "the CEO of Tesla Elon Musk said" goes on into a person, "Red 6 Inc." into a number.
      const nameEnd = match.index + match[0].length - match[1]!.length + name.length;
      if (!ROLE_NAME_ENDS.test(text.slice(nameEnd, nameEnd + 2))) continue;
      // Whole as written: a name `cleanName` would cut ("partner at Harmony Fund" → "Harmony") is not taken.
      if (cleanName(name) !== name.replace(/\s+/gu, ' ')) continue;
      // An acronym alone may be an agency's ("CEO of ARIA", "chief executive of UKRI"): only a name with a word of its own.
      // A department, by its last word ("CEO of Operations at Tawazun" is cut before "at"; "Director of National Intelligence").
      if (INSTITUTION_LAST_WORD.test(` ${name}`) || /^\p{Lu}{2,6}$/u.test(name) || inSet(DEPARTMENTS, name.slice(name.lastIndexOf(' ') + 1))) continue;
      add(name, text.slice(match.index, nameEnd));
    }
    for (const match of text.matchAll(FIRM_LAST_WORD)) {
      // A title in quotation marks is a work's, capitalised as titles are ("New Tools for Governing Emerging Technologies").
      const at = match.index + match[0].indexOf(match[1]!);
      if (insideQuotes(text, at) || insideSingleQuotes(text, at)) continue;
      // An event's name ("NDIA Emerging Technologies for Defense Conference": a scout's page, session 24).
      const after = text.slice(match.index + match[0].length, match.index + match[0].length + 60);
      if (/^\s+(?:(?:for|of|in|on)\s+(?:\p{Lu}[\p{L}\p{N}-]*\s+){1,3})?(?:Conference|Summit|Expo|Forum|Symposium|Congress|Show|Week|Awards?)\b/u.test(after)) continue;
      // Holdings of an asset ("Gold Holdings", "Bitcoin Holdings"), and a place's capital of something ("France's
      // Gastronomy Capital", "Europe's Drone Capital"): a break-it review, session 25.
      if (/(?:^|\s)(?:Gold|Treasury|Bitcoin|Crypto|Equity|Land|Property|Cash|Dollar|Bond|Share|Stock|Currency|Reserve)\s+Holdings$/u.test(match[1]!)) continue;
      if (/['’]s?\s+(?:\S+\s+)?Capital$/u.test(text.slice(Math.max(0, at - 30), at + match[1]!.length))) continue;
      // Inside a longer name: "Centre for Ocean Ventures & Entrepreneurship" (a scout's page, session 29).
      // So is a federation's, a chamber's or a union's: "The Federation of Egyptian Industries" (a scout's page, session 31).
      if (/\b(?:Centre|Center|Institute|School|College|University|Council|Office|Department|Ministry|Agency|Foundation|Association|Society|Academy|Museum|Bureau|Directorate|Laboratory|Hub|Federation|Confederation|Chamber|Union|League|Guild)\s+(?:for|of)\s+(?:the\s+)?$/u.test(text.slice(Math.max(0, at - 30), at))) continue;
      add(match[1], match[1]!);
    }
    /** `roundNamed`: the words themselves say a round is meant ("new backers", "also participated", "the round was led by"). */
    const investor = (raw: string | undefined, at: number, end: number, roundNamed = false) => {
      const name = cleanName(raw);
      const from = text.indexOf(raw!, at);
      if (!name || !INVESTOR_NAME.test(name) || PERSON_NAME_GOES_ON.test(text.slice(from + raw!.length, end + 40)) || PERSON_NAME_BEFORE.test(text.slice(Math.max(0, from - 30), from))) return;
      // The sentence, or for words that name a round themselves the one before it: press releases name the round,
      // then who took part ("… raised $30 million in a Series A. The round was co-led by Atomico …": a newcomer's
      // trial, session 18). Not "joined by" or "backed by", which say nothing of a round.
      const [start, stop] = sentenceBounds(text, at, end);
      const roundBefore = () => start > 0 && FUNDING_SENTENCE.test(text.slice(...sentenceBounds(text, start - 2, start - 2)));
      if (FUNDING_SENTENCE.test(text.slice(start, stop)) || (roundNamed && roundBefore())) add(name, text.slice(at, end));
    };
    // Every sentence read below is part of this text: a text that names no round of funding has no investor to
    // read, and most texts are spared the three scans that follow.
    const roundInText = FUNDING_SENTENCE.test(text);
    for (const match of roundInText ? text.matchAll(INVESTOR_AFTER) : []) {
      // "led by" names a lead investor after the round it led ("a round led by Lakestar", "the round, led by …").
      if (/led\s+by|menée?\s+par|conduite\s+par/iu.test(match[1]!) && !ROUND_BEFORE.test(text.slice(Math.max(0, match.index - 60), match.index))) continue;
      const roundNamed = /led\s+by|participation|investors|backers/iu.test(match[1]!);
      investor(match[2], match.index, match.index + match[0].length, roundNamed);
    }
    for (const match of roundInText ? text.matchAll(INVESTOR_BEFORE) : []) investor(match[1], match.index, match.index + match[0].length, true);
    // The firm that raised the round, named as investors are (`INVESTOR_NAME`: "Quarrystone", not "Jane Doe").
    for (const match of roundInText ? text.matchAll(RAISER) : []) {
      // A founder's surname, which the text also writes after a first name ("Marta Lindqvist … Lindqvist raised €4.2
      // million in a seed round": a break-it review, session 30), is a person's.
      if (surnameInText(text, match[1]!)) continue;
      investor(match[1], match.index, match.index + match[0].length);
    }
    for (const match of roundInText ? text.matchAll(INVESTORS_TAKING_PART) : []) {
      investor(match[1], match.index, match.index + match[0].length, true);
      investor(match[2], match.index, match.index + match[0].length, true);
    }
  }
  let listEnd = -Infinity;
  for (const match of lists) {
    // Introduced as firms (a jury or a delegation, "Anna Schmidt (Germany), Jean Dupont (France) …", is
    // people), or going on from such a list past an item too long to read as a name.
    const goesOn = match.index - listEnd < 80 && LIST_GOES_ON.test(text.slice(listEnd, match.index));
    if (!goesOn && !LIST_OF_FIRMS.test(text.slice(Math.max(0, match.index - 160), match.index))) continue;
    listEnd = match.index + match[0].length;
    for (const name of placedListNames(match[0])) add(name, match[0]);
  }
  return found;
}

/**
 * Whether a one-word name is written somewhere in the text after a capitalised word that is no opener, place or
 * title: a first name ("Marta Lindqvist"), so the name alone is a person's surname.
 */
function surnameInText(text: string, name: string): boolean {
  if (/\s/u.test(name)) return false;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  for (const match of text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}+)\s+${escaped}(?![\p{L}\p{N}])`, 'gu'))) {
    const before = match[1]!;
    if (!inSet(OPENERS, before) && !inSet(PLACES, before) && !GERMAN_FIRM_NOUN.test(before)) return true;
  }
  return false;
}

/**
 * What a page says is no firm: "Homeward Bound Veterans, a registered charity", "the charity Blesma", "Greyfriars,
 * a set of barristers' chambers". A later "chief executive of Homeward Bound Veterans," names the charity again, not
 * a firm (a newcomer's trial, session 30; the guidelines: NGOs are not firms).
 */
const NOT_A_FIRM_NOUN = String.raw`(?:charity|charities|non-profit|nonprofit|not-for-profit|NGO|foundation|think\s+tank|think-tank|trade\s+union|union|association|university|campaign\s+group|advocacy\s+group|pressure\s+group|volunteer\s+group|chambers|club)`;
const NOT_A_FIRM_APPOSITION = new RegExp(
  String.raw`${APPOSITION_HEAD}(?:a|an|the)\s+(?:(?!${APPOSITION_BREAK}\s)[\p{L}\p{N}’'\-]+\s+){0,4}?${NOT_A_FIRM_NOUN}\b(?![-‐])(?!\s+(?:spin-?outs?|spin-?offs?|start-?ups?|makers?|compan(?:y|ies)|firms?)\b)`,
  'gu',
);
const NOT_A_FIRM_BEFORE = new RegExp(String.raw`\b(?:the|[Tt]he)\s+(?:veterans['’]?\s+|military\s+|armed\s+forces\s+)?(?:charity|non-profit|nonprofit|NGO|foundation|think\s+tank|trade\s+union)\s+(${NAME})`, 'gu');

/** The names `text` introduces as no firm (a charity, an NGO, a think tank, a union, a university, a club), as `cleanName` reads them. */
export function nonFirmNamesIntroduced(text: string): string[] {
  if (titleCase(text)) return [];
  const names: string[] = [];
  for (const match of [...text.matchAll(NOT_A_FIRM_APPOSITION), ...text.matchAll(NOT_A_FIRM_BEFORE)]) {
    const name = cleanName(match[1]);
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/**
 * A news dateline: a place in capitals at a line's start, then maybe a date, then an agency in brackets or a
 * dash ("ABU DHABI, Feb 17 (Reuters) -", "KYIV (AP) —"). After a headline that ends in a firm noun ("… with
 * Emirati company"), it read as that company's name (a scout's page, session 26).
 */
const DATELINE = /(^|\n)(\p{Lu}[\p{Lu}.'’ -]{1,40}?)(?=(?:,[^\S\n]*[^\n(—–]{1,30}?)?[^\S\n]*(?:\((?:Reuters|AFP|AP|dpa|Bloomberg|PAP|ANI|PTI|Xinhua|Yonhap|IANS|WAM|SPA|Kyodo|UNN|Ukrinform|BTA|TASR|CTK|ANSA|EFE)\)|[—–]|-[^\S\n]))/gu;

/** The text with its datelines' places blanked (same length), so that no rule reads them as names. */
function withoutDatelines(text: string): string {
  return text.includes('\n') || /^\p{Lu}{2}/u.test(text) ? text.replace(DATELINE, (_, start: string, place: string) => start + ' '.repeat(place.length)) : text;
}

/** The name at `at` in `text` (a list item after a firm), or undefined when no name starts there. */
export function nameAt(text: string, at: number): string | undefined {
  const match = new RegExp(`^${NAME}`, 'u').exec(text.slice(at, at + 80));
  return match ? cleanName(match[0]) : undefined;
}

function cleanName(raw: string | undefined, placed = false): string | undefined {
  if (!raw) return undefined;
  // An elided article before a lower-case word is a sentence's first word, not a name ("L’exemple de SiPearl …",
  // after a heading that ends in "start-up": a scout's page, session 31); "L’Oréal" keeps its capital.
  if (/^(?:[CDJLMNST]|Qu|[DNSA]ell|[DS]all|Sull|All)['’]\p{Ll}/u.test(raw.trim())) return undefined;
  let parts = raw.trim().split(/\s+/);
  // A leading possessive belongs to someone else ("Britain's Brightfoil"); a trailing one is the firm's.
  const owner = parts.findIndex((w, i) => i < parts.length - 1 && /[’']s?$/u.test(w));
  if (owner >= 0) parts = parts.slice(owner + 1);
  parts = parts.map((w, i) => (i === parts.length - 1 ? w.replace(/[’']s?$/u, '') : w));
  // "Birmingham-based Kratos SRE", "Sequoia-backed Quobly": the firm is after its description.
  while (parts.length > 0 && (inSet(OPENERS, parts[0]!) || /-(?:based|headquartered|backed|funded|owned|listed|born)$/iu.test(parts[0]!))) parts = parts.slice(1);
  // Nor a heading's adverb ("What Actually Moved Capital Last Week": a scout's page, session 31); "Early Game Ventures" is a name.
  if (parts.length > 1 && HEADING_ADVERB.test(parts[0]!)) return undefined;
  // "Das Münchner Start-up Vireon Robotics", "der Bremer Satellitenbauer OHB": a German firm noun (and the place
  // before it) describes the firm named after it (a newcomer's trial, session 18).
  const described = parts.findIndex((w, i) => i < parts.length - 1 && GERMAN_FIRM_NOUN.test(w));
  if (described >= 0) parts = parts.slice(described + 1);
  // Cut where an opener or a title begins ("Quobly In", "Arcturo CEO Jane Doe").
  const cut = parts.findIndex((w) => inSet(OPENERS, w) || inSet(NOT_A_FIRM, w));
  if (cut >= 0) parts = parts.slice(0, cut);
  if (parts[parts.length - 1] === '&') parts = parts.slice(0, -1);
  // A legal form ends the name: the mention takes it, the name is without it ("the companies Alpha Ltd").
  while (parts.length > 1 && /^(?:Inc\.?|Ltd\.?|LLC|GmbH|AG|SAS|AB|Oyj?|ASA|plc|Plc|PLC|Corp\.?|SpA|OÜ|SIA|UAB)$/u.test(parts[parts.length - 1]!)) parts = parts.slice(0, -1);
  if (parts.length === 0) return undefined;
  // A speech's salutation lines ("Distinguished Industry Partners and Guests / Ladies and Gentlemen": a scout's page, session 26).
  if (parts.some((w) => inSet(SALUTATIONS, w))) return undefined;
  // A person's role before a name makes it a person's ("Volunteer Ihor, a furniture maker before the war": a break-it
  // review, session 25).
  if (parts.length > 1 && inSet(PERSON_ROLES, parts[0]!)) return undefined;
  if (parts.some((w) => inSet(PLACES, w))) return undefined;
  // A country is not a firm, whatever the apposition says ("Iran, a major supplier of drones").
  if (parts.every((w) => inSet(COUNTRIES, w) || inSet(US_STATES, w) || inSet(REGIONS, w))) return undefined;
  const name = parts.join(' ');
  if (PLACE_PHRASES.some((place) => plain(name).includes(plain(place)))) return undefined;
  // Not for a name a list gives with its place in brackets: "Industrial Microbes (Alameda, California)" is a name.
  // A gerund opens a headline's or an award's words, not a firm's name ("Localizing Military Industries", "Funding Critical Technologies").
  const describes = (w: string) => inSet(DESCRIPTIVE, w) || /^\p{Lu}\p{Ll}{3,}(?:izing|ising)$/u.test(w);
  // A last word in capitals is a name's own, not a description's ("Space BD", listed with Space One: a blind batch, session 19).
  // Not a technology's, a scheme's or an institution's letters, which describe ("Defense AI", "Digital ID", "Digital NHS":
  // a break-it review, session 25).
  const last = parts[parts.length - 1]!;
  const ownLast = parts.length > 1 && /^\p{Lu}{2,4}$/u.test(last) && !DESCRIBING_LETTERS.test(last) && !inSet(PLACES, last);
  // "Venture Capital" names the trade, not a firm ("Venture Capital Investments": a dev article, session 30).
  const describesAt = (w: string, i: number) => describes(w) || (w === 'Capital' && parts[i - 1] === 'Venture');
  if (!placed && !ownLast && parts.slice(0, -1).every(describesAt) && (parts.length > 1 || inSet(DESCRIPTIVE, parts[0]!))) return undefined;
  // One capital letter, or a two-letter word, says too little to stand for a firm; a firm word alone is no
  // firm's name ("Das Capital des Unternehmens", "Die Ventures-Sparte": a second break-it review, session 18).
  if (name.length < 3 || /^(?:Capital|Ventures|Robotics|Aerospace|Technologies|Dynamics|Labs|Industries|Partners|Group|Systems|Holdings)$/u.test(name)) return undefined;
  // A joint venture is a kind of firm, not one's name ("eines Joint Ventures der deutschen Firma …": a scout's page, session 24).
  if (/^Joint Ventures?$/u.test(name)) return undefined;
  return name;
}

/**
 * Whether the name ending at `end` is a person's, by what follows it: a surname's particles and the rest of
 * the name, then an apposition of a role ("José Vicente de los Mozos, the group's CEO", "Jane Doe, chief
 * executive of …") or "who" ("and Smith, who runs data science at the company"). A list of firms goes on
 * after a firm, never after a person.
 */
export function personNamedBefore(text: string, end: number): boolean {
  return PERSON_AFTER.test(text.slice(end, end + 100));
}

const PERSON_AFTER = new RegExp(
  String.raw`^(?:\s+(?:de|del|della|di|da|do|dos|das|du|van|von|der|den|la|le|los|las|bin|ibn|al|y|e)\b|\s+\p{Lu}[\p{L}’'\-]+)*(?:,\s+\d{1,3},|,?\s+who\s+(?:is|was|has|had|said|told|led|ran|founded|built|won|made|began|\p{Ll}+s|\p{Ll}+ed)\b|,\s+(?:(?:the|its|his|her|their|our|a|an|\p{Lu}[\p{L}]+['’]s)\s+)?(?:(?!(?:whose|which|that|who|of|at|for|with|in|on|to|from|by|and|or)\b)[\p{L}’'\-]+\s+){0,3}?(?:CEO|CTO|CFO|COO|chief|chairman|chairwoman|chairperson|chair|founder|co-founder|cofounder|president|director|head|minister|secretary|spokesman|spokeswoman|spokesperson|managing|professor|manager|officer|analyst|ambassador|commander|colonel|senator|governor|MP|investor(?=\s+at\b)|pilot|soldier|engineer|volunteer|former|general(?!\s+(?:contractor|purpose|partner|aviation|public))|(?:Vice-)?(?:Chief|Chairman|Chairwoman|Chairperson|Chair|Founder|Co-founder|President|Director|Head|Minister|Secretary|Spokesperson|Professor|Manager|Officer|Ambassador|Commander|Governor))\b)`,
  'u',
);

/**
 * The items of a list of firms laid out one to a line or a block (bullets, table rows): each a name and
 * its place in brackets at the line's start, then what it got ("• Genomatica (San Diego, California):
 * $1.51 million for …"), named only when the brackets name a known place and the list was introduced
 * as firms ("The companies selected are:") before its first item, in this text or, with `open`, the
 * texts before it (a blind batch, session 16: awardees one to a bullet, which the reading of a list
 * within one sentence could not see). Returns the names and whether the list is still open after the text.
 */
export function bulletedFirms(text: string, open: boolean): { names: string[]; open: boolean } {
  const names: string[] = [];
  for (const line of text.split('\n')) {
    if (!/\S/u.test(line)) continue;
    const match = BULLETED_ITEM.exec(line);
    const name = match && placedListNames(`${match[1]} (${match[2]})`).length === 1 ? cleanName(match[1], true) : undefined;
    if (match) {
      // An item that is no firm (a university, a site) is passed over; the list goes on.
      if (name && open && !INSTITUTION_WORD.test(name)) names.push(name);
      continue;
    }
    // Any other line closes the list ("Judging panel:"), unless it opens one of firms.
    open = FIRM_LIST_OPENER.test(line.trimEnd());
  }
  // A text of items leaves the list open for the next one (one item to a block).
  return { names, open };
}

/**
 * A line that introduces firms one to a line: a firm noun, then "are", "include", a colon or a dash at its end
 * ("The companies selected are:", "The companies selected for the programme are"). Not bare "selected",
 * "winners" or "finalists": a break-it review (session 16) had people, sites and products listed so.
 */
const FIRM_LIST_OPENER = new RegExp(
  String.raw`\b(?:compan(?:y|ies)|firms?|start-?ups?|scale-?ups?|SMEs|businesses|suppliers|contractors|vendors|manufacturers|entreprises|sociétés|PME|Unternehmen|Firmen|Hersteller)\b[^.!?;]{0,60}?(?:\b(?:are|were|include|includes|included|namely|sont|sind)\b|[:—–])\s*$`,
  'iu',
);

/** Words of institutions and places a list of firms may still hold: never a firm of the page. */
const INSTITUTION_WORD = /\b(?:University|Universität|Université|Institute|Institut|College|School|Academy|Tech|Fort|Camp|Base|Range|Airfield|Arsenal|Office|Hospital|Museum)\b/u;

const BULLETED_ITEM = new RegExp(String.raw`^\s*(?:[•·▪◦*►▸➤✓‣○●\-–—]\s*|\d{1,2}[.)]\s+)?(${NAME})\.?\s+\((${BRACKET_PLACE})\)\s*(?:[:—–,-]|(?:will|has|have|is|was|won|wins|gets|got|received|receives)\b)`, 'u');
