/**
 * The article of an article page: what a reader reads (headline, standfirst, body, captions), apart from
 * the page's furniture (navigation, ads, related-link lists, sidebars, footers, comments). Mentions in the
 * furniture stay plain and uncounted by default; pages with no article are read whole but for the site's
 * menus and footer.
 *
 * Attribute and structure rules only (no layout), so the same answer comes out in the browser, in the
 * corpus CLI's parsed pages, and on the copy the save extraction reads (`extract-article.ts`).
 */
export interface ArticleRegion {
  /** Whether the page has an article (when false, `contains` is false only in the site's menus and footer). */
  readonly found: boolean;
  /** Whether a node is part of the article (on a page with no article: anywhere but the site's menus and footer). */
  contains(node: Node): boolean;
}

const ELEMENT_NODE = 1;

/** Landmarks that are furniture wherever they are. */
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE', 'FOOTER', 'FORM', 'DIALOG']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo', 'banner', 'search', 'dialog', 'alertdialog']);
/** Words of class names, ids and labels that name furniture (whole words only: "ad", not "headline"). */
const FURNITURE_WORDS = new Set([
  'ad', 'ads', 'adslot', 'adunit', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'promo', 'promoted',
  'related', 'recommended', 'recommendations', 'comment', 'comments', 'disqus', 'newsletter', 'subscribe', 'share', 'sharing',
  'social', 'trending', 'popular', 'mostread', 'outbrain', 'taboola', 'breadcrumb', 'breadcrumbs', 'sidebar', 'footer', 'navbar',
  'nav', 'navigation', 'menu', 'cookie', 'cookies', 'banner', 'masthead', 'topbar', 'ticker',
]);
/** Words of class names that mark a pull quote (`pullquote`, `pull-quote`, `quote`). */
const PULL_QUOTE_WORDS = new Set(['pullquote', 'pull', 'quote', 'blockquote', 'callout']);
/** An article has at least this much paragraph text; less, and the page is read whole. */
const MIN_ARTICLE_CHARS = 400;

