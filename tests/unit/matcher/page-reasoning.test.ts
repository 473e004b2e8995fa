import { describe, expect, it } from 'vitest';
import type { AliasEntry, MatcherSpec } from '../../../utils/matcher/alias-index';
import { acronymPlural, ampersandName, firmShortForm, otherNumber, programmeShortForms } from '../../../utils/matcher/derived-forms';
import { abbreviationBefore, initialsMatch } from '../../../utils/matcher/page-abbreviations';
import { compileMatcher } from '../../../utils/matcher/find-mentions';

const entry = (entityId: string, text: string, rules: Partial<AliasEntry> = {}): AliasEntry => ({
  entityId,
  category: 'program',
  text,
  caseSensitive: false,
  ...rules,
});

const spec: MatcherSpec = {
  version: '1.0.0',
  topicWords: ['defence', 'military', 'start-up', 'investors'],
  topicThreshold: 2,
  aliases: [
    entry('nato', 'NATO', { caseSensitive: true, umbrella: true }),
    entry('edf', 'EDF', { caseSensitive: true, unless: { anyOf: ['utility'], scope: 'near', window: 60 }, notFollowedBy: '\\s+Renewables' }),
    entry('edf', 'European Defence Fund'),
    entry('edip', 'European Defence Industry Programme'),
    entry('aal', 'Army Applications Laboratory'),
    entry('cdao', 'Chief Digital and Artificial Intelligence Office'),
    entry('cdao', 'CDAO', { caseSensitive: true }),
    entry('nif', 'NIF', { caseSensitive: true }),
    entry('saronic', 'Saronic Technologies', { category: 'firm' }),
    entry('chaos', 'Chaos Industries', { category: 'firm' }),
    entry('airbus', 'Airbus', { category: 'firm' }),
    entry('quantum-systems', 'Quantum Systems', { category: 'firm', caseSensitive: true }),
    entry('quantum', 'quantum', { category: 'edt', generic: true }),
    entry('drones', 'drone', { category: 'edt', generic: true }),
    entry('biotech', 'biotechnology', { category: 'edt' }),
    entry('robotics', 'robotics', { category: 'edt', generic: true }),
    entry('helsing', 'Helsing', { category: 'firm', caseSensitive: true }),
    entry('arx', 'ARX Robotics', { category: 'firm' }),
  ],
};
const matcher = compileMatcher(spec);
const found = (text: string) => matcher.find(text).map((m) => `${m.surface}:${m.entityId}`);
/** The mentions of a page of texts, read in one session, as `surface:entityId`. */
const seenIn =
  (m: ReturnType<typeof compileMatcher>) =>
  (...texts: string[]) =>
    m
      .session()
      .add(texts)
      .flat()
      .map((mention) => `${mention.surface}:${mention.entityId}`);

