import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { encodeReaderState, parseReaderState, readReaderState, watchReaderState } from '../../../utils/annotator/reader-state';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Mute } from '../../../utils/reader-settings';
import { mutesItem, settingsItem } from '../../../utils/settings';

beforeEach(() => fakeBrowser.reset());

// Shapes earlier releases stored (see settings-migrations.test.ts), with the version WXT's item keeps.
const V1 = { categories: { program: true, firm: false, edt: true }, firstMentionOnly: true, hoverDelayMs: 500 };
const V2 = { ...V1, highlightStyle: 'underline', siteMode: 'listed', disabledSites: [], enabledSites: ['News.Example.com', 'not a host'], showBadge: false };
const SHAPES: [string, unknown, number | undefined][] = [
  ['nothing stored', undefined, undefined],
  ['version 1, unmarked', V1, undefined],
  ['version 2', V2, 2],
  ['version 4', { ...DEFAULT_SETTINGS, highlightFurniture: undefined, hoverDelayMs: 7 }, 4],
  ['the current version', { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] }, SETTINGS_VERSION],
];

describe('the annotator’s reader state', () => {
  it.each(SHAPES)('reads settings as the versioned storage item does: %s', async (_name, value, version) => {
    if (value !== undefined) await fakeBrowser.storage.sync.set({ settings: value, ...(version ? { settings$: { v: version } } : {}) });
    // Read before the item migrates the stored copy (a page can load before any extension page ran).
    const read = await readReaderState();
    await settingsItem.migrate();
    expect(read.settings).toEqual(await settingsItem.getValue());
  });

  it('takes a newer shape than it knows as it is, and reads the corrections', async () => {
    const mute: Mute = { kind: 'term', site: 'news.example', term: 'diana' };
    await fakeBrowser.storage.sync.set({ settings: { ...DEFAULT_SETTINGS, showBadge: false, futureKey: 1 }, settings$: { v: SETTINGS_VERSION + 1 } });
    await mutesItem.setValue([mute]);
    const read = await readReaderState();
    expect(read.settings).toMatchObject({ showBadge: false, futureKey: 1 });
    expect(read.mutes).toEqual([mute]);
  });

  it('hears settings, corrections and dataset changes through one listener, until unwatched', async () => {
    const on = { settings: vi.fn(), mutes: vi.fn(), lens: vi.fn() };
    const unwatch = watchReaderState(on);
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, firstMentionOnly: true });
    await mutesItem.setValue([{ kind: 'term', site: 'a.example', term: 'x' }]);
    await fakeBrowser.storage.local.set({ lensRevision: 'r2' });
    expect(on.settings).toHaveBeenCalledWith(expect.objectContaining({ firstMentionOnly: true, categories: DEFAULT_SETTINGS.categories }));
    expect(on.mutes).toHaveBeenCalledWith([{ kind: 'term', site: 'a.example', term: 'x' }]);
    expect(on.lens).toHaveBeenCalledTimes(1);
    unwatch();
    await mutesItem.setValue([]);
    expect(on.mutes).toHaveBeenCalledTimes(1);
  });
});

describe('the reader state a first look is sent', () => {
  it('comes back as it was sent, settings completed with defaults', () => {
    const mute: Mute = { kind: 'term', site: 'news.example', term: 'diana' };
    const settings = { ...DEFAULT_SETTINGS, showBadge: false, disabledSites: ['a.example'] };
    expect(parseReaderState(encodeReaderState({ settings, mutes: [mute] }))).toEqual({ settings, mutes: [mute] });
    const { hoverDelayMs: _left, ...partial } = settings;
    expect(parseReaderState(JSON.stringify({ settings: partial, mutes: 'not a list' }))).toEqual({ settings: { ...settings, hoverDelayMs: DEFAULT_SETTINGS.hoverDelayMs }, mutes: [] });
  });

  it('is none when nothing or not a reader state was sent: the annotator then reads storage', () => {
    expect(parseReaderState(undefined)).toBeUndefined();
    expect(parseReaderState('{"settings": null}')).toBeUndefined();
    expect(parseReaderState('[1, 2]')).toBeUndefined();
    expect(parseReaderState('not json')).toBeUndefined();
  });
});
