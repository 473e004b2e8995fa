import { describe, expect, it } from 'vitest';
import { findStatusText } from '../../../utils/pdf/find-status';

describe('the find status line', () => {
  it.each([
    ['innovation', { index: 1, total: 12, page: 3 }, false, '1 of 12 (page 3)'],
    ['innovation', { index: 1, total: 12, page: 3 }, true, '1 of 12 so far (page 3)'],
    ['innovation', { index: 0, total: 4 }, true, '4 found so far'],
    ['innovation', null, false, 'Not found'],
    ['innovation', { index: 0, total: 0 }, true, 'Not found yet (reading pages…)'],
    ['  ', null, false, ''],
  ])('%s, %j, still reading %s → %s', (query, position, reading, expected) => {
    expect(findStatusText(query, position, reading)).toBe(expected);
  });

  it('says it is searching while read pages are still searched, and nothing is found yet', () => {
    expect(findStatusText('innovation', { index: 0, total: 0 }, true, true)).toBe('Searching…');
    expect(findStatusText('innovation', { index: 2, total: 5, page: 4 }, false, true)).toBe('2 of 5 so far (page 4)');
  });
});
