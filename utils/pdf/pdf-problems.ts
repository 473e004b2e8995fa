/**
 * What can stop the PDF viewer from showing or saving a PDF, and how the reader is told. Pure, so each
 * message is tested without a browser.
 */
export type PdfProblem =
  | { kind: 'download'; detail: string }
  /** Larger than the viewer reads; `limit` as the reader reads it ("512 MB"). */
  | { kind: 'too-large'; limit: string }
  | { kind: 'local-address' }
  | { kind: 'not-pdf' }
  /** No bytes at all (an empty file, a response with no body). */
  | { kind: 'empty' }
  | { kind: 'encrypted' }
  | { kind: 'damaged'; detail: string }
  | { kind: 'no-text' }
  /** Part of the viewer's own code did not load (an extension updated under an open tab). */
  | { kind: 'viewer-failed'; detail: string };

export interface ProblemMessage {
  title: string;
  body: string;
}

export function problemMessage(problem: PdfProblem): ProblemMessage {
  switch (problem.kind) {
    case 'download':
      return { title: 'The PDF could not be downloaded', body: `${problem.detail} Check the address, or open the file from your device.` };
    case 'too-large':
      return { title: 'This PDF is too large for the Lens viewer', body: `It is larger than ${problem.limit}, more than the viewer reads into memory. Open it in the browser’s own viewer.` };
    case 'viewer-failed':
      return { title: 'The viewer could not start', body: `Part of the viewer did not load (${problem.detail}). Reload this page; if the extension was just updated, close this tab and open the PDF again.` };
    case 'local-address':
      return { title: 'Local files open by picker or drop', body: 'The browser does not let extensions read a file on your device by its address: use “Open a PDF file…” or drag the file here.' };
    case 'empty':
      return { title: 'This file is empty', body: 'It holds no bytes at all, so there is no PDF to show. If it was downloaded, download it again; if it is a file from your device, check the one you picked.' };
    case 'not-pdf':
      return { title: 'This is not a PDF', body: 'The file does not start like a PDF document. If it is a web page, open it in a tab: the extension highlights web pages there.' };
    case 'encrypted':
      return { title: 'This PDF is password-protected', body: 'The Lens viewer does not open encrypted PDFs. Open it in the browser’s own viewer.' };
    case 'damaged':
      return {
        title: 'This PDF is damaged or incomplete',
        body: `It starts like a PDF, but the viewer could not read it: it may have been cut short (an interrupted download or copy), be damaged, or use features the viewer does not support (${problem.detail}). Download it again, or open it in the browser’s own viewer.`,
      };
    case 'no-text':
      return {
        title: 'No text in this PDF',
        body: 'It looks scanned: its pages are images without a text layer, so there is nothing to highlight or save. A PDF run through text recognition (OCR) works.',
      };
  }
}

/** What bytes that do not start like a PDF are: nothing at all, or some other kind of file. */
export function notPdfProblem(bytes: Uint8Array): PdfProblem {
  return bytes.length === 0 ? { kind: 'empty' } : { kind: 'not-pdf' };
}

/** Whether bytes start like a PDF: `%PDF-` within the first kilobyte (as PDF readers accept it). */
export function looksLikePdfBytes(bytes: Uint8Array): boolean {
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/**
 * The problem behind an error thrown while PDF.js opens a document. Only bytes that start like a PDF
 * reach PDF.js (`looksLikePdfBytes`), so a structure it cannot read (its InvalidPDFException, what a
 * truncated file gives) is a damaged or incomplete PDF, not some other kind of file.
 */
export function problemFromPdfError(error: unknown): PdfProblem {
  const name = (error as { name?: string })?.name ?? '';
  const message = (error as { message?: string })?.message ?? String(error);
  if (name === 'PasswordException') return { kind: 'encrypted' };
  return { kind: 'damaged', detail: message.slice(0, 200) };
}

/** The problem of a failed download: a refused request or an error status. */
export function downloadProblem(status: number | null, statusText = ''): PdfProblem {
  if (status === null) return { kind: 'download', detail: 'The address could not be reached (offline, or the server refused the connection).' };
  return { kind: 'download', detail: `The server answered ${status}${statusText ? ` ${statusText}` : ''}.` };
}
