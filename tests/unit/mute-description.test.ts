import { describe, expect, it } from 'vitest';
import type { EntityNames } from '../../utils/db/lens-dataset';
import { describeMute } from '../../utils/mute-description';

const names: EntityNames = new Map([['helsing', { name: 'Helsing', category: 'firm' }]]);

describe('describeMute', () => {
  it('names the entity a correction is about, by its name', () => {
    expect(describeMute({ kind: 'entity-here', page: 'https://news.example/a', term: 'helsing', surface: 'Helsing', entityId: 'helsing' }, names)).toEqual({
      text: '“Helsing” is not Helsing',
      where: 'on news.example/a',
    });
    expect(describeMute({ kind: 'term', site: 'news.example', term: 'diana', surface: 'Diana' }, names)).toEqual({ text: '“Diana” is never highlighted', where: 'on news.example' });
  });

  it('names a firm or programme the page named as such, and says when an entity has left the dataset (a newcomer’s trial, session 18)', () => {
    const occurrence = { kind: 'occurrence', page: 'https://news.example/a', term: 'ferdinand', surface: 'Ferdinand', before: 'investors including ', after: ' von Brück' } as const;
    expect(describeMute({ ...occurrence, entityId: 'page-firm:Ferdinand' }, names).text).toBe(
      'One “Ferdinand” (…investors including [Ferdinand] von Brück…) is not the firm “Ferdinand” (named by the page, not in the dataset)',
    );
    expect(describeMute({ ...occurrence, entityId: 'page-program:Drone Line' }, names).text).toContain('is not the programme “Drone Line” (named by the page, not in the dataset)');
    expect(describeMute({ ...occurrence, entityId: 'gone-entity' }, names).text).toContain('is not an entity that has left the dataset');
  });
});
