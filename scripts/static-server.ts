/**
 * A small static server for a built site over a data folder of one's choice: `/data/` is mapped to
 * `dataDir`, everything else to `siteDir`, on an ephemeral loopback port. Used by the benchmark
 * (scripts/bench-dashboard.ts) and by browser tests that open the site over data they extracted.
 * It answers byte-range requests as static hosts do (206 with Content-Range, 416 for a range past
 * the end): the dashboard reads a packed report detail as one range of its pack.
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
  '.pack': 'application/octet-stream',
};

/** What a `Range` header asks of a file of `size` bytes: all of it, bytes start..end (inclusive), or nothing it has. */
export type RangeAnswer = { kind: 'whole' } | { kind: 'part'; start: number; end: number } | { kind: 'unsatisfiable' };

/**
 * One `bytes=` range (`a-b`, `a-`, `-n`), as RFC 9110 reads it; a header this server does not
 * handle (several ranges, another unit, nonsense) is ignored and the whole file sent, as the RFC
 * allows.
 */
export function rangeOf(header: string | undefined, size: number): RangeAnswer {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'whole' };
  if (match[1] === '') {
    const suffix = Number(match[2]);
    if (suffix === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'part', start: Math.max(0, size - suffix), end: size - 1 };
  }
  const start = Number(match[1]);
  const end = match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1);
  if (match[2] !== '' && Number(match[2]) < start) return { kind: 'whole' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'part', start, end };
}

export interface Served {
  readonly file: string;
  /** Epoch milliseconds when the request reached the server. */
  readonly at: number;
}

/** The file a request path names under `root`, or null when it would leave it (`/data/../../etc/passwd`). */
export function fileUnder(root: string, relative: string): string | null {
  const base = path.resolve(root);
  const file = path.resolve(base, `.${path.posix.sep}${relative}`);
  return file === base || file.startsWith(base + path.sep) ? file : null;
}

/**
 * Serves `siteDir`, with `/data/` mapped to `dataDir`, on a loopback port (an ephemeral one unless
 * `port` is given), and notes every file it serves: the byte counts come from the files themselves, whatever their size.
 */
export async function serveSite(
  siteDir: string,
  dataDir: string,
  port = 0,
): Promise<{ url: string; served: Served[]; close: () => Promise<void> }> {
  const served: Served[] = [];
  const server = http.createServer(async (request, response) => {
    const at = Date.now();
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const file = pathname.startsWith('/data/')
        ? fileUnder(dataDir, pathname.slice('/data/'.length))
        : fileUnder(siteDir, pathname === '/' ? 'index.html' : pathname);
      if (file === null) throw new Error('outside the folders served');
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const range = rangeOf(request.headers.range, info.size);
      if (range.kind === 'unsatisfiable') {
        response.writeHead(416, { 'content-range': `bytes */${info.size}` }).end();
        return;
      }
      served.push({ file, at });
      if (range.kind === 'part') {
        response.writeHead(206, {
          'content-type': type,
          'accept-ranges': 'bytes',
          'content-range': `bytes ${range.start}-${range.end}/${info.size}`,
          'content-length': range.end - range.start + 1,
        });
        createReadStream(file, { start: range.start, end: range.end }).pipe(response);
        return;
      }
      response.writeHead(200, { 'content-type': type, 'accept-ranges': 'bytes', 'content-length': info.size });
      createReadStream(file).pipe(response);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${bound}/`, served, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