describe('page-level reasoning in the matcher', () => {
  it('marks umbrella institutions so the view can leave them plain', () => {
    expect(matcher.find('NATO met.').map((m) => m.umbrella)).toEqual([true]);
  });

  it('takes an abbreviation the page defines after a dataset name, and its later uses', () => {
    expect(found('The European Defence Industry Programme (EDIP) passed. EDIP funds defence firms.')).toEqual([
      'European Defence Industry Programme:edip',
      'EDIP:edip',
      'EDIP:edip',
    ]);
    expect(found('The Army Applications Laboratory (AAL) works with start-ups. AAL said so.')).toContain('AAL:aal');
    expect(found('AAL said so.')).toEqual([]);
    // "Long Name, or ABBR", as American press releases write it (a scout's page, session 24); not another firm offered.
    expect(found('Awards went to the Army Applications Laboratory, or AAL; AAL said so.')).toEqual(['Army Applications Laboratory:aal', 'AAL:aal', 'AAL:aal']);
    expect(found('The deal went to Airbus, or AB Helsing, or neither. AB won.')).toEqual(['Airbus:airbus', 'Helsing:helsing']);
    // Letters followed by a word, or that are not the name's initials, are something else offered (a break-it review, session 24).
    expect(found('Buy from Airbus, or AI labs. AI matters. Or the Army Applications Laboratory, or AAL teams.')).toEqual(['Airbus:airbus', 'Army Applications Laboratory:aal']);
    expect(found('Buy from Airbus, or AS. AS said so.')).toEqual(['Airbus:airbus']);
  });

  it('takes an acronym written as a word ("(Safe)", "(Edip)") only when it is the name’s initials (a blind batch, session 23)', () => {
    expect(found('The European Defence Industry Programme (Edip) passed. Defence firms want Edip funds.')).toEqual([
      'European Defence Industry Programme:edip',
      'Edip:edip',
      'Edip:edip',
    ]);
    // A word in brackets whose letters merely come in the name, in order, is a place or a nickname.
    expect(found('Helsing (Helsi) builds software for defence. Helsi said so.')).toEqual(['Helsing:helsing']);
    // Three letters as a word are too often a word ("Aid", "Leo", "Fed").
    expect(found('The Army Applications Laboratory (Aal) works with start-ups. Aal grew.')).toEqual(['Army Applications Laboratory:aal']);
    expect(found('Edip funds defence firms.')).toEqual([]);
    // Later, only mid-sentence: a sentence's first word may be the word ("Safe to say", "Step by step": a break-it review).
    expect(found('The European Defence Industry Programme (Edip) passed. Edip, it seems, is big. Firms want Edip money.')).toEqual([
      'European Defence Industry Programme:edip',
      'Edip:edip',
      'Edip:edip',
    ]);
    // Nor beside another capitalised word, a name's ("Pope Leo", "Safe Pro Group").
    expect(found('The European Defence Industry Programme (Edip) passed. Firms met Edip Torres at the Edip Academy.')).toEqual([
      'European Defence Industry Programme:edip',
      'Edip:edip',
    ]);
  });

  it('does not take a firm’s country in brackets as its abbreviation (a break-it review: every later "UK" became the firm)', () => {
    const text = 'The selected start-ups are Helsing (UK), Saronic Technologies (US) and Chaos Industries (USA). The UK and US teams met; the USA leads.';
    expect(found(text)).toEqual(['Helsing:helsing', 'Saronic Technologies:saronic', 'Chaos Industries:chaos']);
    // An abbreviation whose letters come in the name, in order, still names it: initials or not.
    expect(found('Helsing (HLS) builds software for defence. HLS said so.')).toEqual(['Helsing:helsing', 'HLS:helsing', 'HLS:helsing']);
  });

  it('takes an abbreviation written before its name in parentheses ("SDPA (Strategic Defence Production Act)"), on the whole page', () => {
    const withAct = compileMatcher({ ...spec, aliases: [...spec.aliases, entry('sdpa', 'Strategic Defence Production Act')] });
    const act = (...texts: string[]) => seenIn(withAct)(...texts);
    // A caption before the definition is the same page: it counts too (a blind batch, session 17, in French).
    expect(act('Capacités ciblées par SDPA : obus', 'Le texte, baptisé SDPA (« Strategic Defence Production Act », en écho à un slogan), est voté. SDPA finance.')).toEqual([
      'SDPA:sdpa',
      'SDPA:sdpa',
      'Strategic Defence Production Act:sdpa',
      'SDPA:sdpa',
    ]);
    // Without the definition, or with letters that are not the name's initials, the letters stay plain.
    expect(act('The SDPA said so. The Strategic Defence Production Act passed.')).toEqual(['Strategic Defence Production Act:sdpa']);
    expect(act('The SDXPA (Strategic Defence Production Act) passed. SDXPA said.')).toEqual(['Strategic Defence Production Act:sdpa']);
  });

  it('does not define that way round two letters, an everyday acronym, or letters the dataset gives another entity (a break-it review, session 17)', () => {
    const more = compileMatcher({
      ...spec,
      aliases: [
        ...spec.aliases,
        entry('asap', 'Act in Support of Ammunition Production'),
        entry('am', 'additive manufacturing', { category: 'edt' }),
        entry('sda-agency', 'Space Development Agency'),
        entry('sda-agency', 'SDA', { caseSensitive: true }),
        entry('sda-awareness', 'space domain awareness', { category: 'edt' }),
      ],
    });
    const seen = (...texts: string[]) => seenIn(more)(...texts);
    expect(seen('Brussels funds ASAP (Act in Support of Ammunition Production). "We need shells ASAP," he said.')).toEqual(['Act in Support of Ammunition Production:asap']);
    expect(seen('It will deploy AM (additive manufacturing) cells at 9 AM.')).toEqual(['additive manufacturing:am']);
    expect(seen('The Space Development Agency briefed. Officials said SDA (space domain awareness) matters. SDA director Sandhoo spoke.')).toEqual([
      'Space Development Agency:sda-agency',
      'SDA:sda-agency',
      'space domain awareness:sda-awareness',
      'SDA:sda-agency',
    ]);
  });

  it('leaves a defined abbreviation plain after a number or as a place code, and letters defined twice (a break-it review, session 17)', () => {
    const more = compileMatcher({ ...spec, aliases: [...spec.aliases, entry('am', 'additive manufacturing', { category: 'edt' }), entry('qc', 'quantum computing', { category: 'edt' })] });
    const seen = (...texts: string[]) => seenIn(more)(...texts);
    expect(seen('They use additive manufacturing (AM) at the depot. At 10 AM and 11:30 AM the AM cells ran.')).toEqual(['additive manufacturing:am', 'AM:am', 'AM:am']);
    expect(seen('Start-ups in Sherbrooke, QC, work on quantum computing (QC); QC could help.')).toEqual(['quantum computing:qc', 'QC:qc', 'QC:qc']);
    // A dataset abbreviation with other words after it that spell it is something else, either way round.
    expect(found('EDF (Électricité de France) signed a defence deal with start-ups. EDF shares rose.')).toEqual([]);
    // A dataset name in the parentheses, after an article too, is a definition, not another name.
    expect(found('The EDF (the European Defence Fund) pays defence start-ups. EDF grants rose.')).toEqual(['EDF:edf', 'European Defence Fund:edf', 'EDF:edf']);
    expect(found('The military signed Implementing Arrangements (IAs) on defence; the IAs speed procurement.')).toEqual([]);
  });

  it.each([
    ['SDPA (', 'Strategic Defence Production Act', ')', 'SDPA'],
    ['SDPA (« ', 'Strategic Defence Production Act', ' », en écho', 'SDPA'],
    ['EDF (', 'European Defence Fund', ', a fund)', 'EDF'],
    ['EDF (', 'European Defence Fund', ' is big)', undefined],
    ['EF (', 'European Defence Fund', ')', undefined],
    ['ASAP (', 'Act in support of Ammunition Production', ')', undefined],
    ['DE (', 'Defence Engineering', ')', undefined],
  ])('reads "%s%s%s" as defining %s', (before, name, after, abbreviation) => {
    const text = `The ${before}${name}${after} works.`;
    const start = text.indexOf(name);
    expect(abbreviationBefore(text, start, start + name.length)).toBe(abbreviation);
  });

  it('matches an abbreviation to its name’s initials, with or without the linking words, a plural’s "s" aside', () => {
    expect(initialsMatch('ASAP', 'Act in support of Ammunition Production')).toBe(true);
    expect(initialsMatch('AISOAP', 'Act in support of Ammunition Production')).toBe(true);
    expect(initialsMatch('AAP', 'Act in support of Ammunition Production')).toBe(false);
    expect(initialsMatch('IAs', 'Implementing Arrangements')).toBe(true);
    expect(initialsMatch('H', 'Helsing')).toBe(false);
  });

  it('takes the plural of an abbreviation the page defines (after the name in its other number), and not without the definition', () => {
    const withUsv = compileMatcher({ ...spec, aliases: [...spec.aliases, entry('usv', 'autonomous surface vehicles', { category: 'edt' })] });
    const usv = (text: string) => withUsv.find(text).map((m) => `${m.surface}:${m.entityId}`);
    expect(usv('It laid the keel of an autonomous surface vehicle (ASV). The yard will build ASVs and one more ASV.')).toEqual([
      'autonomous surface vehicle:usv',
      'ASV:usv',
      'ASVs:usv',
      'ASV:usv',
    ]);
    expect(usv('The yard will build ASVs.')).toEqual([]);
  });

  it('leaves a dataset abbreviation plain when the page defines it as something else', () => {
    expect(found('Électricité de France (EDF) runs reactors. EDF said prices will rise.')).toEqual([]);
    expect(found('The National Ignition Facility (NIF) fired its laser. NIF is in California.')).toEqual([]);
    expect(found('NATO backs the NIF and the European Defence Fund (EDF).')).toEqual(['NATO:nato', 'NIF:nif', 'European Defence Fund:edf', 'EDF:edf']);
  });

  it('leaves letters plain that the page defines as two of the dataset’s entities (a newcomer’s trial, session 20)', () => {
    const two = seenIn(
      compileMatcher([
        { entityId: 'sda-awareness', category: 'edt', text: 'space domain awareness', caseSensitive: false },
        { entityId: 'sda-agency', category: 'program', text: 'Space Development Agency', caseSensitive: false },
      ]),
    );
    expect(two('Firms sell space domain awareness (SDA) data.', 'The Space Development Agency (SDA) launched; SDA’s director spoke.')).toEqual([
      'space domain awareness:sda-awareness',
      'Space Development Agency:sda-agency',
    ]);
    expect(two('The Space Development Agency (SDA) launched; SDA’s director spoke.')).toEqual(['Space Development Agency:sda-agency', 'SDA:sda-agency', 'SDA:sda-agency']);
  });

  it('does not take a slip in the entity’s own long name for another name', () => {
    expect(found('The Chief Digital and Artificial Office (CDAO) runs it.')).toContain('CDAO:cdao');
  });

  it('vetoes an alias next to an "unless" word', () => {
    expect(found('EDF, the French utility, reported profits.')).toEqual([]);
    expect(found('EDF calls opened for defence start-ups.')).toEqual(['EDF:edf']);
  });

  it('takes a firm’s short form only on a page that names it in full, in the exact case', () => {
    expect(found('Chaos said the deal closed.')).toEqual([]);
    expect(found('Chaos Industries raised money. Chaos said the deal closed, unlike the chaos before.')).toEqual([
      'Chaos Industries:chaos',
      'Chaos:chaos',
    ]);
  });

  it('reads a firm’s short form in the case the page writes its full name in, and in no other', () => {
    // The dataset writes "ARX Robotics"; this page writes "Arx Robotics", and then "Arx".
    expect(found('Arx Robotics builds ground robots. Arx said the army ordered more.')).toEqual(['Arx Robotics:arx', 'Arx:arx']);
    expect(found('ARX Robotics builds ground robots. Arx said the army ordered more; ARX agreed.')).toEqual(['ARX Robotics:arx', 'ARX:arx']);
    expect(found('Arx said the army ordered more.')).toEqual([]);
  });

  it('does not count a firm named in full where its own exclusions turn the name down (a checker’s test, session 24)', () => {
    const withGuard = compileMatcher({ ...spec, aliases: [...spec.aliases, entry('wind', 'Wind Capital', { category: 'firm', caseSensitive: true, notFollowedBy: '^\\s+Group\\b' })] });
    const read = (texts: string[]) => withGuard.findAll(texts).flat().map((m) => `${m.surface}:${m.entityId}`);
    expect(read(['Wind Capital Group builds wind farms for defence sites.', 'Wind said the turbines are ready.'])).toEqual([]);
    expect(read(['Wind Capital backs defence start-ups.', 'Wind said it invests in Helsing.'])).toEqual(['Wind Capital:wind', 'Wind:wind', 'Helsing:helsing']);
  });

  it('keeps a firm’s short form of several words that another entity lists as a context word, but not a one-word one', () => {
    const withContext = compileMatcher({
      ...spec,
      aliases: [
        ...spec.aliases,
        entry('air-street', 'Air Street Capital', { category: 'firm' }),
        entry('launch-ventures', 'Launch Ventures', { category: 'firm' }),
        // An investor's portfolio firm whose rule reads its investors' names; a space firm whose rule reads "launch".
        entry('portfolio-firm', 'Modern Widgets', { category: 'firm', context: { anyOf: ['Air Street', 'Vine'], scope: 'page' } }),
        entry('rocket-firm', 'Rocket Widgets', { category: 'firm', context: { anyOf: ['launch'], scope: 'page' } }),
      ],
    });
    const read = (texts: string[]) => withContext.findAll(texts).flat().map((m) => `${m.surface}:${m.entityId}`);
    expect(read(['Air Street’s reply to the defence review.', 'Air Street Capital, a London investor, backs defence start-ups.'])).toEqual([
      'Air Street:air-street',
      'Air Street Capital:air-street',
    ]);
    // The context word still counts for its own rule.
    expect(read(['Modern Widgets raised money from Air Street.'])).toContain('Modern Widgets:portfolio-firm');
    // "Launch" is a common word another rule reads: never a short form, even where the firm is named in full.
    expect(read(['Launch Ventures backs defence start-ups.', 'Launch costs fell for investors.'])).toEqual(['Launch Ventures:launch-ventures']);
  });

  it('prefers a firm’s short form over a generic word of the same letters when the firm is named', () => {
    const texts = ['Quantum Systems builds military drones for investors.', 'Quantum said its drone flew.'];
    expect(matcher.findAll(texts)[1]!.map((m) => `${m.surface}:${m.entityId}`)).toEqual(['Quantum:quantum-systems', 'drone:drones']);
  });

  it('takes a capitalised technology word before what the technology makes as the technology, not the firm’s short form (a newcomer’s trial, session 24)', () => {
    const texts = ['Quantum Systems builds military drones for investors.', 'Quantum hardware is expensive. Quantum effects are hard to control. Quantum said its drone flew.'];
    expect(matcher.findAll(texts)[1]!.map((m) => `${m.surface}:${m.entityId}`)).toEqual(['Quantum:quantum', 'Quantum:quantum', 'Quantum:quantum-systems', 'drone:drones']);
    // Only opening a sentence, and not before what the firm itself sells (a second break-it review, session 24).
    const firm = ['Quantum Systems builds military drones for investors.', 'The army said Quantum hardware flew. Quantum platforms such as the Vector fly.'];
    expect(matcher.findAll(firm)[1]!.map((m) => `${m.surface}:${m.entityId}`)).toEqual(['Quantum:quantum-systems', 'Quantum:quantum-systems']);
  });

  it('leaves an acronym that is also a word, guarded by context words, plain in a line written in capitals (a newcomer’s trial, session 24)', () => {
    const withSafe = compileMatcher({
      ...spec,
      aliases: [...spec.aliases, entry('safe', 'SAFE', { caseSensitive: true, context: { anyOf: ['loans', 'defence'], scope: 'near' } }), entry('tekever', 'TEKEVER', { category: 'firm', caseSensitive: true })],
    });
    const read = (text: string) => withSafe.find(text).map((m) => `${m.surface}:${m.entityId}`);
    expect(read('IS YOUR PENSION SAFE IN A TANK FACTORY? EUROPE’S BANKS BET ON LOANS')).toEqual([]);
    expect(read('STAY SAFE AND READ OUR DEFENCE LOANS NEWSLETTER')).toEqual([]);
    // With a context word close by, it is the acronym there too (a second break-it review, session 24).
    expect(read('POLAND TO GET THE BIGGEST SHARE OF SAFE DEFENCE LOANS')).toEqual(['SAFE:safe']);
    // Unguarded names still count there, and the acronym counts in ordinary text.
    expect(read('TEKEVER WINS A DEFENCE CONTRACT FOR DRONES')).toEqual(['TEKEVER:tekever', 'DRONES:drones']);
    expect(read('EU states applied for SAFE loans for defence.')).toEqual(['SAFE:safe']);
  });

  it('takes a firm’s short form joined by a hyphen to a capitalised word (a German noun, a title) as the firm, not part of a name', () => {
    const texts = ['Quantum Systems builds military drones for investors.', 'Seit 2022 fliegen Quantum-Drohnen in der Ukraine.', 'The Quantum Drohnen office is a name.'];
    expect(matcher.findAll(texts).slice(1).map((found) => found.map((m) => `${m.surface}:${m.entityId}`))).toEqual([['Quantum:quantum-systems'], []]);
  });

  it('takes a technology’s acronym after a comma that follows a capitalised word, but not a firm’s short form there (a break-it review, session 22)', () => {
    const withLeo = compileMatcher({ ...spec, aliases: [...spec.aliases, entry('space', 'LEO', { category: 'edt', caseSensitive: true })] });
    const read = (texts: string[]) => withLeo.findAll(texts).map((found) => found.map((m) => `${m.surface}:${m.entityId}`));
    expect(read(['Ziel ist der Orbit (niedrige Erdumlaufbahn, LEO).'])).toEqual([['LEO:space']]);
    // A firm's short form is often a name, a place or a word as well ("In Washington, Harris said").
    expect(read(['Chaos Industries builds military radars for investors.', 'In Texas, Chaos reigned at the fair.'])).toEqual([['Chaos Industries:chaos'], []]);
  });

  it('extends a firm mention over its legal form', () => {
    expect(found('Airbus SE and Airbus, Inc. reported.')).toEqual(['Airbus SE:airbus', 'Airbus, Inc.:airbus']);
    // After a comma, a form followed by a capitalised word starts the list's next name (a scout's page, session 24).
    expect(found('Suppliers: Airbus, SA Photonics and Helsing, AG Solutions.')).toEqual(['Airbus:airbus', 'SA Photonics:page-firm:SA Photonics', 'Helsing:helsing']);
    // A form with a dot stays the firm's before a capitalised word ("Airbus, Inc. Chief Executive …": a break-it review).
    expect(found('Airbus, Inc. Chief Executive Guillaume Faury spoke.')).toEqual(['Airbus, Inc.:airbus']);
  });

  it('extends a firm mention over a subsidiary’s words before a legal form, and not over words alone (a blind batch, session 18)', () => {
    // A group word is no legal form: "Airbus Defence Group" could be a sentence's words.
    expect(found('The contract went to Airbus Government Solutions Inc. last week, and the parent said that Airbus Defence Group would follow.')).toEqual(['Airbus Government Solutions Inc.:airbus', 'Airbus:airbus']);
    expect(found('Airbus Government Solutions won; Airbus Bremen said.')).toEqual(['Airbus:airbus', 'Airbus:airbus']);
    // Not a verb of a heading's words, nor over a longer name the dataset knows (its own firm).
    expect(found('Airbus Acquires Helsing GmbH')).toEqual(['Airbus:airbus', 'Helsing GmbH:helsing']);
    const subsidiaries = compileMatcher({ ...spec, aliases: [...spec.aliases, entry('airbus-ds', 'Airbus Defence and Space', { category: 'firm' }), entry('airbus-uk', 'Airbus UK', { category: 'firm' })] });
    expect(subsidiaries.find('Airbus UK Ltd and Airbus Defence and Space GmbH signed.').map((m) => `${m.surface}:${m.entityId}`)).toEqual(['Airbus UK Ltd:airbus-uk', 'Airbus Defence and Space GmbH:airbus-ds']);
  });

  it('extends a firm mention over the country of a national subsidiary, with its legal form, not over a compound (blind dev articles, session 26)', () => {
    expect(found('The deal went to Airbus Australia and Helsing UK, then to Airbus UK Ltd. and Airbus Germany’s plant.')).toEqual([
      'Airbus Australia:airbus',
      'Helsing UK:helsing',
      'Airbus UK Ltd.:airbus',
      'Airbus Germany:airbus',
    ]);
    // A hyphen joins the country to the firm or to what follows: "Airbus-Japan", "Helsing UK-based staff".
    expect(found('The Airbus-Japan venture hired Helsing UK-based staff.')).toEqual(['Airbus:airbus', 'Helsing:helsing']);
    // Not in a heading, whose capitals say nothing.
    expect(found('Airbus Australia Wins Helsing Deal')).toEqual(['Airbus:airbus', 'Helsing:helsing']);
    // A break-it review: a country's possessive before a superlative is the country's; a country in its own language
    // only before a legal form (else it is often the sentence's object); the longer region first; accents read plain.
    expect(found('It makes Helsing Europe’s most valuable start-up and Airbus Germany’s biggest rival.')).toEqual(['Helsing:helsing', 'Airbus:airbus']);
    expect(found('Soll Airbus Deutschland mit Munition versorgen? Airbus Deutschland GmbH sagt nein.')).toEqual(['Airbus:airbus', 'Airbus Deutschland GmbH:airbus']);
    expect(found('The contract went to Airbus Asia Pacific and then to Airbus España S.A. last week.')).toEqual(['Airbus Asia Pacific:airbus', 'Airbus España S.A.:airbus']);
    // Gulf, Central European and Asian subsidiaries (a scout's page, session 27: "Tawazun … and Saab UAE announced").
    expect(found('The ministry and Airbus UAE signed; Helsing Czech Republic s.r.o. and Airbus Taiwan followed.')).toEqual(['Airbus UAE:airbus', 'Helsing Czech Republic s.r.o.:helsing', 'Airbus Taiwan:airbus']);
  });

  it('reads a name right after a slash that follows a capitalised word ("Airbus/Helsing"), not in a path', () => {
    expect(found('Multinationals (RTX, Airbus/Helsing, etc.) are here.')).toEqual(['Airbus:airbus', 'Helsing:helsing']);
    expect(found('See example.com/Helsing and news/Helsing and /Helsing for details.')).toEqual([]);
    // A path of capitalised folders is no list of names (a break-it review, session 18).
    expect(found('Open Library/Application Support/Helsing/Logs and Projects/Airbus for details.')).toEqual([]);
  });

  it('reads a name after the slash of a picture credit ("Photo: Reuters/Helsing"), as labellers count it (a blind batch, session 21)', () => {
    expect(found('Photo: Reuters/Helsing')).toEqual(['Helsing:helsing']);
    expect(found('Foto: Max Stedtler/Helsing')).toEqual(['Helsing:helsing']);
    // Not a path that merely follows a credit's words elsewhere on the line.
    expect(found('Photo: Reuters. Files in Logs/Helsing were deleted.')).toEqual([]);
  });

  it('takes an abbreviation defined in quotes inside the parentheses ("STMicroelectronics («ST»)")', () => {
    const quoted = compileMatcher({ ...spec, aliases: [...spec.aliases, entry('stm', 'STMicroelectronics', { category: 'firm', caseSensitive: true })] });
    expect(seenIn(quoted)('Le soutien à STMicroelectronics («ST») et à la défense.', 'Les subventions vont à ST.')).toEqual(['STMicroelectronics:stm', 'ST:stm', 'ST:stm']);
    expect(seenIn(quoted)('Le soutien à STMicroelectronics et à la défense.', 'Les subventions vont à ST.')).toEqual(['STMicroelectronics:stm']);
  });

  it('matches the other number of a technology term', () => {
    expect(found('Defence and military start-ups build drones; biotechnologies too.')).toEqual(['drones:drones', 'biotechnologies:biotech']);
  });

  it('does not take a capitalised technology word inside a name in running text', () => {
    // (The page names it as a firm, so it is one: the dataset does not know it.)
    expect(found('The defence start-up Origin Robotics builds military robotics.')).toEqual(['Origin Robotics:page-firm:Origin Robotics', 'robotics:robotics']);
  });

  it('does not match inside user names, handles or web addresses', () => {
    expect(found('Posted by van_helsing_77 and @Helsing; see helsing.ai for more.')).toEqual([]);
    expect(found('Helsing raised funds.')).toEqual(['Helsing:helsing']);
  });
});

  it('reads a firm’s or programme’s name with a German genitive "s" in German text, the "s" in the mention (blind German batches)', () => {
    const text = 'Helsing und der European Defence Industry Programme: Nicht nur Helsings HX-2, sondern auch die Drohnen von Airbus und die Mittel des European Defence Industry Programmes wurden getestet.';
    expect(found(text)).toEqual([
      'Helsing:helsing',
      'European Defence Industry Programme:edip',
      'Helsings:helsing',
      'Airbus:airbus',
      'European Defence Industry Programmes:edip',
    ]);
  });

  it('reads a genitive only of a name the page also writes plainly, and never after an article or a number (a break-it review, session 18)', () => {
    // The page never names Helsing uninflected: "Helsings" is someone's, not the firm's.
    expect(found('Nicht nur Helsings HX-2, sondern auch die Drohnen von Airbus wurden getestet.')).toEqual(['Airbus:airbus']);
    // "die Airbuss", "zehn weitere Helsings": plurals; a name of several words keeps its article.
    expect(found('Helsing und Airbus sind dabei, und die Helsings und zehn weitere Helsings wurden mit dem Geld bezahlt.')).toEqual(['Helsing:helsing', 'Airbus:airbus']);
  });

  it('reads a context word as the head or the tail of a German compound, in German text only (scouts’ pages, session 23)', () => {
    const renk = compileMatcher([
      entry('renk', 'Renk', { category: 'firm', caseSensitive: true, context: { anyOf: ['Rüstung', 'Panzer'], scope: 'near' } }),
    ]);
    const renkIn = (text: string) => renk.find(text).map((m) => m.surface);
    expect(renkIn('Der Rüstungszulieferer Renk ist bekannt und wird größer.')).toEqual(['Renk']);
    expect(renkIn('Renk liefert Getriebe für Kampfpanzer, sagt der Chef, und ist bekannt.')).toEqual(['Renk']);
    expect(renkIn('Renk ist bekannt und wird größer, sagt der Chef.')).toEqual([]);
    // Not in English: "Panzerfaust-style" is no compound of a German page.
    expect(renkIn('Renk said the Panzerfaust-style toy was popular.')).toEqual([]);
  });

  it('reads no genitive in English or French text, after an acronym, or where the name’s own rules say no', () => {
    // English: "Helsings" is no word of its; an acronym's "s" is a plural; a sibilant takes no "s".
    expect(found('The Helsings of this world build military drones for investors.')).toEqual(['drones:drones']);
    expect(found('Die NIFs und die CDAOs wurden mit dem Geld von Airbuss nicht bezahlt.')).toEqual([]);
    // Helsing's exact case still holds: "helsings" in lower case is not the firm.
    expect(found('Die helsings der Stadt sind mit dem Rad auf dem Weg.')).toEqual([]);
  });

