// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalUrl, extractArticle, sanitizeArticleHtml, textOfHtml } from '../../../utils/annotator/extract-article';

const PAGES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'pages');

function loadPage(file: string, url: string): Document {
  const doc = new DOMParser().parseFromString(readFileSync(path.join(PAGES, file), 'utf8'), 'text/html');
  Object.defineProperty(doc, 'URL', { value: url });
  Object.defineProperty(doc, 'location', { value: new URL(url) });
  return doc;
}

describe('extractArticle on a news page with furniture', () => {
  it('keeps the headline, standfirst and caption the page highlights, and none of the furniture', () => {
    const article = extractArticle(loadPage('news-with-furniture.html', 'https://news.example/helsing'));
    expect(article.text.split('\n\n')[0]).toBe('Helsing raises new round for AI defence software');
    expect(article.text).toContain("expand work with the NATO Innovation Fund's portfolio");
    expect(article.text).toContain('An ARX Robotics ground robot on a test range.');
    for (const furniture of ['Advertisement', 'Palantir wins Army contract', 'van_helsing_77', 'Most read', 'covers DARPA']) expect(article.text).not.toContain(furniture);
    expect(article.publishedAt).toBe('2025-06-17T08:00:00Z');
  });
});

describe('extractArticle with a section label above the headline', () => {
  it('puts the headline first, not after the body, when the label is a word of the body (a newcomer’s trial, session 23)', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: the Business of defence grew as Helsing raised money for its software and drones in Munich this year.</p>`).join('');
    const doc = new DOMParser().parseFromString(
      `<html><head><title>Helsing raises €600m as Prima Materia doubles down</title></head><body><main><article class="story"><p class="kicker">Business</p><h1>Helsing raises €600m as Prima Materia doubles down</h1><p class="standfirst">The Munich firm's new round values it at twice last year's price, investors say</p><div class="byline"><span>Jane Okafor, Technology Editor</span> · <time datetime="2026-03-05">2026-03-05</time></div>${paragraphs}</article></main></body></html>`,
      'text/html',
    );
    Object.defineProperty(doc, 'URL', { value: 'https://news.example/helsing-600m' });
    Object.defineProperty(doc, 'location', { value: new URL('https://news.example/helsing-600m') });
    const text = extractArticle(doc).text;
    const headline = text.indexOf('Helsing raises €600m as Prima Materia doubles down');
    expect(headline).toBeGreaterThanOrEqual(0);
    expect(headline).toBeLessThan(text.indexOf('Paragraph 1:'));
  });
});

describe('extractArticle titles', () => {
  it('keeps a label before a colon that Readability takes for a site name ("Live: …"), from the document title', () => {
    const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Update ${i + 1}: drones were seen over the Baltic coast again tonight, and the coast guard sent two patrol boats to follow them out to sea.</p>`).join('');
    const doc = new DOMParser().parseFromString(`<html><head><title>Live: drones over the Baltic coast tonight</title></head><body><article>${paragraphs}</article></body></html>`, 'text/html');
    Object.defineProperty(doc, 'URL', { value: 'https://news.example/live' });
    Object.defineProperty(doc, 'location', { value: new URL('https://news.example/live') });
    expect(extractArticle(doc).title).toBe('Live: drones over the Baltic coast tonight');
  });
});

