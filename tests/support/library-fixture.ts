import type { ExtractedArticle } from '../../utils/library/saved-article';
import type { AliasEntry } from '../../utils/matcher/alias-index';
import { compileMatcher } from '../../utils/matcher/find-mentions';

export const testMatcher = compileMatcher([
  { entityId: 'nato-diana', category: 'program', text: 'DIANA', caseSensitive: true },
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
  { entityId: 'quantum-sensing', category: 'edt', text: 'quantum sensing', caseSensitive: false },
] satisfies AliasEntry[]);

export function extracted(overrides: Partial<ExtractedArticle> = {}): ExtractedArticle {
  return {
    url: 'https://news.example/diana-cohort',
    title: 'DIANA picks its new cohort',
    siteName: 'News Example',
    publishedAt: '2025-07-01',
    text: 'DIANA picked TEKEVER.\n\nWork on quantum sensing continues, says DIANA.',
    html: '<p>DIANA picked TEKEVER.</p><p>Work on quantum sensing continues, says DIANA.</p>',
    ...overrides,
  };
}