describe('derived forms', () => {
  it.each([
    ['drone', 'drones'],
    ['drones', 'drone'],
    ['biotechnology', 'biotechnologies'],
    ['satellites', 'satellite'],
    ['hypersonic', undefined],
    ['machine learning', undefined],
    ['AI', undefined],
    // "Spaces" are rooms and markets, never outer space (a scout's page, session 26).
    ['space', undefined],
    ['outer space', undefined],
  ])('the other number of %s is %s', (phrase, other) => {
    expect(otherNumber(phrase)).toBe(other);
  });

  it.each([
    ['FPV', 'FPVs'],
    ['UGV', 'UGVs'],
    ['AI', 'AIs'],
    ['A', undefined],
    ['Lidar', undefined],
    ['C-UAS', undefined],
  ])('the plural of the acronym %s is %s', (acronym, plural) => {
    expect(acronymPlural(acronym)).toBe(plural);
  });

  it.each([
    ['Alice & Bob', 'Alice and Bob'],
    ['Alice and Bob', 'Alice & Bob'],
    ['Baillie Gifford & Co.', 'Baillie Gifford and Co.'],
    ['Research & development', undefined],
    ['Helsing', undefined],
  ])('the other way to write "&" in %s is %s', (name, other) => {
    expect(ampersandName(name)).toBe(other);
  });

  it.each([
    ['Saronic Technologies', 'Saronic'],
    ['Skyeton Aerospace', 'Skyeton'],
    ['Chaos Industries Group', 'Chaos'],
    ['General Dynamics', undefined],
    ['Helsing', undefined],
    ['AB AB', undefined],
    ['201 Ventures', undefined],
    ['645 Ventures', undefined],
    // A planet, a city or a surname is more often that than the firm (a break-it review, session 22).
    ['Venus Aerospace', undefined],
    ['Delft Dynamics', undefined],
    ['York Space Systems', undefined],
    // A placeholder, and a Polish news site's name (a scout's page, session 23).
    ['XYZ Venture Capital', undefined],
    // A research firm by its first name (a scout's page, session 24: "SPARC Research … SPARC, based in Virginia").
    ['SPARC Research', 'SPARC'],
    ['Applied Research', undefined],
    // A dev article's "Regulus Cyber … Regulus is among the firms" (session 28): a sector word, like "Aerospace".
    ['Regulus Cyber', 'Regulus'],
    ['Kawasaki Heavy Industries', 'Kawasaki'],
    // Not a shipyard's: what is left is as often its city ("Newport News", "Cochin", "Goa": a break-it review, session 28).
    ['Zamil Shipyards', undefined],
    ['Cochin Shipyard', undefined],
    ['General Cyber', undefined],
  ])('the short form of %s is %s', (name, short) => {
    expect(firmShortForm(name)).toBe(short);
  });
});

