import { describe, expect, it } from 'vitest';
import { parseVisibleDate } from '../../../utils/annotator/visible-date';

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
