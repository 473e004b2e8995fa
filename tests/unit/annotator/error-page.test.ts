// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { errorPageReason } from '../../../utils/annotator/error-page';

const page = (title: string, body: string) => new DOMParser().parseFromString(`<!doctype html><title>${title}</title><body>${body}</body>`, 'text/html');
const STORY = `<h1>Helsing opens a drone factory</h1><p>${'The Munich start-up said it would build drones for Ukraine. '.repeat(12)}</p>`;

describe('an error page is not saved as the article', () => {
  it('refuses a page the server answered with an error, when it reads as one', () => {
    expect(errorPageReason(page('404 Not Found', '<h1>Not Found</h1><p>The requested URL was not found.</p>'), 404)).toMatch(/^this page answered 404/);
    expect(errorPageReason(page('Example News', '<p>not found</p>'), 404)).toMatch(/^this page answered 404/);
    expect(errorPageReason(page('Service Unavailable', STORY), 503)).toMatch(/^this page answered 503/);
  });

  it('saves a page that answered with success, or whose status is not known', () => {
    expect(errorPageReason(page('404 Not Found', '<h1>Not Found</h1>'), 200)).toBeNull();
    expect(errorPageReason(page('404 Not Found', '<h1>Not Found</h1>'), undefined)).toBeNull();
  });

  it('saves a single-page app served through a 404 fallback that shows its article', () => {
    expect(errorPageReason(page('Helsing opens a drone factory – Example News', STORY), 404)).toBeNull();
    // A headline with a number or the word "error" is not an error page (a break-it review, session 19).
    expect(errorPageReason(page('Poland orders 500 more drones', STORY), 404)).toBeNull();
    expect(errorPageReason(page('Human error blamed for drone crash', STORY), 404)).toBeNull();
    expect(errorPageReason(page('500 Internal Server Error', '<h1>Internal Server Error</h1>'), 500)).toMatch(/^this page answered 500/);
    expect(errorPageReason(page('Seite nicht gefunden', STORY), 404)).toMatch(/^this page answered 404/);
  });
});