describe('short forms of programmes', () => {
  it.each([
    ['BDC Defence Platform', ['Defence Platform']],
    ['NATO Innovation Fund', ['Innovation Fund']],
    ['EIB Group Security and Defence Industry Action Plan', ['Group Security and Defence Industry Action Plan', 'Security and Defence Industry Action Plan', 'Industry Action Plan', 'Action Plan']],
    ['CHIPS and Science Act', []],
    ['Office of Strategic Capital', []],
    ['Innovationszentrum der Bundeswehr', []],
    ['European Defence Fund', ['Defence Fund']],
    ['Project Maven', []],
  ])('the short forms of %s are %j', (name, forms) => {
    expect(programmeShortForms(name)).toEqual(forms);
  });

  const programmes = compileMatcher([
    { entityId: 'bdc', category: 'program', text: 'BDC Defence Platform', caseSensitive: false },
    { entityId: 'nif', category: 'program', text: 'NATO Innovation Fund', caseSensitive: false },
    { entityId: 'edf', category: 'program', text: 'European Defence Fund', caseSensitive: false },
  ]);
  const seen = seenIn(programmes);
  it('count after the page names the programme in full, in its case, at a sentence’s start too', () => {
    expect(seen('Canada’s bank opened the BDC Defence Platform.', 'The Defence Platform will invest CAD4 billion.')).toEqual(['BDC Defence Platform:bdc', 'Defence Platform:bdc']);
    expect(seen('The NATO Innovation Fund led. The Innovation Fund’s partners joined.')).toEqual(['NATO Innovation Fund:nif', 'Innovation Fund:nif']);
  });
  it('stay plain on a page that never names it in full, and in another case', () => {
    expect(seen('The Defence Platform will invest CAD4 billion.', 'An innovation fund of the city.')).toEqual([]);
    expect(seen('The European Defence Fund opened calls.', 'Estonia’s defence fund grew.')).toEqual(['European Defence Fund:edf']);
  });
});

