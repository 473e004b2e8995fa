import { describe, expect, it } from 'vitest';
import { auditSources } from '../../../utils/dataset/source-audit';
import { staleEntities } from '../../../utils/dataset/stale-entities';
import { suggestNames } from '../../../utils/dataset/suggest-names';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { entityFixture } from '../../support/entity-fixture';

describe('suggestNames', () => {
  const matcher = compileMatcher([{ entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true }]);
  const texts = [
    'Drone maker Skyfall Robotics raised €20m from TEKEVER and Hexagon Capital. The Defence Readiness Fund (DRF) opened.',
    'In Kyiv, Skyfall Robotics showed its drones to the Ministry of Defence. The weather in Paris was mild.',
  ];

  it('lists firm- and programme-shaped names and defined abbreviations the dataset does not match, with counts', () => {
    const found = suggestNames(texts, (text) => matcher.find(text));
    const byName = new Map(found.map((s) => [s.name, s]));
    expect(byName.get('Skyfall Robotics')).toMatchObject({ looksLike: 'firm', count: 2, articles: 2 });
    expect(byName.get('Hexagon Capital')).toMatchObject({ looksLike: 'firm', count: 1 });
    expect(byName.get('Defence Readiness Fund')).toMatchObject({ looksLike: 'program' });
    expect(byName.get('DRF')).toMatchObject({ looksLike: 'abbreviation' });
    expect(found[0]!.name).toBe('Skyfall Robotics');
    expect(byName.get('Skyfall Robotics')!.example).toContain('raised €20m');
  });

  it('leaves out known names, ministries and sentences without defense context', () => {
    const names = suggestNames(texts, (text) => matcher.find(text)).map((s) => s.name);
    expect(names).not.toContain('TEKEVER');
    expect(names.some((n) => n.includes('Ministry'))).toBe(false);
    expect(names.some((n) => n.includes('Paris'))).toBe(false);
  });
});

describe('staleEntities', () => {
  const withSources = (id: string, sources: { date: string; undated?: true }[]) =>
    entityFixture({ id, sources: sources.map((s, i) => ({ id: `s${i}`, title: 't', url: 'https://example.org/', ...s })), summarySources: ['s0'], facts: [] });

  it('lists entities whose newest dated source is older than the cut-off, and those with only undated sources', () => {
    const entities = [
      withSources('fresh', [{ date: '2020' }, { date: '2026-06-01' }]),
      withSources('old', [{ date: '2023-05' }]),
      withSources('only-undated', [{ date: '2026-11-29', undated: true }]),
      withSources('older', [{ date: '2019' }, { date: '2026-11-01', undated: true }]),
    ];
    expect(staleEntities(entities, 12, new Date('2026-11-29T12:00:00Z')).map((s) => `${s.id}:${s.newest}`)).toEqual([
      'only-undated:null',
      'older:2019-01-01',
      'old:2023-05-01',
    ]);
  });
});

describe('auditSources', () => {
  it('counts dated, undated, copied and original sources, and summaries resting only on copies', () => {
    const entity = entityFixture({
      id: 'a',
      sources: [
        { id: 's0', title: 't', url: 'https://example.org/1', date: '2024-02-01' },
        { id: 's1', title: 't', url: 'https://example.org/2', date: '2026-11-29', undated: true, copy: true },
      ],
      summarySources: ['s1'],
      facts: [],
    });
    const audit = auditSources([entity, entityFixture({ id: 'b' })]);
    expect(audit).toMatchObject({ entities: 2, sources: 3, dated: 2, undated: 1, copies: 1, originals: 2, seeds: 1, summariesOnCopiesOnly: ['a'], withoutRelations: 2 });
  });
});

describe('suggestNames: one-word names', () => {
  it('lists a one-word firm introduced by a funding verb or "led by", not places after "from"', () => {
    const none = () => [];
    const names = suggestNames(['In defence news, PsiQuantum raised $1bn in a round led by Temasek, with money from Sweden.'], none).map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(['PsiQuantum', 'Temasek']));
    expect(names).not.toContain('Sweden');
  });
});
