import { describe, expect, it } from 'vitest';
import { articleMentions, articleMentionsInBatches, withPages } from '../../../utils/library/article-mentions';
import { compileMatcher } from '../../../utils/matcher/find-mentions';

const matcher = compileMatcher([
  { entityId: 'edip', category: 'program', text: 'European Defence Industry Programme', caseSensitive: false },
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
]);

describe('articleMentionsInBatches', () => {
  const text = [
    'The European Defence Industry Programme (EDIP) was adopted.',
    'TEKEVER welcomed it.',
    'EDIP funds joint procurement; TEKEVER applied.',
    'Nothing here.',
  ].join('\n\n');

  it('finds what articleMentions finds, in batches with a pause before each, later batches seeing the earlier ones', async () => {
    let pauses = 0;
    const batched = await articleMentionsInBatches(text, matcher, async () => void (pauses += 1), undefined, { budgetMs: 20, firstChars: 40, maxChars: 40 });
    // 60 + 20 > 40 and so on: a batch per paragraph here.
    expect(pauses).toBe(4);
    expect(batched).toEqual(articleMentions(text, matcher));
    // The definition in the first batch reaches the third: "EDIP" is the programme there.
    expect(batched.filter((m) => m.surface === 'EDIP').map((m) => m.entityId)).toEqual(['edip', 'edip']);
  });

  it('applies the reader’s view, and the pages of a PDF', async () => {
    const firmsOnly = await articleMentionsInBatches(text, matcher, async () => undefined, (m) => m.category === 'firm');
    expect(firmsOnly.map((m) => m.surface)).toEqual(['TEKEVER', 'TEKEVER']);
    const onPages = withPages(firmsOnly, [0, text.indexOf('EDIP funds')]);
    expect(onPages.map((m) => m.page)).toEqual([1, 2]);
  });
});
