import { Readability } from '@mozilla/readability';
import DOMPurify from 'dompurify';
import type { ExtractedArticle } from '../library/saved-article';
import { type ArticleRegion, findArticleRegion } from '../page-text/article-region';
import { errorPageReason } from './error-page';
import { navigatedInPage } from './in-page-navigation';
import { parseVisibleDate, visibleDate } from './visible-date';
import { canonicalUrl, metaContent as meta } from './page-address';
import { collectTextBlocks } from '../page-text/collect-text-blocks';

/** What an article may keep: text structure and links. No images or media (they would load remote content). */
const ALLOWED_TAGS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'b', 'strong', 'i', 'em', 'u', 'sub', 'sup',
  'br', 'hr', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'caption', 'div', 'section', 'span', 'small', 'q', 'cite', 'abbr', 'time',
];

const UNSAFE = /<\s*(?:script|style|iframe|object|embed|img|svg|math|form|input|link|meta)\b|<[^>]*\son\w+\s*=|<[^>]*(?:href|src)\s*=\s*["']?\s*(?:javascript|data|vbscript):/i;

/** Sanitises article HTML with DOMPurify: structure and https/http links only, nothing executable. */
export function sanitizeArticleHtml(html: string, doc: Document = document): string {
  const purify = DOMPurify(doc.defaultView ?? window);
  // DOMPurify hands back its input untouched where it cannot work: never let that through.
  if (!purify.isSupported) return textOnlyHtml(html, doc);
  const clean = purify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['href', 'title', 'datetime'],
    ALLOWED_URI_REGEXP: /^https?:/i,
    RETURN_DOM_FRAGMENT: false,
  });
  const result = String(clean);
  // Belt and braces: if anything executable survived (a broken DOM, a sanitizer bug), keep text only.
  return UNSAFE.test(result) ? textOnlyHtml(html, doc) : result;
}

/** The text of some HTML as plain paragraphs, built as text nodes: the fallback when sanitising is impossible. */
function textOnlyHtml(html: string, doc: Document): string {
  const target = doc.implementation.createHTMLDocument('');
  for (const paragraph of textOfHtml(html, doc).split('\n\n')) {
    if (!paragraph) continue;
    const p = target.createElement('p');
    p.textContent = paragraph;
    target.body.append(p);
  }
  return target.body.innerHTML;
}

/** The article's readable text: its blocks, as the annotator reads them, separated by blank lines. */
export function textOfHtml(html: string, doc: Document = document): string {
  const parsed = new (doc.defaultView ?? window).DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  return collectTextBlocks(parsed.body)
    .map((block) => block.text.replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0)
    .join('\n\n');
}

export { canonicalUrl };

function jsonLdDate(doc: Document): string | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      const found = JSON.stringify(JSON.parse(script.textContent ?? '')).match(/"datePublished":"([^"]+)"/);
      if (found?.[1]) return found[1];
    } catch {
      // ignore malformed structured data
    }
  }
  return undefined;
}

/**
 * Takes the page's furniture out of a copy, by the rules the highlights follow (`article-region.ts`), so
 * a saved article holds what was highlighted: no ads, related links or comments, whatever Readability
 * would have kept of them.
 */
function removeFurniture(copy: Document): void {
  const region = findArticleRegion(copy);
  if (!region.found || !copy.body) return;
  const outside: Node[] = [];
  const walker = copy.createTreeWalker(copy.body, 0x4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!region.contains(node)) outside.push(node);
  for (const node of outside) node.parentNode?.removeChild(node);
}

/**
 * The article's title. Readability drops what it takes for a site-name prefix ("Orion Kite Labs: lasers
 * tested at sea" → "lasers tested at sea", "Live: drones over the Baltic coast" → "drones over the Baltic coast");
 * the page's own headline, og:title or document title (without a trailing " | Site" or " - Site") keeps it
 * whole.
 */