describe('extractArticle titles of single-page apps', () => {
  const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: the Munich start-up said its new plant would build drones for Ukraine and for other European customers from next year.</p>`).join('');
  const app = (title: string, head = '') =>
    new DOMParser().parseFromString(`<html><head><title>${title}</title>${head}</head><body><nav><a>Home</a></nav><main><h1>Helsing opens a drone factory in Bavaria</h1>${paragraphs}</main></body></html>`, 'text/html');

  /** The app as loaded at `loaded`, now at `now` (its address changed in the page, or not). */
  const at = (doc: Document, loaded: string, now: string) => {
    Object.defineProperty(doc, 'URL', { value: now });
    Object.defineProperty(doc, 'location', { value: new URL(now) });
    const performance = { getEntriesByType: (type: string) => (type === 'navigation' ? [{ name: loaded }] : []) };
    const view = new Proxy(window, { get: (target, key) => (key === 'performance' ? performance : (target as unknown as Record<PropertyKey, unknown>)[key]) });
    Object.defineProperty(doc, 'defaultView', { value: view });
    return doc;
  };

  it('takes the article’s headline when the app moved to it in the page and kept its old title (a newcomer’s trial, session 18)', () => {
    expect(extractArticle(at(app('Live news | DefenceWire'), 'https://wire.example/live', 'https://wire.example/news/helsing-factory')).title).toBe('Helsing opens a drone factory in Bavaria');
    // A page that tidied its query on load (utm_ parameters) has not navigated; a headline's line break is a space.
    const broken = () => {
      const doc = app('Live news | DefenceWire');
      doc.querySelector('h1')!.replaceChildren('Anduril raises $2.5bn', doc.createElement('br'), 'at $30.5bn valuation');
      return doc;
    };
    expect(extractArticle(at(broken(), 'https://wire.example/news/a?utm_source=x', 'https://wire.example/news/a')).title).toBe('Live news | DefenceWire');
    expect(extractArticle(at(broken(), 'https://wire.example/live', 'https://wire.example/news/a')).title).toBe('Anduril raises $2.5bn at $30.5bn valuation');
    // A feed of stories has several headlines: the one in view is not the first (a break-it review, session 19).
    const feed = app('Live news | DefenceWire');
    feed.querySelector('main')!.insertAdjacentHTML('beforeend', '<article><h1>Second story</h1><p>More.</p></article>');
    expect(extractArticle(at(feed, 'https://wire.example/live', 'https://wire.example/news/second')).title).not.toBe('Helsing opens a drone factory in Bavaria');
    // Loaded at this address (a fragment aside): the document's own title, as before.
    expect(extractArticle(at(app('Live news | DefenceWire'), 'https://wire.example/news/helsing-factory#top', 'https://wire.example/news/helsing-factory')).title).toBe('Live news | DefenceWire');
  });

  it('reads a site’s name for a title as Readability does, from the headline', () => {
    expect(extractArticle(app('Defence Daily')).title).toBe('Helsing opens a drone factory in Bavaria');
    expect(extractArticle(app('The Wire', '<meta property="og:site_name" content="The Wire">')).title).toBe('Helsing opens a drone factory in Bavaria');
  });

  it('keeps a document title that is the article’s own', () => {
    expect(extractArticle(app('Helsing opens a drone factory in Bavaria | Defence Daily')).title).toBe('Helsing opens a drone factory in Bavaria');
    expect(extractArticle(app('Drone factory: what Helsing’s Bavarian plant means for Europe')).title).toBe('Drone factory: what Helsing’s Bavarian plant means for Europe');
  });
});

describe('extractArticle bylines', () => {
  const paragraphs = Array.from({ length: 8 }, (_, i) => `<p>Paragraph ${i + 1}: the Munich start-up said its new plant would build drones for Ukraine and for other European customers from next year.</p>`).join('');
  const story = (lead: string) => new DOMParser().parseFromString(`<html><head><title>Helsing opens a drone factory</title></head><body><main><h1>Helsing opens a drone factory</h1>${lead}${paragraphs}</main></body></html>`, 'text/html');

  it('reads a byline printed as a plain paragraph near the top (a newcomer’s trial, session 18)', () => {
    expect(extractArticle(story('<p>By Jane Doe and John Smith</p>')).byline).toBe('By Jane Doe and John Smith');
    expect(extractArticle(story('<p>Par Claire de La Tour</p>')).byline).toBe('Par Claire de La Tour');
    expect(extractArticle(story('<p>Von Anna Keller, 19. November 2026</p>')).byline).toBe('Von Anna Keller, 19. November 2026');
  });

  it('takes no sentence for a byline', () => {
    for (const lead of [
      '<p>By Monday, Helsing had hired 200 engineers.</p>',
      '<p>By 2030 the plant will build 1,000 drones a year.</p>',
      '<p>By Chinese standards the plant is small.</p>',
      // A second break-it review (session 19).
      '<p>By Tuesday Russia had launched 300 drones.</p>',
      '<p>By European Commission estimates, it will cost more.</p>',
      '<p>By Royal Decree</p>',
      '<p>By Air Mail</p>',
      '<p>BY THE NUMBERS</p>',
      '<p>Von Der Leyen said so.</p>',
      '<p>Von Seiten der Bundeswehr hieß es nichts.</p>',
      '<p>Von Anfang Juni an.</p>',
    ]) {
      expect(extractArticle(story(lead)).byline).toBeUndefined();
    }
  });
});

describe('extractArticle on the seed pages', () => {
  it.each([
    ['seed-000.html', 'NATO as Europe’s model for scaling technology', 'Portugal’s TEKEVER, backed by NATO'],
    ['seed-001.html', 'NATO and Emerging Technologies: The Alliance’s Shifting Approach to Military Innovation', 'DIANA aims to attract start-up'],
    ['seed-002.html', 'Technological sovereignty and Europe’s critical physical infrastructure', 'European Chips Act and IRIS²'],
  ])('%s: title, readable text in paragraphs, no navigation', (file, title, excerpt) => {
    const article = extractArticle(loadPage(file, `https://news.example/${file}#comments`));
    expect(article.title).toBe(title);
    expect(article.url).toBe(`https://news.example/${file}`);
    expect(article.text).toContain(excerpt);
    expect(article.text).not.toContain('Test fixture for Defense Innovation Lens.');
    expect(article.text.split('\n\n').length).toBeGreaterThan(10);
    expect(article.html).not.toMatch(/<(script|style|nav|img)/i);
  });

  it('reads the canonical URL and the published date from metadata', () => {
    const doc = new DOMParser().parseFromString(
      `<html><head><link rel="canonical" href="https://site.example/story"><meta property="article:published_time" content="2025-07-03T10:00:00Z"><meta property="og:site_name" content="Site"></head>
       <body><article><h1>Title</h1><p>${'DIANA text. '.repeat(40)}</p></article></body></html>`,
      'text/html',
    );
    Object.defineProperty(doc, 'URL', { value: 'https://site.example/story?utm_source=x' });
    expect(canonicalUrl(doc)).toBe('https://site.example/story');
    const article = extractArticle(doc);
    expect(article).toMatchObject({ url: 'https://site.example/story', publishedAt: '2025-07-03T10:00:00Z', siteName: 'Site' });
  });
});

