import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { localServerPerTest } from '../../../tests/fixtures/collect/local-server';
import { dispositionFileName, FetchFailure, HostGate, type HttpOptions, parseContentType, PoliteClient, retryAfterMs } from './http';
import { internalAddress } from './internal-addresses';

/** The test servers run on 127.0.0.1: these tests allow private addresses unless they test the refusal. */
const OPTIONS: HttpOptions = {
  userAgent: 'fazhi-atlas/test',
  timeoutMs: 1_000,
  retries: 2,
  backoffMs: 5,
  maxWaitMs: 500,
  maxBytes: 1024,
  maxRedirects: 2,
  delayMs: 0,
  allowPrivate: true,
};

const server = localServerPerTest();

/** A server answering each request with the next of `answers` (status, headers, body). */
async function serve(answers: [number, Record<string, string>, string?][]): Promise<{ url: (path: string) => string; seen: string[] }> {
  const seen: string[] = [];
  const origin = await server.start((request, response) => {
    seen.push(request.url ?? '');
    const [status, headers, body] = answers[Math.min(seen.length - 1, answers.length - 1)]!;
    response.writeHead(status, headers);
    response.end(body ?? '');
  });
  return { url: (path) => `${origin}${path}`, seen };
}

async function failure(promise: Promise<unknown>): Promise<FetchFailure> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchFailure) return error;
    throw error;
  }
  throw new Error('expected a FetchFailure');
}

describe('headers', () => {
  it('reads the media type and charset of Content-Type', () => {
    expect(parseContentType('text/html; charset="GB2312"')).toEqual({ contentType: 'text/html', charset: 'GB2312' });
    expect(parseContentType('Application/PDF')).toEqual({ contentType: 'application/pdf', charset: null });
    expect(parseContentType(null)).toEqual({ contentType: null, charset: null });
  });

  it('reads Retry-After as seconds or as a date', () => {
    expect(retryAfterMs('3')).toBe(3_000);
    expect(retryAfterMs('Wed, 01 May 2024 00:00:10 GMT', Date.parse('2024-05-01T00:00:00Z'))).toBe(10_000);
    expect(retryAfterMs('soon')).toBeNull();
  });

  it('reads the file name of Content-Disposition, encoded or plain', () => {
    expect(dispositionFileName(`attachment; filename*=UTF-8''${encodeURIComponent('报告.docx')}`)).toBe('报告.docx');
    expect(dispositionFileName('attachment; filename="report.pdf"')).toBe('report.pdf');
    expect(dispositionFileName('inline')).toBeNull();
  });
});

describe('HostGate', () => {
  it('runs one task at a time per host with the pause between them, and hosts side by side', async () => {
    const gate = new HostGate(30);
    const spans: Record<'a' | 'b', [number, number][]> = { a: [], b: [] };
    const task = (host: 'a' | 'b') =>
      gate.run(host, async () => {
        const start = performance.now();
        await new Promise((resolve) => setTimeout(resolve, 10));
        spans[host].push([start, performance.now()]);
      });
    const started = performance.now();
    await Promise.all([task('a'), task('a'), task('a'), task('b'), task('b')]);
    for (const host of ['a', 'b'] as const) {
      for (let i = 1; i < spans[host].length; i += 1) expect(spans[host][i]![0] - spans[host][i - 1]![1]).toBeGreaterThanOrEqual(28);
    }
    // Host b did not wait for host a.
    expect(spans.b[0]![0] - started).toBeLessThan(25);
  });
});

