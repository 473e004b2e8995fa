import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, siteHost } from '../../../utils/reader-settings';
import { settingsItem } from '../../../utils/settings';

// Each shape an earlier release stored, as it sits in storage.sync (no version marker before v4's item
// was versioned, which WXT reads as version 1), read through the real storage item.
const V1 = { categories: { program: true, firm: false, edt: true }, firstMentionOnly: true, hoverDelayMs: 500 };
const V2 = { ...V1, highlightStyle: 'underline', siteMode: 'listed', disabledSites: [], enabledSites: ['News.Example.com', 'https://defence.example.org/a/b', 'not a host', 42, '127.0.0.1:8080'], showBadge: false };
const V3 = { ...V2, highlightInstitutions: true, hoverDelayMs: 99_999 };

beforeEach(() => fakeBrowser.reset());

/** Puts a stored shape in place and runs the item's migrations, as the extension does when it starts. */
async function stored(value: unknown, version?: number) {
  await fakeBrowser.storage.sync.set({ settings: value, ...(version ? { settings$: { v: version } } : {}) });
  await settingsItem.migrate();
}

describe('settings migrations', () => {
  it('reads a version 1 shape with the later keys at their defaults, keeping what the reader chose', async () => {
    await stored(V1);
    expect(await settingsItem.getValue()).toEqual({ ...V1, highlightStyle: 'both', siteMode: 'all', disabledSites: [], enabledSites: [], showBadge: true, highlightInstitutions: false, highlightFurniture: false, openPdfsInViewer: false });
  });

  it('reads a version 2 shape and normalises its site lists to host names', async () => {
    await stored(V2, 2);
    const settings = await settingsItem.getValue();
    expect(settings).toMatchObject({ highlightStyle: 'underline', siteMode: 'listed', showBadge: false, highlightInstitutions: false, hoverDelayMs: 500 });
    expect(settings.enabledSites).toEqual(['news.example.com', 'defence.example.org', '127.0.0.1:8080']);
  });

  it('reads a version 3 shape, keeping its institutions choice and bounding the hover delay', async () => {
    await stored(V3, 3);
    expect(await settingsItem.getValue()).toMatchObject({ highlightInstitutions: true, hoverDelayMs: 2000, categories: V1.categories });
  });

  it('reads a version 4 shape with page furniture left plain', async () => {
    const v4 = { ...DEFAULT_SETTINGS, highlightFurniture: undefined, firstMentionOnly: true };
    await stored(v4, 4);
    expect(await settingsItem.getValue()).toEqual({ ...v4, highlightFurniture: false });
  });

  it('reads a version 5 shape with PDFs left to the browser’s own viewer', async () => {
    const v5 = { ...DEFAULT_SETTINGS, openPdfsInViewer: undefined, highlightFurniture: true };
    await stored(v5, 5);
    expect(await settingsItem.getValue()).toEqual({ ...v5, openPdfsInViewer: false });
  });

  it('leaves the current version as stored, and stores the version it wrote', async () => {
    const current = { ...DEFAULT_SETTINGS, disabledSites: ['a.example'] };
    await stored(current, SETTINGS_VERSION);
    expect(await settingsItem.getValue()).toEqual(current);
    await settingsItem.setValue({ ...current, showBadge: false });
    expect((await fakeBrowser.storage.sync.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });
  });

  it('reads site entries as host names', () => {
    expect(['Example.COM.', 'http://a.b/c?d', 'x y', '', 'localhost:3000'].map(siteHost)).toEqual(['example.com', 'a.b', null, null, 'localhost:3000']);
  });
});