describe('distinctive short forms', () => {
  const distinct = compileMatcher([
    { entityId: 'rtx', category: 'firm', text: 'RTX Corporation', caseSensitive: false },
    { entityId: 'icomat', category: 'firm', text: 'iCOMAT Technologies', caseSensitive: false },
  ]);
  it('match without the full name when no ordinary word looks like them', () => {
    expect(distinct.find('RTX and iCOMAT signed.').map((m) => `${m.surface}:${m.entityId}:${m.rule}`)).toEqual([
      'RTX:rtx:distinctive short form of a firm name',
      'iCOMAT:icomat:distinctive short form of a firm name',
    ]);
  });
});

describe('breaking cases from a newcomer’s trial', () => {
  const m = compileMatcher({
    version: '1',
    topicWords: ['defence', 'military', 'start-ups'],
    topicThreshold: 1,
    aliases: [
      { entityId: 'darpa', category: 'program', text: 'ARPA', caseSensitive: true, notFollowedBy: '\\s?[-‐–]\\s?\\p{Lu}\\b' },
      { entityId: 'space', category: 'edt', text: 'space', caseSensitive: false, generic: true },
      { entityId: 'rtx', category: 'firm', text: 'RTX Corporation', caseSensitive: false },
      { entityId: 'rtx-ventures', category: 'firm', text: 'RTX Ventures', caseSensitive: false },
      { entityId: 'quantum-systems', category: 'firm', text: 'Quantum Systems', caseSensitive: true },
    ],
  });
  const found = (text: string) => m.find(text).map((x) => `${x.surface}:${x.entityId}`);

  it('reads exclusions on the text as written: ARPA-E and ARPA-H are not ARPA', () => {
    expect(found('Defence research: ARPA-E and ARPA-H copied ARPA.')).toEqual(['ARPA:darpa']);
  });

  it('leaves technology words in job titles and offices plain', () => {
    expect(found('The Commissioner for Space met defence start-ups about space launch.')).toEqual(['space:space']);
  });

  it('gives a shared short form to the firm the page names in full, and to neither otherwise', () => {
    expect(found('RTX Corporation said RTX will grow its defence unit.')).toEqual(['RTX Corporation:rtx', 'RTX:rtx']);
    expect(found('RTX Ventures backed it; RTX said defence.')).toEqual(['RTX Ventures:rtx-ventures', 'RTX:rtx-ventures']);
    expect(found('RTX said defence.')).toEqual([]);
  });

  it('does not take a short form inside another capitalised name', () => {
    expect(found('Quantum Systems and Applied Quantum Ventures met military buyers.')).toEqual(['Quantum Systems:quantum-systems']);
  });

  it('matches every mention of a very long block', () => {
    // Its speed is measured by npm run bench; here only that nothing is lost on a 190,000-character block.
    expect(m.find('Defence start-ups in the space sector. '.repeat(5000)).length).toBe(5000);
  });
});

