/**
 * A publication date written only as text ("Published 12 June 2025", "June 12, 2025 · 5 min read"), for
 * pages whose metadata carries none. Only unambiguous forms are read: a month written as a word, or ISO
 * "2025-06-12"; "06/12/2025" could be either of two days and is left alone.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

const iso = (year: number, month: number, day: number): string | undefined => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day || year < 1990 || year > 2100) return undefined;
  return date.toISOString().slice(0, 10);
};

/** The first unambiguous date in a short text, as YYYY-MM-DD; undefined when there is none. */
export function parseVisibleDate(text: string): string | undefined {
  const value = text.slice(0, 300);
  let m = value.match(/\b(\d{4})-(\d{2})-(\d{2})(?!\d)/);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = value.match(new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'));
  if (m) return iso(Number(m[3]), MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, Number(m[1]));
  m = value.match(new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i'));
  if (m) return iso(Number(m[3]), MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, Number(m[2]));
  return undefined;
}

/**
 * Where a page shows its date as text: time elements, then elements named for dates or bylines; the
 * story's own first (byline), and never a banner's "today" (a masthead date is not the article's).
 */
export function visibleDate(doc: Document): string | undefined {
  const selector = 'time, [itemprop="datePublished"], [class*="date" i], [class*="publish" i], [class*="byline" i], [class*="timestamp" i], [id*="byline" i]';
  const inBanner = (element: Element) => element.closest('[role="banner"], nav, footer, [class*="masthead" i], [class*="header-date" i], [class*="site-header" i]') !== null;
  const story = doc.querySelector('article, main, [role="main"], [class*="byline" i]')?.parentElement ?? doc;
  for (const scope of [story, doc]) {
    for (const element of Array.from(scope.querySelectorAll(selector)).slice(0, 60)) {
      if (inBanner(element)) continue;
      const found = parseVisibleDate(element.textContent ?? '');
      if (found) return found;
    }
  }
  return undefined;
}
