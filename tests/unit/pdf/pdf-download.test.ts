import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { downloadPdf } from '../../../utils/pdf/pdf-download';
import { problemMessage } from '../../../utils/pdf/pdf-problems';

/** A server under the test's control: its answer comes when `answer` is called, its bytes when `send` is. */
function controlledServer() {
  let body!: ReadableStreamDefaultController<Uint8Array>;
  let answer!: (response: Response) => void;
  const requests: RequestInit[] = [];
  const fetch = ((_url: string, init: RequestInit) => {
    requests.push(init);
    return new Promise<Response>((resolve, reject) => {
      init.signal?.addEventListener('abort', () => {
        reject(init.signal!.reason);
        try {
          body?.error(init.signal!.reason);
        } catch {
          // already closed
        }
      });
      answer = resolve;
    });
  }) as unknown as typeof globalThis.fetch;
  return {
    fetch,
    requests,
    answer(headers: Record<string, string> = {}) {
      answer(new Response(new ReadableStream<Uint8Array>({ start: (c) => void (body = c) }), { status: 200, headers }));
    },
    send: (text: string) => body.enqueue(new TextEncoder().encode(text)),
    end: () => body.close(),
    fail: () => body.error(new TypeError('network error')),
  };
}

const tick = () => vi.advanceTimersByTimeAsync(0);

describe('downloading a PDF', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('reads the whole body, reporting progress, however long it takes while bytes keep coming', async () => {
    const server = controlledServer();
    const progress: [number, number | undefined][] = [];
    const download = downloadPdf('https://example.org/a.pdf', { fetch: server.fetch, onProgress: (r, t) => progress.push([r, t]) });
    await vi.advanceTimersByTimeAsync(50_000);
    server.answer({ 'content-length': '9' });
    await tick();
    for (const part of ['%PDF', '-1.7', '\n']) {
      await vi.advanceTimersByTimeAsync(59_000);
      server.send(part);
      await tick();
    }
    server.end();
    const result = await download;
    expect(result.ok && new TextDecoder().decode(result.value)).toBe('%PDF-1.7\n');
    expect(progress).toEqual([[4, 9], [8, 9], [9, 9]]);
    expect(server.requests[0]?.credentials).toBe('include');
  });

  it('gives up, saying so, when the server sends nothing for 60 seconds', async () => {
    const server = controlledServer();
    const download = downloadPdf('https://example.org/a.pdf', { fetch: server.fetch });
    server.answer();
    await tick();
    server.send('%PDF-1.7');
    await vi.advanceTimersByTimeAsync(60_000);
    const result = await download;
    expect(result.ok).toBe(false);
    expect(!result.ok && problemMessage(result.problem).body).toMatch(/^The server stopped sending it: nothing arrived for 60 seconds\./);
  });

  it('gives up when no answer comes at all', async () => {
    const server = controlledServer();
    const download = downloadPdf('https://example.org/a.pdf', { fetch: server.fetch, stallMs: 60_000 });
    await vi.advanceTimersByTimeAsync(60_000);
    const result = await download;
    expect(!result.ok && result.problem).toEqual({ kind: 'download', detail: 'The server stopped sending it: nothing arrived for 60 seconds.' });
  });

  it('stops the request when the reader opens something else', async () => {
    const server = controlledServer();
    const controller = new AbortController();
    const download = downloadPdf('https://example.org/a.pdf', { fetch: server.fetch, signal: controller.signal });
    server.answer();
    await tick();
    controller.abort();
    const result = await download;
    expect(result.ok).toBe(false);
    expect(server.requests[0]?.signal?.aborted).toBe(true);
  });

  it('stops reading a body that does not start like a PDF within its first kilobyte (a web page, an endless stream)', async () => {
    const server = controlledServer();
    const download = downloadPdf('https://example.org/a.pdf', { fetch: server.fetch });
    server.answer();
    await tick();
    server.send('<!doctype html>' + 'x'.repeat(2_000));
    await tick();
    const result = await download;
    expect(!result.ok && result.problem).toEqual({ kind: 'not-pdf' });
  });

  it('reads on when the header comes after some junk within the first kilobyte, as PDF.js allows', async () => {
    const server = controlledServer();
    const download = downloadPdf('https://example.org/a.pdf', { fetch: server.fetch });
    server.answer();
    await tick();
    server.send('j'.repeat(500) + '%PDF-1.7\n' + 'x'.repeat(1_000));
    await tick();
    server.end();
    const result = await download;
    expect(result.ok).toBe(true);
  });

  it('calls a download cut off part-way incomplete, not unreachable', async () => {
    const server = controlledServer();
    const download = downloadPdf('https://example.org/a.pdf', { fetch: server.fetch });
    server.answer();
    await tick();
    server.send('%PDF-1.7\n' + 'x'.repeat(3_000));
    await tick();
    server.fail();
    const result = await download;
    expect(!result.ok && result.problem).toEqual({ kind: 'damaged', detail: 'The download broke off after 3 kB: the file arrived incomplete.' });
  });

  it('stops a download larger than it reads (an endless stream that starts like a PDF), saying so', async () => {
    const server = controlledServer();
    const download = downloadPdf('https://example.org/a.pdf', { fetch: server.fetch, maxBytes: 4_096 });
    server.answer();
    await tick();
    server.send('%PDF-1.7\n' + 'x'.repeat(3_000));
    await tick();
    server.send('x'.repeat(3_000));
    await tick();
    const result = await download;
    expect(!result.ok && result.problem).toEqual({ kind: 'too-large', limit: '4 kB' });
  });
});