describe('a page that defines an abbreviation', () => {
  it('still leaves out the uses its words nearby say are something else ("EDF Renewables", "EDF, the French utility")', () => {
    const text =
      'The European Defence Fund (EDF) will reserve money for drones and the military start-up scene. ' +
      'Officials said the EDF would open calls in May. '.repeat(3) +
      'Nothing else in the defence budget changed this week, the ministry said in a long statement. ' +
      'Separately, EDF, the French utility, reported profits, and EDF Renewables, its green arm, builds wind farms.';
    expect(found(text).filter((m) => m.startsWith('EDF'))).toEqual(['EDF:edf', 'EDF:edf', 'EDF:edf', 'EDF:edf']);
  });
});

describe('a page that defines letters its topic gate would turn down (a newcomer’s trial, session 26)', () => {
  it('still leaves out a use whose words nearby say it is something else', () => {
    const gated = compileMatcher({
      version: 't',
      aliases: [
        { entityId: 'edf', category: 'program', text: 'EDF', caseSensitive: true, generic: true, unless: { anyOf: ['power company'], scope: 'near', window: 60 } },
        { entityId: 'edf', category: 'program', text: 'European Defence Fund', caseSensitive: false },
      ],
      topicWords: ['drones'],
      topicThreshold: 5,
    });
    const texts = ['The European Defence Fund (EDF) awarded money to projects.', 'The EDF will award more.', 'Separately, the French power company EDF said its output rose.'];
    expect(gated.findAll(texts).map((found) => found.map((m) => `${m.surface}:${m.entityId}`))).toEqual([['European Defence Fund:edf', 'EDF:edf'], ['EDF:edf'], []]);
  });
});

describe('a firm’s name of several words written in lower case (a break-it review, session 13)', () => {
  const firms = compileMatcher([
    { entityId: 'naval-group', category: 'firm', text: 'Naval Group', caseSensitive: false },
    { entityId: 'eos', category: 'firm', text: 'Electro Optic Systems', caseSensitive: false },
  ]);
  const seen = seenIn(firms);
  it('is words, and gives no short form', () => {
    expect(seen('A Russian naval group sailed past.', 'Vehicles with electro-optic systems, and other electro-optic sights.')).toEqual([]);
  });
  it('is the firm with its capitals, or in capitals', () => {
    expect(seen('Naval Group and NAVAL GROUP', 'Electro Optic Systems said. Electro Optic then hired.')).toEqual(['Naval Group:naval-group', 'NAVAL GROUP:naval-group', 'Electro Optic Systems:eos', 'Electro Optic:eos']);
  });
});

