// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { textOfHtml } from '../../../utils/annotator/extract-article';
import { articleMentionsOnPages } from '../../../utils/library/article-mentions';
import { savedMentionsMatcher } from '../../../utils/library/saved-mentions-matcher';
import { compileMatcher } from '../../../utils/matcher/find-mentions';
import { hyphenReadingsByNames } from '../../../utils/pdf/hyphen-readings';
import { documentWords, hasReadableText, pageOfOffset, pdfArticleHtml, pdfArticleText, rawPageText, readablePageText, setApart, setApartRuns } from '../../../utils/pdf/pdf-text';

const matcher = compileMatcher([
  { entityId: 'nif', category: 'program', text: 'NATO Innovation Fund', caseSensitive: false },
  { entityId: 'edf', category: 'program', text: 'European Defence Fund', caseSensitive: false },
  { entityId: 'tekever', category: 'firm', text: 'TEKEVER', caseSensitive: true },
]);

describe('PDF page text', () => {
  it('reads text runs as the text layer does: runs joined, a line end after each end-of-line run', () => {
    expect(rawPageText([{ str: 'The NATO Inno-', hasEOL: true }, {}, { str: 'vation', hasEOL: false }, { str: ' ' }, { str: 'Fund', hasEOL: true }])).toBe('The NATO Inno-\nvation Fund\n');
  });

  /** A run of upright text at a size and baseline. */
  const run = (str: string, size: number, baseline: number, hasEOL = false) => ({ str, hasEOL, transform: [size, 0, 0, size, 72, baseline] });

  it.each([
    ['a footnote number raised after a name', run('and DIANA', 14, 700), run('13', 11.7, 705), true],
    ['a footnote mark raised before a word', run('*', 8, 706), run('Helsing', 14, 700), true],
    ['a subscript', run('CO', 14, 700), run('2', 9, 697), true],
    ['a font change inside a word (same size, same baseline)', run('TEKE', 14, 700), run('VER', 14, 700), false],
    ['small capitals (smaller, same baseline)', run('T', 14, 700), run('EKEVER', 11, 700), false],
    ['a space between them', run('DIANA ', 14, 700), run('13', 11.7, 705), false],
    ['a line end between them', run('DIANA', 14, 700, true), run('13', 11.7, 705), false],
    ['a drop cap (the larger run is the short one)', run('N', 40, 680), run('ATO backs start-ups', 14, 700), false],
    ['a long run set smaller and higher (a heading, not a mark)', run('DIANA', 14, 700), run('annual report', 9, 706), false],
    ['the next line (more than a line apart)', run('DIANA', 14, 700), run('13', 11, 680), false],
  ])('sets a run apart from the one before: %s', (_name, before, after, apart) => {
    expect(setApart(before, after)).toBe(apart);
  });

  it('puts a space before a run set apart, in the page text and as the text layer reads it', () => {
    const runs = [run('the Fund and DIANA', 14, 700), {}, run('13', 11.7, 705), run(' ', 11.7, 705), run('reports.', 14, 700, true)];
    expect(rawPageText(runs)).toBe('the Fund and DIANA 13 reports.\n');
    // Indices among the runs with text: the text layer has a span for each.
    expect([...setApartRuns(runs)]).toEqual([1]);
    // An empty run between them does not hide the mark.
    expect([...setApartRuns([run('DIANA', 14, 700), run('', 14, 700), run('13', 11.7, 705)])]).toEqual([2]);
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

  it('keeps the hyphen of a compound broken at a line end, told by the words of the whole PDF', () => {
    const pages = ['A military-\ncivil body and a NATO Inno-\nvation Fund.', 'Civil and military uses; counter-drone work; a counter-\ndrone team.', 'Some-\nthing new, something old.'];
    const known = documentWords(pages);
    expect(pages.map((page) => readablePageText(page, known))).toEqual([
      // Both halves are words of the PDF and "militarycivil" is not: a compound. "Inno" is no word: a break.
      'A military-civil body and a NATO Innovation Fund.',
      // Written as a compound within a line elsewhere.
      'Civil and military uses; counter-drone work; a counter-drone team.',
      // Written joined elsewhere: a break, though both halves are words.
      'Something new, something old.',
    ]);
    // Without the PDF's words, every such break is joined (a page read on its own).
    expect(readablePageText(pages[0]!)).toBe('A militarycivil body and a NATO Innovation Fund.');
  });

  it('saves each line-end hyphen as the names highlighted across it read: joined or kept, before the PDF’s words decide', () => {
    const names = compileMatcher([
      { entityId: 'counter-uas', category: 'edt', text: 'counter-drone systems', caseSensitive: false },
      { entityId: 'airbus', category: 'firm', text: 'Airbus', caseSensitive: false },
      { entityId: 'd-orbit', category: 'firm', text: 'D-Orbit', caseSensitive: true },
      { entityId: 'counter-uas', category: 'edt', text: 'C-UAS', caseSensitive: true },
      { entityId: 'counter-uas', category: 'edt', text: 'CUAS', caseSensitive: true },
    ]);
    const pages = ['The counter-\ndrone systems of Air-\nbus and D-\nOrbit ride a bus by air.', 'A military-\ncivil body; civil and military.', 'New C-\nUAS kit.'];
    const known = documentWords(pages);
    expect(pages.map((page) => readablePageText(page, known, (marked) => hyphenReadingsByNames(names, marked)))).toEqual([
      // "Air" and "bus" are words of the PDF, but the name found joined wins; "counter" is no word of it, but the name found hyphenated wins.
      'The counter-drone systems of Airbus and D-Orbit ride a bus by air.',
      // No name across it: the PDF's words decide.
      'A military-civil body; civil and military.',
      // Both readings name the same entity: the hyphen the PDF prints stays.
      'New C-UAS kit.',
    ]);
    // What was saved is found again by the same matcher (the library's reading).
    expect(names.find(readablePageText(pages[0]!, known, (marked) => hyphenReadingsByNames(names, marked))).map((m) => m.entityId)).toEqual(['counter-uas', 'airbus', 'd-orbit']);
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
    const html = pdfArticleHtml(pages);
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
