import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBundle } from '../../../utils/dataset/build-bundle';
import { DatasetBundleSchema } from '../../../utils/dataset/schema';
import { matcherSpecOf } from '../../../utils/matcher/alias-index';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { formatProblem, validateDataset } from '../../../utils/dataset/validate-dataset';
import { BUNDLE_FILE, META_FILE, readEntityFiles } from '../../../scripts/read-entity-files';

describe('the shipped dataset', () => {
  const { entities, problems } = validateDataset(readEntityFiles());

  it('has no validation problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('gives every entity a source, and every fact and relation a source it lists', () => {
    for (const entity of entities) {
      const ids = new Set(entity.sources.map((s) => s.id));
      expect(entity.sources.length, entity.id).toBeGreaterThan(0);
      for (const ref of [...entity.summarySources, ...entity.facts.map((f) => f.source), ...entity.relations.map((r) => r.source)]) {
        expect(ids.has(ref), `${entity.id} cites ${ref}`).toBe(true);
      }
    }
  });

  it('ships a bundle that is valid and built from the current sources', async () => {
    const shipped = DatasetBundleSchema.parse(JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')));
    const rebuilt = await buildBundle(JSON.parse(readFileSync(META_FILE, 'utf8')), entities);
    expect(shipped.hash).toBe(rebuilt.hash);
    expect(shipped.entities).toEqual(rebuilt.entities);
  });

  it.each([
    ['nato-diana', 'program'],
    ['nato-innovation-fund', 'program'],
    ['european-defence-fund', 'program'],
    ['project-maven', 'program'],
    ['iris2', 'program'],
    ['tekever', 'firm'],
    ['palantir', 'firm'],
    ['artificial-intelligence', 'edt'],
    ['quantum-technologies', 'edt'],
  ])('includes %s (%s) from the seed documents', (id, category) => {
    expect(entities.find((e) => e.id === id)?.category).toBe(category);
  });
});

