import { describe, expect, it } from 'vitest';
import { MentionView, occurrenceIndex, pageKey, termKey } from '../../../utils/annotator/mention-view';
import { DEFAULT_SETTINGS, type Mute, sameMute } from '../../../utils/settings';

const here = { host: 'news.example', href: 'https://news.example/story?id=1#top' };
const diana = { entityId: 'nato-diana', category: 'program' as const, surface: 'DIANA' };

describe('MentionView', () => {
  it('hides a term muted on this site, and only on this site', () => {
    const mutes: Mute[] = [{ kind: 'term', site: 'news.example', term: termKey('DIANA') }];
    expect(new MentionView(DEFAULT_SETTINGS, mutes, here).admit(diana)).toBe(false);
    expect(new MentionView(DEFAULT_SETTINGS, mutes, { host: 'other.example', href: 'https://other.example/' }).admit(diana)).toBe(true);
  });

  it('hides "not this entity here" on this page only: its query names the story, tracking parameters do not', () => {
    const mutes: Mute[] = [{ kind: 'entity-here', page: pageKey('https://news.example/story?utm_source=x&id=1'), term: 'diana', entityId: 'nato-diana' }];
    expect(new MentionView(DEFAULT_SETTINGS, mutes, here).admit(diana)).toBe(false);
    expect(new MentionView(DEFAULT_SETTINGS, mutes, { host: 'news.example', href: 'https://news.example/story?id=2' }).admit(diana)).toBe(true);
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

describe('corrections', () => {
  const here = { host: 'news.example', href: 'https://news.example/story' };
  const at = (before: string, after: string) => ({ entityId: 'nato-diana', category: 'program' as const, surface: 'DIANA', before, after });
  const one = { kind: 'occurrence' as const, page: 'https://news.example/story', term: 'diana', entityId: 'nato-diana', before: 'said the ', after: ' call would' };

  it('"Not this one" hides that occurrence only', () => {
    const view = new MentionView(DEFAULT_SETTINGS, [one], here);
    expect([view.admit(at('said the ', ' call would')), view.admit(at('Last year ', ' picked'))]).toEqual([false, true]);
  });

  it('"Not this entity on this page" hides that surface for that entity, not its other names or other entities', () => {
    const view = new MentionView(DEFAULT_SETTINGS, [{ kind: 'entity-here', page: 'https://news.example/story', term: 'diana', entityId: 'nato-diana' }], here);
    expect(view.admit(at('a', 'b'))).toBe(false);
    expect(view.admit({ ...at('a', 'b'), surface: 'Defence Innovation Accelerator for the North Atlantic' })).toBe(true);
    expect(view.admit({ ...at('a', 'b'), entityId: 'someone-else' })).toBe(true);
  });

  it('finds a correction again whatever order storage gave its keys', () => {
    const reordered = Object.fromEntries(Object.entries(one).reverse()) as typeof one;
    expect(sameMute(one, reordered)).toBe(true);
    expect(sameMute(one, { ...one, after: ' other' })).toBe(false);
  });
});

describe('corrections of repeated and live text', () => {
  const here = { host: 'news.example', href: 'https://news.example/story' };
  const at = (before: string, after: string) => ({ entityId: 'helsing', category: 'firm' as const, surface: 'Helsing', before, after });
  const mute = (nth?: number) => ({ kind: 'occurrence' as const, page: 'https://news.example/story', term: 'helsing', entityId: 'helsing', before: '“We chose ', after: ' because', ...(nth === undefined ? {} : { nth }) });

  it('"Not this one" on a sentence the page repeats (a pull quote) hides only the occurrence it was used on', () => {
    const body = at('“We chose ', ' because');
    const pullQuote = at('“We chose ', ' because');
    const inPageOrder = [body, pullQuote];
    expect(occurrenceIndex(pullQuote, inPageOrder)).toBe(1);
    const view = new MentionView(DEFAULT_SETTINGS, [mute(1)], here);
    expect(inPageOrder.map((m) => view.admit(m, inPageOrder))).toEqual([true, false]);
  });

  it('an older correction without a position still hides every identical occurrence', () => {
    const inPageOrder = [at('“We chose ', ' because'), at('“We chose ', ' because')];
    const view = new MentionView(DEFAULT_SETTINGS, [mute()], here);
    expect(inPageOrder.map((m) => view.admit(m, inPageOrder))).toEqual([false, false]);
  });

  it('keeps hiding the occurrence when live numbers beside it change, but not a copy with other words around it', () => {
    const view = () => new MentionView(DEFAULT_SETTINGS, [{ ...mute(0), before: 'Updated 3 min ago: ', after: ' raised €600m' }], here);
    expect(view().admit(at('Updated 14 min ago: ', ' raised €600m'))).toBe(false);
    // A pull quote that repeats the words after the name, but not those before it.
    expect(view().admit(at('“', ' raised €600m'))).toBe(true);
    expect(view().admit(at('Breaking: ', ' hired staff'))).toBe(true);
  });
});

describe('corrections and grammatical number', () => {
  const here = { host: 'news.example', href: 'https://news.example/story' };
  const drone = (surface: string) => ({ entityId: 'drones', category: 'edt' as const, surface });

  it('muting a term on a site mutes its other number too, and nothing else', () => {
    const view = () => new MentionView(DEFAULT_SETTINGS, [{ kind: 'term', site: 'news.example', term: 'drones' }], here);
    expect([view().admit(drone('drone')), view().admit(drone('Drones')), view().admit(drone('drone swarm'))]).toEqual([false, false, true]);
  });
});