describe('extractArticle on a plain-text document', () => {
  const plainText = (text: string, url: string) => {
    const doc = document.implementation.createHTMLDocument('');
    const pre = doc.createElement('pre');
    pre.textContent = text;
    doc.body.append(pre);
    Object.defineProperty(doc, 'contentType', { value: 'text/plain' });
    Object.defineProperty(doc, 'URL', { value: url });
    Object.defineProperty(doc, 'location', { value: new URL(url) });
    return doc;
  };

  it('keeps its paragraphs and line breaks, and takes its headline for a title', () => {
    const article = extractArticle(plainText(readFileSync(path.join(PAGES, 'plain-text-release.txt'), 'utf8'), 'https://example.org/news/release.txt'));
    expect(article.title).toBe('Lisbon drone maker closes new round');
    expect(article.text.split('\n\n').slice(0, 3)).toEqual([
      'PRESS RELEASE',
      'Lisbon drone maker closes new round',
      'TEKEVER, the Portuguese maker of long-range uncrewed aircraft, said on Tuesday that the NATO Innovation Fund joined its latest funding round. The company plans to spend the money on production lines for its drones.',
    ]);
    expect(article.html).toContain('NATO Innovation Fund<br>joined');
    expect(article.publishedAt).toBeUndefined();
  });

  it('is named after its file when it opens with no headline, and keeps markup as text', () => {
    const article = extractArticle(plainText('The first paragraph runs on\nover two lines <script>alert(1)</script>.\n\nLISBON, 24 November 2026 – A second one.', 'https://example.org/files/report%202025.txt'));
    expect(article.publishedAt).toBe('2026-11-24');
    expect(article.title).toBe('report 2025.txt');
    expect(article.html).not.toContain('<script');
    expect(article.text).toContain('<script>alert(1)</script>');
  });
});

describe('sanitizeArticleHtml', () => {
  // The exact output of DOMPurify is checked in real Chromium (e2e): here, whatever the DOM, nothing
  // executable may come out.
  it('never lets scripts, handlers, images or javascript: links through', () => {
    const clean = sanitizeArticleHtml(
      '<p onclick="x()">Hi <a href="javascript:alert(1)">bad</a> <a href="https://ok.example/">ok</a><img src="https://t.example/pixel.gif"><script>alert(1)</script></p>',
    );
    expect(clean).not.toMatch(/onclick|javascript:|<script|<img/i);
    expect(clean).toContain('Hi');
    expect(clean).toContain('ok');
    expect(textOfHtml('<h2>A</h2><p>B <b>C</b></p><ul><li>D</li></ul>')).toBe('A\n\nB C\n\nD');
  });
});
