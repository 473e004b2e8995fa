import { describe, expect, it } from 'vitest';
import { parseRouteHash, routeHash } from '../../../utils/library/library-route';

describe('library route', () => {
  it('round-trips article URLs with their own # and : characters', () => {
    const url = 'https://example.org/news/a:b?x=1&y=2#section';
    expect(parseRouteHash(`#${routeHash({ view: 'article', url })}`)).toEqual({ view: 'article', url });
  });

  it('round-trips entity ids', () => {
    expect(parseRouteHash(routeHash({ view: 'entity', id: 'user:3' }))).toEqual({ view: 'entity', id: 'user:3' });
  });

  it('reads an empty, unknown or malformed fragment as the list', () => {
    expect(parseRouteHash('')).toEqual({ view: 'list' });
    expect(parseRouteHash('#settings:x')).toEqual({ view: 'list' });
    expect(parseRouteHash('#article:')).toEqual({ view: 'list' });
    expect(parseRouteHash('#article:%E0%A4%A')).toEqual({ view: 'list' });
  });
});
