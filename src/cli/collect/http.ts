/**
 * A polite HTTP client for government websites: one request at a time per host with a pause
 * between them, a User-Agent that names the project, a timeout, retries with backoff on 429, 5xx
 * and network errors (a server's Retry-After is honoured), a size cap enforced while the body
 * streams in (after decompression), http(s) only, and redirects followed by hand so that each hop
 * is checked (scheme, internal addresses, robots.txt, the hop limit) before it is requested.
 *
 * Internal addresses (loopback, private, link-local, metadata: `./internal-addresses.ts`) are
 * refused unless allowed: every hop's host is resolved once, every address it resolves to is
 * judged, and the connection is made to those checked addresses (node:http's `lookup` hook), so a
 * second lookup by the connection — a DNS answer changed in between — cannot lead it elsewhere.
 */

import type { LookupAddress } from 'node:dns';
import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { pipeline, type Readable, type Transform } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import zlib from 'node:zlib';

import { type InternalAddress, internalAddress, literalAddress, showAddress } from './internal-addresses';

/** The product token robots.txt rules are matched against. */
export const ROBOT_NAME = 'fazhi-atlas';

export interface HttpOptions {
  readonly userAgent: string;
  /** One try's whole time: connecting, headers and body. */
  readonly timeoutMs: number;
  /** Tries after the first, for 429, 5xx and network errors. */
  readonly retries: number;
  /** First backoff; doubled on every further try. */
  readonly backoffMs: number;
  /** The longest wait accepted, a server's Retry-After included; a longer demand gives up. */
  readonly maxWaitMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** Pause between the end of one request to a host and the start of the next. */
  readonly delayMs: number;
  /** Fetch internal addresses too (loopback, private, link-local, metadata): `--allow-private`. */
  readonly allowPrivate: boolean;
  /** Resolves a host name to every address it has; node:dns `lookup` unless a test gives its own. */
  readonly lookup?: Resolver;
  /** Says whether an address is internal; `internalAddress` unless a test lets its local server play a public site. */
  readonly classify?: (address: string) => InternalAddress | null;
}

export type Resolver = (hostname: string) => Promise<readonly LookupAddress[]>;

