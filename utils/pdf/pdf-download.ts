import { type PdfProblem, downloadProblem } from './pdf-problems';

/** A download that receives nothing for this long is given up, with a message saying so. */
export const STALL_MS = 60_000;

export type Download = { ok: true; value: Uint8Array } | { ok: false; problem: PdfProblem };

export interface DownloadOptions {
  /** Aborted when the reader opens something else: the request stops. */
  signal?: AbortSignal;
  stallMs?: number;
  /** Bytes received so far, and the expected total when the server says it. */
  onProgress?(received: number, total: number | undefined): void;
  fetch?: typeof fetch;
}

/**
 * Downloads a PDF from its address. The request is the browser's, from the extension (with the
 * reader's cookies for that site, as the tab would send): nothing goes anywhere else. A server that
 * stops sending (no answer, or no bytes, for `stallMs`) is given up rather than waited on for ever.
 */
export async function downloadPdf(url: string, { signal, stallMs = STALL_MS, onProgress, fetch: fetchImpl = fetch }: DownloadOptions = {}): Promise<Download> {
  if (url.startsWith('file:')) return { ok: false, problem: { kind: 'local-address' } };
  const stalled = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const progressed = () => {
    clearTimeout(timer);
    timer = setTimeout(() => stalled.abort(), stallMs);
  };
  progressed();
  try {
    const response = await fetchImpl(url, { credentials: 'include', cache: 'default', signal: signal ? AbortSignal.any([signal, stalled.signal]) : stalled.signal });
    if (!response.ok) return { ok: false, problem: downloadProblem(response.status, response.statusText) };
    const length = Number(response.headers.get('content-length'));
    const total = Number.isFinite(length) && length > 0 ? length : undefined;
    const chunks: Uint8Array[] = [];
    let received = 0;
    const reader = response.body?.getReader();
    if (!reader) return { ok: true, value: new Uint8Array(await response.arrayBuffer()) };
    for (;;) {
      progressed();
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      received += value.length;
      onProgress?.(received, total);
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
    return { ok: false, problem: downloadProblem(null) };
  } finally {
    clearTimeout(timer);
  }
}
