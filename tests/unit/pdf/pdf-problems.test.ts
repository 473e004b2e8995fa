import { describe, expect, it } from 'vitest';
import { downloadProblem, looksLikePdfBytes, notPdfProblem, problemFromPdfError, problemMessage } from '../../../utils/pdf/pdf-problems';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('PDF problems', () => {
  it('tells PDF bytes from other files', () => {
    expect(looksLikePdfBytes(bytes('%PDF-1.7\n%âãÏÓ'))).toBe(true);
    expect(looksLikePdfBytes(bytes(`${' '.repeat(100)}%PDF-1.4`))).toBe(true);
    expect(looksLikePdfBytes(bytes('<!doctype html><title>Not found</title>'))).toBe(false);
    expect(looksLikePdfBytes(new Uint8Array())).toBe(false);
  });

  it('names the problem behind PDF.js errors', () => {
    expect(problemFromPdfError(Object.assign(new Error('No password given'), { name: 'PasswordException' }))).toEqual({ kind: 'encrypted' });
    // What PDF.js says of a truncated file: it started like a PDF, so it is a damaged one, not "not a PDF".
    expect(problemFromPdfError(Object.assign(new Error('Invalid PDF structure.'), { name: 'InvalidPDFException' }))).toEqual({ kind: 'damaged', detail: 'Invalid PDF structure.' });
    expect(problemFromPdfError(new Error('bad XRef'))).toEqual({ kind: 'damaged', detail: 'bad XRef' });
  });

  it('says what happened in each case', () => {
    expect(problemMessage(downloadProblem(404, 'Not Found')).body).toContain('The server answered 404 Not Found.');
    expect(problemMessage(downloadProblem(null)).body).toContain('could not be reached');
    expect(problemMessage({ kind: 'no-text' }).title).toBe('No text in this PDF');
    expect(problemMessage({ kind: 'not-pdf' }).title).toBe('This is not a PDF');
    // An empty file is said to be empty, not some other kind of file.
    expect(problemMessage(notPdfProblem(new Uint8Array(0))).title).toBe('This file is empty');
    expect(notPdfProblem(new TextEncoder().encode('<!doctype html>'))).toEqual({ kind: 'not-pdf' });
    expect(problemMessage({ kind: 'encrypted' }).title).toBe('This PDF is password-protected');
    expect(problemMessage({ kind: 'damaged', detail: 'Invalid PDF structure.' }).title).toBe('This PDF is damaged or incomplete');
    // Neither blames the address: the download worked, or never mattered.
    const tooLarge = problemMessage({ kind: 'too-large', limit: '512 MB' });
    expect(tooLarge.body).toContain('larger than 512 MB');
    expect(tooLarge.body).not.toContain('Check the address');
    const broken = problemMessage({ kind: 'viewer-failed', detail: 'Failed to fetch dynamically imported module' });
    expect(broken.title).toBe('The viewer could not start');
    expect(broken.body).toContain('Reload this page');
  });
});
