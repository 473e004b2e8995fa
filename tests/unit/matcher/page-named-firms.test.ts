import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { bulletedFirms, firmNamesIntroduced, nameAt, nonFirmNamesIntroduced, pageFirmName, personNamedBefore } from '../../../utils/matcher/page-named-firms';

describe('firmNamesIntroduced', () => {
  it('reads the ways articles introduce a firm: a firm noun before it, an apposition, a legal form, a firm word at its end', () => {
    expect(firmNamesIntroduced('The DGA signed with the French start-up Quobly last week.')).toEqual(['Quobly']);
    expect(firmNamesIntroduced('Daniel Ek invests via his family office Antheia, which backs a fund.')).toEqual(['Antheia']);
    expect(firmNamesIntroduced("Lorsque l'équipementier EVA l'a rachetée en 2023.")).toEqual(['EVA']);
    // Not after a German firm noun: every German noun is capitalised, and the next word may be an object.
    expect(firmNamesIntroduced('Anfangs produzierte das Start-up Lichtteppiche für Filmsets.')).toEqual([]);
    expect(firmNamesIntroduced('Partner ist die Carpetlight GmbH aus Berlin.')).toEqual(['Carpetlight']);
    expect(firmNamesIntroduced('Nordic Air Defence, a startup building interceptors, raised money.')).toEqual(['Nordic Air Defence']);
    expect(firmNamesIntroduced('The partners are Kort Oy and Skyassist Ltd.')).toEqual(['Kort', 'Skyassist']);
    expect(firmNamesIntroduced('Backers include Lightning Ventures and MW Capital.')).toEqual(['Lightning Ventures', 'MW Capital']);
  });

  it('reads the firm that raised a round, and a firm described by a relative clause (a newcomer’s trial, session 30)', () => {
    expect(firmNamesIntroduced('Quarrystone raised €4.2 million in a seed round.')).toEqual(['Quarrystone']);
    expect(firmNamesIntroduced('Kiviloom closed a €38 million Series B led by Lakestar.')).toEqual(['Lakestar', 'Kiviloom']);
    expect(firmNamesIntroduced('Kiviloom, the Tallinn-based start-up that builds loitering munitions, hired.')).toEqual(['Kiviloom']);
    // Not a person, a country, a charity, nor a sentence's subject after an opener.
    expect(firmNamesIntroduced('Jane Doe raised $5 million in a seed round.')).toEqual([]);
    // A founder's surname the text writes after her first name (a break-it review, session 30).
    expect(firmNamesIntroduced('Marta Lindqvist left the army. Lindqvist raised €4.2 million in a seed round.')).toEqual([]);
    expect(firmNamesIntroduced('Estonian Quarrystone grows. Quarrystone raised €4.2 million in a seed round.')).toEqual(['Quarrystone']);
    expect(firmNamesIntroduced('Germany raised €5 billion in funding.')).toEqual([]);
    expect(firmNamesIntroduced('The charity raised £2 million in funding this year.')).toEqual([]);
    expect(firmNamesIntroduced('Meanwhile, the company that won the contract said so.')).toEqual([]);
    expect(firmNamesIntroduced('Nina Shah KC, a partner at Greyfriars Chambers, said so.')).toEqual([]);
    // Advisers named by their trade are incidental, not defence firms.
    expect(firmNamesIntroduced('It hired the law firm Caldwell Pryce and the PR firm Brunswick.')).toEqual([]);
  });

  it('reads what a page says is no firm: a charity, an NGO, a think tank (a newcomer’s trial, session 30)', () => {
    expect(nonFirmNamesIntroduced('Homeward Bound Veterans, a registered charity, helps soldiers.')).toEqual(['Homeward Bound Veterans']);
    expect(nonFirmNamesIntroduced('Funds went to the charity Blesma and to Quobly, a start-up.')).toEqual(['Blesma']);
    expect(nonFirmNamesIntroduced('Quobly, a start-up, raised money.')).toEqual([]);
  });

  it('reads an investment firm by its last word "Investments", not the trade or the economy (a dev article, session 30)', () => {
    expect(firmNamesIntroduced('At Fortech Investments, managing partner Valentin Filip says so.')).toEqual(['Fortech Investments']);
    expect(firmNamesIntroduced('Venture Capital Investments in Germany rose.')).toEqual([]);
    expect(firmNamesIntroduced('Foreign Direct Investments rose in 2025.')).toEqual([]);
    expect(firmNamesIntroduced('Public Investments Fund backed it.')).toEqual([]);
    // Nor a sector's name or its plan's (a scout's page, session 30).
    expect(firmNamesIntroduced('It implements the Malaysian Aerospace Industry Blueprint (MAIB) 2030.')).toEqual([]);
  });

  it('reads the firm a person leads: a founder, chief executive, managing director, general manager or partner "of" or "at" it (a dev batch, session 29)', () => {
    expect(firmNamesIntroduced('Speakers included Nils Berger, founder and CEO of Viewpointsystem; and Andreas Verbruggen, co-founder and Chief Executive Officer of Fiducial.')).toEqual([
      'Viewpointsystem',
      'Fiducial',
    ]);
    expect(firmNamesIntroduced('Osman Celik, General Manager of Vakif Katilim Bank, and Giuseppe Lacerenza, partner at Keen, spoke.')).toEqual(['Vakif Katilim Bank', 'Keen']);
    expect(firmNamesIntroduced('Daniel Robinson is the CEO and co-founder of Red 6 Inc., which trains pilots.')).toEqual([]);
    expect(firmNamesIntroduced('Jane Roe, a partner at Northwind Capital\nBuying Canadian')).toEqual(['Northwind Capital']);
    // After "with", a person's name may follow the firm's: the role is read only as an apposition (a scout's page, session 29).
    expect(firmNamesIntroduced('The deal was signed with CEO of Altair Infrasec Anil Anand.')).toEqual([]);
    expect(firmNamesIntroduced('Jane Roe, CEO of Altair Infrasec, said so.')).toEqual(['Altair Infrasec']);
    expect(firmNamesIntroduced('Rini Bansal, director of Carbon Light; and Dr Nagendra Babu Samineni, MD of Unistring Tech.')).toEqual(['Unistring Tech']);
    expect(firmNamesIntroduced('The Director of National Intelligence, the Executive Director of Arcturo Labs and the director of Research spoke.')).toEqual(['Arcturo Labs']);
  });

  it('leaves think tanks, NGOs, labs, agencies and people, and names that run on or would be cut (a break-it review, session 29)', () => {
    for (const text of [
      'Bronwen Maddox, director of Chatham House, spoke.',
      'Eliot Higgins, founder of Bellingcat, spoke.',
      'David Barnea, director of Mossad, spoke.',
      'Rear Adm. Jane Doe, director of Surface Warfare, spoke.',
      'The CEO of Tesla Elon Musk said Starlink would stay.',
      'Carrie Symonds, the partner of Boris Johnson, spoke.',
      'John Smith, a partner at Harmony Fund, spoke.',
      'The director of Human Rights Watch’s arms division spoke.',
      'Yevgeny Prigozhin, the founder of Wagner, died.',
    ]) {
      expect(firmNamesIntroduced(text), text).toEqual([]);
    }
  });

  it('leaves a role of an institution, a department, a possessive, or the start of a longer name', () => {
    expect(
      firmNamesIntroduced(
        "The CEO of Britain's largest drone maker spoke, as did the founder of Women in Defence, the chief executive of UKRI, the CEO of Defence Digital Agency and Shareef Al Hashmi, CEO of Operations at Tawazun.",
      ),
    ).toEqual([]);
  });

  it('leaves a firm word inside an institution’s longer name (a scout’s page, session 29)', () => {
    expect(firmNamesIntroduced('The hub sits at the Centre for Ocean Ventures & Entrepreneurship in Halifax.')).toEqual([]);
    expect(firmNamesIntroduced('Backers include Lightning Ventures and MW Capital.')).toEqual(['Lightning Ventures', 'MW Capital']);
  });

  it('reads a list of firms with their places in brackets: award recipients, a cohort', () => {
    const recipients =
      'This round’s recipients are: Air Protein (San Leandro, California); Algenesis Corporation (San Diego); Bluestem Biosciences (Omaha,\n' +
      'Nebraska); Eastern Tennessee State University Research Corporation (Johnson City, Tennessee); Erg Bio\n(Dublin, California); and Savor Foods (San Jose, California).';
    // The university is an institution; the list goes on past its name, too long to read as a firm's.
    expect(firmNamesIntroduced(recipients)).toEqual(['Air Protein', 'Algenesis Corporation', 'Bluestem Biosciences', 'Erg Bio', 'Savor Foods']);
    expect(firmNamesIntroduced('The ten start-ups selected include ARX Robotics (Germany), Tekever (Portugal) and Quobly (France).')).toEqual(['ARX Robotics', 'Tekever', 'Quobly']);
  });

  it('leaves lists of people with their places or parties, and lists of two', () => {
    expect(firmNamesIntroduced('The jury: Anna Schmidt (Germany), Jean Dupont (France) and Piet Jansen (Netherlands) met in Brussels.')).toEqual([]);
    expect(firmNamesIntroduced('The companies were praised by Jane Doe (D-Calif.), John Roe (R-Texas) and Ann Poe (D-N.Y.) at the hearing.')).toEqual([]);
    expect(firmNamesIntroduced('The companies Alpha Ltd and the start-ups Zeta (Berlin) and Eta (Munich) met.')).toEqual(['Zeta', 'Alpha']);
    // Firms named a sentence before, or a list that is not of them (a break-it review).
    expect(firmNamesIntroduced('The 12 companies will pitch to a jury. The jury: Anna Schmidt (Germany), Jean Dupont (France) and Piet Jansen (Netherlands).')).toEqual([]);
    expect(firmNamesIntroduced('The companies will visit Austin (Texas), Boulder (Colorado) and Huntsville (Alabama) next month.')).toEqual([]);
    // Brackets that are not places: a year, a ticker.
    expect(firmNamesIntroduced('Suppliers: Orbix (2023), Quell (Nasdaq: QLL) and Sarno (2024) were named.')).toEqual([]);
  });

  it('drops a possessive, an opener, people’s titles, places and descriptive words', () => {
    expect(firmNamesIntroduced('It backed the startup Quobly’s second round.')).toEqual(['Quobly']);
    expect(firmNamesIntroduced('the company Chief Executive John Smith said')).toEqual([]);
    expect(firmNamesIntroduced('every company United States officials named')).toEqual([]);
    expect(firmNamesIntroduced('The fund backs Defense Technologies and Quantum Technologies broadly.')).toEqual([]);
    // A last word in capitals is the name's own: "Space BD" is a firm, "Defense AI" still two descriptive words.
    expect(firmNamesIntroduced('The Japanese start-up Space BD won the launch.')).toEqual(['Space BD']);
    expect(firmNamesIntroduced('The start-up Defense AI and the firm Space US met.')).toEqual([]);
    expect(found('Military drones: Palantir and Digital ID were named; Digital ID will cut fraud.')).not.toContain('Digital ID:page-firm:Digital ID');
    expect(firmNamesIntroduced('the firm said on Monday that the company had grown')).toEqual([]);
  });
});