describe('a firm’s guarded shorter name after the page names it in full (a break-it review, session 13)', () => {
  const seen = seenIn(
    compileMatcher([
      { entityId: 'stark', category: 'firm', text: 'Stark Defence', caseSensitive: false },
      { entityId: 'stark', category: 'firm', text: 'STARK', caseSensitive: true },
      { entityId: 'indra', category: 'firm', text: 'Indra Sistemas', caseSensitive: false },
      { entityId: 'indra', category: 'firm', text: 'Indra', caseSensitive: true, context: { anyOf: ['radar'], scope: 'near', window: 40 } },
    ]),
  );
  it('counts in the case of the full name’s first word, without its context words', () => {
    expect(seen('Stark Defence raised money.', 'Stark says its drones are cheap. Indra Sistemas won. Later, Indra said it would hire.')).toEqual([
      'Stark Defence:stark',
      'Stark:stark',
      'Indra Sistemas:indra',
      'Indra:indra',
    ]);
  });
  it('stays plain on a page that does not name the firm in full, and in another case', () => {
    expect(seen('Stark says so. Indra said it would hire.', 'A stark warning.')).toEqual([]);
  });
  it('counts a programme’s guarded name no ordinary word looks like, not one of ordinary words (a blind batch, session 20)', () => {
    const programmes = seenIn(
      compileMatcher([
        { entityId: 'xtech', category: 'program', text: 'xTech program', caseSensitive: false },
        { entityId: 'xtech', category: 'program', text: 'xTech', caseSensitive: true, context: { anyOf: ['prize'], scope: 'near', window: 40 } },
        { entityId: 'defence-city', category: 'program', text: 'Defence City regime', caseSensitive: false },
        { entityId: 'defence-city', category: 'program', text: 'Defence City', caseSensitive: true, context: { anyOf: ['Ukraine'], scope: 'near', window: 40 } },
      ]),
    );
    expect(programmes('The xTech program runs contests.', 'Firms use xTech to get a foothold.')).toEqual(['xTech program:xtech', 'xTech:xtech']);
    expect(programmes('Firms use xTech to get a foothold.')).toEqual([]);
    // Another country's "Defence City" is not the one the page named.
    expect(programmes('The Defence City regime gives tax breaks.', 'Lithuania plans a Defence City of its own.')).toEqual(['Defence City regime:defence-city']);
    // Nor an acronym, which the page may use for something else (a break-it review, session 20).
    const acronyms = seenIn(
      compileMatcher([
        { entityId: 'sda', category: 'program', text: 'Space Development Agency', caseSensitive: false },
        { entityId: 'sda', category: 'program', text: 'SDA', caseSensitive: true, context: { anyOf: ['satellites'], scope: 'near', window: 20 } },
      ]),
    );
    expect(acronyms('The Space Development Agency buys.', 'Space domain awareness, or SDA, matters.')).toEqual(['Space Development Agency:sda']);
  });
});

describe('one sense per page for a technology word that needs context words (blind batches, sessions 14-19)', () => {
  const space = compileMatcher({
    version: 'test',
    topicWords: ['defence', 'military'],
    topicThreshold: 1,
    aliases: [
      {
        entityId: 'space',
        category: 'edt',
        text: 'space',
        caseSensitive: false,
        generic: true,
        context: { anyOf: ['satellites', 'orbit'], scope: 'near', window: 40 },
        notFollowedBy: '\\s+(?:for|to|is|in|of)\\b',
        notPrecededBy: '(?:office|more)\\s+$',
        place: true,
      },
      { entityId: 'space', category: 'edt', text: 'spacecraft', caseSensitive: false, generic: true },
      { entityId: 'drones', category: 'edt', text: 'drones', caseSensitive: false, generic: true },
    ],
  });
  const seen = (...texts: string[]) =>
    space
      .session()
      .add(texts)
      .flat()
      .map((m) => `${m.surface}:${m.rule}`);
  const far = ' The firm, founded in Colorado, has grown quickly over two years and hired many staff for it.';

  it('takes its uses as a place far from the context words once the page named the technology twice', () => {
    expect(seen('Military space start-ups build satellites and spacecraft.' + far, 'Defence buyers want an edge from space; they sent robots into space.')).toEqual([
      'space:generic term, on a page about defense or technology, with “satellites” nearby',
      'spacecraft:generic term, on a page about defense or technology',
      'space:generic term as a place, the page names the technology elsewhere',
      'space:generic term as a place, the page names the technology elsewhere',
    ]);
  });

  it('leaves the everyday word plain on such a page (a break-it review, session 20)', () => {
    // Only after a preposition of place: every looser reading took "cleanroom space", "time and space", "Space was tight".
    expect(
      seen(
        'Military space start-ups build satellites and spacecraft.' + far,
        'The cleanroom space is small. Space was tight. They traded time and space; the design space grew. The Space tour ended. ' +
          'Due to space constraints, troops were told to space out; one stared blankly into space; a shop is moving into space at the mall; space heaters sold.',
      ),
    ).toEqual([
      'space:generic term, on a page about defense or technology, with “satellites” nearby',
      'spacecraft:generic term, on a page about defense or technology',
    ]);
    // A guarded word not marked as a place never spreads ("access to energy": a second break-it review, session 20).
    const energy = compileMatcher({
      version: 'test',
      topicWords: ['defence', 'military'],
      topicThreshold: 1,
      aliases: [
        { entityId: 'energy', category: 'edt', text: 'energy', caseSensitive: false, generic: true, context: { anyOf: ['batteries'], scope: 'near', window: 20 } },
        { entityId: 'energy', category: 'edt', text: 'directed energy', caseSensitive: false },
        { entityId: 'energy', category: 'edt', text: 'power electronics', caseSensitive: false },
      ],
    });
    expect(energy.session().add(['Military directed energy and power electronics.' + far, 'Defence bases need access to energy.']).flat().map((m) => m.surface)).toEqual(['directed energy', 'power electronics']);
    // One mention inside a longer one is not a second: "satellites" alone does not spread.
    const one = compileMatcher({
      version: 'test',
      topicWords: ['defence', 'military'],
      topicThreshold: 1,
      aliases: [
        { entityId: 'space', category: 'edt', text: 'space', caseSensitive: false, generic: true, context: { anyOf: ['orbit'], scope: 'near', window: 40 }, place: true },
        { entityId: 'space', category: 'edt', text: 'satellites', caseSensitive: false, generic: true },
        { entityId: 'space', category: 'edt', text: 'small satellites', caseSensitive: false, generic: true },
      ],
    });
    expect(one.session().add(['Military small satellites.' + far, 'Defence buyers look to space.']).flat().map((m) => m.surface)).toEqual(['small satellites']);
  });

  it('leaves the market, the room and its exclusions plain, and needs two uses of the technology first', () => {
    // "the space", "a space", "this space": the guidelines' market and room; exclusions still apply.
    expect(seen('Military space start-ups build satellites and spacecraft.' + far, 'Investors crowd the space; a space opened; office space is dear; more space for defence.')).toEqual([
      'space:generic term, on a page about defense or technology, with “satellites” nearby',
      'spacecraft:generic term, on a page about defense or technology',
    ]);
    // One use of the technology is not enough; nor does a later use reach back to an earlier text.
    expect(seen('Military spacecraft.' + far, 'Defence buyers want the edge in space.')).toEqual(['spacecraft:generic term, on a page about defense or technology']);
    expect(seen('Defence buyers want the edge in space.', 'Military space start-ups build satellites and spacecraft.')).toEqual([
      'space:generic term, on a page about defense or technology, with “satellites” nearby',
      'spacecraft:generic term, on a page about defense or technology',
    ]);
  });
});

