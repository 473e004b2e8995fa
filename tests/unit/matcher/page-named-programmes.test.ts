import { describe, expect, it } from 'vitest';
import { pageProgrammeName, programmeNamesIntroduced } from '../../../utils/matcher/page-named-programmes';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import type { MatcherSpec } from '../../../utils/matcher/alias-index';

describe('programmeNamesIntroduced: programmes a page names by what they are', () => {
  it('takes capitalised names ending in a programme word, with the abbreviation the page gives', () => {
    const text =
      'The Department named 12 more companies to receive awards through its Distributed Bioindustrial Manufacturing Program (DBIMP), ' +
      'run through the Defense Industrial Base Consortium (DIBC). Canada’s Defence Industrial Strategy and the Quantum Benchmarking Initiative (QBI) followed.';
    expect(programmeNamesIntroduced(text)).toEqual([
      { name: 'Distributed Bioindustrial Manufacturing Program', abbreviation: 'DBIMP' },
      { name: 'Defense Industrial Base Consortium', abbreviation: 'DIBC' },
      { name: 'Defence Industrial Strategy' },
      { name: 'Quantum Benchmarking Initiative', abbreviation: 'QBI' },
    ]);
  });

  it('takes funds, plans, facilities, roadmaps, competitions and prizes of the field, of three words or more', () => {
    const text =
      'UKRI put money into its Technology Missions Fund and the Defence Innovation Roadmap; the Defence Export Facility and the Drone Innovation Competition followed.';
    expect(programmeNamesIntroduced(text)).toEqual([
      { name: 'Technology Missions Fund' },
      { name: 'Defence Innovation Roadmap' },
      { name: 'Defence Export Facility' },
      { name: 'Drone Innovation Competition' },
    ]);
    // Two words with a generic head, or no word of the field: not a programme's own name.
    for (const text of ['The Defence Fund grew, and so did the Pension Fund.', 'A new Climate Action Plan and the European Peace Facility were agreed.', 'It won the Nobel Prize.']) {
      expect(programmeNamesIntroduced(text)).toEqual([]);
    }
  });

  it('leaves out programmes of other fields, which a break-it review found: think tanks, laws, NGOs, consumer schemes, German sentences', () => {
    const none = [
      'said Stacie Pettyjohn, director of the Defense Program at CNAS, and Mark Cancian of the CSIS International Security Program.',
      'Reporters filed a Freedom of Information Act request; the Taiwan Relations Act and the Insurrection Act came up too.',
      'The Black Sea Grain Initiative ended, the Nuclear Threat Initiative warned, and the Apple Developer Program grew.',
      'Die Initiative kam spät, sagte er, und Deutschlands Initiative blieb ohne Folgen für die Truppe.',
      'The Major Defense Acquisition Program list and Special Access Programs grew, as did the Knight Science Journalism Program.',
    ];
    for (const text of none) expect(programmeNamesIntroduced(text)).toEqual([]);
    // Openers are cut, and names of this field are still taken.
    expect(programmeNamesIntroduced('Despite the cuts, the Army Unmanned Systems Marketplace Program went ahead last week.')).toEqual([{ name: 'Army Unmanned Systems Marketplace Program' }]);
  });

  it('leaves out what is not a programme’s name: one word, titles, descriptive phrases, other heads, the tail of a longer name', () => {
    expect(programmeNamesIntroduced('The Strategy was new. Head of the Accelerator Jane Doe spoke on the Belt and Road Initiative.')).toEqual([]);
    expect(programmeNamesIntroduced('Founders Fund led, with the UK Home Office and the Great Power Competition in mind.')).toEqual([]);
    expect(programmeNamesIntroduced('Money from the Creating Helpful Incentives to Produce Semiconductors (CHIPS) and Science Act.')).toEqual([]);
    // An abbreviation that cannot stand for the name is not taken as its abbreviation.
    expect(programmeNamesIntroduced('Funds come from the Regional Defence Investment Initiative (NATO), officials said on the day.')).toEqual([{ name: 'Regional Defence Investment Initiative' }]);
    // A journal's name, a quoted title, an endnote's publisher.
    expect(programmeNamesIntroduced('As the China International Strategy Review argued in its second issue, tensions grew.')).toEqual([]);
    expect(programmeNamesIntroduced('Kathryn Hedgecock et al. wrote “Emerging Technology and Strategy,” in a journal last year.')).toEqual([]);
    expect(programmeNamesIntroduced('12. John Doe, Oxford: Future of Humanity Institute, Governance of AI Program, 2018, pp. 3–9.')).toEqual([]);
    // The same publisher in a note continued from another page or column (no note number first).
    expect(programmeNamesIntroduced('Consequences of China’s Strategy to Lead the World in AI (Oxford, U.K.: Governance of AI Program, 2018), www.fhi.ox.ac.uk/.')).toEqual([]);
    expect(programmeNamesIntroduced('the report (Washington, DC: Defense Innovation Unit Program, 2021; and later)')).toEqual([]);
    // Not every colon or year: a programme named in running text stays one.
    expect(programmeNamesIntroduced('Its goal: Quantum Benchmarking Initiative, 2026 edition, picks winners.')).toEqual([{ name: 'Quantum Benchmarking Initiative' }]);
    expect(programmeNamesIntroduced('Since 2021, the Quantum Benchmarking Initiative, 2026 edition, picks winners.')).toEqual([{ name: 'Quantum Benchmarking Initiative' }]);
    // A fact box's line or a dateline is not a reference (a break-it review).
    expect(programmeNamesIntroduced('Calls this year, by country. Norway: Defence Industrial Innovation Scheme, 2024 intake, open to drone and sensor start-ups.')).toEqual([{ name: 'Defence Industrial Innovation Scheme' }]);
    // A headline in title case says nothing by its capitals.
    expect(programmeNamesIntroduced('Pentagon Names Twelve More Bioindustrial Manufacturing Program Awardees')).toEqual([]);
  });

  it('leaves a headline’s verb out of a name (a scout’s page, session 31)', () => {
    const names = (text: string) => programmeNamesIntroduced(text).map((p) => p.name);
    expect(names('Seoul news. Korea Launches Defense Startup Challenge for its forces, the ministry said.')).toEqual(['Defense Startup Challenge']);
    expect(names('The ministry opened the Defense Startup Challenge this week.')).toEqual(['Defense Startup Challenge']);
    // Words that are nouns in names too stay (a break-it review, session 31).
    expect(names('The ministry runs the Defence Technology Awards Programme and the Five Eyes Quantum Sensing Initiative.')).toEqual([
      'Defence Technology Awards Programme',
      'Five Eyes Quantum Sensing Initiative',
    ]);
  });

  it('takes an agency, unit, office or centre only as a defence innovation body', () => {
    const text =
      'Startups pitched to the Israel Defense Innovation Center and the Army Innovation Office (AIO), while the Naval Innovation Unit watched. ' +
      'The Regional Innovation Agency, the Microsoft Innovation Center, the Defence Logistics Agency and the Innovation Office stayed out, ' +
      'as did the Air Liquide Innovation Centre, the Navy Federal Innovation Lab and a Joint Innovation Center in Shenzhen.';
    expect(programmeNamesIntroduced(text)).toEqual([
      { name: 'Israel Defense Innovation Center' },
      { name: 'Army Innovation Office', abbreviation: 'AIO' },
      { name: 'Naval Innovation Unit' },
    ]);
  });

  it('takes a body dedicated to an emerging technology as a defence innovation body, not one of a domain or of intelligence (blind dev articles, session 27)', () => {
    expect(programmeNamesIntroduced('QinetiQ and Lincoln opened the National Centre for Defence and Security Artificial Intelligence, beside the Army Autonomy Office.')).toEqual([
      { name: 'National Centre for Defence and Security Artificial Intelligence' },
      { name: 'Army Autonomy Office' },
    ]);
    for (const text of [
      'The Defence Intelligence Agency and the Defence Space Agency briefed the Defence Cyber Agency.',
      'The Centre for Quantum Technologies and the Autonomous Systems Lab opened.',
      'The Center for Security and Emerging Technology published it.',
      // A break-it review (session 27): a technology's training, safety, ethics, legal, project and test bodies.
      'The British Army Drone Training Centre, the Defence Unmanned Systems Safety Office and the Army Hypersonic Project Office met.',
      'The Air Force Autonomous Vehicle Test Center hosted the Defence Biotechnology Ethics Council and the Military AI Legal Review Office.',
    ]) {
      expect(programmeNamesIntroduced(text), text).toEqual([]);
    }
  });

  it('takes a task force as a defence innovation body, across a line break, not a military or civilian one (a blind batch, session 20)', () => {
    expect(programmeNamesIntroduced('As Canada’s Capital Region Defence\nInnovation Task Force was unveiled, the Joint Task Force stayed out.')).toEqual([
      { name: 'Capital Region Defence Innovation Task Force' },
    ]);
    // A line's last words and the next line's label are no name (a break-it review, session 30).
    expect(programmeNamesIntroduced('The call is open to SMEs of the Defense Industry\nProgramme: EDF 2026 call')).toEqual([]);
    // Break-it reviews (session 20): civil defences, forces that are not armed, the Salvation Army.
    for (const name of ['Drone Innovation', 'Army', 'Flood Defence Innovation', 'Police Force Innovation', 'Wildfire Defense Innovation', 'Singapore Civil Defence Force Innovation', 'Salvation Army Innovation']) {
      expect(programmeNamesIntroduced(`In the end the ${name} Task Force was set up to look at how the work could be done.`), name).toEqual([]);
    }
  });

  it('takes a name that opens with what it is and says on or for what (blind dev articles, session 24)', () => {
    expect(programmeNamesIntroduced('The European Commission’s Action Plan on Drone and Counter-Drone Security came out on 11 February.')).toEqual([
      { name: 'Action Plan on Drone and Counter-Drone Security' },
    ]);
    expect(programmeNamesIntroduced('Ministers adopted the Strategy for Artificial Intelligence in Defence (SAID) last year.')).toEqual([
      { name: 'Strategy for Artificial Intelligence in Defence', abbreviation: 'SAID' },
    ]);
    // No word of the field, a plan of another field, one word after "for": not this field's programme.
    for (const text of ['The EU Action Plan on Cable Security was adopted.', 'The Plan for Housing Recovery and the Strategy for Growth were late.', 'A Program for Kids ran all summer.', 'Police found a Plan for Drone Attacks on his laptop.', 'The UNESCO Programme for Science and Technology Education grew.']) {
      expect(programmeNamesIntroduced(text), text).toEqual([]);
    }
  });

  it('takes a defence innovation body named head first, after "a" or "an" too (blind dev articles, session 26)', () => {
    expect(programmeNamesIntroduced('The King heard of the planned move towards an\nOrganisation for Defence Innovation and Defence Industry (ODIN), to be housed at the RHID.')).toEqual([
      { name: 'Organisation for Defence Innovation and Defence Industry', abbreviation: 'ODIN' },
    ]);
    expect(programmeNamesIntroduced('Sofia opened the Hellenic Center for Defense Innovation and the Instrument for Agile and Rapid Defence Innovation was proposed.')).toEqual([
      { name: 'Hellenic Center for Defense Innovation' },
      { name: 'Instrument for Agile and Rapid Defence Innovation' },
    ]);
    // Where a body is is not its name, unless it says what the body is for.
    expect(programmeNamesIntroduced('The new Center for Defense Innovation in Bulgaria and a Centre for Innovation in Defence opened.')).toEqual([
      { name: 'Center for Defense Innovation' },
      { name: 'Centre for Innovation in Defence' },
    ]);
    // Not a think tank, a university's institute, a ministry's office or a civilian innovation centre.
    for (const text of [
      'Analysts at the Center for a New American Security disagreed.',
      'The Office for Small Business Growth and the Agency for Defense Development met.',
      'A Centre for Digital Innovation in Healthcare opened in Leeds.',
      'The Institute for Defence Innovation Studies published a paper.',
      'An Agency for Flood Defence Innovation was set up.',
    ]) {
      expect(programmeNamesIntroduced(text), text).toEqual([]);
    }
  });

  it('takes a name whose abbreviation spells it, before a lower-case programme word (blind dev articles, session 24)', () => {
    expect(programmeNamesIntroduced('The Robust Quantum Sensors (RoQS) programme at DARPA aims to take sensors to the battlefield.')).toEqual([
      { name: 'Robust Quantum Sensors', abbreviation: 'RoQS' },
    ]);
    // The abbreviation must spell the name: otherwise the capitals may be any words before a bracket.
    expect(programmeNamesIntroduced('Its Advanced Drone Systems (XYZ) programme grew.')).toEqual([]);
    // Nor without a word of the field, or with a descriptive word (a degree's programme, a think tank's).
    expect(programmeNamesIntroduced('The Brand Partner Rewards (BPR) programme and the Defence Studies and Analysis (DSA) programme grew.')).toEqual([]);
    // Nor the body that runs a plan: a ministry, armed forces, a university, a firm (a break-it review, session 24).
    for (const text of ['Unions criticised the Ministry of Defence (MoD) plan.', 'The Israel Defense Forces (IDF) plan was shown.', 'The Massachusetts Institute of Technology (MIT) initiative grew.', 'The Quantum Computing Inc (QCI) programme grew.']) {
      expect(programmeNamesIntroduced(text), text).toEqual([]);
    }
  });

  it('leaves out a name of research and development words alone, a kind of programme rather than one (a scout’s page, session 27)', () => {
    expect(programmeNamesIntroduced('Tawazun and a defence firm signed a Research and Development (R&D) programme and a Research and Technology Programme.')).toEqual([]);
    expect(programmeNamesIntroduced('DIANA’s primary vehicle is the Innovation Challenge, run twice a year.')).toEqual([{ name: 'Innovation Challenge' }]);
    expect(programmeNamesIntroduced('Both joined the Drone Research and Development (DRD) programme.')).toEqual([{ name: 'Drone Research and Development', abbreviation: 'DRD' }]);
  });

  it('tells a page-named programme’s id', () => {
    expect(pageProgrammeName('page-program:Defence Industrial Strategy')).toBe('Defence Industrial Strategy');
    expect(pageProgrammeName('page-program:')).toBeUndefined();
    expect(pageProgrammeName('diu')).toBeUndefined();
  });
});

