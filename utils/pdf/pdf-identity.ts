import { md5Hex } from './md5';

/** PDF.js fingerprints a PDF that has no trailer /ID by the MD5 of this many first bytes. */
const FINGERPRINT_FIRST_BYTES = 1024;

/**
 * A PDF's identity in the library, one entry per identity, whatever address or file it came from:
 *
 * - a PDF with a trailer /ID: its first element (PDF.js's first fingerprint). The producer wrote it as
 *   the document's permanent identifier, so a copy downloaded again, or from a mirror, or kept on this
 *   device, is the same entry;
 * - a PDF without one (Chromium's and many other printers' output): the SHA-256 of all its bytes. PDF.js
 *   then fingerprints only the first 1,024 bytes, which two different files from one producer often
 *   share (header, information dictionary, fonts), and two reports merged into one entry. The same file
 *   from two places still has the same bytes, and so one entry.
 *
 * Which of the two PDF.js's fingerprint is, is told by computing its first-kilobyte hash ourselves.
 * Libraries saved before this keep their entries; an unchanged file without /ID saved again from this
 * device is a new entry (its key, `localPdfAddress`, carries the identity).
 */
export function pdfIdentity({ fingerprint, firstBytesMd5, sha256 }: { fingerprint: string; firstBytesMd5: string; sha256: () => Promise<string> }): Promise<string> {
  return fingerprint && fingerprint !== firstBytesMd5 ? Promise.resolve(fingerprint) : sha256().then((hex) => `sha256-${hex}`);
}

/**
 * Reads what the identity needs from a PDF's bytes now, before PDF.js takes them (it transfers them to
 * its worker, which leaves them empty here): the first kilobyte's MD5, and the SHA-256 of the whole
 * file (Web Crypto copies the bytes as it is called, and hashes off the main thread). Returns the
 * identity once PDF.js's first fingerprint is known.
 */
export function identityReader(bytes: Uint8Array): (fingerprint: string) => Promise<string> {
  const firstBytesMd5 = md5Hex(bytes.subarray(0, FINGERPRINT_FIRST_BYTES));
  const whole = crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>).then(toHex);
  // Not waited for when the PDF has an /ID: never an unhandled rejection.
  whole.catch(() => undefined);
  return (fingerprint) => pdfIdentity({ fingerprint, firstBytesMd5, sha256: () => whole });
}

function toHex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