describe('one sense per page for a guarded firm name (a blind batch, session 16)', () => {
  const guarded = compileMatcher({
    version: 'test',
    topicWords: ['defence', 'military'],
    topicThreshold: 1,
    aliases: [
      { entityId: 'true-anomaly', category: 'firm', text: 'True Anomaly', caseSensitive: true, context: { anyOf: ['satellites', 'spacecraft'], scope: 'near', window: 40 } },
      { entityId: 'counter-uas', category: 'edt', text: 'counter-UAS', caseSensitive: false },
      { entityId: 'quantum', category: 'edt', text: 'quantum', caseSensitive: false, generic: true },
    ],
  });
  const seen = seenIn(guarded);

  it('takes the name wherever the page writes it once it was taken beside its context words', () => {
    const far = ' The company, founded in Colorado, has grown quickly over two years and hired many staff.';
    expect(seen('True Anomaly builds satellites for military customers.' + far + ' True Anomaly said so.', 'Later, True Anomaly raised money.')).toEqual([
      'True Anomaly:true-anomaly',
      'True Anomaly:true-anomaly',
      'True Anomaly:true-anomaly',
    ]);
  });

  it('keeps a name to its context words on a page about something else, and where the use reads as another sense (a break-it review, session 16)', () => {
    const art = seenIn(
      compileMatcher({
        version: 'test',
        topicWords: ['defence', 'military', 'drones'],
        topicThreshold: 2,
        aliases: [{ entityId: 'leonardo', category: 'firm', text: 'Leonardo', caseSensitive: true, context: { anyOf: ['Italian'], scope: 'near', window: 20 } }],
      }),
    );
    // A defence page: a name of one word spreads nowhere (a second break-it review: surnames, a painter).
    expect(art('Military drones for defence: the Italian Leonardo built them.', 'Leonardo said so; the journalist Leonardo Rossi agreed.')).toEqual(['Leonardo:leonardo']);
    // An art review: "Italian" confirms nothing beyond its own sentence.
    expect(art('The Italian Leonardo painted it.', 'Visitors queue to see Leonardo at dusk.')).toEqual(['Leonardo:leonardo']);
    const far = ' The company, founded in Colorado, has grown quickly over two years and hired many staff.';
    // On topic, the other uses are taken, but not after a given name or a title, nor as a compound's head.
    expect(seen('True Anomaly builds satellites for military customers.' + far, 'Professor True Anomaly spoke. True Anomaly-style orbits. Later, True Anomaly grew.')).toEqual([
      'True Anomaly:true-anomaly',
      'True Anomaly:true-anomaly',
    ]);
  });

  it('takes a firm’s name of a word and "AI" written as one word, capitalised', () => {
    const joined = compileMatcher({ version: 'test', topicWords: [], topicThreshold: 1, aliases: [{ entityId: 'shield-ai', category: 'firm', text: 'Shield AI', caseSensitive: false }] });
    expect(joined.find('ShieldAI and Shield AI won; see shieldai.com.').map((m) => `${m.surface}:${m.rule}`)).toEqual(['ShieldAI:“Shield AI” written as one word', 'Shield AI:alias (any case)']);
    // A second break-it review (session 16): not in other capitals, not a package's name, not on a page about something else.
    const otherPage = compileMatcher({ version: 'test', topicWords: ['defence'], topicThreshold: 1, aliases: [{ entityId: 'hawkeye-360', category: 'firm', text: 'HawkEye 360', caseSensitive: false }, { entityId: 'scale-ai', category: 'firm', text: 'Scale AI', caseSensitive: false }] });
    expect(otherPage.find('Defence news: Hawkeye360 replay cameras; pip install ScaleAI-client; HawkEye360 and ScaleAI won.').map((m) => m.surface)).toEqual(['HawkEye360', 'ScaleAI']);
    expect(otherPage.find('In the novel, ScaleAI rules the moons.').map((m) => m.surface)).toEqual([]);
  });

  it('takes a firm’s name with "and" for its "&", in its capitals (a blind batch, session 17: a list lost "Alice and Bob")', () => {
    const both = compileMatcher({ version: 'test', topicWords: ['quantum'], topicThreshold: 1, aliases: [{ entityId: 'alice-and-bob', category: 'firm', text: 'Alice & Bob', caseSensitive: false }] });
    const seen = (text: string) => both.find(text).map((m) => `${m.surface}:${m.rule}`);
    // The firm found, the list it opens is a list of firms.
    expect(seen('Quantum deals with Alice and Bob, C12 and Pasqal; Alice & Bob said so.')).toEqual([
      'Alice and Bob:“Alice & Bob” written with “and” for “&”',
      'C12:in a list of firms with “Alice and Bob”',
      'Pasqal:in a list of firms with “C12”',
      'Alice & Bob:alias (any case)',
    ]);
    expect(seen('Quantum physics puzzles: alice and bob share a key.')).toEqual([]);
    // A cryptography explainer's placeholders are not a list of names (a break-it review, session 17).
    expect(seen('In quantum key distribution, two parties, called Alice and Bob, share a key that Alice and Bob check.')).toEqual([]);
  });

  it('still needs the context words on a page that never gives them', () => {
    expect(seen('The military fund backs start-ups. It found a true anomaly.', 'True Anomaly was the title of the film.')).toEqual([]);
  });

  it('reads a technology the dataset writes in lower case, capitalised among capitalised words, as part of a name', () => {
    const named = compileMatcher({ version: 'test', topicWords: [], topicThreshold: 1, aliases: [{ entityId: 'uxs', category: 'edt', text: 'uncrewed vehicles', caseSensitive: false }] });
    expect(named.find('The Association for Uncrewed Vehicles Systems International said uncrewed vehicles matter.').map((m) => m.surface)).toEqual(['uncrewed vehicles']);
    expect(named.find('Uncrewed vehicles matter.').map((m) => m.surface)).toEqual(['Uncrewed vehicles']);
    // In a list, or after a sentence's opener, any word may be capitalised: only the word after tells.
    expect(named.find('Drones, Uncrewed Vehicles, and Why Uncrewed Vehicles matter.').map((m) => m.surface)).toEqual(['Uncrewed Vehicles', 'Uncrewed Vehicles']);
  });

  it('reads a technology word that opens an event’s name as the event', () => {
    expect(seen('Military work. He spoke at the Counter-UAS Technology USA Conference about counter-UAS needs.')).toEqual(['counter-UAS:counter-uas']);
    expect(seen('Military work. The Quantum Defence Summit 2025 met; quantum sensing was discussed.')).toEqual(['quantum sensing:quantum']);
    expect(seen('Military work. The AI+ Expo, the Quantum 2.0 Conference and the AI for Good Global Summit met.')).toEqual([]);
    // Not across a line, nor through "and"/"in" to another event, nor an event word used as a verb.
    expect(seen('Military work. Why armies bet on Counter-UAS\nDSEI Expo opens today. Leaders discussed Counter-UAS and Quantum in NATO Summit talks. Spending on Counter-UAS Show a sharp rise.')).toEqual([
      'Counter-UAS:counter-uas',
      'Counter-UAS:counter-uas',
      'Quantum:quantum',
      'Counter-UAS:counter-uas',
    ]);
    // A heading in title case capitalises every word: its technology words stay.
    expect(seen('Military work.', 'Counter-UAS Firms Flock To The Paris Air Show')).toEqual(['Counter-UAS:counter-uas']);
  });
});
