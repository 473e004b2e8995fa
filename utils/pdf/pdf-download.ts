import { type PdfProblem, downloadProblem } from './pdf-problems';

/** A download that receives nothing for this long is given up, with a message saying so. */
export const STALL_MS = 60_000;
/**
 * The largest PDF the viewer downloads (bytes): a stream that never ends, or a file far larger than any
 * report, would otherwise be read into memory until the tab fails.
 */
export const MAX_PDF_BYTES = 512 * 1024 * 1024;

export type Download = { ok: true; value: Uint8Array } | { ok: false; problem: PdfProblem };

export interface DownloadOptions {
  /** Aborted when the reader opens something else: the request stops. */
  signal?: AbortSignal;
  stallMs?: number;
  /** Larger downloads are stopped with a message (`MAX_PDF_BYTES` by default). */
  maxBytes?: number;
  /** Bytes received so far, and the expected total when the server says it. */
  onProgress?(received: number, total: number | undefined): void;
  fetch?: typeof fetch;
}

/**
 * Downloads a PDF from its address. The request is the browser's, from the extension (with the
 * reader's cookies for that site, as the tab would send): nothing goes anywhere else. A server that
 * stops sending (no answer, or no bytes, for `stallMs`) is given up rather than waited on for ever.
 */
export async function downloadPdf(url: string, { signal, stallMs = STALL_MS, maxBytes = MAX_PDF_BYTES, onProgress, fetch: fetchImpl = fetch }: DownloadOptions = {}): Promise<Download> {
  if (url.startsWith('file:')) return { ok: false, problem: { kind: 'local-address' } };
  const stalled = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const progressed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stalled.abort(), stallMs);
  };
  progressed();
  const chunks: Uint8Array[] = [];
  let received = 0;
  let checked = false;
  try {
    const response = await fetchImpl(url, { credentials: 'include', cache: 'default', signal: signal ? AbortSignal.any([signal, stalled.signal]) : stalled.signal });
    if (!response.ok) return { ok: false, problem: downloadProblem(response.status, response.statusText) };
    const length = Number(response.headers.get('content-length'));
    const total = Number.isFinite(length) && length > 0 ? length : undefined;
    const tooLarge = (): Download => ({ ok: false, problem: { kind: 'too-large', limit: formatBytes(maxBytes) } });
    if (total !== undefined && total > maxBytes) return tooLarge();
    const reader = response.body?.getReader();
    if (!reader) return { ok: true, value: new Uint8Array(await response.arrayBuffer()) };
    for (;;) {
      progressed();
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      onProgress?.(received, total);
      if (received > maxBytes) {
        void reader.cancel().catch(() => undefined);
        return tooLarge();
      }
      // Not a PDF (a web page, an endless stream): told from its first kilobyte, as PDF.js tells it,
      // rather than read whole into memory first.
      if (!checked && received >= HEADER_WINDOW) {
        checked = true;
        if (!startsLikePdf(chunks)) {
          void reader.cancel().catch(() => undefined);
          return { ok: false, problem: { kind: 'not-pdf' } };
        }
      }
    }
    const bytes = new Uint8Array(received);
    let at = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return { ok: true, value: bytes };
  } catch {
    if (stalled.signal.aborted && !signal?.aborted) {
      return { ok: false, problem: { kind: 'download', detail: `The server stopped sending it: nothing arrived for ${Math.round(stallMs / 1000)} seconds.` } };
    }
    // Cut off part-way (the connection dropped): the file is incomplete, not unreachable.
    if (received > 0 && !signal?.aborted) return { ok: false, problem: { kind: 'damaged', detail: `The download broke off after ${formatBytes(received)}: the file arrived incomplete.` } };
    return { ok: false, problem: downloadProblem(null) };
  } finally {
    clearTimeout(timer);
  }
}

/** How far into a file its "%PDF-" header may be: PDF.js looks this far, and so does the download. */
const HEADER_WINDOW = 1024;
const PDF_HEADER = [0x25, 0x50, 0x44, 0x46, 0x2d];

/** Whether "%PDF-" starts within the first `HEADER_WINDOW` bytes of the chunks received. */
function startsLikePdf(chunks: readonly Uint8Array[]): boolean {
  const head = new Uint8Array(HEADER_WINDOW + PDF_HEADER.length);
  let at = 0;
  for (const chunk of chunks) {
    const take = Math.min(chunk.length, head.length - at);
    head.set(chunk.subarray(0, take), at);
    at += take;
    if (at === head.length) break;
  }
  for (let i = 0; i + PDF_HEADER.length <= at && i <= HEADER_WINDOW; i += 1) {
    if (PDF_HEADER.every((byte, k) => head[i + k] === byte)) return true;
  }
  return false;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}