describe('PoliteClient', () => {
  it('retries a 503 after the time the server asks, and gives up after its tries', async () => {
    const site = await serve([
      [503, { 'retry-after': '0' }],
      [200, { 'content-type': 'text/plain; charset=utf-8' }, '好'],
    ]);
    const client = new PoliteClient(OPTIONS);
    const file = await client.fetch(site.url('/a'));
    expect(new TextDecoder().decode(file.bytes)).toBe('好');
    expect(file).toMatchObject({ status: 200, contentType: 'text/plain', charset: 'utf-8', finalUrl: site.url('/a') });
    expect(site.seen).toEqual(['/a', '/a']);

    await server.stop();
    const busy = await serve([[429, { 'retry-after': '0' }]]);
    const gaveUp = await failure(new PoliteClient(OPTIONS).fetch(busy.url('/b')));
    expect(gaveUp).toMatchObject({ kind: 'http', status: 429, message: '429 Too Many Requests (3 tries)' });
    expect(busy.seen).toHaveLength(3);
  });

  it('does not wait longer than it may: a Retry-After beyond the limit ends the address at once', async () => {
    const site = await serve([[503, { 'retry-after': '3600' }]]);
    const refused = await failure(new PoliteClient(OPTIONS).fetch(site.url('/c')));
    expect(refused.message).toBe('503 Service Unavailable (the server asks to wait 3600 s, more than 0.5 s)');
    expect(site.seen).toHaveLength(1);
  });

  it('follows redirects to its limit, checking every hop with robots.txt', async () => {
    const site = await serve([
      [301, { location: '/2' }],
      [302, { location: '/3' }],
      [307, { location: '/4' }],
      [200, {}, 'end'],
    ]);
    const checked: string[] = [];
    const robots = async (url: string) => void checked.push(new URL(url).pathname);
    const tooMany = await failure(new PoliteClient(OPTIONS).fetch(site.url('/1'), robots));
    expect(tooMany).toMatchObject({ kind: 'redirects', message: 'more than 2 redirects' });
    expect(checked).toEqual(['/1', '/2', '/3']);
    // A hop robots.txt refuses is never requested.
    site.seen.length = 0;
    const refusing = async (url: string) => {
      if (url.endsWith('/3')) throw new FetchFailure('robots', 'refused by robots.txt');
    };
    const refused = await failure(new PoliteClient({ ...OPTIONS, maxRedirects: 5 }).fetch(site.url('/1'), refusing));
    expect(refused.kind).toBe('robots');
    expect(site.seen).not.toContain('/3');
  });

  it('says what a network failure was, after its tries', async () => {
    const site = await serve([[200, {}, 'x']]);
    const url = site.url('/gone');
    await server.stop();
    const refused = await failure(new PoliteClient({ ...OPTIONS, retries: 1 }).fetch(url));
    expect(refused).toMatchObject({ kind: 'network', message: 'connection refused (2 tries)' });
  });

  it('refuses a host that is, or resolves to, an internal address (every address it resolves to), before robots.txt and any connection', async () => {
    const site = await serve([[200, {}, 'x']]);
    const port = new URL(site.url('/')).port;
    const answers: Record<string, { address: string; family: number }[]> = {
      'reports.test': [
        { address: '203.0.113.7', family: 4 },
        { address: '10.0.0.5', family: 4 },
      ],
      'metadata.test': [{ address: '169.254.169.254', family: 4 }],
      'intranet.test': [{ address: 'fd00::1', family: 6 }],
      'mapped.test': [{ address: '::ffff:192.168.1.1', family: 6 }],
      'link.test': [{ address: 'fe80::1', family: 6 }],
    };
    const asked: string[] = [];
    const lookup = async (host: string) => {
      asked.push(host);
      return answers[host]!;
    };
    const robotsAsked: string[] = [];
    const robots = async (url: string) => void robotsAsked.push(url);
    const client = new PoliteClient({ ...OPTIONS, allowPrivate: false, lookup });
    const refusal = async (url: string) => (await failure(client.fetch(url, robots))).message;
    const advice = '; use --allow-private to fetch addresses inside your network';
    expect(await refusal(`http://reports.test:${port}/a`)).toBe(`refused: reports.test resolves to 10.0.0.5, a private address${advice}`);
    expect(await refusal(`http://metadata.test/latest/meta-data/`)).toBe(
      `refused: metadata.test resolves to 169.254.169.254, a cloud metadata address${advice}`,
    );
    expect(await refusal(`http://intranet.test/`)).toBe(`refused: intranet.test resolves to fd00::1, a private address${advice}`);
    expect(await refusal(`http://mapped.test/`)).toBe(
      `refused: mapped.test resolves to ::ffff:192.168.1.1 (IPv4 192.168.1.1), a private address${advice}`,
    );
    expect(await refusal(`http://link.test/`)).toBe(`refused: link.test resolves to fe80::1, a link-local address${advice}`);
    // An address written as an IP is judged as written (in every form the URL parser reads), with no lookup.
    expect(await refusal(site.url('/b'))).toBe(`refused: 127.0.0.1 is a loopback address${advice}`);
    expect(await refusal(`http://0x7f000001:${port}/c`)).toBe(`refused: 127.0.0.1 is a loopback address${advice}`);
    expect(await refusal(`http://[::ffff:127.0.0.1]:${port}/d`)).toBe(
      `refused: ::ffff:7f00:1 (IPv4 127.0.0.1) is a loopback address${advice}`,
    );
    expect(await refusal(`http://0.0.0.0:${port}/e`)).toBe(`refused: 0.0.0.0 is an unspecified address${advice}`);
    expect((await failure(client.fetch(`http://169.254.169.254/latest/meta-data/`))).kind).toBe('internal');
    expect(asked).toEqual(['reports.test', 'metadata.test', 'intranet.test', 'mapped.test', 'link.test']);
    expect(robotsAsked).toEqual([]);
    expect(site.seen).toEqual([]);
    expect(client.requests).toBe(0);
  });

  it('connects to the address it checked (the name is never looked up again), and checks every redirect hop anew', async () => {
    const hosts: string[] = [];
    const origin = await server.start((request, response) => {
      hosts.push(`${request.headers.host} ${request.url}`);
      response.writeHead(302, { location: '/b' });
      response.end();
    });
    const port = new URL(origin).port;
    // reports.test exists in no DNS: the request reaches the server only through the checked answer.
    // Its second answer (a rebinding between hops) is an internal address, refused.
    const answers = [[{ address: '127.0.0.1', family: 4 }], [{ address: '127.0.0.2', family: 4 }]];
    let lookups = 0;
    const lookup = async () => answers[Math.min((lookups += 1) - 1, answers.length - 1)]!;
    // The test's server plays a public site: 127.0.0.1 counts as public here, every other address as it is.
    const classify = (address: string) => (address === '127.0.0.1' ? null : internalAddress(address));
    const client = new PoliteClient({ ...OPTIONS, allowPrivate: false, lookup, classify });
    const refused = await failure(client.fetch(`http://reports.test:${port}/a`));
    expect(refused).toMatchObject({
      kind: 'internal',
      message: `redirected to http://reports.test:${port}/b; refused: reports.test resolves to 127.0.0.2, a loopback address; use --allow-private to fetch addresses inside your network`,
    });
    expect(hosts).toEqual([`reports.test:${port} /a`]);
    expect(lookups).toBe(2);
  });

  it('undoes gzip as a browser does, and counts the inflated bytes against the cap (a gzip bomb is stopped while inflating)', async () => {
    const text = '法治政府建设'.repeat(20);
    const bomb = gzipSync(new Uint8Array(64 * 1024 * 1024));
    const origin = await server.start((request, response) => {
      const body = request.url === '/bomb' ? bomb : gzipSync(new TextEncoder().encode(text));
      response.writeHead(200, {
        'content-type': 'text/plain; charset=utf-8',
        'content-encoding': 'gzip',
        'content-length': String(body.byteLength),
      });
      response.end(body);
    });
    const client = new PoliteClient(OPTIONS);
    expect(new TextDecoder().decode((await client.fetch(`${origin}/page`)).bytes)).toBe(text);
    expect(bomb.byteLength).toBeLessThan(OPTIONS.maxBytes * 100);
    const started = performance.now();
    expect(await failure(client.fetch(`${origin}/bomb`))).toMatchObject({
      kind: 'too_large',
      message: 'too large (over 1 kB; stopped reading)',
    });
    expect(performance.now() - started).toBeLessThan(500);
    client.close();
  });
});
