// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseVisibleDate, visibleDate } from '../../../utils/annotator/visible-date';

describe('parseVisibleDate', () => {
  it.each([
    ['Published 12 June 2025', '2025-06-12'],
    ['By A. Reporter · 3rd Feb. 2024 · 5 min read', '2024-02-03'],
    ['June 12, 2025 at 08:00', '2025-06-12'],
    ['Sept 9 2023', '2023-09-09'],
    ['Updated 2025-11-30T10:00', '2025-11-30'],
  ])('reads %s', (text, expected) => {
    expect(parseVisibleDate(text)).toBe(expected);
  });

  it.each([['06/12/2025'], ['31 February 2025'], ['May the team win'], ['in 2025'], ['']])('leaves %s alone', (text) => {
    expect(parseVisibleDate(text)).toBeUndefined();
  });
});

describe('parseVisibleDate in French and German', () => {
  it.each([
    ['Von Thomas Becker, 19. November 2026', '2026-11-19'],
    ['Par Claire Martin, publié le 1er décembre 2025 à 10h', '2025-12-01'],
    ['Veröffentlicht am 3. März 2025', '2025-03-03'],
    ['le 14 juillet 2024', '2024-07-14'],
    ['Mai 2025', undefined],
    ['31. Februar 2025', undefined],
    // Day, month and year with dots (a newcomer's trial, session 18); not inside a version number.
    ['12.02.2025', '2025-02-12'],
    ['Stand: 31.12.2025, 10:00 Uhr', '2025-12-31'],
    ['Version v1.2.2025', undefined],
    ['Version 1.2.2025', undefined],
    // The first date in the text, whatever its form (a second break-it review, session 18).
    ['Veröffentlicht am 12.02.2025. Bereits am 3. Januar 2025 begann es.', '2025-02-12'],
    ['31.02.2025', undefined],
  ])('%s → %s', (text, date) => {
    expect(parseVisibleDate(text)).toBe(date);
  });
});

describe('visibleDate', () => {
  it("takes the story's byline date, not the masthead's today", () => {
    const doc = new DOMParser().parseFromString(
      '<header><span class="header-date">Sunday 29 November 2026</span></header><main><h1>Story</h1><p class="byline">By Hans Weber · 12 March 2024</p></main>',
      'text/html',
    );
    expect(visibleDate(doc)).toBe('2024-03-12');
  });
});
