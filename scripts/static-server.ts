/**
 * A small static server for a built site over a data folder of one's choice: `/data/` is mapped to
 * `dataDir`, everything else to `siteDir`, on an ephemeral loopback port. Used by the benchmark
 * (scripts/bench-dashboard.ts) and by browser tests that open the site over data they extracted.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.bcmap': 'application/octet-stream',
};

export interface Served {
  readonly file: string;
  /** Epoch milliseconds when the request reached the server. */
  readonly at: number;
}

/**
 * Serves `siteDir`, with `/data/` mapped to `dataDir`, on an ephemeral loopback port, and notes
 * every file it serves: the byte counts come from the files themselves, whatever their size.
 */
export async function serveSite(siteDir: string, dataDir: string): Promise<{ url: string; served: Served[]; close: () => Promise<void> }> {
  const served: Served[] = [];
  const server = http.createServer(async (request, response) => {
    const at = Date.now();
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = pathname.startsWith('/data/') ? path.join(dataDir, pathname.slice('/data/'.length)) : path.join(siteDir, pathname === '/' ? 'index.html' : pathname);
    try {
      if (!(await stat(file)).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      served.push({ file, at });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, served, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

