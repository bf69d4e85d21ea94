/**
 * robots.txt, honoured: each site's file is fetched once per run (only when the site is first
 * needed) and read with `robots-parser`; its Crawl-delay, when longer than ours, becomes the pause
 * for that host. What a missing or broken file means follows RFC 9309: a 4xx answer means no
 * rules; a site whose robots.txt cannot be fetched (5xx, timeout, network error) is treated as
 * closed to the collector, since it cannot say what it allows.
 */

import robotsParser from 'robots-parser';

import { FetchFailure, type PoliteClient, ROBOT_NAME } from './http';

/** RFC 9309: crawlers must read at least 500 KiB of a robots.txt; beyond this it is cut. */
const MAX_ROBOTS_BYTES = 512 * 1024;
/** A Crawl-delay longer than this is taken as this (a site asking for an hour between pages is not served). */
const MAX_CRAWL_DELAY_MS = 60_000;

type Rules = { readonly kind: 'rules'; isAllowed(url: string): boolean } | { readonly kind: 'closed'; readonly reason: string };

export class RobotsRules {
  private readonly byOrigin = new Map<string, Promise<Rules>>();

  constructor(private readonly client: PoliteClient) {}

  private async load(origin: string): Promise<Rules> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const file = await this.client.fetch(robotsUrl, undefined, { truncate: true, maxBytes: MAX_ROBOTS_BYTES });
      const robots = robotsParser(robotsUrl, new TextDecoder('utf-8').decode(file.bytes));
      const crawlDelay = robots.getCrawlDelay(ROBOT_NAME);
      if (typeof crawlDelay === 'number' && crawlDelay > 0) {
        this.client.gate.setDelay(new URL(origin).host, Math.min(crawlDelay * 1000, MAX_CRAWL_DELAY_MS));
      }
      // An address on another origin (robots-parser answers undefined) is checked against its own file.
      return { kind: 'rules', isAllowed: (url) => robots.isAllowed(url, ROBOT_NAME) !== false };
    } catch (error) {
      if (
        error instanceof FetchFailure &&
        error.kind === 'http' &&
        error.status !== undefined &&
        error.status >= 400 &&
        error.status < 500
      ) {
        return { kind: 'rules', isAllowed: () => true };
      }
      if (error instanceof FetchFailure) {
        return { kind: 'closed', reason: `its robots.txt could not be fetched (${error.message}), so the site is treated as closed` };
      }
      throw error;
    }
  }

  /** Throws FetchFailure('robots') when the address may not be fetched. */
  readonly check = async (url: string): Promise<void> => {
    const origin = new URL(url).origin;
    let rules = this.byOrigin.get(origin);
    if (!rules) {
      rules = this.load(origin);
      this.byOrigin.set(origin, rules);
    }
    const resolved = await rules;
    if (resolved.kind === 'closed') throw new FetchFailure('robots', `refused: ${resolved.reason}`);
    if (!resolved.isAllowed(url)) throw new FetchFailure('robots', 'refused by robots.txt');
  };
}
