/**
 * The viewer's address: `pdf-viewer.html?file=<URL-encoded address>`, as PDF.js's own viewer takes
 * it, so a PDF can be linked to or bookmarked in the viewer. Pure.
 */

export const VIEWER_PAGE = '/pdf-viewer.html';

/**
 * The viewer's address for a PDF, under the extension's base address (`browser.runtime.getURL('/')`).
 * The PDF's own fragment is not part of its address; a page it names (`…/report.pdf#page=3`, PDF's
 * open parameters) goes on the viewer's address, as PDF.js's viewer takes it (`…?file=…#page=3`).
 */
export function viewerUrlFor(extensionBase: string, pdfUrl: string): string {
  const hash = pdfUrl.indexOf('#');
  const address = hash === -1 ? pdfUrl : pdfUrl.slice(0, hash);
  const page = hash === -1 ? null : pageFromHash(pdfUrl.slice(hash));
  return `${extensionBase.replace(/\/$/, '')}${VIEWER_PAGE}?file=${encodeURIComponent(address)}${page ? `#page=${page}` : ''}`;
}

/**
 * The page a fragment names, as PDF open parameters write it (`#page=3`, also among others:
 * `#zoom=100&page=3`), or null. The viewer honours it on its own address, and on a PDF address
 * given whole after `file=` (encoded or not).
 */
export function pageFromHash(hash: string): number | null {
  for (const part of hash.replace(/^#/, '').split('&')) {
    const [key, value] = part.split('=');
    if (key?.toLowerCase() === 'page' && value && /^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  }
  return null;
}

/**
 * The PDF address a viewer address names, or null. Accepts the encoded form and, like PDF.js, a raw
 * address pasted after `file=` (whose own query then belongs to it). Only http(s) and file addresses
 * are opened: the viewer never fetches from `data:`, `blob:` or extension addresses it is handed.
 */
export function pdfAddressFromSearch(search: string): string | null {
  const query = search.replace(/^\?/, '');
  const at = query.search(/(?:^|&)file=/);
  if (at === -1) return null;
  const value = query.slice(query.indexOf('file=', at) + 'file='.length);
  let address = value;
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) {
    // Encoded: only this parameter's value, up to the next parameter.
    const encoded = value.split('&')[0] ?? '';
    try {
      address = decodeURIComponent(encoded.replace(/\+/g, '%20'));
    } catch {
      return null;
    }
  }
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'file:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Whether an address looks like a PDF's (its path ends in .pdf): for menus and the popup, not for opening. */
export function looksLikePdfAddress(address: string): boolean {
  try {
    const url = new URL(address);
    return (url.protocol === 'https:' || url.protocol === 'http:' || url.protocol === 'file:') && /\.pdf$/i.test(url.pathname);
  } catch {
    return false;
  }
}

/**
 * The library key of a PDF opened from a file on this device: the file's name with the PDF's
 * fingerprint, so two different local files with one name stay two entries (the same PDF found online
 * later joins this one: see `pdfLibraryKey`).
 */
export function localPdfAddress(fileName: string, fingerprint: string): string {
  return `file:///${encodeURIComponent(fileName)}#pdf-${encodeURIComponent(fingerprint)}`;
}

/**
 * Which address a PDF's one library entry keeps when the same PDF (same fingerprint) is saved from
 * another place: an online address wins over a local file, and otherwise the first one stays.
 */
export function pdfLibraryKey(existing: string, incoming: string): string {
  const online = (address: string) => /^https?:/i.test(address);
  return online(incoming) && !online(existing) ? incoming : existing;
}

/** Added to a PDF's address by the viewer's "Browser's viewer" link, so the auto-open option lets that tab be. */
export const NATIVE_VIEWER_HASH = '#lens-native-viewer';
