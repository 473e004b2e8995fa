import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings, isSiteEnabled, siteCovers, siteEntryFor, toggleSite } from '../../../utils/reader-settings';

const blocklist = (disabledSites: string[]): Settings => ({ ...DEFAULT_SETTINGS, siteMode: 'all', disabledSites });
const allowlist = (enabledSites: string[]): Settings => ({ ...DEFAULT_SETTINGS, siteMode: 'listed', enabledSites });

describe('site rules', () => {
  it('an entry covers its host and subdomains; without a port it covers every port, with one only that port', () => {
    expect(siteCovers('example.com', 'example.com')).toBe(true);
    expect(siteCovers('example.com', 'news.example.com')).toBe(true);
    expect(siteCovers('example.com', 'example.com:8080')).toBe(true);
    expect(siteCovers('example.com', 'notexample.com')).toBe(false);
    expect(siteCovers('localhost:8080', 'localhost:8080')).toBe(true);
    expect(siteCovers('localhost:8080', 'localhost:3000')).toBe(false);
    expect(siteCovers('localhost:8080', 'localhost')).toBe(false);
  });

  it('a site listed without its port is off (or on) on every port', () => {
    expect(isSiteEnabled(blocklist(['127.0.0.1']), '127.0.0.1:41234')).toBe(false);
    expect(isSiteEnabled(blocklist(['127.0.0.1']), '127.0.0.2:41234')).toBe(true);
    expect(isSiteEnabled(allowlist(['127.0.0.1']), '127.0.0.1:41234')).toBe(true);
    expect(isSiteEnabled(allowlist([]), '127.0.0.1:41234')).toBe(false);
  });

  it('the switch always takes effect: turning a host on removes every entry that covers it', () => {
    for (const settings of [blocklist(['example.com']), blocklist(['news.example.com:8080', 'other.org']), allowlist(['example.com', 'other.org'])]) {
      for (const host of ['news.example.com:8080', 'example.com']) {
        for (const on of [true, false]) {
          const next = toggleSite(settings, host, on);
          expect(isSiteEnabled(next, host)).toBe(on);
          // Unrelated entries stay.
          if (settings.siteMode === 'listed') expect(next.enabledSites.includes('other.org')).toBe(settings.enabledSites.includes('other.org'));
          else expect(next.disabledSites.includes('other.org')).toBe(settings.disabledSites.includes('other.org'));
        }
      }
    }
  });

  it('turning a host off twice lists it once', () => {
    const once = toggleSite(blocklist([]), 'example.com', false);
    expect(toggleSite(once, 'example.com', false).disabledSites).toEqual(['example.com']);
  });

  it('names the entry of the list in use that covers a host', () => {
    expect(siteEntryFor(blocklist(['other.org', '127.0.0.1']), '127.0.0.1:8015')).toBe('127.0.0.1');
    expect(siteEntryFor(blocklist(['127.0.0.1:8016']), '127.0.0.1:8015')).toBeNull();
    expect(siteEntryFor({ ...allowlist(['example.com']), disabledSites: ['news.example.com'] }, 'news.example.com')).toBe('example.com');
  });
});
