import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { warmMatcher } from '../../../utils/matcher/warm-matcher';

describe('warmMatcher', () => {
  it('matches its prose in a session of its own, a line per task, and leaves the page’s sessions as they were', async () => {
    const matcher = compileMatcher([
      { entityId: 'diu', category: 'program', text: 'Defense Innovation Unit', caseSensitive: false },
      { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
    ]);
    const page = matcher.session();
    let pauses = 0;
    let matchedInside = 0;
    const session = matcher.session.bind(matcher);
    // Count the warm-up's own matching through a wrapped matcher.
    const counting = { ...matcher, session: (...args: Parameters<typeof matcher.session>) => {
      const s = session(...args);
      return { ...s, add: (texts: readonly string[]) => ((matchedInside += texts.length), s.add(texts)) };
    } };
    await warmMatcher(counting, async () => void (pauses += 1));
    expect(pauses).toBe(4);
    expect(matchedInside).toBe(4);
    // The warm-up's "(DIU)" definition is not the page's: a page session sees none of it.
    expect(page.add(['DIU staff met TEKEVER.'])[0]!.map((m) => m.surface)).toEqual(['TEKEVER']);
  });
});
