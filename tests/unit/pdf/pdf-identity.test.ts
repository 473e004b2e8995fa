import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { identityReader } from '../../../utils/pdf/pdf-identity';
import { tinyPdf } from '../../support/tiny-pdf';

/** Two reports from one producer: the same first kilobyte (header, a long comment), different text. */
const padding = 'x'.repeat(1100);
const reportA = () => new Uint8Array(tinyPdf({ headerComment: padding, pages: [{ texts: [{ text: 'TEKEVER builds drones.', x: 72, y: 700 }] }] }));
const reportB = () => new Uint8Array(tinyPdf({ headerComment: padding, pages: [{ texts: [{ text: 'DIANA picks start-ups.', x: 72, y: 700 }] }] }));
const withId = (text: string) => new Uint8Array(tinyPdf({ id: '0123456789abcdef0123456789abcdef', pages: [{ texts: [{ text, x: 72, y: 700 }] }] }));

/** The identity as the viewer reads it: bytes read first, then PDF.js opens them (and takes them). */
async function identityOf(bytes: Uint8Array): Promise<string> {
  const identity = identityReader(bytes);
  const doc = await getDocument({ data: bytes, isEvalSupported: false, useSystemFonts: false }).promise;
  const fingerprint = doc.fingerprints[0] ?? '';
  await doc.destroy();
  return identity(fingerprint);
}

describe('a PDF’s library identity', () => {
  it('tells apart two PDFs without /ID whose first kilobyte is the same (PDF.js fingerprints them alike)', async () => {
    const [a, b] = [reportA(), reportB()];
    expect(a.subarray(0, 1024)).toEqual(b.subarray(0, 1024));
    const fingerprints = await Promise.all([a, b].map(async (bytes) => (await getDocument({ data: bytes.slice(), isEvalSupported: false }).promise).fingerprints[0]));
    expect(fingerprints[0]).toBe(fingerprints[1]);
    const [idA, idB] = [await identityOf(a), await identityOf(b)];
    expect(idA).toMatch(/^sha256-[0-9a-f]{64}$/);
    expect(idA).not.toBe(idB);
  });

  it('is the same for the same file read twice (an online and a local copy)', async () => {
    expect(await identityOf(reportA())).toBe(await identityOf(reportA()));
  });

  it('is the trailer /ID when the PDF has one, so an edited copy of the document stays one entry', async () => {
    expect(await identityOf(withId('First edition.'))).toBe('0123456789abcdef0123456789abcdef');
    expect(await identityOf(withId('Second edition, corrected.'))).toBe('0123456789abcdef0123456789abcdef');
  });
});