function articleTitle(doc: Document, readable: string | null | undefined): string {
  const clean = (value: string | null | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();
  // A single-page app that moved to this article in the page may keep the title of the page it loaded
  // ("Live news | DefenceWire"): the article's headline names it then (a newcomer's trial, session 18).
  // Only a page with one headline: a feed of stories (infinite scroll) has several, and its address is
  // the story in view, not the first (a break-it review, session 19).
  const headlines = Array.from(doc.querySelectorAll('h1')).filter((h) => !h.closest('nav, [role="banner"], [role="navigation"]'));
  if (headlines.length === 1 && navigatedInPage(doc)) {
    const headline = clean(shownText(headlines[0]!));
    if (headline && !clean(doc.title).includes(headline)) return headline;
  }
  const guess = clean(readable);
  const documentTitle = clean(doc.title).replace(/\s+[|–—-]\s+[^|–—-]+$/u, '');
  for (const whole of [clean(meta(doc, ['meta[property="og:title"]'])), clean(doc.querySelector('h1')?.textContent), documentTitle]) {
    if (whole && guess && whole.length > guess.length && whole.endsWith(guess)) return whole;
  }
  return guess || clean(doc.title);
}

/**
 * A byline printed as a plain paragraph near the top ("By Jane Doe and John Smith", "Par Claire Martin",
 * "Von Anna Keller, 19. November 2026"), where the page marks none (no byline class, no author meta) and
 * Readability finds none: a newcomer's trial (session 18) exported such an article with no author. Only a
 * short paragraph of the article (not a rail of other stories) among the page's first few, that is a
 * byline and nothing else: names of two or three capitalised words, perhaps joined by "and", perhaps a
 * date or place after a comma or a dot. A sentence is not one ("By Tuesday Russia had launched …", "Von
 * Seiten der Bundeswehr …", "By Royal Decree …": a break-it review, session 19).
 */
function visibleByline(doc: Document, region: ArticleRegion): string | undefined {
  for (const p of Array.from(doc.querySelectorAll('p, address')).slice(0, 12)) {
    const text = (p.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length > 100 || !region.contains(p) || !BYLINE.test(text)) continue;
    const names = text.replace(/^\S+\s+/u, '').split(/\s*[,·|]\s*/u)[0]!;
    if (names.split(/\s+(?:and|und|et|&)\s+/u).every((name) => !NOT_A_NAME.test(name))) return text;
  }
  return undefined;
}

/** A name: two or three capitalised words, with the particles names carry between them. */
const NAME = String.raw`\p{Lu}\p{Ll}[\p{L}’'.-]*(?:\s+(?:(?:de|van|von|der|da|di|le|la|du)\s+)*\p{Lu}[\p{L}’'.-]*){1,2}`;
/** "By", "Par" or "Von", names joined by "and", then nothing, or a date or place after a comma, dot or bar. */
const BYLINE = new RegExp(String.raw`^(?:By|BY|Par|PAR|Von|VON)\s+${NAME}(?:\s+(?:and|und|et|&)\s+${NAME})*(?:\s*[,·|]\s*[^,]{0,40})?$`, 'u');
/** First words that open a phrase, not a name: days, months, institutions' and a sentence's words. */
const NOT_A_NAME =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Royal|Air|Order|Decree|Default|Clicking|Continuing|Using|Seiten|Anfang|Ende|Mitte|Der|Die|Das|The|European|American|British|German|French|Federal|National|State|Government)\b/u;

/** An element's text as shown: a line break or a block inside it (a `<br>`, a kicker) is a space, not nothing. */
function shownText(element: Element): string {
  // Laid out (a browser page): as the reader sees it. Otherwise (a parsed copy) a `<br>` is read as a space.
  if (Array.from(element.getClientRects()).some((rect) => rect.width > 0)) return (element as HTMLElement).innerText;
  const copy = element.cloneNode(true) as Element;
  for (const br of Array.from(copy.querySelectorAll('br'))) br.replaceWith(' ');
  return copy.textContent ?? '';
}

/**
 * Readability keeps the body and drops what sits around it: the headline, the standfirst, captions.
 * The page highlights those, so the saved copy keeps them too (same mentions in the library as on the
 * page): the article region's blocks missing from Readability's text are put back, those before the
 * body ahead of it (the headline as an <h1>), the others after it.
 */
function withDroppedBlocks(doc: Document, content: string, region: ArticleRegion): string {
  if (!doc.body) return content;
  // Too short to tell article from furniture: only the headline is put back.
  const wanted = (block: { block: Node; nodes: Text[] }) =>
    region.found ? region.contains(block.nodes[0]!) : (block.block as Element).localName === 'h1' && !(block.block as Element).closest('[role="banner"], nav');
  const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
  const kept = squash(textOfHtml(content, doc));
  if (!kept) return content;
  const target = doc.implementation.createHTMLDocument('');
  const lead: Element[] = [];
  const after: Element[] = [];
  let bodyReached = false;
  for (const block of collectTextBlocks(doc.body)) {
    const text = squash(block.text);
    if (!text || !block.nodes[0] || !wanted(block)) continue;
    if (kept.includes(text)) {
      // A short block found in the body's text (a kicker, "Business", above the headline) may be a word of it by
      // chance: only a sentence's length says the body has begun (a newcomer's trial, session 23: the headline
      // went last).
      if (text.length >= 40) bodyReached = true;
      continue;
    }
    const tag = (block.block as Element).localName === 'h1' && !bodyReached ? 'h1' : 'p';
    const element = target.createElement(tag);
    element.textContent = text;
    (bodyReached ? after : lead).push(element);
  }
  if (lead.length === 0 && after.length === 0) return content;
  const wrap = (elements: Element[]) => elements.map((e) => e.outerHTML).join('');
  return `${wrap(lead)}${content}${wrap(after)}`;
}