const matcher = compileMatcher({
  version: 'test',
  topicWords: ['defence', 'military', 'drones', 'start-up', 'tech', 'software', 'research'],
  topicThreshold: 2,
  aliases: [
    { entityId: 'unseenlabs', category: 'firm', text: 'Unseenlabs', caseSensitive: true },
    { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
    { entityId: 'tesi', category: 'firm', text: 'Tesi', caseSensitive: true },
    { entityId: 'yc', category: 'program', text: 'Y Combinator', caseSensitive: false },
    { entityId: 'drones', category: 'edt', text: 'drones', caseSensitive: false, generic: true },
  ],
});
const found = (text: string) => matcher.find(text).map((m) => `${m.surface}:${m.entityId}`);

describe('firms the page names but the dataset does not know', () => {
  it('are taken wherever the page uses the name, on a page about defense or technology', () => {
    expect(found('The military start-up Quobly builds drones for defence. Quobly said so.')).toEqual([
      'Quobly:page-firm:Quobly',
      'drones:drones',
      'Quobly:page-firm:Quobly',
    ]);
    // The rule quotes the words that introduced the firm, for the card (a newcomer's trial, session 30).
    expect(matcher.find('The military start-up Quobly builds drones for defence.')[0]?.rule).toBe('named as a firm on this page: “start-up Quobly”');
    expect(matcher.find('Drones: Kort Systems, a drone maker, raised money for defence.').find((m) => m.entityId === 'page-firm:Kort Systems')?.rule).toBe(
      'named as a firm on this page: “Kort Systems, a drone maker”',
    );
  });

  it('need the page to name something of the dataset’s, or to be about defence itself: a page the first look finds nothing on is never annotated', () => {
    const texts = ['The tech start-up Quobly hired staff for software work.', 'Defence start-ups build drones; Quobly too.'];
    // In one batch (a page's text, as the annotator sends it), from the batch's first text on: a caption or an
    // opening paragraph before the first name the dataset knows (a blind batch, session 19: "Barzan Holdings").
    const [first, second] = matcher.session().add(texts);
    expect(first!.map((m) => `${m.surface}:${m.entityId}`)).toEqual(['Quobly:page-firm:Quobly']);
    expect(second!.map((m) => `${m.surface}:${m.entityId}`)).toEqual(['drones:drones', 'Quobly:page-firm:Quobly']);
    // A batch that names nothing of the dataset's stays plain, and a later batch does not reach back to it.
    const session = matcher.session();
    expect(session.add([texts[0]!])[0]).toEqual([]);
    expect(session.add([texts[1]!])[0]!.map((m) => m.entityId)).toEqual(['drones', 'page-firm:Quobly']);
    expect(matcher.session().add([texts[0]!, 'Defence start-ups hire; Quobly too.']).flat()).toEqual([]);
  });

  it('are read on a page about defence innovation that names nothing of the dataset’s: two defence words and one of the field (a dev batch, session 30)', () => {
    // A Swedish science park's panel: every firm on the page is in no dataset.
    const panel = ['A military start-up took centre stage.', 'Niklas Boman, founder and CEO of Seapattern; spoke about defence resilience.'];
    expect(matcher.session().add(panel).flat().map((m) => `${m.surface}:${m.entityId}`)).toEqual(['Seapattern:page-firm:Seapattern']);
    expect(matcher.session().pageNamesOpen).toBe(false);
    // Technology and business words are no defence words, however many: a start-up page stays plain.
    expect(matcher.session().add(['The tech start-up Quobly hired staff for software and research work in defence.']).flat()).toEqual([]);
    // One defence word is not enough either.
    expect(matcher.session().add(['Jane Roe, CEO of Altair Infrasec, spoke at the tech start-up fair on defence.']).flat()).toEqual([]);
    // Nor are defence words without one of the field: war reports, court reports and obituaries name people,
    // charities and units the page-name rules would misread (a break-it review, session 30).
    expect(matcher.session().add(['Jane Roe, CEO of Altair Infrasec, spoke of military research and defence work.']).flat()).toEqual([]);
    // Nor are both kinds of word held apart: no phrase of defence innovation (a break-it review, session 30).
    expect(matcher.session().add(['Koval Industries, a furniture maker, built stretchers for the military.', 'A start-up copied the design; defence officials praised it.']).flat()).toEqual([]);
    expect(matcher.session().add(['Koval Industries, a furniture maker, built stretchers for the military.', 'A defence start-up copied the design.']).flat().map((m) => m.entityId)).toEqual([
      'page-firm:Koval Industries',
    ]);
  });

  it('leave a name the page said is no firm, though a role names it later (a newcomer’s trial, session 30)', () => {
    const texts = ['Homeward Bound Veterans, a registered charity, helps defence start-ups hire veterans.', '“We need jobs,” said Sarah Whitfield, chief executive of Homeward Bound Veterans, at the military drones fair.'];
    expect(matcher.session().add(texts).flat().map((m) => m.entityId)).toEqual(['drones']);
    // Without the charity's description, the role names a firm.
    expect(matcher.session().add([texts[1]!]).flat().map((m) => m.entityId)).toEqual(['page-firm:Homeward Bound Veterans', 'drones']);
  });

  it('leave a quoted title’s words, in single quotes too (a measure’s name is no firm)', () => {
    expect(firmNamesIntroduced("Objective 1.2.1 'Strengthening Research and Introducing Advanced Technologies for Enterprises' of the programme.")).toEqual([]);
    expect(firmNamesIntroduced("Europe's drone makers, such as Skyline Technologies, grew.")).toEqual(['Skyline Technologies']);
  });

  it('read a holding company as a firm, and a region’s business world as no firm', () => {
    expect(firmNamesIntroduced('Abdullah Al-Khater, who heads Barzan Holdings, spoke.')).toEqual(['Barzan Holdings']);
    expect(firmNamesIntroduced('how hard Quebec Inc. is finding it to sell in Europe')).toEqual([]);
    // A firm named after a region is still a firm; a list of prize winners with their provinces is people (a break-it
    // review, session 25).
    expect(firmNamesIntroduced('The start-up Québec Drone Innovations raised money.')).toEqual(['Québec Drone Innovations']);
    expect(firmNamesIntroduced('The finalists are Sarah Chen (Ontario), Marc Tremblay (Quebec) and Priya Patel (Alberta).')).toEqual([]);
    // Holdings of an asset, a place's capital of something, a person's role before a name, descriptive words with capitals.
    expect(firmNamesIntroduced("China's Treasury Holdings fell, and the bank's Gold Holdings rose.")).toEqual([]);
    expect(firmNamesIntroduced("Lyon named France's Gastronomy Capital for 2026")).toEqual([]);
    expect(firmNamesIntroduced('Volunteer Ihor, a furniture maker before the war, checks a frame.')).toEqual([]);
    expect(firmNamesIntroduced('Former contractor Mark Hale says the deal failed.')).toEqual([]);
    expect(firmNamesIntroduced('Ministers met Western Partners and Net Working Capital rules.')).toEqual([]);
  });

  it('are not a sentence’s first word after an elided article, as after a heading that ends in a firm noun', () => {
    // A scout's French page (session 31): the heading "La France choie ses start-up", then "L’exemple de SiPearl …".
    expect(firmNamesIntroduced('La France choie ses start-up\nL’exemple de SiPearl n’est pas isolé.')).toEqual([]);
    expect(firmNamesIntroduced("Il rejoint la start-up d'autres fondateurs.")).toEqual([]);
    // An elided article before a capital is part of the name.
    expect(firmNamesIntroduced('Le fonds a investi dans la start-up L’Atelier Spatial, à Toulouse.')).toEqual(['L’Atelier Spatial']);
  });

  it('are not the words after a federation’s or a chamber’s "of" (a scout’s page, session 31)', () => {
    expect(firmNamesIntroduced('The Federation of Egyptian Industries is taking part for the first time.')).toEqual([]);
    expect(firmNamesIntroduced('The Chamber of the Danish Industries met. Kestrel Robotics exhibited.')).toEqual(['Kestrel Robotics']);
  });

  it('are not a heading’s adverb before a firm word (scouts’ pages, session 31)', () => {
    expect(firmNamesIntroduced('The Carry: What Actually Moved Capital Last Week\nDefence start-ups raised money.')).toEqual([]);
    // A firm's own name may begin so ("Initial Capital", "First Capital": a break-it review, session 31).
    expect(firmNamesIntroduced('The seed fund Initial Capital led the round.')).toEqual(['Initial Capital']);
    expect(firmNamesIntroduced('Early Game Ventures led the round.')).toEqual(['Early Game Ventures']);
  });

  it('read a name in single-quoted speech, unlike one in a quoted title', () => {
    expect(firmNamesIntroduced("'We have ordered 500 interceptors from Kestrel Robotics this month,' the minister said.")).toEqual(['Kestrel Robotics']);
  });

  it('are left plain on a page about something else, and in a first look (probe)', () => {
    expect(found('The bakery start-up Quobly sells bread. Quobly said so.')).toEqual([]);
    const probe = matcher.session({ probe: true }).add(['The military start-up Quobly builds drones for defence.'])[0]!;
    expect(probe.map((m) => m.entityId)).toEqual(['drones']);
  });

  it('take the names listed with a firm the dataset knows, while the list goes on', () => {
    expect(found('Defence start-ups such as Unseenlabs, Reflex CES or Agenium build drones.')).toEqual([
      'Unseenlabs:unseenlabs',
      'Reflex CES:page-firm:Reflex CES',
      'Agenium:page-firm:Agenium',
      'drones:drones',
    ]);
    // An apposition is not a list: a person follows the bare comma.
    expect(found('Military drones matter to defence, said Tesi, Jakob Sandell told us.')).not.toContain('Jakob Sandell:page-firm:Jakob Sandell');
    // A place after a preposition is not a list item.
    expect(found('Military drones for defence: the firm grew beyond Lisbon, and TEKEVER hired.')).toEqual(['drones:drones', 'TEKEVER:tekever']);
    // Nor is a region ending the item before a firm (a break-it review, session 14).
    expect(found('Military drones: one firm builds sensor networks for the Arctic, and TEKEVER hired.')).toEqual(['drones:drones', 'TEKEVER:tekever']);
  });

  it('end before a dotted legal form, which the mention takes whole (a blind batch, session 17: "Alenia Spazio S")', () => {
    expect(found('Military drones for defence: the Italian firm Alenia Spazio S.p.A., based in Rome, builds satellites.')).toContain('Alenia Spazio S.p.A.:page-firm:Alenia Spazio');
    expect(found('Military drones for defence: the start-up Kortexa S.A.S. won a contract.')).toContain('Kortexa S.A.S.:page-firm:Kortexa');
  });

  it('are named by "the firms X and Y", a digit-first name, or "joined by" after "led the round" (a blind batch, session 17)', () => {
    expect(found('Military drones: IT Logika will team up with the firms Integrated Optics and Arx Polaris.')).toEqual(
      expect.arrayContaining(['Integrated Optics:page-firm:Integrated Optics', 'Arx Polaris:page-firm:Arx Polaris']),
    );
    expect(found('Military drones matter, said Taavi Kask, a partner at 2C Ventures.')).toContain('2C Ventures:page-firm:2C Ventures');
    expect(found('Military drones: Industrious Ventures led the round, joined by Sparta Group and others.')).toContain('Sparta Group:page-firm:Sparta Group');
    expect(found('Military drones: in 2024 Lightning Robotics raised money.')).toContain('Lightning Robotics:page-firm:Lightning Robotics');
  });

  it('are not a politician after "the companies", a person described by a trade, or who joined a round-table (a break-it review, session 23)', () => {
    expect(found('Military drones: the companies Trump has courted grew. Trump said so.')).toEqual(['drones:drones']);
    expect(found('Military drones matter, said Palmer Luckey, an American designer of weapons.')).toEqual(['drones:drones']);
    expect(found('Military drones matter: Alberta, a Canadian producer of oil, grew.')).toEqual(['drones:drones']);
    expect(found('Military drones: the minister led the round-table, joined by Rutte. Rutte said so.')).toEqual(['drones:drones']);
    expect(found('Military drones: the general led the round of talks, joined by Senator Smith.')).toEqual(['drones:drones']);
    expect(found('Military drones: often slow. Often, a startup wins a contract.')).toEqual(['drones:drones']);
  });

  it('are not a sentence adverb, a headline’s or an award’s words, a category of firms, or a name cut from its number (scouts’ pages, session 23)', () => {
    expect(found('Military drones: traditionally slow. Traditionally, a startup might win a small contract.')).toEqual(['drones:drones']);
    expect(found('Military drones: the first Annual Military Industries Sector Meeting opened.')).toEqual(['drones:drones']);
    expect(found('Military drones: firms won the Excellence Award in Localizing Military Industries.')).toEqual(['drones:drones']);
    expect(found('Military drones: there are 17,619 scaleup Dual Use Tech companies in NATO countries.')).toEqual(['drones:drones']);
    expect(found('Military drones: he founded 6 River Systems, a warehouse-tech company.')).toEqual(['drones:drones']);
  });

  it('are not the people who made the firms, nor a preposition that opens the sentence (a second break-it review, session 23)', () => {
    expect(found('Military drones: he praised the companies Musk and Bezos built from scratch.')).toEqual(['drones:drones']);
    // A verb with an object is what the firms did (a break-it review, session 24).
    expect(found('Military drones: the firms Arcfield Aero and Nordwind Systems created a joint venture.')).toEqual(
      expect.arrayContaining(['Arcfield Aero:page-firm:Arcfield Aero', 'Nordwind Systems:page-firm:Nordwind Systems']),
    );
    expect(found('Military drones: the companies Kestrel Robotics and Nordwind Labs raised money.')).toEqual(
      expect.arrayContaining(['Kestrel Robotics:page-firm:Kestrel Robotics', 'Nordwind Labs:page-firm:Nordwind Labs']),
    );
    expect(found('Military drones: Alongside Kestrel Robotics, the start-up Vireon Labs raised money.')).toEqual(
      expect.arrayContaining(['Kestrel Robotics:page-firm:Kestrel Robotics', 'Vireon Labs:page-firm:Vireon Labs']),
    );
  });

  it('are not a quoted title’s words (a seed document’s endnote, session 24)', () => {
    expect(found('Military drones: see “Soft Law: New Tools for Governing Emerging Technologies,” a paper.').filter((f) => f.includes('page-firm'))).toEqual([]);
  });

  it('are not an event named after its subject (a scout’s page, session 24)', () => {
    expect(found('Military drones: she spoke at the NDIA Emerging Technologies for Defense Conference last week.')).toEqual(['drones:drones']);
  });

  it('have an id that gives the name back', () => {
    expect(pageFirmName('page-firm:Reflex CES')).toBe('Reflex CES');
    expect(pageFirmName('tekever')).toBeUndefined();
    expect(pageFirmName('page-firm:')).toBeUndefined();
  });
});

describe('a break-it review’s cases (session 8): what is not a firm stays plain', () => {
  const firms = ['Anduril', 'Helsing', 'Palantir', 'Rheinmetall', 'Thales', 'Airbus', 'Saab', 'Founders Fund', 'Shield AI', 'Lux Capital'];
  const reviewMatcher = compileMatcher({
    version: 'test',
    topicWords: ['defence', 'defense', 'military', 'drones', 'start-up', 'startup'],
    topicThreshold: 1,
    aliases: [
      ...firms.map((text) => ({ entityId: text.toLowerCase().replace(/\s+/g, '-'), category: 'firm' as const, text, caseSensitive: true })),
      { entityId: 'drones', category: 'edt', text: 'drones', caseSensitive: false, generic: true },
    ],
  });
  /** Page firms found when the text follows a sentence that puts the page on topic and names a firm. */
  const pageFirms = (text: string) =>
    reviewMatcher
      .session()
      .add(['Military drones from Helsing and Anduril are in demand.', text])[1]!
      .filter((m) => m.entityId.startsWith('page-firm:'))
      .map((m) => m.surface);

  it.each([
    // Sentence openers before a comma (apposition and list rules).
    'Meanwhile, the company is hiring. However, the startup faces competition. Today, the firm employs 200 people.',
    'Meanwhile, Anduril and Helsing announced a deal. Separately, Palantir and Shield AI met.',
    'Enfin, Thales et Airbus signent. Zudem, Helsing und Rheinmetall wachsen.',
    // People in appositions and after person nouns.
    'The round was led, said Jane Doe, the company’s chief executive, by local funds.',
    'It was led by investor Peter Thiel and software developer Linus Torvalds; EU policy maker Andrius Kubilius spoke.',
    'Former NSA contractor Edward Snowden commented.',
    'Ties between Trump and Palantir grew; investors including Peter Thiel and Founders Fund joined.',
    'Verteidigungsminister Boris Pistorius und Rheinmetall unterzeichneten.',
    // Products, weapons and ships.
    // Places, institutions, events.
    'In Bavaria, the company opened a plant. At Eurosatory, the company showed drones.',
    'Helsing and Bavaria signed a deal. Rheinmetall und Österreich, Thales et Amérique latine.',
    'Stanford, the university that spawned the startup, is nearby. DSEI, the defence show where the startup launched, opened.',
    // German nouns after "und".
    'Rheinmetall und Bundesregierung einigten sich. Für Rheinmetall und Anleger war es gut.',
    // Headlines in title case and descriptive phrases.
    'How Venture Capital Is Reshaping Defense Technologies',
    'Experts discussed Political Capital and Computational Fluid Dynamics.',
  ])('nothing in %s', (text) => {
    expect(pageFirms(text)).toEqual([]);
  });

  it.each([
    ["Lorsque l'équipementier Brightfoil l'a rachetée en 2023.", ['Brightfoil']],
    ['La société Arcturo a levé des fonds.', ['Arcturo']],
    ['The drone maker Arcturo CEO Jane Doe said it grew.', ['Arcturo']],
    ["Britain's Brightfoil, a drone start-up, raised money.", ['Brightfoil']],
    // The legal form is the mention's (the guidelines), as it is for the dataset's firms.
    ['The partners are Quillon OÜ, Stravos UAB and Heliomark A/S.', ['Quillon OÜ', 'Stravos UAB', 'Heliomark A/S']],
    // Czech and Slovak forms (a blind batch, session 19).
    ['The partners are Quillon a.s. and Stravos s.r.o. from Brno.', ['Quillon a.s.', 'Stravos s.r.o.']],
    // A break-it review (session 19): "a.s.a.p." is not a legal form.
    ['The partners are Quillon a.s.a.p. and Stravos Ltd from Brno.', ['Stravos Ltd']],
    ['Nordic Air Defence, a startup building interceptors, raised money.', ['Nordic Air Defence']],
    // The firm, not the person or the product beside it.
    ['John Smith, a partner at the venture firm Lightspeed, joined the board.', ['Lightspeed']],
    ['Falcon X, the company’s autonomous interceptor, flew. Switchblade, a loitering munition from drone maker AeroVironment, too.', ['AeroVironment']],
    ['Storm Shadow, the missile from the European company MBDA, was used.', ['MBDA']],
    ['Helsing, the Munich start-up, bought Brightfoil, a Finnish drone maker.', ['Brightfoil']],
  ])('%s names %j', (text, names) => {
    expect(pageFirms(text as string)).toEqual(names);
  });
});

describe('a break-it review’s cases (session 13): people, countries and adjectives are not firms', () => {
  it.each([
    ['Iran, a major supplier of drones to Russia, denied it.', []],
    ['The Arctic, a testing ground for drone makers, froze.', []],
    ['Sarah Whitfield, a fund manager at Jupiter, said so.', []],
    ['James Holt, a start-up founder, said so.', []],
    ['Paella, a firm favourite, was served.', []],
    ['There was a firm Republican commitment to it.', []],
    ['Kort Systems, a drone maker, raised money.', ['Kort Systems']],
    ['the firm Quobly raised money.', ['Quobly']],
    // What a maker or supplier was, or when, makes them a person (a break-it review, session 30).
    ['Mykola, a furniture maker before the war, now assembles drones.', []],
    ['Tom Ashby, a saddle maker by trade, rode on.', []],
    ['Jim Hale, a former defense contractor, said so.', []],
    ['Dmitri Volkanov, a notorious arms supplier, was held.', []],
  ])('%s', (text, names) => {
    expect(firmNamesIntroduced(text)).toEqual(names);
  });
});

describe('a blind batch’s cases (session 16): people are not firms', () => {
  it('reads a full stop after a person’s short title as no sentence’s end', () => {
    expect(firmNamesIntroduced('According to Col. Labbé, a non-Canadian company at the sandbox won a grant.')).toEqual([]);
    expect(firmNamesIntroduced('According to Col Labbé, a non-Canadian company at the sandbox won a grant.')).toEqual([]);
    expect(firmNamesIntroduced('According to Labbé, a non-Canadian company at the sandbox won a grant.')).toEqual([]);
    expect(firmNamesIntroduced('The deal closed. Quobly, a French start-up, won a grant.')).toEqual(['Quobly']);
  });

  it.each([
    ['and José Vicente de los Mozos, the group’s CEO, said', 'and José Vicente', true],
    ['and Jane Doe, chief executive of Quobly, said', 'and Jane Doe', true],
    ['and Smith, who runs data science at the company', 'and Smith', true],
    ['and Quobly, a French start-up, said', 'and Quobly', false],
    // A break-it review (session 16): an age; firms in a list, who all build drones; a firm whose chief spoke.
    ['and Armin Papperger, 61, on behalf', 'and Armin Papperger', true],
    ['and Zentrovia, who all build strike drones', 'and Zentrovia', false],
    ['and Vextrion, whose chief executive told reporters', 'and Vextrion', false],
    ['and Tom Enders, a retired general', 'and Tom Enders', true],
    ['and Palmer Luckey, who founded Anduril', 'and Palmer Luckey', true],
    ['and Oksana Hrytsenko, a former drone pilot', 'and Oksana Hrytsenko', true],
    ['and Plural, an investor in Helsing', 'and Plural', false],
    ['and Leonardo, the Italian prime contractor, said', 'and Leonardo', false],
  ] as const)('reads a name followed by a role as a person’s: %s', (text, name, person) => {
    expect(personNamedBefore(text, name.length)).toBe(person);
  });

  it('leaves a person listed after a firm plain, and takes a firm listed there', () => {
    const matcher = compileMatcher({
      version: 'test',
      topicWords: ['defence', 'military'],
      topicThreshold: 1,
      aliases: [{ entityId: 'indra', category: 'firm', text: 'Indra Group', caseSensitive: false }],
    });
    const pageFirms = (text: string) =>
      matcher
        .find(`Military work. ${text}`)
        .filter((m) => m.entityId.startsWith('page-firm:'))
        .map((m) => m.surface);
    expect(pageFirms('Ángel Escribano, executive chairman of Indra Group, and José Vicente de los Mozos, the group’s CEO, spoke.')).toEqual([]);
    expect(pageFirms('The contract went to Indra Group, and Escribano Mechanical, the Madrid supplier.')).toEqual(['Escribano Mechanical']);
  });
});

describe('a list of firms given one to a line, after a line that introduces them (a blind batch, session 16)', () => {
  it('names each item whose brackets give a place, and only after the introduction', () => {
    const lines = ['  • Genomatica (San Diego, California): $1.51 million for a biorefinery.', '  • Industrial Microbes (Alameda, California): $1.55 million.', '  • The Better Meat Co. (West Sacramento, California): $1.48 million.'];
    expect(bulletedFirms(lines.join('\n'), true)).toEqual({ names: ['Genomatica', 'Industrial Microbes', 'Better Meat Co'], open: true });
    expect(bulletedFirms(['The companies selected are:', ...lines].join('\n'), false).names).toHaveLength(3);
    // Not introduced as firms: a jury, a delegation.
    expect(bulletedFirms(['The judges were:', '  • Anna Schmidt (Berlin, Germany): chair.'].join('\n'), false)).toEqual({ names: [], open: false });
    expect(bulletedFirms(lines[0]!, false).names).toEqual([]);
    // A second break-it review (session 16): winners, sites and universities are not firms; a panel closes the list.
    expect(bulletedFirms(['The winners are:', '• Priya Raman (Austin, Texas): first prize.'].join('\n'), false).names).toEqual([]);
    expect(bulletedFirms(['The companies selected are:', '• Georgia Tech (Atlanta, Georgia): $2 million.', '• Corvane (Reston, VA) will receive $1 million.', 'Judging panel:', '• Maria Alvarez (Arlington, Virginia): chair.'].join('\n'), false).names).toEqual(['Corvane']);
  });

  it('keeps the list open across blocks of items, and closes it at any other block', () => {
    expect(bulletedFirms('The companies selected are:', false)).toEqual({ names: [], open: true });
    expect(bulletedFirms('Run via the consortium, the programme seeks resilient facilities.', true)).toEqual({ names: [], open: false });
  });

  it('makes the items firms of the page in the matcher', () => {
    const matcher = compileMatcher({ version: 'test', topicWords: ['defense', 'military'], topicThreshold: 1, aliases: [{ entityId: 'battelle', category: 'firm', text: 'Battelle', caseSensitive: true }] });
    const seen = matcher
      .session()
      .add(['Seven more defense companies won military awards.', 'The companies selected are:', '• Battelle (Columbus, Ohio): $1.85 million.\n• ZymoChem (San Leandro, California): $1.57 million.', '• Biosphere (Oakland, California): $1.5 million.', 'Later, ZymoChem and Biosphere hired staff.'])
      .flat()
      .map((m) => m.surface);
    expect(seen).toEqual(['Battelle', 'ZymoChem', 'Biosphere', 'ZymoChem', 'Biosphere']);
  });
});

describe('a blind batch’s cases (session 18): investors, subsidiaries, abbreviations, longer names', () => {
  it('reads the investors of a round as firms: who led it, joined it or took part', () => {
    expect(firmNamesIntroduced('Per the press release, Industrious Ventures led the $100 million round, joined by Sparta Group, Long Journey and others.')).toEqual([
      'Industrious Ventures',
      'Sparta Group',
    ]);
    expect(firmNamesIntroduced('Quobly raised €21m in a round led by Lakestar with participation from Point72 and NFX.')).toEqual(['Lakestar', 'Point72']);
  });

  it('reads no investor outside a round’s sentence, nor a person who backs or leads one (a break-it review, session 18)', () => {
    expect(firmNamesIntroduced('The delegation was led by Smith and joined by Jones.')).toEqual([]);
    expect(firmNamesIntroduced('The project, led by Airbus, raised questions.')).toEqual([]);
    // Rounds that are not of funding, and money that is not a round's.
    expect(firmNamesIntroduced('A new round of talks, led by Witkoff and joined by Macron at a roundtable, began.')).toEqual([]);
    expect(firmNamesIntroduced('The militia, backed by Tehran, fired 900 artillery rounds; questions were raised about $4 million in aid.')).toEqual([]);
    expect(firmNamesIntroduced('Scheffler led the third round by four shots; a second round of layoffs, led by Musk, followed.')).toEqual([]);
    // "led by" after a firm is its leader, not a round's lead investor.
    expect(firmNamesIntroduced('Helsing, led by Scherf, raised €600 million in a Series D round.')).toEqual([]);
    // Two plain words are as often a person: individual investors are borderline at most.
    expect(firmNamesIntroduced('The Series A was backed by Peter Thiel; the round was led by Jane Doe.')).toEqual([]);
  });

  it('reads an apposition after the name’s abbreviation, and a name after its description', () => {
    expect(firmNamesIntroduced('We spoke to Quantum Exponential (QE), a venture capital firm from the UK.')).toEqual([]);
    expect(firmNamesIntroduced('We spoke to Sparrow Exponential (SE), a venture capital firm from the UK.')).toEqual(['Sparrow Exponential']);
    expect(firmNamesIntroduced('The third is Birmingham-based Kratos SRE Inc., a supplier.')).toEqual(['Kratos SRE']);
  });

  it('does not read a firm’s word inside a longer name of a committee, a summit or an award', () => {
    expect(firmNamesIntroduced('The pair will set up a Future Aerospace Strategy Committee and attend the Nordic Robotics Summit.')).toEqual([]);
    expect(firmNamesIntroduced('Backers include Lightning Ventures and MW Capital.')).toEqual(['Lightning Ventures', 'MW Capital']);
  });

  it('takes a page firm’s legal form into its mention', () => {
    expect(found('Military drones for defence: Birmingham-based Kratos SRE Inc. won.')).toEqual(['drones:drones', 'Kratos SRE Inc.:page-firm:Kratos SRE']);
  });

  it('does not carry a list of firms on through a programme (a break-it review, session 18: universities and people followed)', () => {
    expect(found('Military drones for defence: partners are TEKEVER, Y Combinator and Stanford.')).toEqual(['drones:drones', 'TEKEVER:tekever', 'Y Combinator:yc']);
  });
});

describe('a newcomer’s trial’s cases (session 18)', () => {
  it('reads new backers and investors taking part in a round, and no person', () => {
    expect(firmNamesIntroduced('Existing investors HV Capital and Airbus Ventures joined the Series B round, as did new backers Kompas VC and Greenoaks.')).toEqual([
      'HV Capital',
      'Airbus Ventures',
      'Kompas VC',
    ]);
    expect(firmNamesIntroduced('The seed round was co-led by Atomico and Northzone, with Speedinvest and Seedcamp also participating.')).toEqual(['Atomico', 'Speedinvest', 'Seedcamp']);
    // A second break-it review (session 18): an amount alone is no round, and a surname after a particle is a person's.
    expect(firmNamesIntroduced('Backed by Republicans, the $900bn bill passed; Zelensky and Rutte also took part in the €5 billion pledging conference.')).toEqual([]);
    expect(firmNamesIntroduced('Ferdinand von Brück led the €5 million seed round; Von der Leyen led the €150 billion SAFE financing round.')).toEqual([]);
    // A final trial (session 18): the round named in the sentence before, for words that name a round themselves only.
    expect(firmNamesIntroduced('Zentra raised $30 million in a Series A. The round was co-led by Atomico, with Speedinvest and Seedcamp also participating.')).toEqual([
      'Atomico',
      'Zentra',
      'Speedinvest',
      'Seedcamp',
    ]);
    expect(firmNamesIntroduced('The seed round closed. Trump said it was good, joined by Vance; Zelensky and Rutte also took part in the summit.')).toEqual([]);
    expect(firmNamesIntroduced('The €5m seed round came alongside investors including Ferdinand von Brück.')).toEqual([]);
    expect(firmNamesIntroduced('The €5m seed round came alongside angel investors including Brightfoil.')).toEqual([]);
  });

  it('drops a German firm noun and the place before it from the name', () => {
    expect(firmNamesIntroduced('Das Münchner Start-up Vireon Robotics, das Drohnen baut, wächst.')).toEqual(['Vireon Robotics']);
  });

  it('leaves a page firm’s short form plain (a second break-it review, session 18: "Thiel Capital" spread to Peter Thiel, "Trident Capital" to the deterrent)', () => {
    expect(found('Military drones for defence: Skyvane Systems, a start-up, raised money. Skyvane will hire.')).toEqual(['drones:drones', 'Skyvane Systems:page-firm:Skyvane Systems']);
  });
});

describe('a second break-it review’s cases (session 18)', () => {
  it.each([
    ['Der Finanzinvestor Affirma Capital beteiligt sich mit 25 Millionen Euro. Auch Neubauer Ventures ist dabei.', ['Affirma Capital', 'Neubauer Ventures']],
    ['Das Capital des Unternehmens soll steigen. Die Ventures-Sparte investiert.', []],
    ['Das Münchner KI-Start-up Vireon Robotics, das seit zwei Jahren Drohnen baut, wächst.', ['Vireon Robotics']],
  ])('%s names %j', (text, names) => {
    expect(firmNamesIntroduced(text)).toEqual(names);
  });
});

describe('a scout’s pages (session 26): datelines, salutations and letters of intent are not firms', () => {
  it('reads no firm in a dateline after a headline that ends in a firm noun', () => {
    expect(firmNamesIntroduced('Qatar’s defence firm Barzan to sign first deal with Emirati company\nABU DHABI, Feb 17 (Reuters) - Barzan Holdings, the strategic investment arm of the ministry, signs deals.')).toEqual([
      'Barzan',
      'Barzan Holdings',
    ]);
    expect(firmNamesIntroduced('Kyiv signs with a drone company\nKYIV (AP) — The drone maker Skyeton said it would grow.')).toEqual(['Skyeton']);
    // A firm at a line's start, with no agency or dash after it, is still a firm.
    expect(firmNamesIntroduced('The deal went to the start-up\nHELSING, which builds AI for defence.')).toEqual(['HELSING']);
  });

  it('reads no firm in armed forces a list of firms runs into (a newcomer’s trial: "… supply the Self-Defense Forces, and Mitsubishi …")', () => {
    expect(nameAt('Self Defense Forces, and Mitsubishi Heavy Industries leads', 0)).toBeUndefined();
    expect(nameAt('Israel Defense Forces and Elbit', 0)).toBeUndefined();
    expect(nameAt('Terra Drone said', 0)).toBe('Terra Drone');
  });

  it('reads no firm in a speech’s salutation lines, nor in a letter of intent’s letters', () => {
    const salutation = 'Past and present leaders of DSTA and MINDEF\nDistinguished Industry Partners and Guests\nLadies and Gentlemen\nI am delighted to join you.';
    expect(firmNamesIntroduced(salutation)).toEqual([]);
    const texts = ['Barzan Holdings and Lockheed Martin signed a Letter of Intent (LOI) on defence innovation and drones.', 'Under the LOI, Barzan Holdings and Lockheed Martin will meet.'];
    const withFirms = compileMatcher({
      version: 't',
      aliases: [
        { entityId: 'barzan', category: 'firm', text: 'Barzan Holdings', caseSensitive: false },
        { entityId: 'lockheed', category: 'firm', text: 'Lockheed Martin', caseSensitive: false },
        { entityId: 'drones', category: 'edt', text: 'drones', caseSensitive: false, generic: true },
      ],
      topicWords: ['defence'],
      topicThreshold: 1,
    });
    expect(withFirms.findAll(texts)[1]!.map((m) => m.entityId)).toEqual(['barzan', 'lockheed']);
  });
});
