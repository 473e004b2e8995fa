import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { firmNamesIntroduced, pageFirmName } from '../../../utils/matcher/page-named-firms';

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

  it('drops a possessive, an opener, people’s titles, places and descriptive words', () => {
    expect(firmNamesIntroduced('It backed the startup Quobly’s second round.')).toEqual(['Quobly']);
    expect(firmNamesIntroduced('the company Chief Executive John Smith said')).toEqual([]);
    expect(firmNamesIntroduced('every company United States officials named')).toEqual([]);
    expect(firmNamesIntroduced('The fund backs Defense Technologies and Quantum Technologies broadly.')).toEqual([]);
    expect(firmNamesIntroduced('the firm said on Monday that the company had grown')).toEqual([]);
  });
});

const matcher = compileMatcher({
  version: 'test',
  topicWords: ['defence', 'military', 'drones', 'start-up'],
  topicThreshold: 2,
  aliases: [
    { entityId: 'unseenlabs', category: 'firm', text: 'Unseenlabs', caseSensitive: true },
    { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
    { entityId: 'tesi', category: 'firm', text: 'Tesi', caseSensitive: true },
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
    expect(matcher.find('The military start-up Quobly builds drones for defence.')[0]?.rule).toBe('named as a firm on this page');
  });

  it('need the page to name something of the dataset’s first: a page the first look finds nothing on is never annotated', () => {
    const session = matcher.session();
    const [first, second] = session.add(['The military start-up Quobly hired staff for defence work.', 'Defence start-ups build drones; Quobly too.']);
    expect(first!.map((m) => m.entityId)).toEqual([]);
    expect(second!.map((m) => `${m.surface}:${m.entityId}`)).toEqual(['drones:drones', 'Quobly:page-firm:Quobly']);
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
  });

  it('have an id that gives the name back', () => {
    expect(pageFirmName('page-firm:Reflex CES')).toBe('Reflex CES');
    expect(pageFirmName('tekever')).toBeUndefined();
    expect(pageFirmName('page-firm:')).toBeUndefined();
  });
});
