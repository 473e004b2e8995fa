import { describe, expect, it } from 'vitest';
import { articleMentions, articleMentionsOnPages } from '../../../utils/library/article-mentions';
import { compileMatcher } from '../../../utils/matcher/find-mentions';

const matcher = compileMatcher([
  { entityId: 'edip', category: 'program', text: 'European Defence Industry Programme', caseSensitive: false },
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
]);

describe('articleMentions', () => {
  const text = [
    'The European Defence Industry Programme (EDIP) was adopted.',
    'TEKEVER welcomed it.',
    'EDIP funds joint procurement; TEKEVER applied.',
    'Nothing here.',
  ].join('\n\n');

  it('reads the paragraphs as one page: a definition in the first reaches the third', () => {
    const found = articleMentions(text, matcher);
    expect(found.filter((m) => m.surface === 'EDIP').map((m) => m.entityId)).toEqual(['edip', 'edip']);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('applies the reader’s view, and the pages of a PDF', () => {
    const firmsOnly = articleMentions(text, matcher, (m) => m.category === 'firm');
    expect(firmsOnly.map((m) => m.surface)).toEqual(['TEKEVER', 'TEKEVER']);
    const onPages = articleMentionsOnPages(text, matcher, [0, text.indexOf('EDIP funds')], (m) => m.category === 'firm');
    expect(onPages.map((m) => m.page)).toEqual([1, 2]);
  });
});