describe('the matcher takes programmes a page names, on a page about defence that names something it knows', () => {
  const spec: MatcherSpec = {
    version: 't',
    aliases: [
      { entityId: 'diu', category: 'program', text: 'Defense Innovation Unit', caseSensitive: false },
      { entityId: 'quantum', category: 'edt', text: 'quantum', caseSensitive: false, generic: true },
      { entityId: 'defense', category: 'edt', text: 'defense', caseSensitive: false, generic: true },
    ],
    topicWords: ['defense', 'military'],
    topicThreshold: 1,
  };
  const found = (texts: string[]) =>
    compileMatcher(spec)
      .findAll(texts)
      .map((mentions, i) => mentions.map((m) => `${texts[i]!.slice(m.start, m.end)}:${m.entityId}`));

  it('takes the name and its abbreviation from the text that named them on, and the longest name wins over a technology word inside', () => {
    expect(
      found([
        'The Defense Innovation Unit backs military quantum work.',
        'Its Quantum Benchmarking Initiative (QBI) picked firms; QBI grows.',
      ]),
    ).toEqual([
      ['Defense Innovation Unit:diu', 'quantum:quantum'],
      ['Quantum Benchmarking Initiative:page-program:Quantum Benchmarking Initiative', 'QBI:page-program:Quantum Benchmarking Initiative', 'QBI:page-program:Quantum Benchmarking Initiative'],
    ]);
  });

  it('takes a name the dataset knows where the dataset’s rules turn it down', () => {
    const withUk: MatcherSpec = {
      ...spec,
      aliases: [
        ...spec.aliases,
        { entityId: 'uk-dis', category: 'program', text: 'Defence Industrial Strategy', caseSensitive: false, context: { anyOf: ['UK', 'British'], scope: 'page' } },
      ],
    };
    const text = 'The Defense Innovation Unit watched as Canada launched its Defence Industrial Strategy for military work.';
    const mentions = compileMatcher(withUk).find(text).map((m) => `${text.slice(m.start, m.end)}:${m.entityId}`);
    expect(mentions).toContain('Defence Industrial Strategy:page-program:Defence Industrial Strategy');
    // Where the dataset takes it, the mention is the dataset's.
    const british = 'The Defense Innovation Unit watched the British Defence Industrial Strategy for military work.';
    expect(compileMatcher(withUk).find(british).map((m) => m.entityId)).toContain('uk-dis');
  });

  it('takes the abbreviation the page defines for its programme though the dataset has it for another programme, not for an umbrella or a firm (a blind dev article, session 26)', () => {
    const withOdin: MatcherSpec = {
      ...spec,
      aliases: [
        ...spec.aliases,
        { entityId: 'odin-nl', category: 'program', text: 'ODIN', caseSensitive: true, context: { anyOf: ['Dutch', 'Netherlands'], scope: 'near' } },
        { entityId: 'acme', category: 'firm', text: 'ACME', caseSensitive: true },
      ],
    };
    const texts = [
      'The Defense Innovation Unit watched Belgium plan an Organisation for Defence Innovation and Defence Industry (ODIN).',
      'ODIN will sit at the Royal Higher Institute in Brussels.',
    ];
    expect(compileMatcher(withOdin).findAll(texts)[1]!.map((m) => `${texts[1]!.slice(m.start, m.end)}:${m.entityId}`)).toEqual(['ODIN:page-program:Organisation for Defence Innovation and Defence Industry']);
    // Letters the dataset holds for a firm stay the dataset's to decide.
    const firm = ['The Defense Innovation Unit backs the Agency for Military Innovation Excellence (ACME) and the Centre for Defence Innovation (ACME).', 'ACME grew.'];
    expect(compileMatcher(withOdin).findAll(firm)[1]!.map((m) => m.entityId)).toEqual(['acme']);
  });

  it('does not take a name inside a longer capitalised name', () => {
    const mentions = found([
      'The Defense Innovation Unit follows the Commercial Space Industrial Strategy for military work.',
      'Then came a Space Industrial Strategy Review and, later, the Space Industrial Strategy itself.',
    ]);
    expect(mentions[0]).toContain('Commercial Space Industrial Strategy:page-program:Commercial Space Industrial Strategy');
    // Not inside "… Strategy Review" (a journal), only where it stands on its own.
    expect(mentions[1]).toEqual(['Space Industrial Strategy:page-program:Space Industrial Strategy']);
  });

  it('takes nothing on a page that names nothing of the dataset’s, nor a name the dataset knows', () => {
    expect(found(['The Quantum Benchmarking Initiative (QBI) picked firms.'])).toEqual([[]]);
    expect(found(['The Defense Innovation Unit runs the Defense Innovation Unit Program on military work.'])[0]).toContain('Defense Innovation Unit:diu');
  });
});

describe('a break-it review’s cases (session 13): civil defence and civil fields are not this field', () => {
  it.each([
    ['Under the Riverford Flood Defence Plan the council builds walls.', []],
    ['The Environmental Defense Fund objected.', []],
    ['The NAACP Legal Defense Fund sued.', []],
    ['The Hospitality Industry Recovery Plan was announced.', []],
    ['The NHS Innovation Accelerator took ten firms.', []],
    ['The Ukrainian Defence Innovation Fund opened a call.', ['Ukrainian Defence Innovation Fund']],
  ])('%s', (text, names) => {
    expect(programmeNamesIntroduced(text).map((p) => p.name)).toEqual(names);
  });
});
