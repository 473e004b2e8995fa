import { type PDFDocumentProxy, GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import { identityReader } from '../../utils/pdf/pdf-identity';
import { type PdfProblem, looksLikePdfBytes, notPdfProblem, problemFromPdfError } from '../../utils/pdf/pdf-problems';

/** Where the PDF came from: an address (fetched by the browser from there), or a file from this device. */
export type PdfSource = { kind: 'url'; url: string } | { kind: 'file'; name: string };

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: PdfProblem };

/** The extension's own files (PDF.js's worker, character maps, fonts are copied in at build time). */
const ownFile = (path: string) => (browser.runtime.getURL as (path: string) => string)(path);

/** An open PDF and its identity in the library (see pdf-identity.ts). */
export interface OpenedPdf {
  doc: PDFDocumentProxy;
  identity: string;
}

/** Opens PDF bytes with PDF.js, locally, in its worker. */
export async function openPdf(bytes: Uint8Array): Promise<Outcome<OpenedPdf>> {
  if (!looksLikePdfBytes(bytes)) return { ok: false, problem: notPdfProblem(bytes) };
  // Before PDF.js takes the bytes to its worker.
  const identity = identityReader(bytes);
  GlobalWorkerOptions.workerSrc = ownFile('/pdfjs/pdf.worker.min.mjs');
  const task = getDocument({
    data: bytes,
    // Extension pages allow no eval; PDF.js then interprets PostScript functions instead of compiling them.
    isEvalSupported: false,
    cMapUrl: ownFile('/pdfjs/cmaps/'),
    cMapPacked: true,
    standardFontDataUrl: ownFile('/pdfjs/standard_fonts/'),
    enableXfa: false,
  });
  // No onPassword: a PDF that needs a password rejects with a PasswordException (refused with its message).
  try {
    const doc = await task.promise;
    return { ok: true, value: { doc, identity: await identity(doc.fingerprints[0] ?? '') } };
  } catch (error) {
    void task.destroy();
    return { ok: false, problem: problemFromPdfError(error) };
  }
}
