import { createReadStream, existsSync, statSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.txt': 'text/plain; charset=utf-8',
  '.pdf': 'application/pdf',
};

/**
 * Serves a folder on 127.0.0.1 at a free port, for pages the browser under test opens. `headers`
 * are added to every answer (the benchmark asks for cross-origin isolation, for a finer timer).
 * `?delay=<ms>` on an address holds its answer that long (a slow server: the tab stays loading).
 */
export async function serveFolder(
  root: string,
  headers: Record<string, string> = {},
): Promise<{ url: (file: string) => string; close: () => Promise<void>; requests: string[] }> {
  /** Every path asked for, in order (tests check which addresses the extension contacted). */
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const address = new URL(request.url ?? '/', 'http://localhost');
    const pathname = decodeURIComponent(address.pathname);
    requests.push(pathname);
    const file = path.join(root, path.normalize(pathname === '/' ? '/index.html' : pathname));
    if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    const answer = () => {
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers });
      createReadStream(file).pipe(response);
    };
    const delay = Number(address.searchParams.get('delay') ?? 0);
    if (delay > 0) setTimeout(answer, delay);
    else answer();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    requests,
    url: (file) => `http://127.0.0.1:${port}/${file}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        // A browser still open keeps idle keep-alive connections (a PDF tab does): closing waits for none.
        server.closeAllConnections();
      }),
  };
}
