import { describe, expect, it } from 'vitest';
import type { MatcherSpec } from '../../../utils/matcher/alias-index';
import { aliasIndexOf } from '../../../utils/matcher/alias-index';
import { countryAfter, countryBefore, namedByOrdinaryWords } from '../../../utils/matcher/country-namesakes';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import type { Entity } from '../../../utils/dataset/schema';

describe('countryBefore', () => {
  it.each([
    ["Taiwan's ", 'TW'],
    ['Later, Taiwan’s own ', 'TW'],
    ['the Korean ', 'KR'],
    ["South Korea's new ", 'KR'],
    ["the UK's ", 'GB'],
    ['the US ', 'US'],
    ['Japan’s national ', 'JP'],
    ["Japan's newly created ", 'JP'],
    ["Tokyo's ", 'JP'],
    ["Seoul's ", 'KR'],
    ["The Korean ", 'KR'],
    ["the Republic of Korea's ", 'KR'],
    ["the Republic of China's ", 'TW'],
    ["the United States' ", 'US'],
    ["Meanwhile Taiwan's ", 'TW'],
    ["the Pentagon's ", 'US'],
  ])('reads a country in %j', (before, code) => {
    expect(countryBefore(before)?.code).toBe(code);
  });

  it.each(["NATO's ", "Silicon Valley's ", 'the ', '', 'a new ', "New South Wales' ", "New Mexico's ", "Northern Ireland's ", "Japan's plan to fund the "])('reads none in %j', (before) => {
    expect(countryBefore(before)).toBeUndefined();
  });
});

describe('countryAfter', () => {
  it.each([
    [' of Korea opened', 'KR'],
    [' of South Korea said', 'KR'],
    [' of the United States', 'US'],
    [' of Japan', 'JP'],
  ])('reads a country in %j', (after, code) => {
    expect(countryAfter(after)?.code).toBe(code);
  });

  // "in" says where something happened ("drones tested by the Defense Innovation Unit in Ukraine": a break-it review, session 29).
  it.each([' in Tokyo reports to the ministry', ' in Ukraine have struggled', ' of New Mexico', ' of Japan Airlines’ hangar', ' of Africa', ' will fund', ''])('reads none in %j', (after) => {
    expect(countryAfter(after)).toBeUndefined();
  });
});

describe('namedByOrdinaryWords', () => {
  it.each(['Defense Innovation Unit', 'Defence AI Centre', 'Technology Development Fund', 'Office of Strategic Capital'])('%s is a name any country may give', (name) => {
    expect(namedByOrdinaryWords(name)).toBe(true);
  });
  it.each(['Starlink', 'DIU', 'Brave1 Defence Cluster', 'Vinnova', 'Innovation'])('%s is its own', (name) => {
    expect(namedByOrdinaryWords(name)).toBe(false);
  });
});

describe('another country’s namesake on a page', () => {
  const entity = (id: string, category: Entity['category'], country: string | undefined, aliases: Entity['aliases']): Entity =>
    ({ id, name: aliases[0]!.text, category, kind: category === 'firm' ? 'startup' : 'agency', ...(country ? { country } : {}), aliases, summary: 's', summarySources: [], facts: [], relations: [], sources: [] }) as unknown as Entity;
  const entities = [
    entity('diu', 'program', 'US', [{ text: 'Defense Innovation Unit', caseSensitive: true }, { text: 'DIU', caseSensitive: true }]),
    entity('starlink', 'program', 'US', [{ text: 'Starlink' }]),
    entity('anduril', 'firm', 'US', [{ text: 'Anduril Industries' }]),
    entity('daic', 'program', 'GB', [{ text: 'Defence AI Centre', unless: { anyOf: ['Korea', 'Korean'], scope: 'near', window: 300 } }]),
  ];
  const spec: MatcherSpec = { version: '1', aliases: aliasIndexOf(entities), topicWords: ['defense', 'military', 'drones'], topicThreshold: 1 };
  const found = (text: string) =>
    compileMatcher(spec)
      .find(text)
      .map((m) => `${text.slice(m.start, m.end)}:${m.entityId}`);

  it('only programmes carry their country into the matcher', () => {
    expect(spec.aliases.map((a) => [a.entityId, a.country])).toEqual([
      ['diu', 'US'],
      ['diu', 'US'],
      ['starlink', 'US'],
      ['anduril', undefined],
      ['daic', 'GB'],
    ]);
  });

  it('leaves a name of ordinary words after another country to the page, and keeps the dataset’s own country', () => {
    expect(found("Japan's Defense Innovation Unit will buy military drones, as the US Defense Innovation Unit does.")).toEqual([
      'Defense Innovation Unit:page-program:Defense Innovation Unit',
      'Defense Innovation Unit:diu',
    ]);
  });

  it('takes the name after its own country’s word, though its `unless` words are nearby (a newcomer’s trial, session 28)', () => {
    expect(found("Korea's Defence AI Centre opened. It is modelled on the UK's Defence AI Centre and its military drones.")).toEqual([
      'Defence AI Centre:page-program:Defence AI Centre',
      'Defence AI Centre:daic',
    ]);
    expect(found('A Defence AI Centre opened in Korea for military drones.')).toEqual([]);
  });

  it('keeps names of the programme’s own (Starlink), its letters and firms after another country', () => {
    expect(found("Ukraine's Starlink terminals and Japan's DIU-style office buy from Japan's Anduril Industries for the military.")).toEqual([
      'Starlink:starlink',
      'DIU:diu',
      'Anduril Industries:anduril',
    ]);
  });

  it('gives the letters after a namesake to the page’s programme, except after the entity’s own country’s word', () => {
    expect(
      found("Japan's Defense Innovation Unit (DIU) will buy military drones. The DIU will fund ten projects; it is modelled on the Pentagon's DIU and the US DIU."),
    ).toEqual([
      'Defense Innovation Unit:page-program:Defense Innovation Unit',
      'DIU:page-program:Defense Innovation Unit',
      'DIU:page-program:Defense Innovation Unit',
      'DIU:diu',
      'DIU:diu',
    ]);
    // Without a namesake, the letters stay the dataset's.
    expect(found('The Defense Innovation Unit (DIU) will buy military drones. The DIU will fund ten projects.')).toEqual([
      'Defense Innovation Unit:diu',
      'DIU:diu',
      'DIU:diu',
    ]);
  });

  it('reads the country after the name as its owner, not "in" a place (a break-it review, session 29)', () => {
    expect(found('The Defense Innovation Unit of Japan buys military drones; the Defense Innovation Unit in Ukraine tested some.')).toEqual([
      'Defense Innovation Unit:page-program:Defense Innovation Unit',
      'Defense Innovation Unit:diu',
    ]);
  });

  it('keeps letters the page already gave the dataset’s entity (a break-it review, session 29)', () => {
    expect(found("The Pentagon's Defense Innovation Unit (DIU) has worked with Japan's Defense Innovation Unit (DIU) on military drones since 2024.")).toEqual([
      'Defense Innovation Unit:diu',
      'DIU:diu',
      'Defense Innovation Unit:page-program:Defense Innovation Unit',
      'DIU:diu',
    ]);
  });
});
