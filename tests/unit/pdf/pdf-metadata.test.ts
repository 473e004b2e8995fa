import { describe, expect, it } from 'vitest';
import { nameFromAddress, pdfArticleMeta, pdfDate } from '../../../utils/pdf/pdf-metadata';

describe('PDF metadata', () => {
  it.each([
    ["D:20240315120000+01'00'", '2024-03-15'],
    ['D:2024', '2024-01-01'],
    ['20231102', '2023-11-02'],
    ['2024-05-06T10:00:00Z', '2024-05-06'],
    ['D:20241345', undefined],
    ['yesterday', undefined],
    [42, undefined],
  ])('reads the date %s', (value, expected) => {
    expect(pdfDate(value)).toBe(expected);
  });

  it('takes title, authors and date from the information dictionary', () => {
    expect(
      pdfArticleMeta({
        info: { Title: ' NATO and  Emerging Technologies ', Author: 'Stephen Herzog; Dominika Kunertova', CreationDate: "D:20240401000000Z" },
        fallbackName: 'https://example.org/nwcr.pdf',
      }),
    ).toEqual({ title: 'NATO and Emerging Technologies', byline: 'Stephen Herzog; Dominika Kunertova', publishedAt: '2024-04-01' });
  });

  it('prefers XMP where present, and skips placeholder titles', () => {
    expect(
      pdfArticleMeta({
        info: { Title: 'Microsoft Word - draft7.docx', Author: 'jsmith', CreationDate: 'garbage' },
        xmp: { 'dc:title': 'Annual Report 2024', 'dc:creator': ['A. Author', 'B. Author'], 'xmp:createdate': '2024-02-03T00:00:00Z' },
        fallbackName: 'report.pdf',
      }),
    ).toEqual({ title: 'Annual Report 2024', byline: 'A. Author; B. Author', publishedAt: '2024-02-03' });
  });

  it('falls back to the file name for a title', () => {
    expect(pdfArticleMeta({ info: { Title: 'untitled' }, fallbackName: 'https://x.example/docs/Strategy%20on%20EDT.pdf?v=2' })).toEqual({ title: 'Strategy on EDT' });
    expect(nameFromAddress('annual-report_2024.PDF')).toBe('annual-report_2024');
  });
});
