import { describe, expect, it } from 'vitest';
import { termKey } from '../../../utils/annotator/mention-view';
import { articleMentions } from '../../../utils/library/article-mentions';
import { readerViewAdmit } from '../../../utils/library/reader-view-admit';
import type { AliasEntry } from '../../../utils/matcher/alias-index';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { DEFAULT_SETTINGS, type Mute } from '../../../utils/settings';

const aliases: AliasEntry[] = [
  { entityId: 'nato', category: 'program', text: 'NATO', caseSensitive: true, umbrella: true },
  { entityId: 'nato-diana', category: 'program', text: 'DIANA', caseSensitive: true },
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
];
const matcher = compileMatcher(aliases);
const URL_ = 'https://news.example/story?id=7';
const TEXT = 'NATO runs DIANA. TEKEVER joined DIANA this year.\n\nA pull quote: TEKEVER joined DIANA this year.';
const surfaces = (mutes: Mute[] = [], settings = DEFAULT_SETTINGS) => articleMentions(TEXT, matcher, readerViewAdmit(settings, mutes, URL_)).map((m) => `${m.surface}@${m.start}`);

describe('saving what the reader saw', () => {
  it('leaves institutions out unless the reader highlights them', () => {
    expect(surfaces()).not.toContain('NATO@0');
    expect(surfaces([], { ...DEFAULT_SETTINGS, highlightInstitutions: true })).toContain('NATO@0');
    expect(articleMentions(TEXT, matcher).map((m) => m.surface)).toContain('NATO');
  });

  it("applies the reader's corrections for the page and site, and leaves categories they turned off out", () => {
    const all = surfaces();
    expect(all).toEqual(['DIANA@10', 'TEKEVER@17', 'DIANA@32', 'TEKEVER@64', 'DIANA@79']);
    const notHere: Mute = { kind: 'entity-here', page: URL_, term: termKey('DIANA'), entityId: 'nato-diana' };
    expect(surfaces([notHere])).toEqual(['TEKEVER@17', 'TEKEVER@64']);
    const elsewhere: Mute = { ...notHere, page: 'https://news.example/other' };
    expect(surfaces([elsewhere])).toEqual(all);
    const site: Mute = { kind: 'term', site: 'news.example', term: 'tekever' };
    expect(surfaces([site])).toEqual(['DIANA@10', 'DIANA@32', 'DIANA@79']);
    expect(surfaces([], { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, firm: false } })).toEqual(['DIANA@10', 'DIANA@32', 'DIANA@79']);
  });

  it('drops only the occurrence a "Not this one" named, also where the text repeats it', () => {
    const quote: Mute = { kind: 'occurrence', page: URL_, term: 'diana', entityId: 'nato-diana', before: 'A pull quote: TEKEVER joined ', after: ' this year.', nth: 0 };
    expect(surfaces([quote])).toEqual(['DIANA@10', 'TEKEVER@17', 'DIANA@32', 'TEKEVER@64']);
  });
});