describe('the shipped dataset’s disambiguation rules', () => {
  const bundle = DatasetBundleSchema.parse(JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')));
  const matcher = compileMatcher(matcherSpecOf(bundle, bundle.entities));
  const found = (text: string) => matcher.find(text).map((m) => `${m.surface}→${m.entityId}`);

  it.each([
    ['Leonardo won a helicopter contract from the Italian army.', ['Leonardo→leonardo']],
    ['Leonardo da Vinci painted in Milan for the defence of the city.', []],
    ['We hiked near Kongsberg in summer.', []],
    ['Spain picked Indra for the radar.', ['Indra→indra']],
    // Its own firm, never Dassault Aviation (the software maker is in the dataset since 1.62.0).
    ['Dassault Systèmes sells defence software.', ['Dassault Systèmes→dassault-systemes']],
    ['NATO’s Diana accelerator picked start-ups.', ['NATO→nato', 'Diana→nato-diana']],
    ['Princess Diana visited NATO headquarters.', ['NATO headquarters→nato']],
    ['Build the project with Apache Maven.', []],
    // A blind batch (session 16): three countries' defence industrial strategies, a film and a drone maker.
    ['Canada’s Prime Minister, Mark Carney, launched the country’s first Defence Industrial Strategy.', ['Defence Industrial Strategy→canada-defence-industrial-strategy']],
    ['Healey said the UK Defence Industrial Strategy puts British suppliers first; the MoD agreed that the Defence Industrial Strategy works.', ['UK Defence Industrial Strategy→uk-defence-industrial-strategy', 'Defence Industrial Strategy→uk-defence-industrial-strategy']],
    ['We watched Skyfall again on Friday night.', []],
    ['Skyfall, the Ukrainian drone maker, opened a plant.', ['Skyfall→skyfall']],
    // A break-it review of them (session 16): other senses beside the firms' context words.
    ['Fortem, the housing repairs contractor, surveyed council roofs with drones.', []],
    ['Kepler’s third law fits the orbit; the Kepler telescope found exoplanets in orbit.', []],
    ['Sheriff Dan Malloy said drones helped the search.', []],
    ['Meta-analyses by Facebook researchers agree.', []],
    ['We rewatched Skyfall, the Bond film, for its drone shots.', []],
    ['The god Indra appears in a Spanish exhibition.', []],
    ['Parrot owners should keep their pet away from drones.', []],
    // A newcomer trial (session 16): Tolkien's sword and seeing stone, a car.
    ['Aragorn drew Andúril while the palantír glowed.', []],
    ['My old Saab 900 broke down again.', []],
    ['Anduril and Palantir won the contract.', ['Anduril→anduril', 'Palantir→palantir']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

describe('the shipped dataset’s technology words in their everyday senses (a break-it review, session 13)', () => {
  const bundle = DatasetBundleSchema.parse(JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')));
  const matcher = compileMatcher(matcherSpecOf(bundle, bundle.entities));
  // One page about defence technology, so the generic words pass the topic gate: what stays plain is
  // turned down by their own rules.
  const onTopic = 'Military drones, defence software and technology research.';
  const found = (text: string) =>
    matcher
      .session()
      .add([onTopic, text])[1]!
      .map((m) => `${m.surface}→${m.entityId}`);

  it.each([
    ['The car gives 500 km of autonomy on a full charge, and patient autonomy matters.', []],
    ['The autonomous Kurdish-led administration and semi-autonomous police met.', []],
    ['A core-and-satellite approach; Saturn’s satellites; satellite galaxies.', []],
    ['Quantum of Solace was on; the lecture covered quantum mechanics.', []],
    ['We heard the drone of the bagpipes.', []],
    ['Russian helicopters fired at a Russian naval group.', []],
    ['We spent a week on the Amazon. Iridium is rare in the Earth’s crust. It was an alphabet soup. Die Damen des TSV gewannen.', []],
    ['Amazon, Iridium, Alphabet and Damen signed.', ['Amazon→amazon', 'Iridium→iridium', 'Alphabet→google', 'Damen→damen']],
    ['It underpins the security, autonomy and resilience of Europe.', []],
    ['Drones need a quantum of patience from their pilots.', ['Drones→uncrewed-systems']],
    ['Training covers AI, cybersecurity, autonomy and foreign ownership.', ['AI→artificial-intelligence', 'cybersecurity→cyber-defence', 'autonomy→autonomy']],
    ['Autonomous drones, military satellites and quantum sensing.', ['Autonomous→autonomy', 'drones→uncrewed-systems', 'satellites→space-technology', 'quantum sensing→quantum-sensing']],
    // A newcomer's trial on a football report and a retailer's results (session 27): sport's and trade's metaphors.
    ['The winger’s hypersonic pace, the chain’s hypersonic growth; a satellite store, a satellite training ground. Critics drone on and on.', []],
    // A break-it review (session 27): real uses beside those exclusions, and a short report's repeated word.
    ['Russia launched drones on about 20 towns; the X3 hypersonic expansion tube; Airbus satellite teams at a satellite training centre.', ['drones→uncrewed-systems', 'hypersonic→hypersonic-technologies', 'Airbus→airbus', 'satellite→space-technology', 'satellite→space-technology']],
    ['A hypersonic glide test, hypersonic start-ups, a satellite launch, and drones on patrol.', ['hypersonic→hypersonic-technologies', 'hypersonic→hypersonic-technologies', 'satellite→space-technology', 'drones→uncrewed-systems']],
    // "cyber" heads closed compounds (session 34), not its everyday senses nor threat vocabulary (the guidelines'
    // negatives) written as one word; "cyber-attacks" keeps "cyber" as before.
    ['Cyberweapons and the Polish cyberprzestrzeni; cyber-attacks rise.', ['Cyberweapons→cyber-defence', 'cyberprzestrzeni→cyber-defence', 'cyber→cyber-defence']],
    ['Cyberbullying, Cyber-Mobbing, cyberpunk, cyberattacks, Cyberangriffe, a Cybertruck and CyberArk licences.', []],
    // German compounds: kit behind a hyphen is the technology (blind dev articles, session 34); policies, bodies,
    // offices, events, shields and everyday senses are not, closed or hyphenated (a break-it review, session 34).
    ['Der Drohnen-Test und die Drohnen-Aufträge der Bundeswehr; die Cyber-Sicherheit der Truppe.', ['Drohnen→uncrewed-systems', 'Drohnen→uncrewed-systems', 'Cyber→cyber-defence']],
    // Units and the area's own work are kit too (a second break-it review, session 34); an association is not.
    ['Der Bericht der Bundeswehr nennt ein Drohnen-Bataillon und die Cyber-Verteidigung, und der Satelliten-Verband der Industrie klagt.', ['Drohnen→uncrewed-systems', 'Cyber→cyber-defence']],
    // A German noun before such a compound is capitalised by grammar, as is a sentence's opener (a second break-it review).
    ['Der Bericht der Bundeswehr warnt, dass Staaten Cyber-Waffen entwickeln und sich vorbereiten. Mit Cyber-Waffen lässt sich ein Stromnetz abschalten.', ['Cyber→cyber-defence', 'Cyber→cyber-defence']],
    ['Die Drohnenverordnung, die Drohnenallianz, der Drohnen-Zar, das Drohnenforum, die Drohnen-Tagung und der Drohnenschutzschild der Bundeswehr.', []],
    ['Die Satellitenstadt, die Weltraumoper und der Roboter-Raum im Museum; die Bundeswehr schweigt.', []],
    // Units, a race, and words that merely end like a tail are the technology (a second break-it review, session 34).
    ['Die Bundeswehr stellt einen Drohnenverband auf; beim Hyperschallwettbewerb führt Russland; das Drohnenzusammenspiel und die Drohnendistanz.', ['Drohnenverband→uncrewed-systems', 'Hyperschallwettbewerb→hypersonic-technologies', 'Drohnenzusammenspiel→uncrewed-systems', 'Drohnendistanz→uncrewed-systems']],
  ])('%s', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });
});

/**
 * A page of texts read in one session by the shipped bundle's matcher, as `surface→entityId`: every mention
 * (`shippedPage`), or what a reader sees by default (`shownOnPage`: umbrella institutions are context, not highlights).
 */
const [shippedPage, shownOnPage] = (() => {
  const bundle = DatasetBundleSchema.parse(JSON.parse(readFileSync(BUNDLE_FILE, 'utf8')));
  const matcher = compileMatcher(matcherSpecOf(bundle, bundle.entities));
  const read = (shownOnly: boolean) => (...texts: string[]) =>
    matcher
      .session()
      .add(texts)
      .flat()
      .filter((m) => !shownOnly || !m.umbrella)
      .map((m) => `${m.surface}→${m.entityId}`);
  return [read(false), read(true)];
})();

describe('the shipped dataset on the pages of a blind batch (session 17)', () => {
  const found = shippedPage;

  it.each([
    // A French page is about defence by its French words: its generic technology words count.
    [["La technologie militaire finlandaise : l'armée achète des micro-satellites pour la défense, observés depuis l'espace."], ['satellites→space-technology', 'espace→space-technology']],
    [["Les États s'engagent, en l'espace de 12 mois, à livrer des obus ; l'espace public est fermé."], []],
    // A German compound naming an office, an event or a policy is not the technology.
    [['Der Chef des Bundeswehr-Weltraumkommandos sprach auf dem Weltraumkongress der Rüstungsindustrie über militärische Satelliten in der Erdumlaufbahn.'], ['Satelliten→space-technology', 'Erdumlaufbahn→space-technology']],
    // Chips, on a page that speaks of semiconductors, wherever they are; not a quantum chip nor a bargaining chip.
    [['Seoul funds semiconductors for military systems: the projects cover chips for small satellites and lock in chip production at home.'], ['semiconductors→semiconductors', 'chips→semiconductors', 'small satellites→space-technology', 'chip→semiconductors']],
    [['Semiconductors aside, the defence firm built a quantum computing chip and used it as a bargaining chip.'], ['Semiconductors→semiconductors', 'quantum computing→quantum-computing']],
    // Technical compounds of "space", and office space based somewhere.
    [['Military satellites: a space-based sensor and a space-grade chip.', 'The start-up found office space based in Leeds.'], ['satellites→space-technology', 'space-based→space-technology', 'space-grade→space-technology']],
    // A break-it review of them (session 17): other senses of the new names and rules.
    [['Drone strike on Eilat: the injured were treated at the Terem urgent care clinic, Terem said.'], []],
    [['Contec, the Schenectady, New York-based company that refurbishes set-top boxes for a satellite TV provider, grew.'], []],
    [['The Caracal battalion, a mixed-gender infantry unit of the Israel Defense Forces, carries Tavor rifles.'], []],
    [['The Scottish Rural Development Programme (SRDP) funds woodland planting. Photo: AFP'], []],
    [['Members book the PT Space through the gym app for one-to-one sessions.'], []],
    [['Astronomers using the HSC camera on the Subaru telescope combined it with data from ESA’s Euclid space telescope.'], []],
    [['When the US Navy launched GEOSAT in 1985, researchers in Lisbon, Portugal, studied its altimetry data.'], []],
    [['DeepX, a Tokyo start-up, uses machine learning and Nvidia chips to automate excavators.'], ['machine learning→machine-learning', 'Nvidia→nvidia']],
    [['Germany’s Federal Office for Defence Procurement, known by its German acronym BAAINBw, buys drones.'], ['BAAINBw→baainbw', 'drones→uncrewed-systems']],
    [['Iride e pupilla cambiano con l’età, come quelle dei satelliti naturali.'], []],
    [['Federal law bars most state and local LEOs from jamming drones; trained LEOs at stadiums could use counter-drone systems.'], ['counter-drone systems→counter-uas']],
    [["Vous êtes à la recherche d'une brioche ? Mettez tout dans le bol du robot. Pour votre sécurité, la technologie des fours aide à rendre les enfants autonomes."], []],
    [["Des satellites militaires pour la défense : dominer l'espace de bataille, l'espace informationnel, et votre espace abonné."], ['satellites→space-technology']],
    // A second break-it review (session 17): saffron farms, and Safran beside Rafael's SPICE bomb.
    [['Le Safran du Quercy : la récolte des pistils commence. Safran et crocus fleurissent.'], []],
    [['Rafael’s SPICE 250 glide bomb and Safran’s AASM Hammer compete for the air force’s defence contract.'], ['Rafael→rafael', 'Safran→safran', 'AASM Hammer→aasm-hammer']],
    [['Taiwan’s semiconductor exports rose as TSMC chips in $2bn; salt and vinegar chips sold out; when the chips are down, chip and PIN works.'], ['semiconductor→semiconductors', 'TSMC→tsmc']],
  ])('%j', (texts, expected) => {
    expect(found(...texts)).toEqual(expected);
  });
});

describe('the shipped dataset on the pages of a blind batch (session 18)', () => {
  const found = shippedPage;

  // A page about defence technology, so the generic words pass the topic gate.
  const onTopic = 'Military drones, defence software and technology research.';
  it.each([
    // "unmanned" alone is the technology on a defence page; an unmanned checkpoint or petrol station is not.
    [[onTopic, 'The firm flew an unmanned fighter jet.', 'The unmanned checkpoint and an unmanned petrol station stayed shut.'], ['drones→uncrewed-systems', 'unmanned→uncrewed-systems']],
    // A break-it review (session 18): "unmanned" said of a place or a post, on a page about technology too.
    [[onTopic, 'The checkpoint was left unmanned; an unmanned railway crossing and an unmanned toll booth; keepers who leave the goal unmanned concede.'], ['drones→uncrewed-systems']],
    [[onTopic, 'The Production Linked Incentive for smartphones and the Production Linked Incentive schemes of 14 sectors.'], ['drones→uncrewed-systems']],
    [[onTopic, 'Deskly sells space sensing for offices; Parking space sensing works the same way. Turning commercial space into offices.'], ['drones→uncrewed-systems']],
    [[onTopic, 'Tokenizer zerlegen Texte nicht in die Buchstaben des Alphabets; für Sprachen mit einem anderen Alphabet gilt das auch.'], ['drones→uncrewed-systems']],
    [[onTopic, 'SAN DIEGO — Anti-drone systems were shown.'], ['drones→uncrewed-systems', 'Anti-drone systems→counter-uas']],
    // A newcomer's trial (session 18): a footballer named Leonardo; a verb and its object.
    [[onTopic, 'A rock-solid defence, while Leonardo Bittencourt scored; Leonardo said its helicopters and Leonardo DRS grew.'], ['drones→uncrewed-systems', 'Leonardo→leonardo', 'Leonardo DRS→leonardo-drs']],
    // A football report's "Leonardo", "defence" its back line; a forward named Safran.
    [['A rock-solid defence held. “Leonardo is in the form of his life,” said the coach. Forward Safran Kaba came on.'], []],
    // A German maker's compound stands before the firm's name, not inside it.
    [[onTopic, 'Der Bremer Satellitenbauer OHB und der Drohnenhersteller Quantum Systems wachsen mit der Bundeswehr.'], ['drones→uncrewed-systems', 'Satellitenbauer→space-technology', 'OHB→ohb', 'Drohnenhersteller→uncrewed-systems', 'Quantum Systems→quantum-systems']],
    [[onTopic, 'A new EDIP to rearm Europe, beside the ReArm Europe plan.'], ['drones→uncrewed-systems', 'EDIP→eu-edip', 'ReArm Europe plan→rearm-europe']],
    // French "puces" are chips only beside words of semiconductors, never at a flea market.
    [[onTopic, 'Défense : le soutien à l’usine de semi-conducteurs vise les puces de pointe.', 'Le marché aux puces de Saint-Ouen ouvre dimanche ; les puces de mon chien.'], ['drones→uncrewed-systems', 'semi-conducteurs→semiconductors', 'puces→semiconductors']],
    // The commercial space market is the space industry; commercial space for rent is an office.
    [['Military drones for defence, and the commercial space market for satellites.', 'The building has commercial space for lease and 2,000 square feet of commercial space.'], ['drones→uncrewed-systems', 'commercial space→space-technology', 'satellites→space-technology']],
    [[onTopic, 'Spaceflight operators won a reprieve from the FAA for their rockets and satellites.'], ['drones→uncrewed-systems', 'Spaceflight→space-technology', 'satellites→space-technology']],
    [['Defence drones: Dstl (the Defence, Science and Technology Laboratory) tested them.'], ['drones→uncrewed-systems', 'Dstl→dstl', 'Defence, Science and Technology Laboratory→dstl']],
  ])('%j', (texts, expected) => {
    expect(found(...texts)).toEqual(expected);
  });
});

describe('the shipped dataset on the pages of a blind batch (session 19)', () => {
  const found = shownOnPage;
  const onTopic = 'Military drones, defence software and technology research.';
  it.each([
    // A security pact as a whole is context, as bare NATO is (the blind labellers' call); its Pillar II is the programme.
    [[onTopic, 'Under AUKUS, Pillar II of AUKUS and the AUKUS Pillar II projects grew.'], ['drones→uncrewed-systems', 'Pillar II of AUKUS→aukus-pillar-ii', 'AUKUS Pillar II→aukus-pillar-ii']],
    // The regulations, not the news agency; the officer's title is a job, the office a programme body.
    [[onTopic, 'ITAR rules bind exporters, ITAR-TASS reported.', 'The Chief Digital and Artificial Intelligence Office is led by its officer.'], ['drones→uncrewed-systems', 'ITAR→itar', 'Chief Digital and Artificial Intelligence Office→cdao']],
    // A break-it review (session 19): the agency's other spellings; the office by its budget documents' name.
    [[onTopic, 'Photo: ITAR-Tass. ITAR TASS and ITAR–TASS reported.', 'The Office of the Chief Digital and Artificial Intelligence Officer (OCDAO) asked; OCDAO said so.'], ['drones→uncrewed-systems', 'Office of the Chief Digital and Artificial Intelligence Officer→cdao', 'OCDAO→cdao', 'OCDAO→cdao']],
    // A firm's or a journal's name is not the technology; the compound is one mention.
    [[onTopic, 'Power Electronics Inc. and IEEE Transactions on Power Electronics; power electronics and wide-bandgap semiconductors matter.'], ['drones→uncrewed-systems', 'power electronics→electromagnetics-and-directed-energy', 'wide-bandgap semiconductors→semiconductors']],
    // Nor is the officer's title the office written with a slip.
    [[onTopic, 'The Chief Digital and Artificial Intelligence Office hired a new Chief Digital and Artificial Intelligence Officer.'], ['drones→uncrewed-systems', 'Chief Digital and Artificial Intelligence Office→cdao']],
    // A newcomer's trial (session 19): a firm's name in a street's or a stadium's, in an e-mail address; "Strategic
    // autonomy" opening a sentence; a commissioner's title. Not in a title-case heading, nor a firm's product or unit.
    [[onTopic, 'The Falcons travel to Anduril Park; the house on Palantir Court; write to tekever@example.org. Anduril and Palantir won.'], ['drones→uncrewed-systems', 'Anduril→anduril', 'Palantir→palantir']],
    [[onTopic, 'Palantir Court Win Clears Way For Army Deal', 'Saab Tower systems and Lockheed Martin Field Services grew.'], ['drones→uncrewed-systems', 'Palantir→palantir', 'Saab→saab', 'Lockheed Martin→lockheed-martin']],
    [[onTopic, 'Strategic autonomy is a slogan. The Commissioner for Defence Industry and Space spoke. Autonomy for drones matters.'], ['drones→uncrewed-systems', 'Autonomy→autonomy', 'drones→uncrewed-systems']],
    // A second break-it review (session 19): capitalised openers of the technical sense stay the technology.
    [[onTopic, 'Full autonomy is the goal for the drone. Our autonomy stack flies it. Political autonomy is a slogan.'], ['drones→uncrewed-systems', 'autonomy→autonomy', 'drone→uncrewed-systems', 'autonomy→autonomy']],
    // "America makes" is a sentence; America Makes the institute. Autonomous resilience is a policy aim.
    [[onTopic, 'America makes drones; America Makes funds printing.', 'Europe wants autonomous resilience and autonomous drones.'], ['drones→uncrewed-systems', 'drones→uncrewed-systems', 'America Makes→america-makes', 'autonomous→autonomy', 'drones→uncrewed-systems']],
    // A newcomer's trial (session 20): a gulf is a place, not the firm; a kitchen's counter space is no counterspace; a
    // Greek region is not the microwave-weapons firm; "lots of space" is room.
    [[onTopic, 'Ships sailed the Saronic Gulf. Saronic Technologies builds boats. The kitchen has plenty of counter space.', 'Drone units train in the Epirus region. The office has lots of space.', 'The firm Epirus sells the Leonidas microwave.'], ['drones→uncrewed-systems', 'Saronic Technologies→saronic', 'Drone→uncrewed-systems', 'Epirus→epirus']],
    // A break-it review of those fixes: the firm in funding news, "of counter-space", a Gulf that is the firm's market.
    [[onTopic, 'Investors in Epirus include 8VC; the chief executive of Epirus showed Leonidas to the Army.', 'China fields an array of counter-space weapons and more counter-space capabilities. Anduril Gulf customers and the Saronic Gulf Coast shipyard grew.'], ['drones→uncrewed-systems', 'Epirus→epirus', '8VC→8vc', 'Epirus→epirus', 'counter-space→space-technology', 'counter-space→space-technology', 'Anduril→anduril', 'Saronic→saronic']],
    // Session 20's vocabulary: the space economy is the sector, but not an office's or a shop's "space economy";
    // an electromagnetic pulse is the field's.
    [[onTopic, 'The space economy grew; the office space economy shrank; an electromagnetic pulse hit.'], ['drones→uncrewed-systems', 'space economy→space-technology', 'electromagnetic pulse→electromagnetics-and-directed-energy']],
    // The guidelines' own example, "space-to-ground links" (a newcomer's trial, session 20).
    [[onTopic, 'The firm sells space-to-ground optical links to militaries.'], ['drones→uncrewed-systems', 'space-to-ground→space-technology']],
  ])('%j', (texts, expected) => {
    expect(found(...texts)).toEqual(expected);
  });
});

describe('the shipped dataset’s written forms in other senses (a second break-it review, session 23; scouts, session 24)', () => {
  const found = shownOnPage;
  const onTopic = 'Military drones, defence software and technology research.';
  it.each([
    // A shouted warning is not the drone maker; the maker still is.
    [[onTopic, 'STARK WARNING: prices rise. STARK, the drone maker, opened a plant.'], ['drones→uncrewed-systems', 'STARK→stark', 'drone→uncrewed-systems']],
    // A NATO trust fund for Ukraine is not the NATO Innovation Fund, which German papers call the NATO-Fonds.
    [[onTopic, 'Berlin zahlt in einen NATO-Fonds für die Ukraine ein. Der NATO-Fonds investiert in Start-ups.'], ['drones→uncrewed-systems', 'NATO-Fonds→nato-innovation-fund']],
    // An accounts line is not the Pentagon's contracting authority.
    [[onTopic, 'Other Transactions are recorded below the line in the income statement.', 'The Army used its Other Transactions authority for prototypes.'], ['drones→uncrewed-systems', 'Other Transactions→other-transaction-authority']],
    // Scouts' written forms (session 24), each beside its everyday sense.
    [[onTopic, 'Please reply ASAP. The ASAP program funds ammunition plants; ASAP money buys shells.'], ['drones→uncrewed-systems', 'ASAP program→eu-asap', 'ASAP money→eu-asap']],
    // A break-it review and a newcomer's trial (session 24): "ASAP" as a word beside ammunition words; NASA's ASAP.
    [[onTopic, 'Ukraine needs more artillery shells ASAP, Zelensky told EU leaders. Send the ammunition numbers ASAP, please.', 'NASA’s ASAP program reviews crew safety.', 'Under ASAP the EU funds ammunition plants.'], ['drones→uncrewed-systems', 'ASAP→eu-asap']],
    // Royal Fleet Auxiliary ships and FEMA requests are not the rocket maker.
    [[onTopic, 'RFA Argus will launch uncrewed boats.', 'FEMA approved the state’s RFA within hours of the rocket attack warning.', 'RFA One will launch from SaxaVord, RFA said.'], ['drones→uncrewed-systems', 'uncrewed→uncrewed-systems', 'RFA→rocket-factory-augsburg', 'SaxaVord→saxavord-spaceport', 'RFA→rocket-factory-augsburg']],
    // Other firms and people sharing a new form's letters.
    [[onTopic, 'Blue Ocean Robotics makes robots.', 'Farsight Security sells threat data.', 'La startup di Fei-Fei Li ha raccolto fondi.', 'Firmato un Protocollo di Intesa con UniCredit.'], ['drones→uncrewed-systems', 'Blue Ocean Robotics→page-firm:Blue Ocean Robotics', 'robots→robotics', 'UniCredit→unicredit']],
    [[onTopic, 'A Blue Ocean strategy helps. Helsing will acquire Australian underwater drone maker Blue Ocean.'], ['drones→uncrewed-systems', 'Helsing→helsing', 'drone→uncrewed-systems', 'Blue Ocean→marine-tech-systems']],
    [[onTopic, 'We walked Hadrian’s Wall; Emperor Hadrian built it.', 'Defense tech startups like Hadrian build factories.', 'The fort was built under Hadrian, near a new factory.'], ['drones→uncrewed-systems', 'Hadrian→hadrian']],
    [[onTopic, 'Investors Razor’s Edge and NightDragon joined the round.', 'The talks are on a razor’s edge.'], ['drones→uncrewed-systems', 'Razor’s Edge→razors-edge-ventures', 'NightDragon→nightdragon']],
    // "space" beside the field's words (dev, session 24): a country's space strength, a space undertaking; not an office's.
    [[onTopic, 'Japan wants to grow its space strength. It was the largest space undertaking yet.', 'The office space was small.'], ['drones→uncrewed-systems', 'space→space-technology', 'space→space-technology']],
    [[onTopic, 'The Commission runs Eudis, its defence innovation scheme.', 'Oregon laser maker nLight and backers like Andruil grew.'], ['drones→uncrewed-systems', 'Eudis→eudis', 'nLight→nlight', 'Andruil→anduril']],
    // A scout's page (session 27): letters that are another programme's own, more of them than the name has words, are
    // the page's slip of the name; fewer are the page's own short form, though the dataset gives the letters to another.
    [[onTopic, 'Its predecessors were the Preparatory Action on Defence Research (PADR) and the European Defence Industrial Programme (EDIDP). The EDIDP ran until 2020.', 'Colonel Labbé, Head of the Canadian Joint C-UAS Office (JCO), spoke. The JCO funds contests.'], ['drones→uncrewed-systems', 'Preparatory Action on Defence Research→padr', 'PADR→padr', 'European Defence Industrial Programme→eu-edip', 'EDIDP→edidp', 'EDIDP→edidp', 'Canadian Joint C-UAS Office→canadian-joint-cuas-office', 'JCO→canadian-joint-cuas-office', 'JCO→canadian-joint-cuas-office']],
    // A French identikit is no robot; the Commission's scheme in full (scouts' pages, session 27).
    [[onTopic, 'Le portrait-robot d’une entreprise de défense : une PME.', 'Instrumente unter dem Überbegriff European Defence Innovation Scheme (EUDIS).'], ['drones→uncrewed-systems', 'European Defence Innovation Scheme→eudis', 'EUDIS→eudis']],
    // Pages in Ukrainian, Turkish, Japanese and Korean name the technologies in their own words, and say they are about
    // defence in them (a scout's pages, session 27: three had no highlight at all); "bilateral" talks are no quantum.
    [['Міноборони України оголосило гранти на дрони та засоби радіоелектронної боротьби для ЗСУ; військових навчатимуть.'], ['дрони→uncrewed-systems', 'радіоелектронної боротьби→electronic-warfare']],
    [['SSB, savunma sanayii için yapay zeka, kuantum teknolojileri ve hipersonik platformlar alanında askeri yarışma düzenledi; ASELSAN ve insansız hava araçları da var.'], ['SSB→presidency-of-defence-industries', 'yapay zeka→artificial-intelligence', 'kuantum teknolojileri→quantum-technologies', 'hipersonik→hypersonic-technologies', 'ASELSAN→aselsan', 'insansız hava araçları→uncrewed-systems']],
    [['防衛省と防衛装備庁は、ドローンと人工知能、人工衛星の研究を進める。自衛隊も参加する。'], ['防衛装備庁→atla', 'ドローン→uncrewed-systems', '人工知能→artificial-intelligence', '人工衛星→space-technology']],
    [['국방부와 방위사업청은 드론과 양자기술 개발을 위해 방위산업 기업을 지원한다. 안티드론 체계도 포함된다.'], ['방위사업청→dapa', '드론→uncrewed-systems', '양자기술→quantum-technologies', '안티드론→counter-uas']],
    // A break-it review (session 27): compounds that hold a technology's word ("전자전기공학부", "사이버대학교",
    // "サイバーエージェント"), a city that spells "military" in parts (군산), a topic word inside a longer one counted once,
    // Turkish everyday senses ("kuantum sıçraması", "otonom bölge", "kurallarına uydu").
    [['서울대 전자전기공학부 교수와 사이버대학교 학생들이 군산에서 만났다. 드론 쇼도 있었다.'], []],
    [['防衛省が発表。自衛隊。結婚式をドローンで撮影した。サイバーエージェント。'], []],
    [['Savunma Bakanlığı açıkladı: askeri birlikler kurallarına uydu; otonom bölge ve savunma sanayiinde kuantum sıçraması.'], []],
    [['ドローンで結婚式を撮影した。', '양자 회담에서 두 정상은 무역을 논의했다.', 'Kuantum fiziği dersinde öğrenciler uydu yayınlarını izledi.'], []],
    // A break-it review (session 27): a short report's repeated word counts where its exclusions do not fire; brands
    // guarded against their other senses say nothing of the page; letters a name in lower case defines are its own.
    [['The missile reached hypersonic speed. Hypersonic flight is hard to track. A second hypersonic test is planned. The military watched.'], ['hypersonic→hypersonic-technologies', 'Hypersonic→hypersonic-technologies', 'hypersonic→hypersonic-technologies']],
    [['Shop the Samsung TV and Siemens washing machine deals on Amazon. Our wedding was filmed by drones, and the robot vacuum was a hit.'], ['Samsung→samsung', 'Siemens→siemens', 'Amazon→amazon']],
    [[onTopic, 'Space domain awareness (SDA) matters to the Space Force; it needs SDA sensors. Autonomous weapons systems (AWS) worry critics: AWS lack control.'], ['drones→uncrewed-systems', 'Space domain awareness→space-domain-awareness', 'SDA→space-domain-awareness', 'SDA→space-domain-awareness', 'Autonomous weapons systems→lethal-autonomous-weapon-systems', 'AWS→lethal-autonomous-weapon-systems', 'AWS→lethal-autonomous-weapon-systems']],
    // A newcomer's cooking page (session 27): a pie called an Iron Dome is no air defence, nor Galileo the astronomer the EU's programme.
    [['My grandmother called her pie her Iron Dome for its sturdy crust. The drone of the stand mixer filled the kitchen.', 'Galileo, the Italian astronomer, would have liked military satellites.'], []],
    // A newcomer's travel page (session 27): the gulf is not the boat maker, and names nothing that makes the page one of the field.
    [['Ferries cross the Saronic Gulf to the Saronic islands; one resort films weddings with drones.'], []],
    [[onTopic, 'Saronic builds autonomous boats; yachts sail the Saronic Gulf.'], ['drones→uncrewed-systems', 'Saronic→saronic', 'autonomous→autonomy']],
    // Pages in Portuguese, Spanish, Italian and Chinese say they are about defence in their own words (a scout's pages,
    // session 28: a Brazilian page read as off-topic, its drones plain); a football match's "defensa" alone does not.
    [['O Ministério da Defesa e as Forças Armadas compraram drones para o Exército.'], ['drones→uncrewed-systems']],
    [['El Ministerio de Defensa y las Fuerzas Armadas probaron drones militares.', 'Il Ministero della Difesa e le Forze Armate hanno acquistato droni.'], ['drones→uncrewed-systems', 'droni→uncrewed-systems']],
    [['國防部與國軍採購無人機，國防產業受惠。'], ['無人機→uncrewed-systems']],
    [['La defensa del Real Madrid fue sólida; la afición grabó el gol con drones.'], []],
    // A break-it review (session 28): a team's defence, a player who "militó" at a club, an army picnic's soup are no
    // page about defence; single words that say so in sport or cooking are not topic words.
    [['La defensa del Betis llegó a militar en el Sevilla; el club utiliza drones y un software de análisis.'], []],
    [['FC Københavns forsvar holdt. Forsvaret har ikke lukket et mål ind; klubben satser på innovation og filmer med en drone.'], []],
    [['Grochówka jak na pikniku wojskowym: kucharz wojskowy poleca przepis jednostek wojskowych. Jeśli masz robot kuchenny, użyj go.'], []],
  ])('%j', (texts, expected) => {
    expect(found(...texts)).toEqual(expected);
  });
});
