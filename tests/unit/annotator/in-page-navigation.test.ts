import { describe, expect, it } from 'vitest';
import { navigatedInPage } from '../../../utils/annotator/in-page-navigation';

/** A document loaded at `loaded` and now at `now`, as the navigation timing entry and `document.URL` say. */
const doc = (loaded: string | undefined, now: string) =>
  ({ URL: now, defaultView: { performance: { getEntriesByType: (type: string) => (type === 'navigation' && loaded ? [{ name: loaded }] : []) } } }) as unknown as Document;

describe('whether a page moved to another address in the page since it loaded', () => {
  it('says yes for a single-page app’s move, by path or by query', () => {
    expect(navigatedInPage(doc('https://wire.example/live', 'https://wire.example/news/a'))).toBe(true);
    expect(navigatedInPage(doc('https://wire.example/app?story=one', 'https://wire.example/app?story=two'))).toBe(true);
  });

  it('says no for a fragment, tidied tracking parameters, or where the browser gives no entry (a break-it review, session 19)', () => {
    expect(navigatedInPage(doc('https://wire.example/news/a#top', 'https://wire.example/news/a'))).toBe(false);
    expect(navigatedInPage(doc('https://wire.example/news/a?utm_source=x&utm_medium=email&id=7', 'https://wire.example/news/a?id=7'))).toBe(false);
    expect(navigatedInPage(doc(undefined, 'https://wire.example/news/a'))).toBe(false);
  });
});
