import { describe, expect, it } from 'vitest';
import { articleOfExtract, pdfArticle } from '../../../utils/pdf/pdf-article';
import { type ExtractedPdf, NoTextError } from '../../../utils/pdf/extracted-pdf';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import type { ExtractedArticle } from '../../../utils/library/saved-article';

const names = compileMatcher([
  { entityId: 'airbus', category: 'firm', text: 'Airbus', caseSensitive: false },
  { entityId: 'd-orbit', category: 'firm', text: 'D-Orbit', caseSensitive: true },
]);

const extract = (pages: string[]): ExtractedPdf => ({
  kind: 'pdf',
  url: 'https://example.org/report.pdf',
  title: 'A report',
  byline: 'A. Author',
  siteName: 'example.org',
  fingerprint: 'f1f2',
  pages,
});

describe('pdfArticle: the article the background saves for a PDF the viewer hands over', () => {
  it('reads line-end hyphens by the names the matcher finds across them, pages apart with their starts', () => {
    const article = pdfArticle(extract(['Parts from Air-\nbus and D-\nOrbit.', '', 'Page <3> & more.']), names);
    expect(article.text).toBe('Parts from Airbus and D-Orbit.\n\n\n\nPage <3> & more.');
    expect(article.pdf).toEqual({ fingerprint: 'f1f2', pageStarts: [0, 32, 34] });
    // Metadata carried over; the viewer's own fields are not part of the article.
    expect(article).toMatchObject({ url: 'https://example.org/report.pdf', title: 'A report', byline: 'A. Author', siteName: 'example.org' });
    expect(article).not.toHaveProperty('kind');
    expect(article).not.toHaveProperty('pages');
    // HTML: a heading per page with text, page text escaped, never markup.
    expect(article.html).toBe('<section><h2>Page 1</h2><p>Parts from Airbus and D-Orbit.</p></section><section><h2>Page 3</h2><p>Page &lt;3&gt; &amp; more.</p></section>');
  });

  it('without a matcher, the PDF’s own words decide each hyphen', () => {
    expect(pdfArticle(extract(['Parts from Air-\nbus and D-\nOrbit.']), undefined).text).toBe('Parts from Airbus and DOrbit.');
  });

  it('refuses a PDF without text (scanned) with a NoTextError', () => {
    expect(() => pdfArticle(extract(['', ' 3 ', '']), names)).toThrow(NoTextError);
    expect(() => pdfArticle(extract([]), names)).toThrow(/no text/);
  });

  it('leaves a web page’s article as it is', () => {
    const web: ExtractedArticle = { url: 'https://example.org/a', title: 'T', text: 'Air-\nbus', html: '<p>x</p>' };
    expect(articleOfExtract(web, names)).toBe(web);
    expect(articleOfExtract(extract(['Air-\nbus works with D-\nOrbit on this.']), names).text).toBe('Airbus works with D-Orbit on this.');
  });
});