/** Splits `relatedArticles sidebar-box ad_slot` into lower-case words. */
function words(value: string): string[] {
  return value
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** Paragraphs: <p>, and the div paragraphs some publishers write instead. */
const PARAGRAPHS = 'p, [data-testid*="paragraph" i], div[class*="paragraph" i]';

/** The page's paragraphs, each with the length of its text, read once per region. */
type Paragraphs = readonly (readonly [Element, number])[];

function readParagraphs(doc: Document): Paragraphs {
  return Array.from(doc.querySelectorAll(PARAGRAPHS), (p) => [p, (p.textContent ?? '').trim().length] as const);
}

/**
 * The characters of paragraph text under `root`, counted until `enough` is reached. From the page's one
 * list of paragraphs: querying each candidate for its paragraphs cost 30 ms on a page of 50,000 cells.
 */
function paragraphChars(paragraphs: Paragraphs, root: Element, enough = Infinity): number {
  let total = 0;
  for (const [p, chars] of paragraphs) {
    if (p === root || !root.contains(p)) continue;
    total += chars;
    if (total >= enough) break;
  }
  return total;
}

/** The page's headline: an h1 of the story, not a site title in the banner. */
function findHeadline(doc: Document): Element | null {
  const all = Array.from(doc.querySelectorAll('h1'));
  return all.find((h) => h.closest('main, article, [role="main"], [role="article"]')) ?? all.find((h) => !h.closest('[role="banner"], nav') && !/site|logo|brand|masthead/i.test(`${h.className} ${h.id}`)) ?? null;
}

/**
 * Finds the article: the page's main element or, failing that, its article elements (a feed of stories
 * keeps them all); a page whose candidate holds less than a few paragraphs is read whole.
 */
export function findArticleRegion(doc: Document): ArticleRegion {
  const main = doc.querySelector('main, [role="main"]');
  const articles = Array.from(doc.querySelectorAll('article, [role="article"], [itemprop~="articleBody"]'));
  const headline = findHeadline(doc);
  const paragraphs = readParagraphs(doc);
  /** Whether `root` holds at least the paragraph text of an article. */
  const holdsArticle = (root: Element) => paragraphChars(paragraphs, root, MIN_ARTICLE_CHARS) >= MIN_ARTICLE_CHARS;
  let scopes = main && holdsArticle(main) ? [main] : articles.filter(holdsArticle);
  // No semantic element holds the story: the headline's nearest container with the story's paragraphs.
  if (scopes.length === 0 && headline) {
    for (let current = headline.parentElement; current && current !== doc.body && current !== doc.documentElement; current = current.parentElement) {
      if (holdsArticle(current)) {
        scopes = [current];
        break;
      }
    }
  }
  if (scopes.length === 0) return pageWithoutArticle(doc, paragraphs, headline);
  /** The article's paragraph text, counted when first needed (most pages never ask). */
  let articleText: number | undefined;
  const holdsMostOfArticle = (element: Element) => {
    articleText ??= Math.max(...scopes.map((scope) => paragraphChars(paragraphs, scope)));
    return paragraphChars(paragraphs, element, articleText / 2 + 1) * 2 > articleText;
  };
  const verdicts = new Map<Element, boolean>();

  /** Furniture by itself: a landmark, or named as such — unless it holds most of the article or its headline. */
  const isFurniture = (element: Element): boolean => {
    let verdict = verdicts.get(element);
    if (verdict !== undefined) return verdict;
    const tag = element.tagName.toUpperCase();
    const role = element.getAttribute('role') ?? '';
    // Most elements of an article (its paragraphs, links, emphasis) have no attributes: no words to read.
    const labels = element.hasAttributes() ? words(`${element.getAttribute('class') ?? ''} ${element.id} ${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('data-component') ?? ''}`) : [];
    const named = labels.some((w) => FURNITURE_WORDS.has(w));
    verdict = FURNITURE_TAGS.has(tag) || FURNITURE_ROLES.has(role) || named || tag === 'INS';
    // A pull quote set in an <aside> repeats the article's own words: it is the article, not furniture.
    if (verdict && !named && (labels.some((w) => PULL_QUOTE_WORDS.has(w)) || (tag === 'ASIDE' && element.querySelector('blockquote, q') !== null))) verdict = false;
    // A wrapper named after something else ("article-body social-share-ready") is still the article.
    if (verdict && ((headline && element.contains(headline)) || (element.querySelector(PARAGRAPHS) && holdsMostOfArticle(element)))) verdict = false;
    verdicts.set(element, verdict);
    return verdict;
  };

  const inScope = (element: Element) =>
    scopes.some((scope) => scope.contains(element)) ||
    // Later stories of a feed, appended after the page was read.
    (scopes[0]!.localName !== 'main' && element.closest('article, [role="article"]') !== null) ||
    // The headline and what sits with it (standfirst, byline) when they are outside the body's element.
    (headline !== null && headline.parentElement !== null && headline.parentElement.contains(element) && !headline.parentElement.contains(scopes[0]!) && headline.parentElement !== doc.body);

  /** Whether an element is in the article: in its scope (or the headline's), and under no furniture within it. */
  const elementIn = (element: Element): boolean => {
    const anchor = anchorOf(doc, element);
    if (!inScope(anchor) && !(headline && (anchor === headline || headline.contains(anchor)))) return false;
    for (let current: Element | null = anchor; current && current !== doc.body; current = current.parentElement) {
      if (scopes.includes(current)) break;
      if (isFurniture(current)) return false;
    }
    return true;
  };
  return regionAnsweringBy(true, elementIn);
}

/**
 * A region that answers by element, a text node by its parent: the mentions of one paragraph share it.
 * Each element is asked once for this region (a new view finds the region again), and weakly, so
 * removed content is not held.
 */
function regionAnsweringBy(found: boolean, elementIn: (element: Element) => boolean): ArticleRegion {
  const answers = new WeakMap<Element, boolean>();
  return {
    found,
    contains(node: Node): boolean {
      const element = (node.nodeType === ELEMENT_NODE ? node : node.parentNode) as Element | null;
      if (!element || element.nodeType !== ELEMENT_NODE) return true;
      let answer = answers.get(element);
      if (answer === undefined) answers.set(element, (answer = elementIn(element)));
      return answer;
    },
  };
}

/** Where an element stands on the page: text in a shadow root belongs with its host. */
function anchorOf(doc: Document, element: Element): Element {
  const root = element.getRootNode() as Node & { host?: Element };
  return root !== doc && root.host ? root.host : element;
}

/** Landmarks that are the site's furniture on any page: its menus and its footer. */
const SITE_LANDMARKS = 'nav, footer, [role="navigation"], [role="contentinfo"]';
/**
 * Content a landmark inside it belongs to: a quotation's `<footer>` is its attribution, a story's its tags
 * and source line, a section's menu its table of contents (a break-it review, session 19).
 */
const CONTENT_AROUND = 'article, main, [role="main"], blockquote, figure, section, aside, details, dialog, li, td';

/**
 * A page with no article (a short report, a landing page) is read whole, but for the site's menus and
 * footer: on a 200-word report a menu's "Cyber" or "Space" read as a mention (a newcomer's trial, session
 * 18). Not a landmark inside content, nor one that holds the page's headline or most of its paragraph text;
 * not forms (a whole page can be one `<form>`), not search regions (a results page is one).
 */
function pageWithoutArticle(doc: Document, paragraphs: Paragraphs, headline: Element | null): ArticleRegion {
  // The site's own: not inside content (a quotation's attribution, a story's footer), not one inside another.
  const landmarks = Array.from(doc.querySelectorAll(SITE_LANDMARKS)).filter((landmark) => landmark.parentElement?.closest(CONTENT_AROUND) == null);
  if (landmarks.length === 0) return { found: false, contains: () => true };
  const pageText = doc.body ? paragraphChars(paragraphs, doc.body) : 0;
  const furniture = landmarks.filter(
    (landmark) => !(headline && landmark.contains(headline)) && !(pageText > 0 && paragraphChars(paragraphs, landmark, pageText / 2 + 1) * 2 > pageText),
  );
  return regionAnsweringBy(false, (element) => {
    const anchor = anchorOf(doc, element);
    return !furniture.some((landmark) => landmark.contains(anchor));
  });
}