const systemLookup: Resolver = (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

/** Why a fetch gave up, as a named value with the sentence for the log. */
export type FetchFailureKind = 'http' | 'timeout' | 'network' | 'too_large' | 'robots' | 'scheme' | 'redirects' | 'internal' | 'stopped';

export class FetchFailure extends Error {
  override readonly name = 'FetchFailure';
  constructor(
    readonly kind: FetchFailureKind,
    message: string,
    /** The HTTP status, for kind `http`. */
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface FetchedFile {
  /** The address asked for. */
  readonly url: string;
  /** The address the body came from, after redirects. */
  readonly finalUrl: string;
  readonly status: number;
  /** The media type of Content-Type, lower case, or null. */
  readonly contentType: string | null;
  /** The charset parameter of Content-Type, as sent, or null. */
  readonly charset: string | null;
  readonly fetchedAt: string;
  /** The file name the server gave in Content-Disposition, or null. */
  readonly fileName: string | null;
  readonly bytes: Uint8Array;
}

/** Says whether robots.txt lets the collector fetch an address; throws FetchFailure('robots') when not. */
export type RobotsCheck = (url: string) => Promise<void>;

const RETRY_STATUSES = new Set([408, 425, 429, 500, 502, 503, 504]);
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** "text/html; charset=GBK" → media type and charset. */
export function parseContentType(header: string | null): { contentType: string | null; charset: string | null } {
  if (!header) return { contentType: null, charset: null };
  const [type, ...parameters] = header.split(';');
  const charset = parameters.map((part) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(part)?.[1]).find(Boolean) ?? null;
  return { contentType: type!.trim().toLowerCase() || null, charset };
}

/** The file name of a Content-Disposition header (`filename*=UTF-8''…` or `filename="…"`), or null. */
export function dispositionFileName(header: string | null): string | null {
  if (!header) return null;
  const extended = /filename\*\s*=\s*[\w-]+'[^']*'([^;]+)/i.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // fall through to the plain form
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(header)?.[1]?.trim() ?? null;
}

/** A Retry-After header in milliseconds from now (delta seconds or an HTTP date), or null. */
export function retryAfterMs(header: string | null, now = Date.now()): number | null {
  if (!header) return null;
  if (/^\s*\d+\s*$/.test(header)) return Number(header) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(2))} s`;
}

/** The sentence for a network error (node:net, node:dns, the HTTP parser, zlib and TLS give a code). */
function networkReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    EPIPE: 'connection closed by the server',
    ENOTFOUND: 'host not found',
    ENODATA: 'host not found',
    EAI_AGAIN: 'host not found (DNS did not answer)',
    ETIMEDOUT: 'connection timed out',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    HPE_HEADER_OVERFLOW: 'headers too large',
    Z_DATA_ERROR: 'the compressed answer is damaged',
    Z_BUF_ERROR: 'the compressed answer is cut short',
  };
  if (code && known[code]) return known[code]!;
  if (code?.startsWith('HPE_')) return `the answer is not valid HTTP (${code})`;
  return code ?? (error as Error).message;
}

/** The refusal of an internal address, for the address's own line. */
function refusal(host: string, literal: boolean, address: string, internal: InternalAddress): string {
  const what = literal ? `${showAddress(address)} is ${internal.what}` : `${host} resolves to ${showAddress(address)}, ${internal.what}`;
  return `refused: ${what}; use --allow-private to fetch addresses inside your network`;
}

/** A connection's name lookup that answers with the addresses already resolved and checked, never asking DNS again. */
function pinnedLookup(addresses: readonly LookupAddress[]): LookupFunction {
  return (hostname, options, callback) => {
    const fitting = options.family ? addresses.filter((entry) => entry.family === options.family) : addresses;
    const first = fitting[0];
    if (!first) {
      callback(Object.assign(new Error(`no checked address of ${hostname} fits`), { code: 'ENOTFOUND' }), '', 0);
      return;
    }
    if (options.all) callback(null, [...fitting]);
    else callback(null, first.address, first.family);
  };
}

/** Decoders of Content-Encoding, as a browser undoes them (fetch's leniency with a stream cut short included). */
const DECODERS: Record<string, () => Transform> = {
  gzip: () => zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  'x-gzip': () => zlib.createGunzip({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  deflate: () => zlib.createInflate({ flush: zlib.constants.Z_SYNC_FLUSH, finishFlush: zlib.constants.Z_SYNC_FLUSH }),
  br: () =>
    zlib.createBrotliDecompress({ flush: zlib.constants.BROTLI_OPERATION_FLUSH, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }),
};
/** More codings than this on one answer is not a real server's doing. */
const MAX_CODINGS = 3;

/** The body as sent, or undone through its Content-Encoding (an unknown coding is kept, as fetch keeps it). */
function decodedBody(response: http.IncomingMessage): Readable {
  const codings = (response.headers['content-encoding'] ?? '')
    .toLowerCase()
    .split(',')
    .map((coding) => coding.trim())
    .filter((coding) => coding !== '' && coding !== 'identity');
  if (codings.length === 0 || !codings.every((coding) => Object.hasOwn(DECODERS, coding))) return response;
  if (codings.length > MAX_CODINGS) {
    response.destroy();
    throw new FetchFailure(
      'network',
      `the answer is encoded ${codings.length} times (${codings.join(', ')}); at most ${MAX_CODINGS} are undone`,
    );
  }
  const decoders = codings.reverse().map((coding) => DECODERS[coding]!());
  // An error anywhere destroys every stream; reading the last one then throws it.
  pipeline([response, ...decoders], () => {});
  return decoders.at(-1)!;
}

/** Response headers by name, as fetch's Headers gives them. */
export interface ResponseHeaders {
  get(name: string): string | null;
}

function headersOf(message: http.IncomingMessage): ResponseHeaders {
  return {
    get: (name) => {
      const value = message.headers[name.toLowerCase()];
      return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

/**
 * Serialises requests per host: each waits for the previous one to the same host to end, then for
 * the pause. A 429 or 503 pauses the whole host (`holdOff`), not just the address that got it.
 */
export class HostGate {
  private readonly tails = new Map<string, Promise<void>>();
  private readonly readyAt = new Map<string, number>();
  private readonly delays = new Map<string, number>();
  private readonly lastEnd = new Map<string, number>();

  constructor(
    private readonly defaultDelayMs: number,
    /** Ends every wait at once (the run stops). */
    private readonly signal?: AbortSignal,
  ) {}

  /** Sets a host's pause (robots.txt's Crawl-delay), never below the default; it counts from the last request. */
  setDelay(host: string, delayMs: number): void {
    const delay = Math.max(this.defaultDelayMs, delayMs);
    this.delays.set(host, delay);
    const last = this.lastEnd.get(host);
    if (last !== undefined) this.readyAt.set(host, Math.max(this.readyAt.get(host) ?? 0, last + delay));
  }

  /** Makes the host wait at least `ms` from now before its next request. */
  holdOff(host: string, ms: number): void {
    this.readyAt.set(host, Math.max(this.readyAt.get(host) ?? 0, Date.now() + ms));
  }

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(host) ?? Promise.resolve();
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => done);
    this.tails.set(host, tail);
    await previous;
    try {
      const wait = (this.readyAt.get(host) ?? 0) - Date.now();
      if (wait > 0) await sleep(wait, undefined, { signal: this.signal });
      return await task();
    } finally {
      this.lastEnd.set(host, Date.now());
      this.readyAt.set(host, Math.max(this.readyAt.get(host) ?? 0, Date.now() + (this.delays.get(host) ?? this.defaultDelayMs)));
      release();
      if (this.tails.get(host) === tail) this.tails.delete(host);
    }
  }
}

/** How much of a body is read: over `maxBytes` it is refused, or cut there when `truncate` (robots.txt). */
interface BodyLimit {
  readonly maxBytes: number;
  readonly truncate: boolean;
}

interface OneResponse {
  readonly status: number;
  readonly statusText: string;
  readonly headers: ResponseHeaders;
  readonly bytes: Uint8Array;
}

export class PoliteClient {
  readonly gate: HostGate;
  /** Requests sent (each try and each hop counts), for the summary. */
  requests = 0;
  /** This client's own connections: a kept-alive socket is one it opened to a checked address. */
  private readonly agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  /** Aborted by `stop()`: requests in flight and waits end, and no new request starts. */
  private readonly stopping = new AbortController();

  constructor(readonly options: HttpOptions) {
    this.gate = new HostGate(options.delayMs, this.stopping.signal);
  }

  /** Ends what is in flight and refuses what comes (FetchFailure('stopped')): the run is stopping. */
  stop(): void {
    this.stopping.abort();
  }

  /** Closes the connections kept open for the next request. */
  close(): void {
    this.agents.http.destroy();
    this.agents.https.destroy();
  }

  /**
   * Every address a URL's host stands for: the IP it is written as, or what DNS answers (tried
   * again when DNS does not answer). Unless internal addresses are allowed, throws
   * FetchFailure('internal') when any of them is one.
   */
  private async resolve(url: string): Promise<readonly LookupAddress[]> {
    const host = new URL(url).hostname;
    const literal = literalAddress(host);
    const addresses = literal === null ? await this.lookUp(host) : [{ address: literal, family: isIP(literal) }];
    if (!this.options.allowPrivate) {
      const classify = this.options.classify ?? internalAddress;
      for (const { address } of addresses) {
        const internal = classify(address);
        if (internal) throw new FetchFailure('internal', refusal(host, literal !== null, address, internal));
      }
    }
    return addresses;
  }

  private async lookUp(host: string): Promise<readonly LookupAddress[]> {
    const { retries, backoffMs, maxWaitMs } = this.options;
    for (let attempt = 0; ; attempt += 1) {
      try {
        const found = await (this.options.lookup ?? systemLookup)(host);
        if (found.length === 0) throw Object.assign(new Error(`no address for ${host}`), { code: 'ENOTFOUND' });
        return found;
      } catch (error) {
        // A name that does not exist stays so; a resolver that did not answer is asked again.
        if ((error as NodeJS.ErrnoException).code !== 'EAI_AGAIN' || attempt >= retries) {
          throw new FetchFailure('network', `${networkReason(error)}${attempt > 0 ? ` (${attempt + 1} tries)` : ''}`);
        }
        await sleep(Math.min(backoffMs * 2 ** attempt, maxWaitMs), undefined, { signal: this.stopping.signal });
      }
    }
  }

  /** One request to the checked addresses, no redirects followed, body read up to the cap (or cut there when `truncate`). */
  private async requestOnce(url: string, addresses: readonly LookupAddress[], { truncate, maxBytes }: BodyLimit): Promise<OneResponse> {
    const { timeoutMs, userAgent } = this.options;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    this.requests += 1;
    const target = new URL(url);
    const secure = target.protocol === 'https:';
    try {
      const response = await new Promise<http.IncomingMessage>((resolve, reject) => {
        const request = (secure ? https : http).request(
          target,
          {
            agent: secure ? this.agents.https : this.agents.http,
            lookup: pinnedLookup(addresses),
            signal: AbortSignal.any([controller.signal, this.stopping.signal]),
            headers: {
              'user-agent': userAgent,
              accept:
                'text/html,application/xhtml+xml,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,application/msword,text/plain;q=0.9,*/*;q=0.8',
              'accept-language': 'zh-CN,zh;q=0.9,en;q=0.5',
              'accept-encoding': 'gzip, deflate, br',
            },
          },
          resolve,
        );
        request.on('error', reject);
        request.end();
      });
      const headers = headersOf(response);
      const declared = Number(headers.get('content-length') ?? NaN);
      const encoded = headers.get('content-encoding');
      if (!truncate && !encoded && declared > maxBytes) {
        response.destroy();
        throw new FetchFailure('too_large', `too large (${megabytes(declared)}; the limit is ${megabytes(maxBytes)}); not downloaded`);
      }
      const chunks: Uint8Array[] = [];
      let size = 0;
      const body = decodedBody(response);
      try {
        for await (const chunk of body as AsyncIterable<Buffer>) {
          const value = new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
          size += value.byteLength;
          if (size > maxBytes) {
            if (truncate) {
              chunks.push(value.subarray(0, value.byteLength - (size - maxBytes)));
              size = maxBytes;
              break;
            }
            throw new FetchFailure('too_large', `too large (over ${megabytes(maxBytes)}; stopped reading)`);
          }
          chunks.push(value);
        }
      } finally {
        // Whatever is left unread (a body over the cap, an endless one) is not waited for.
        if (!response.complete) response.destroy();
        body.destroy();
      }
      const bytes = new Uint8Array(size);
      let offset = 0;
      for (const chunk of chunks) {
        bytes.set(chunk, offset);
        offset += chunk.byteLength;
      }
      return { status: response.statusCode ?? 0, statusText: response.statusMessage ?? '', headers, bytes };
    } catch (error) {
      if (error instanceof FetchFailure) throw error;
      if (timedOut) throw new FetchFailure('timeout', `timeout (no complete answer within ${seconds(timeoutMs)})`);
      throw new FetchFailure('network', networkReason(error));
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * One address without redirects, with retries: 429, 408 and 5xx answers, timeouts and network
   * errors are tried again after a backoff (or the server's Retry-After, up to `maxWaitMs`).
   */
  private async requestWithRetries(url: string, addresses: readonly LookupAddress[], limit: BodyLimit): Promise<OneResponse> {
    const { retries, backoffMs, maxWaitMs } = this.options;
    const host = new URL(url).host;
    for (let attempt = 0; ; attempt += 1) {
      const tries = attempt + 1;
      const triesNote = tries > 1 ? ` (${tries} tries)` : '';
      let wait = backoffMs * 2 ** attempt;
      try {
        const response = await this.gate.run(host, () => this.requestOnce(url, addresses, limit));
        if (!RETRY_STATUSES.has(response.status)) return response;
        const status = `${response.status} ${response.statusText}`.trim();
        const asked = retryAfterMs(response.headers.get('retry-after'));
        if (asked !== null && asked > maxWaitMs) {
          throw new FetchFailure(
            'http',
            `${status} (the server asks to wait ${seconds(asked)}, more than ${seconds(maxWaitMs)})`,
            response.status,
          );
        }
        if (attempt >= retries) throw new FetchFailure('http', `${status}${triesNote}`, response.status);
        if (asked !== null) wait = Math.max(wait, asked);
      } catch (error) {
        if (!(error instanceof FetchFailure) || (error.kind !== 'timeout' && error.kind !== 'network')) throw error;
        if (attempt >= retries) throw new FetchFailure(error.kind, `${error.message}${triesNote}`);
      }
      // A busy or failing server: the whole host waits, so other addresses there do not press it.
      this.gate.holdOff(host, Math.min(wait, maxWaitMs));
    }
  }

  /**
   * Fetches an address, following redirects by hand: every hop must be http(s), outside the
   * internal network (unless allowed), allowed by robots.txt (`robots`, when given) and within the
   * hop limit. An answer that is not 2xx after retries is a FetchFailure('http') ("404 Not Found").
   */
  async fetch(url: string, robots?: RobotsCheck, options: Partial<BodyLimit> = {}): Promise<FetchedFile> {
    try {
      return await this.fetchHops(url, robots, options);
    } catch (error) {
      if (this.stopping.signal.aborted) throw new FetchFailure('stopped', 'stopped before it was fetched (the run is stopping)');
      throw error;
    }
  }

  private async fetchHops(url: string, robots: RobotsCheck | undefined, options: Partial<BodyLimit>): Promise<FetchedFile> {
    const limit: BodyLimit = { truncate: options.truncate ?? false, maxBytes: options.maxBytes ?? this.options.maxBytes };
    const visited = new Set<string>();
    let current = url;
    for (let hop = 0; ; hop += 1) {
      if (this.stopping.signal.aborted) throw new FetchFailure('stopped', 'stopped before it was fetched (the run is stopping)');
      const scheme = new URL(current).protocol;
      if (scheme !== 'http:' && scheme !== 'https:') {
        throw new FetchFailure(
          'scheme',
          hop === 0 ? `not an http(s) address` : `redirected to a ${scheme} address (${current}); only http(s) is followed`,
        );
      }
      let addresses: readonly LookupAddress[];
      try {
        addresses = await this.resolve(current);
      } catch (error) {
        if (hop > 0 && error instanceof FetchFailure) throw new FetchFailure(error.kind, `redirected to ${current}; ${error.message}`);
        throw error;
      }
      await robots?.(current);
      visited.add(current);
      const response = await this.requestWithRetries(current, addresses, limit);
      if (REDIRECT_STATUSES.has(response.status)) {
        const location = response.headers.get('location');
        if (!location) throw new FetchFailure('http', `${response.status} redirect without a Location header`, response.status);
        let next: string;
        try {
          next = new URL(location, current).href.replace(/#.*$/, '');
        } catch {
          throw new FetchFailure('redirects', `redirected to an address that cannot be read (${location})`);
        }
        if (visited.has(next)) throw new FetchFailure('redirects', `redirect loop (${next} again)`);
        if (hop + 1 > this.options.maxRedirects) throw new FetchFailure('redirects', `more than ${this.options.maxRedirects} redirects`);
        current = next;
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        throw new FetchFailure('http', `${response.status} ${response.statusText}`.trim(), response.status);
      }
      const { contentType, charset } = parseContentType(response.headers.get('content-type'));
      const fileName = dispositionFileName(response.headers.get('content-disposition'));
      return {
        url,
        finalUrl: current,
        status: response.status,
        contentType,
        charset,
        fetchedAt: new Date().toISOString(),
        fileName,
        bytes: response.bytes,
      };
    }
  }
}
