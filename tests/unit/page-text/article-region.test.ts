// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findArticleRegion } from '../../../utils/page-text/article-region';

const BODY = 'The NATO Innovation Fund backed ARX Robotics. '.repeat(12);

function page(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}

/** Which of the elements with an id the region counts as the article. */
const verdicts = (doc: Document) => {
  const region = findArticleRegion(doc);
  return Object.fromEntries(Array.from(doc.querySelectorAll('[id]')).map((e) => [e.id, region.contains(e.firstChild ?? e)]));
};

describe('findArticleRegion', () => {
  it('keeps headline, standfirst, body and captions; leaves menus, ads, related links, footers and comments out', () => {
    const doc = page(`
      <header class="site-header"><nav id="nav">Defence &amp; Space weekly · DARPA news</nav></header>
      <div class="ad-slot" id="ad">EDF Renewables: AI for your home</div>
      <header class="story-header"><h1 id="headline">Helsing raises €600m</h1><p id="standfirst">The AI start-up's round</p></header>
      <main>
        <article>
          <p id="p1">${BODY}</p>
          <figure><img alt=""><figcaption id="caption">A TEKEVER drone</figcaption></figure>
          <div class="relatedArticles" id="related"><a>Anduril opens a factory</a></div>
          <aside class="pullquote" id="pullquote">“We chose Helsing for its speed”</aside>
          <aside id="quoted"><blockquote>TEKEVER flies on</blockquote></aside>
          <p id="p2">${BODY}</p>
        </article>
        <section id="comments"><p id="comment">van_helsing_77: Palantir next?</p></section>
      </main>
      <aside id="sidebar">Most read: Palantir</aside>
      <footer id="footer">Defence &amp; Space weekly</footer>`);
    expect(verdicts(doc)).toEqual({
      nav: false, ad: false, headline: true, standfirst: true, p1: true, caption: true, related: false, pullquote: true, quoted: true, p2: true,
      comments: false, comment: false, sidebar: false, footer: false,
    });
  });

  it('reads a page with no article whole, but for the site’s menus and footer (a newcomer’s trial, session 18)', () => {
    const doc = page(`<header><nav id="nav">Cyber · Space · DARPA</nav></header><div id="short"><p>Helsing and DIANA.</p></div><div role="search" id="search">AI</div><footer id="footer">Defence &amp; Space weekly</footer>`);
    expect(findArticleRegion(doc).found).toBe(false);
    expect(verdicts(doc)).toEqual({ nav: false, short: true, search: true, footer: false });
    // A quotation's attribution and a story's own footer are content (a break-it review, session 19).
    expect(verdicts(page(`<nav id="nav">Menu</nav><blockquote><p id="q">Drones win.</p><footer id="by">Gundbert Scherf, Helsing</footer></blockquote><section><p id="s">AI.</p><footer id="tags">Tags: DIANA</footer></section>`))).toEqual({
      nav: false, q: true, by: true, s: true, tags: true,
    });
    // A page with no landmark is read whole; a landmark holding the headline or most of the text is the page.
    expect(verdicts(page(`<div id="short"><p>Helsing and DIANA.</p></div>`))).toEqual({ short: true });
    expect(verdicts(page(`<nav id="nav">Menu</nav><footer id="story"><h1 id="headline">DIANA picks</h1><p id="p">Helsing and DIANA.</p></footer><form id="form"><p id="f">TEKEVER</p></form>`))).toEqual({
      nav: false, story: true, headline: true, p: true, form: true, f: true,
    });
  });

  it('keeps every story of a feed, including one appended later', () => {
    const doc = page(`<article id="one"><p>${BODY}</p></article><article id="two"><p>${BODY}</p></article><aside id="aside">Trending</aside>`);
    const region = findArticleRegion(doc);
    const late = doc.createElement('article');
    const p = doc.createElement('p');
    p.id = 'late';
    p.textContent = 'DIANA picked start-ups.';
    late.append(p);
    doc.body.append(late);
    expect([region.contains(doc.getElementById('one')!), region.contains(doc.getElementById('two')!), region.contains(doc.getElementById('late')!), region.contains(doc.getElementById('aside')!)]).toEqual([true, true, true, false]);
  });

  it('does not drop an article whose wrapper carries a furniture-like class', () => {
    const doc = page(`<main><div class="article-body social-share-ready"><p id="p">${BODY}</p></div><div class="share" id="share">Share on X</div></main>`);
    expect(verdicts(doc)).toEqual({ p: true, share: false });
  });

  it('matches whole words of class names only: "headline" and "download" are not ads', () => {
    const doc = page(`<main><div class="headline-block"><p id="h">${BODY}</p></div><div class="download-box"><p id="d">Download the DARPA report</p></div></main>`);
    expect(verdicts(doc)).toEqual({ h: true, d: true });
  });

  it("finds a story with no <main> or <article>: the headline's container with the paragraphs", () => {
    const doc = page(`
      <div class="menu" id="menu"><a>AI</a></div><div class="ad" id="ad">EDF Renewables</div>
      <header role="banner"><h1 class="site-title" id="logo">Defence Daily</h1></header>
      <div class="story"><h1 id="headline">Helsing pitches</h1><p id="p">${BODY}</p></div>
      <div id="comments"><p id="c">van_helsing_77: Palantir did it first.</p></div>`);
    expect(findArticleRegion(doc).found).toBe(true);
    expect(verdicts(doc)).toEqual({ menu: false, ad: false, logo: false, headline: true, p: true, comments: false, c: false });
  });
});