/**
 * Extracts the article of a page with Readability, on a clone so the page is untouched. Falls back to
 * the page's visible text when Readability finds no article. Throws, with the reason to tell the reader,
 * on a server's error page (`errorPageReason`): it runs here, in the script a save loads, not in the
 * content script every page runs.
 */
export function extractArticle(doc: Document = document): ExtractedArticle {
  // A 404 or 500 page saved by mistake would sit in the library as if it were the article.
  const errorPage = errorPageReason(doc);
  if (errorPage) throw new Error(errorPage);
  const url = canonicalUrl(doc);
  if (doc.contentType === 'text/plain') return plainTextArticle(doc, url);
  const copy = doc.cloneNode(true) as Document;
  removeFurniture(copy);
  const parsed = new Readability(copy, { charThreshold: 200 }).parse();
  // The page's article region, read once: the blocks put back and a plain byline are both looked for in it.
  const region = findArticleRegion(doc);
  const html = sanitizeArticleHtml(withDroppedBlocks(doc, parsed?.content ?? doc.body?.innerHTML ?? '', region), doc);
  const publishedAt =
    meta(doc, ['meta[property="article:published_time"]', 'meta[name="date"]', 'meta[itemprop="datePublished"]', 'meta[name="publication_date"]']) ??
    jsonLdDate(doc) ??
    parsed?.publishedTime ??
    meta(doc, ['article time[datetime]', 'time[datetime]']) ??
    visibleDate(doc);
  const siteName = parsed?.siteName ?? meta(doc, ['meta[property="og:site_name"]']);
  const byline = parsed?.byline ?? meta(doc, ['meta[name="author"]']) ?? visibleByline(doc, region);
  return {
    url,
    title: articleTitle(doc, parsed?.title) || url,
    ...(byline ? { byline: byline.trim() } : {}),
    ...(siteName ? { siteName: siteName.trim() } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    text: textOfHtml(html, doc),
    html,
  };
}

/**
 * A plain-text document (a `.txt` press release, shown by the browser as one `<pre>`): Readability reads it
 * as one run of text, its line breaks lost and its address for a title. Its paragraphs are the runs of lines
 * between blank lines, each line kept; its title its first paragraph when that is one short line, or the next
 * after a label in capitals ("Lisbon drone maker closes new round" after "PRESS RELEASE"), else the file's name.
 */
function plainTextArticle(doc: Document, url: string): ExtractedArticle {
  const raw = (doc.body?.textContent ?? '').replace(/\r\n?/g, '\n');
  const paragraphs = raw
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((lines) => lines.length > 0);
  const target = doc.implementation.createHTMLDocument('');
  for (const lines of paragraphs) {
    const p = target.createElement('p');
    lines.forEach((line, i) => {
      if (i > 0) p.append(target.createElement('br'));
      p.append(target.createTextNode(line));
    });
    target.body.append(p);
  }
  const oneLine = (lines: string[] | undefined) => (lines && lines.length === 1 && lines[0]!.length <= 150 ? lines[0] : undefined);
  // A label in capitals first ("PRESS RELEASE", "FOR IMMEDIATE RELEASE") is not the headline: the line after it is.
  const label = oneLine(paragraphs[0]) !== undefined && paragraphs[0]![0] === paragraphs[0]![0]!.toUpperCase();
  const heading = paragraphs.length > 1 ? (label ? (paragraphs.length > 2 ? oneLine(paragraphs[1]) : undefined) : oneLine(paragraphs[0])) : undefined;
  const fileName = decodeURIComponent(new URL(url, 'https://invalid/').pathname.split('/').pop() ?? '');
  // A press release's dateline ("LISBON, 24 November 2026 –") is its date: the first one written out near the top.
  const publishedAt = parseVisibleDate(paragraphs.slice(0, 4).map((lines) => lines.join(' ')).join('\n'));
  return {
    url,
    title: heading ?? (fileName || url),
    ...(publishedAt ? { publishedAt } : {}),
    text: paragraphs.map((lines) => lines.join(' ')).join('\n\n'),
    html: sanitizeArticleHtml(target.body.innerHTML, doc),
  };
}

