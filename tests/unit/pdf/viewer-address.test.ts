import { describe, expect, it } from 'vitest';
import { localPdfAddress, looksLikePdfAddress, pageFromHash, pdfAddressFromSearch, pdfLibraryKey, viewerUrlFor } from '../../../utils/pdf/viewer-address';

describe('the viewer address', () => {
  it('round-trips a PDF address through ?file=, the page it names going on the viewer’s address', () => {
    const pdf = 'https://www.nato.int/nato_static/a/b.pdf?lang=en&v=2';
    const viewer = viewerUrlFor('chrome-extension://abc/', `${pdf}#page=3`);
    expect(viewer).toBe(`chrome-extension://abc/pdf-viewer.html?file=${encodeURIComponent(pdf)}#page=3`);
    expect(pdfAddressFromSearch(new URL(viewer).search)).toBe(pdf);
    expect(pageFromHash(new URL(viewer).hash)).toBe(3);
    // Other fragments are not the PDF's address, and name no page.
    expect(viewerUrlFor('chrome-extension://abc/', `${pdf}#lens-native-viewer`)).toBe(`chrome-extension://abc/pdf-viewer.html?file=${encodeURIComponent(pdf)}`);
  });

  it.each([
    ['#page=5', 5],
    ['#zoom=100&page=7', 7],
    ['#Page=2&view=Fit', 2],
    ['#page=0', null],
    ['#page=x', null],
    ['#nameddest=annex', null],
    ['', null],
  ])('reads the page of the fragment %s', (hash, page) => {
    expect(pageFromHash(hash)).toBe(page);
  });

  it.each([
    ['?file=https%3A%2F%2Fexample.org%2Fa.pdf&zoom=2', 'https://example.org/a.pdf'],
    ['?zoom=2&file=http%3A%2F%2F127.0.0.1%3A8080%2Fx.pdf', 'http://127.0.0.1:8080/x.pdf'],
    ['?file=https://example.org/get?id=3&format=pdf', 'https://example.org/get?id=3&format=pdf'],
    ['?file=file%3A%2F%2F%2Fhome%2Fme%2Fr.pdf', 'file:///home/me/r.pdf'],
    ['?file=javascript%3Aalert(1)', null],
    ['?file=data%3Aapplication%2Fpdf%3Bbase64%2CJVBE', null],
    ['?file=%E0%A4%A', null],
    ['?file=', null],
    ['', null],
  ])('reads %s', (search, expected) => {
    expect(pdfAddressFromSearch(search)).toBe(expected);
  });

  it('tells addresses that look like PDFs', () => {
    expect(['https://a.example/x.PDF?dl=1', 'https://a.example/x.html', 'ftp://a.example/x.pdf', 'nonsense'].map(looksLikePdfAddress)).toEqual([true, false, false, false]);
  });

  it('keys a local PDF by name and fingerprint, and prefers an online address for one entry', () => {
    const local = localPdfAddress('NWC Review.pdf', 'f569e588');
    expect(local).toBe('file:///NWC%20Review.pdf#pdf-f569e588');
    expect(pdfLibraryKey(local, 'https://example.org/nwcr.pdf')).toBe('https://example.org/nwcr.pdf');
    expect(pdfLibraryKey('https://example.org/nwcr.pdf', local)).toBe('https://example.org/nwcr.pdf');
    expect(pdfLibraryKey('https://example.org/a.pdf', 'https://mirror.example/a.pdf')).toBe('https://example.org/a.pdf');
  });
});
