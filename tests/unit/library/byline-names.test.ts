import { describe, expect, it } from 'vitest';
import { bylineNames } from '../../../utils/library/byline-names';
import { publishedDateParts } from '../../../utils/library/published-date';

describe('byline names', () => {
  it.each([
    ['By Jane Doe', [{ given: 'Jane', family: 'Doe' }]],
    ['by: Jane Doe and John Smith', [{ given: 'Jane', family: 'Doe' }, { given: 'John', family: 'Smith' }]],
    ['Jane Doe, John Smith, and Mary-Kate O’Neil', [{ given: 'Jane', family: 'Doe' }, { given: 'John', family: 'Smith' }, { given: 'Mary-Kate', family: 'O’Neil' }]],
    ['Jan van der Berg & Anna Petrova', [{ given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' }, { given: 'Anna', family: 'Petrova' }]],
    ['John Smith Jr.', [{ given: 'John', family: 'Smith', suffix: 'Jr.' }]],
    ['Marcus D. Weisgerber, Staff Writer', [{ given: 'Marcus D.', family: 'Weisgerber' }]],
    ['Jane Doe | News Example', [{ given: 'Jane', family: 'Doe' }]],
    ['Jane Doe - news.example', [{ given: 'Jane', family: 'Doe' }]],
    // Not sure who or what these are: cited as written.
    ['Reuters', [{ literal: 'Reuters' }]],
    // A staff byline names no author; a wire service beside a person is the outlet, not an author.
    ['Defense News Staff', []],
    ['Jane Doe, Reuters', [{ given: 'Jane', family: 'Doe' }]],
    ['By Agence France-Presse', [{ literal: 'Agence France-Presse' }]],
    ['By JANE DOE', [{ literal: 'JANE DOE' }]],
    ['Doe, Jane', [{ literal: 'Doe, Jane' }]],
    ['Dr Jane Doe', [{ literal: 'Dr Jane Doe' }]],
    ['The Associated Press', [{ literal: 'The Associated Press' }]],
    ['  By   Jane\n Doe  ', [{ given: 'Jane', family: 'Doe' }]],
    // French and German bylines, with their dates (a newcomer's trial, session 17).
    ['Von Thomas Becker, 19. November 2026', [{ given: 'Thomas', family: 'Becker' }]],
    ['Par Claire Martin, le 3 mars 2025', [{ given: 'Claire', family: 'Martin' }]],
    ['Paré Dupont', [{ given: 'Paré', family: 'Dupont' }]],
    ['Von der Leyen', [{ literal: 'Von der Leyen' }]],
    // A place, a time, a reading time beside the name are not authors; a record's fields are no byline (a newcomer's trial, session 18).
    ['By Anna Keller · Munich · 14 May 2025, 09:12 CET', [{ given: 'Anna', family: 'Keller' }]],
    ['Jane Doe, 5 min read', [{ given: 'Jane', family: 'Doe' }]],
    ['Report ID: MR-7734, Pages: 212, Format: PDF', []],
    // A second break-it review (session 18): a place of two words, a label, a photo credit, a time with no separator.
    ['By Anna Keller · New York · 14 May 2025', [{ given: 'Anna', family: 'Keller' }]],
    ['Author: Jane Doe', [{ given: 'Jane', family: 'Doe' }]],
    ['By Jane Doe, Photo: John Smith/Reuters', [{ given: 'Jane', family: 'Doe' }]],
    ['By Jane Doe 09:12 CET', [{ given: 'Jane', family: 'Doe' }]],
  ])('%j', (byline, expected) => {
    expect(bylineNames(byline, ['News Example', 'news.example'])).toEqual(expected);
  });

  it('gives no names for a missing or empty byline', () => {
    expect(bylineNames(undefined)).toEqual([]);
    expect(bylineNames('  ')).toEqual([]);
    expect(bylineNames('By ')).toEqual([]);
  });
});

describe('published dates', () => {
  it.each([
    ['2025', [2025]],
    ['2025-07', [2025, 7]],
    ['2025-07-01', [2025, 7, 1]],
    ['2025-07-01T09:30:00Z', [2025, 7, 1]],
    // The publisher's own calendar date, not the UTC one (which would be 2 July).
    ['2025-07-01T23:30:00-05:00', [2025, 7, 1]],
    ['2024-02-29', [2024, 2, 29]],
    [' 2025-07-01T09:30:00.123+0200 ', [2025, 7, 1]],
    ['2025-02-29', undefined],
    ['2025-13-01', undefined],
    ['2025-00', undefined],
    ['July 1, 2025', undefined],
    ['01/07/2025', undefined],
    ['', undefined],
    [undefined, undefined],
  ])('%j', (value, expected) => {
    expect(publishedDateParts(value)).toEqual(expected);
  });
});
