import { describe, expect, it } from 'vitest';

import { localServerPerTest } from '../../../tests/fixtures/collect/local-server';
import { FetchFailure, type HttpOptions, PoliteClient } from './http';
import { RobotsRules } from './robots';

const OPTIONS: HttpOptions = {
  userAgent: 'fazhi-atlas/test (tests)',
  timeoutMs: 1_000,
  retries: 1,
  backoffMs: 5,
  maxWaitMs: 500,
  maxBytes: 1024,
  maxRedirects: 5,
  delayMs: 0,
  allowPrivate: true,
};

const server = localServerPerTest();

/** A site whose /robots.txt answers `status` with `body`; every request logged. */
async function site(status: number, body = ''): Promise<{ origin: string; seen: string[] }> {
  const seen: string[] = [];
  const origin = await server.start((request, response) => {
    seen.push(request.url ?? '');
    response.writeHead(request.url === '/robots.txt' ? status : 200, { 'content-type': 'text/plain' });
    response.end(request.url === '/robots.txt' ? body : 'page');
  });
  return { origin, seen };
}

async function verdict(rules: RobotsRules, url: string): Promise<string> {
  try {
    await rules.check(url);
    return 'allowed';
  } catch (error) {
    if (error instanceof FetchFailure) return error.message;
    throw error;
  }
}

describe('robots.txt', () => {
  it("applies the group for the collector's name, fetches the file once, and takes a longer Crawl-delay", async () => {
    const { origin, seen } = await site(
      200,
      'User-agent: *\nDisallow: /\n\nUser-agent: fazhi-atlas\nAllow: /zwgk/\nDisallow: /\nCrawl-delay: 0.5\n',
    );
    const client = new PoliteClient(OPTIONS);
    const rules = new RobotsRules(client);
    expect(await verdict(rules, `${origin}/zwgk/a.html`)).toBe('allowed');
    expect(await verdict(rules, `${origin}/search?q=1`)).toBe('refused by robots.txt');
    expect(seen).toEqual(['/robots.txt']);
    // The host now waits 0.5 s between requests: the next request is held back.
    const started = performance.now();
    const pending = client.gate.run(new URL(origin).host, async () => performance.now() - started);
    await expect(pending).resolves.toBeGreaterThan(400);
  });

  it('reads a missing robots.txt (4xx) as no rules, and an unreachable one (5xx) as a closed site', async () => {
    const missing = await site(404);
    expect(await verdict(new RobotsRules(new PoliteClient(OPTIONS)), `${missing.origin}/a.html`)).toBe('allowed');
    await server.stop();
    const broken = await site(500);
    const rules = new RobotsRules(new PoliteClient(OPTIONS));
    expect(await verdict(rules, `${broken.origin}/a.html`)).toBe(
      'refused: its robots.txt could not be fetched (500 Internal Server Error (2 tries)), so the site is treated as closed',
    );
    expect(broken.seen).toEqual(['/robots.txt', '/robots.txt']);
  });
});
