// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { textOfHtml } from '../../../utils/annotator/extract-article';
import { articleMentionsOnPages } from '../../../utils/library/article-mentions';
import { savedMentionsMatcher } from '../../../utils/library/saved-mentions-matcher';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { hasReadableText, pageOfOffset, pdfArticleHtml, pdfArticleText, rawPageText, readablePageText } from '../../../utils/pdf/pdf-text';

const matcher = compileMatcher([
  { entityId: 'nif', category: 'program', text: 'NATO Innovation Fund', caseSensitive: false },
  { entityId: 'edf', category: 'program', text: 'European Defence Fund', caseSensitive: false },
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
]);

describe('PDF page text', () => {
  it('reads text runs as the text layer does: runs joined, a line end after each end-of-line run', () => {
    expect(rawPageText([{ str: 'The NATO Inno-', hasEOL: true }, {}, { str: 'vation', hasEOL: false }, { str: ' ' }, { str: 'Fund', hasEOL: true }])).toBe('The NATO Inno-\nvation Fund\n');
  });

  it.each([
    ['joins a hyphenated word', 'NATO Inno-\nvation Fund', 'NATO Innovation Fund'],
    ['joins a word hyphenated with U+2010', 'NATO Inno\u2010\nvation Fund', 'NATO Innovation Fund'],
    ['joins a word hyphenated with U+2011', 'NATO Inno\u2011\nvation Fund', 'NATO Innovation Fund'],
    ['keeps a hyphen that is not a break', 'the F-\n35 fleet', 'the F-35 fleet'],
    ['closes up blank lines so a page stays one paragraph', 'Title\n\n\nBody  \n text', 'Title\nBody\ntext'],
    ['trims', '  \nTEKEVER\n', 'TEKEVER'],
  ])('%s', (_name, raw, readable) => {
    expect(readablePageText(raw)).toBe(readable);
  });

  it('joins pages with blank lines and tells the page of an offset', () => {
    const { text, pageStarts } = pdfArticleText(['one', 'two two', 'three']);
    expect(text).toBe('one\n\ntwo two\n\nthree');
    expect(pageStarts).toEqual([0, 5, 14]);
    expect([0, 3, 4, 5, 13, 14, 18].map((o) => pageOfOffset(pageStarts, o))).toEqual([1, 1, 1, 2, 2, 3, 3]);
  });

  it('finds saved mentions with their pages, a name broken across lines included', () => {
    const pages = [readablePageText('TEKEVER and the European\nDefence Fund.'), readablePageText('The NATO Inno-\nvation Fund backs TEKEVER.')];
    const { text, pageStarts } = pdfArticleText(pages);
    expect(articleMentionsOnPages(text, matcher, pageStarts).map((m) => [m.entityId, m.page])).toEqual([
      ['tekever', 1],
      ['edf', 1],
      ['nif', 2],
      ['tekever', 2],
    ]);
    expect(articleMentionsOnPages(text, matcher).every((m) => m.page === undefined)).toBe(true);
  });

  it('builds HTML with a heading per page whose text blocks carry the saved mentions for the reader view', () => {
    const pages = ['TEKEVER and the European\nDefence Fund.', '', '<b>tags</b> stay text. NATO Innovation Fund'];
    const html = pdfArticleHtml(pages, document);
    expect(html).toContain('<h2>Page 1</h2>');
    expect(html).toContain('<h2>Page 3</h2>');
    expect(html).not.toContain('<b>');
    expect(textOfHtml(html, document)).toBe('Page 1\n\nTEKEVER and the European Defence Fund.\n\nPage 3\n\n<b>tags</b> stay text. NATO Innovation Fund');
    const { text, pageStarts } = pdfArticleText(pages);
    const mentions = articleMentionsOnPages(text, matcher, pageStarts);
    const saved = savedMentionsMatcher({ text, mentions });
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    const blocks = Array.from(parsed.querySelectorAll('p'), (p) => Array.from(p.childNodes, (n) => (n.nodeName === 'BR' ? '\n' : n.textContent)).join(''));
    expect(saved.findAll(blocks).flat().map((m) => m.entityId)).toEqual(['tekever', 'edf', 'nif']);
  });

  it('tells a scanned PDF (no text layer) from one with text', () => {
    expect(hasReadableText(['', ' \n ', '1'])).toBe(false);
    expect(hasReadableText(['', 'NATO and Emerging Technologies'])).toBe(true);
  });
});
