import { describe, expect, it } from 'vitest';
import { MentionView, pageKey, termKey } from '../../../utils/annotator/mention-view';
import { DEFAULT_SETTINGS, type Mute } from '../../../utils/settings';

const here = { host: 'news.example', href: 'https://news.example/story?id=1#top' };
const diana = { entityId: 'nato-diana', category: 'program' as const, surface: 'DIANA' };

describe('MentionView', () => {
  it('hides a term muted on this site, and only on this site', () => {
    const mutes: Mute[] = [{ kind: 'term', site: 'news.example', term: termKey('DIANA') }];
    expect(new MentionView(DEFAULT_SETTINGS, mutes, here).admit(diana)).toBe(false);
    expect(new MentionView(DEFAULT_SETTINGS, mutes, { host: 'other.example', href: 'https://other.example/' }).admit(diana)).toBe(true);
  });

  it('hides "not this entity here" on this page only, whatever the query string', () => {
    const mutes: Mute[] = [{ kind: 'entity-here', page: pageKey('https://news.example/story'), term: 'diana', entityId: 'nato-diana' }];
    expect(new MentionView(DEFAULT_SETTINGS, mutes, here).admit(diana)).toBe(false);
    expect(new MentionView(DEFAULT_SETTINGS, mutes, { host: 'news.example', href: 'https://news.example/other' }).admit(diana)).toBe(true);
    expect(new MentionView(DEFAULT_SETTINGS, mutes, here).admit({ ...diana, entityId: 'someone-else' })).toBe(true);
  });

  it('shows only the first mention of each entity when asked', () => {
    const v = new MentionView({ ...DEFAULT_SETTINGS, firstMentionOnly: true }, [], here);
    expect([v.admit(diana), v.admit(diana), v.admit({ ...diana, entityId: 'x' })]).toEqual([true, false, true]);
  });

  it('hides switched-off categories', () => {
    const v = new MentionView({ ...DEFAULT_SETTINGS, categories: { program: false, firm: true, edt: true } }, [], here);
    expect(v.admit(diana)).toBe(false);
  });
});

describe('umbrella institutions', () => {
  const nato = { entityId: 'nato', category: 'program' as const, surface: 'NATO', umbrella: true };
  const here = { host: 'news.example', href: 'https://news.example/a' };

  it('are left plain by default and shown when the reader asks for them', () => {
    expect(new MentionView(DEFAULT_SETTINGS, [], here).admit(nato)).toBe(false);
    expect(new MentionView({ ...DEFAULT_SETTINGS, highlightInstitutions: true }, [], here).admit(nato)).toBe(true);
    expect(new MentionView(DEFAULT_SETTINGS, [], here).admit({ ...nato, umbrella: false })).toBe(true);
  });
});
