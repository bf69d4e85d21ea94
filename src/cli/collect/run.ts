/**
 * `npm run collect`: fetches report pages from government websites into a folder of raw files with
 * a manifest (see `../manifest.ts`), for `npm run extract` to read. Per address: fetch (politely,
 * `./http.ts`) or take the saved copy, save, then look at what it is: a page whose article is a
 * rule-of-law report; a page whose report is only in an attachment (followed, one level); a listing
 * page (with `--follow-listing`: its links titled like annual reports are collected, one level); or
 * none of these. One block of lines per address; a bad address never stops the others.
 *
 * What a server links is capped, so that a page cannot multiply the run's requests: attachments
 * per page (`maxAttachments`) and links followed from pages in the whole run, attachments and
 * listing entries together (`maxFollowed`); a cut is a `warn` line naming the flag that raises it.
 */

import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import cliProgress from 'cli-progress';

import { attachmentLinks, distinctLinks, looksLikeReportTitle, MAX_INPUT_BYTES, type PageLink } from '../../ingest';
import { MANIFEST_FILE, type ManifestRecord, type ManifestRole } from '../manifest';
import type { FolderCommandOptions } from '../parse-command';
import { safeForTerminal } from '../terminal';
import { createWorkerPool, DEFAULT_LIMITS, type PoolLimits } from '../worker-pool';
import { readAddresses } from './addresses';
import { FetchFailure, type HttpOptions, PoliteClient, ROBOT_NAME } from './http';
import { type JudgeTask, type Verdict } from './judge';
import { RobotsRules } from './robots';
import { RawStore, type SavedFile, UsageError } from './store';

export { UsageError } from './store';

/** `inputs`: addresses and files listing addresses; without a progress bar, a block of lines per address as it finishes. */
export interface CollectOptions extends FolderCommandOptions {
  /** Treat each address as a listing page and collect its links titled like annual reports. */
  readonly followListing?: boolean;
  /** Fetch again what is already saved. */
  readonly refresh?: boolean;
  readonly http?: Partial<HttpOptions>;
  /** How long and how much memory judging one download may take (tests lower them). */
  readonly limits?: Partial<PoolLimits>;
  /** Hosts fetched from at once (each host still gets one request at a time). */
  readonly hosts?: number;
  /** Added to the User-Agent so that a site's webmaster can reach the person collecting. */
  readonly contact?: string;
  /** Release the folder's lock and say how to resume on Ctrl-C (the command line sets this). */
  readonly handleSignals?: boolean;
  /**
   * Stops the run when aborted (the command line aborts it when its output is closed, as in
   * `collect … | head -1`): no new address or link is started, requests in flight end unsaved,
   * what was saved is kept and the lock released. Addresses cut short are not counted.
   */
  readonly signal?: AbortSignal;
  /** Attachments followed per page (the first ones linked); default DEFAULT_CAPS.attachments. */
  readonly maxAttachments?: number;
  /** Links followed from pages in the whole run, attachments and listing entries together; default DEFAULT_CAPS.followed. The addresses given are not counted. */
  readonly maxFollowed?: number;
}

/** How much of what servers link a run follows, unless raised. */
export const DEFAULT_CAPS = { attachments: 20, followed: 500 } as const;

export interface CollectSummary {
  readonly exitCode: 0 | 1;
  /** Addresses (listed, or found on listing pages) by outcome. */
  readonly ok: number;
  readonly skipped: number;
  readonly errors: number;
  /** Files written this run (unchanged re-fetches not counted). */
  readonly saved: number;
  readonly requests: number;
}

function projectVersion(): string {
  try {
    return (JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
}

/** The User-Agent: the project's name first (robots.txt rules match it), what it does, and a contact when given. */
export function userAgent(contact?: string): string {
  return `${ROBOT_NAME}/${projectVersion()} (collector of published annual rule-of-law reports for research; one request at a time per site; honours robots.txt${contact ? `; contact: ${contact}` : ''})`;
}

export const DEFAULT_HTTP: Omit<HttpOptions, 'userAgent'> = {
  timeoutMs: 30_000,
  retries: 3,
  backoffMs: 2_000,
  maxWaitMs: 120_000,
  maxBytes: MAX_INPUT_BYTES,
  maxRedirects: 5,
  delayMs: 1_000,
  allowPrivate: false,
};

type LineKind = 'ok' | 'skip' | 'error' | 'warn';

interface Line {
  readonly kind: LineKind;
  readonly text: string;
}

function line(kind: LineKind, text: string, depth = 0): Line {
  return { kind, text: `${kind.padEnd(5)} ${depth > 0 ? '  ↳ ' : ''}${text}` };
}

function size(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

/**
 * Fewer Chinese characters than this on a page that links attachments: the page presents the
 * report (its title, a line or two, 详见附件) and the attachment holds it. Real reports run to
 * thousands of characters; a page holding a report's opening only is still read when it links none.
 */
const STUB_PAGE_HAN = 400;

/** The outcome of one address, for its parent (a page's attachments, a listing's pages). */
type Outcome = 'report' | 'not-report' | 'unreadable' | 'error';

interface Block {
  readonly lines: Line[];
  readonly outcome: Outcome;
  /** Whether anything in it was fetched this run (a page saved earlier whose attachment is new is news). */
  readonly fresh: boolean;
}

export async function runCollect(options: CollectOptions): Promise<CollectSummary> {
  // Servers' words (reason phrases, titles, addresses) reach the terminal with their control characters neutralised.
  const print = (text: string) => options.print(safeForTerminal(text));
  const stopped = () => options.signal?.aborted === true;
  const outDir = path.resolve(options.cwd, options.out);
  const relativeOut = path.relative(options.cwd, outDir);
  const shownOut = relativeOut.startsWith('..') ? outDir : relativeOut.split(path.sep).join('/') || '.';
  const list = await readAddresses(options.inputs, options.cwd);
  if (list.addresses.length === 0 && list.errors.length === 0)
    throw new UsageError('no addresses given (give http(s) addresses, or a file listing them)');
  if (options.contact !== undefined && !/^[\x20-\x7e]{1,200}$/.test(options.contact))
    throw new UsageError('--contact must be plain ASCII (an e-mail address or a web address)');

  const store = await RawStore.open(outDir, shownOut);
  const releaseOnSignal = () => {
    rmSync(path.join(outDir, '.collect.lock'), { force: true });
    process.stderr.write(`\ncollect: interrupted; what was saved is kept. Run the same command again to finish.\n`);
    process.exit(130);
  };
  if (options.handleSignals) process.once('SIGINT', releaseOnSignal);

  const http: HttpOptions = { ...DEFAULT_HTTP, userAgent: userAgent(options.contact), ...options.http };
  const client = new PoliteClient(http);
  const stopClient = () => client.stop();
  options.signal?.addEventListener('abort', stopClient, { once: true });
  const robots = new RobotsRules(client);
  const counts = { ok: 0, skip: 0, error: list.errors.length, saved: 0 };
  const multibar = options.progress
    ? // linewrap: long lines above the bar wrap instead of being cut at the terminal's edge.
      new cliProgress.MultiBar(
        { clearOnComplete: true, hideCursor: true, linewrap: true, format: ' {bar} {value}/{total} addresses' },
        cliProgress.Presets.shades_classic,
      )
    : null;
  const bar = multibar?.create(list.addresses.length, 0);
  const emit = (text: string) => (multibar ? multibar.log(`${safeForTerminal(text)}\n`) : print(text));
  const finished = new Set<string>();

  const maxAttachments = options.maxAttachments ?? DEFAULT_CAPS.attachments;
  const maxFollowed = options.maxFollowed ?? DEFAULT_CAPS.followed;
  let followBudget = maxFollowed;
  let notFollowed = 0;
  /**
   * The links of a page to follow: the first `perPage` (when given), then what the run's budget
   * still allows; a `warn` line for each cut. Taken in one synchronous step, so hosts fetched side
   * by side never overdraw the budget.
   */
  const follow = <T>(links: readonly T[], url: string, what: string, depth: number, perPage?: number): { kept: T[]; notes: Line[] } => {
    const notes: Line[] = [];
    let kept = links.slice(0, perPage ?? links.length);
    if (kept.length < links.length)
      notes.push(
        line('warn', `${url} links ${links.length} ${what}; following the first ${kept.length} (--max-attachments raises it)`, depth),
      );
    const granted = Math.min(kept.length, followBudget);
    followBudget -= granted;
    if (granted < kept.length) {
      notes.push(
        line(
          'warn',
          `${url}: following ${granted} of its ${links.length} ${what}; the run's limit of ${maxFollowed} links followed from pages is reached (--max-followed raises it)`,
          depth,
        ),
      );
      kept = kept.slice(0, granted);
    }
    notFollowed += links.length - kept.length;
    return { kept, notes };
  };

  for (const warning of store.warnings) emit(`warn  ${warning}`);
  for (const error of list.errors) emit(error);
  if (list.duplicates > 0)
    emit(
      `warn  ${list.duplicates} ${list.duplicates === 1 ? 'address was' : 'addresses were'} given more than once; each is collected once`,
    );

  // Downloads are judged in a worker as extract reads files: a bomb a server sends costs its line only.
  const judges = createWorkerPool<JudgeTask, Verdict>(
    1,
    { ...DEFAULT_LIMITS, ...options.limits },
    {
      kind: 'judge',
      refuse: (_, reason) => ({ kind: 'unreadable', reason, links: null }),
    },
  );
  const maxBytes = Math.max(http.maxBytes, MAX_INPUT_BYTES);
  /** Says what a saved file is. Never throws for a bad file. */
  const judge = (saved: SavedFile): Promise<Verdict> =>
    judges.run({
      file: path.join(outDir, saved.record.file),
      url: saved.record.finalUrl,
      name: saved.record.file,
      charset: saved.record.charset,
      maxBytes,
    });

  /** Fetches in progress by address: two pages linking one attachment, or a listed attachment, fetch it once. */
  const inFlight = new Map<string, Promise<{ saved: SavedFile; note: string }>>();

  /** The saved copy, or a fresh fetch saved now; a FetchFailure when it cannot be had. */
  const obtain = async (
    url: string,
    role: ManifestRole,
    origin: string | null,
  ): Promise<{ saved: SavedFile; note: string; fresh: boolean }> => {
    const existing = options.refresh ? null : await store.saved(url, role === 'listing' ? 'listing' : undefined);
    if (existing) return { saved: existing, note: `already saved as ${shownOut}/${existing.record.file}`, fresh: false };
    const pending = inFlight.get(url);
    if (pending) {
      const { saved } = await pending;
      return { saved, note: `fetched once for this run as ${shownOut}/${saved.record.file}`, fresh: false };
    }
    const fetching = (async () => {
      const fetched = await client.fetch(url, robots.check);
      const { record, unchanged } = await store.save(fetched, role, origin);
      if (!unchanged) counts.saved += 1;
      const moved = fetched.finalUrl !== url ? `redirected to ${fetched.finalUrl}; ` : '';
      return {
        saved: { record, bytes: fetched.bytes },
        note: `${moved}${unchanged ? 'unchanged, ' : 'saved as '}${shownOut}/${record.file} (${size(record.size)})`,
      };
    })();
    inFlight.set(url, fetching);
    return { ...(await fetching), fresh: true };
  };

  const failure = (error: unknown): string => {
    if (error instanceof FetchFailure) return error.message;
    // Anything else is a bug or a disk problem: one line, never a stack trace.
    return `failed (${(error as Error).message.split('\n')[0]})`;
  };

  /** An attachment of a page whose article holds no report text. */
  const collectAttachment = async (link: PageLink, page: ManifestRecord): Promise<Block> => {
    try {
      const { saved, note, fresh } = await obtain(link.url, 'attachment', page.finalUrl);
      await store.relate(saved.record, 'attachment', page.finalUrl);
      const verdict = await judge(saved);
      const ok: LineKind = fresh ? 'ok' : 'skip';
      if (verdict.kind === 'report')
        return { outcome: 'report', fresh, lines: [line(ok, `${link.url}: report ${verdict.format} · ${note}`, 1)] };
      if (verdict.kind === 'unreadable')
        return { outcome: 'unreadable', fresh, lines: [line(ok, `${link.url}: ${verdict.reason} · ${note}`, 1)] };
      return { outcome: 'not-report', fresh, lines: [line('skip', `${link.url}: not a report (${verdict.reason}) · ${note}`, 1)] };
    } catch (error) {
      return { outcome: 'error', fresh: false, lines: [line('error', `${link.url}: ${failure(error)}`, 1)] };
    }
  };

  /** A page: its article is the report, or an attachment is, or it is not a report page. */
  const collectPage = async (url: string, origin: string | null, depth: number): Promise<Block> => {
    if (finished.has(url)) return { outcome: 'not-report', fresh: false, lines: [] };
    finished.add(url);
    let obtained;
    try {
      obtained = await obtain(url, 'page', origin);
    } catch (error) {
      return { outcome: 'error', fresh: false, lines: [line('error', `${url}: ${failure(error)}`, depth)] };
    }
    const { saved, note, fresh } = obtained;
    const verdict = await judge(saved);
    const attachments = verdict.links === null ? [] : attachmentLinks(verdict.links);
    const onlyPresents = verdict.kind === 'report' && attachments.length > 0 && verdict.han < STUB_PAGE_HAN;
    if (verdict.kind === 'report' && !onlyPresents) {
      return { outcome: 'report', fresh, lines: [line(fresh ? 'ok' : 'skip', `${url}: report ${verdict.format} · ${note}`, depth)] };
    }
    if (attachments.length === 0) {
      if (verdict.kind === 'report') throw new Error('unreachable: a report page without attachments is returned above');
      if (verdict.kind === 'unreadable')
        return { outcome: 'unreadable', fresh, lines: [line(fresh ? 'ok' : 'skip', `${url}: ${verdict.reason} · ${note}`, depth)] };
      return { outcome: 'not-report', fresh, lines: [line('skip', `${url}: not a report page (${verdict.reason}) · ${note}`, depth)] };
    }
    const { kept, notes } = follow(attachments, url, 'attachments', depth, maxAttachments);
    const blocks: Block[] = [];
    for (const link of kept) {
      if (stopped()) break;
      blocks.push(await collectAttachment(link, saved.record));
    }
    const count = (outcome: Outcome) => blocks.filter((block) => block.outcome === outcome).length;
    const [reports, unreadable, errors, n] = [count('report'), count('unreadable'), count('error'), kept.length];
    const anyFresh = fresh || blocks.some((block) => block.fresh);
    const [kind, outcome, what]: [LineKind, Outcome, string] =
      reports > 0
        ? [
            anyFresh ? 'ok' : 'skip',
            'report',
            reports === n
              ? n === 1
                ? 'it is the report'
                : 'all are reports'
              : `${reports} ${reports === 1 ? 'is a report' : 'are reports'}`,
          ]
        : unreadable > 0
          ? [anyFresh ? 'ok' : 'skip', 'unreadable', `${unreadable} saved but not checked`]
          : errors > 0
            ? ['error', 'error', `${errors} could not be fetched`]
            : n === 0
              ? ['skip', 'not-report', 'none followed']
              : ['skip', 'not-report', 'none is a report'];
    const linked = `${attachments.length} ${attachments.length === 1 ? 'attachment' : 'attachments'}${n < attachments.length && n > 0 ? `, ${n} followed` : ''}`;
    const head = `${url}: no report text on the page; ${linked}, ${what} · ${note}`;
    return { outcome, fresh: anyFresh, lines: [line(kind, head, depth), ...notes, ...blocks.flatMap((block) => block.lines)] };
  };

  /** A listing page: its links titled like annual rule-of-law reports are collected, one level deep. */
  const collectListing = async (url: string): Promise<Block> => {
    let obtained;
    try {
      obtained = await obtain(url, 'listing', null);
    } catch (error) {
      return { outcome: 'error', fresh: false, lines: [line('error', `${url}: ${failure(error)}`)] };
    }
    const { saved, note, fresh } = obtained;
    // Parsed in the worker, as every page is: a hostile listing costs its line only.
    const links = saved.record.file.endsWith('.html') ? ((await judge(saved)).links ?? []) : [];
    const found = links.filter((link) => looksLikeReportTitle(link.title) || looksLikeReportTitle(link.text));
    const distinct = distinctLinks(found);
    const kept = distinct.filter((link) => !finished.has(link.url));
    const { kept: followed, notes } = follow(kept, url, 'report links', 0);
    const why = [
      found.length > distinct.length ? `${found.length - distinct.length} linked twice` : '',
      distinct.length > kept.length ? `${distinct.length - kept.length} already collected in this run` : '',
    ].filter(Boolean);
    const head = line(
      found.length === 0 ? 'skip' : fresh ? 'ok' : 'skip',
      `${url}: listing page; ${links.length} links, ${found.length} look like annual rule-of-law reports, ${kept.length} kept${why.length ? ` (${why.join(', ')})` : ''} · ${note}`,
    );
    bar?.setTotal(bar.getTotal() + followed.length);
    const blocks: Block[] = [];
    for (const link of followed) {
      if (stopped()) break;
      const block = await collectPage(link.url, saved.record.finalUrl, 1);
      tally(block);
      blocks.push(block);
    }
    return {
      outcome: blocks.some((block) => block.outcome === 'report') ? 'report' : 'not-report',
      fresh,
      lines: [head, ...notes, ...blocks.flatMap((block) => block.lines)],
    };
  };

  /** Counts an address by its first line's word. */
  const tally = (block: Block) => {
    const first = block.lines[0];
    if (first && first.kind !== 'warn') counts[first.kind] += 1;
    bar?.increment();
  };

  const queue = [...list.addresses];
  const worker = async () => {
    for (let url = stopped() ? undefined : queue.shift(); url !== undefined; url = stopped() ? undefined : queue.shift()) {
      let block: Block;
      try {
        block = options.followListing ? await collectListing(url) : await collectPage(url, null, 0);
      } catch (error) {
        // A bug or a disk problem with one address: said on its line, and the run goes on.
        block = { outcome: 'error', fresh: false, lines: [line('error', `${url}: ${failure(error)}`)] };
      }
      // Cut short by the stop: neither counted nor printed (what it saved stays saved).
      if (stopped()) break;
      tally(block);
      for (const entry of block.lines) emit(entry.text);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, Math.min(options.hosts ?? 4, queue.length)) }, worker));
  } finally {
    // Lines still waiting for the next redraw are written before the bar goes (stop() alone drops them).
    multibar?.update();
    multibar?.stop();
    if (options.handleSignals) process.off('SIGINT', releaseOnSignal);
    options.signal?.removeEventListener('abort', stopClient);
    client.close();
    await judges.close();
    await store.close();
  }
  const total = counts.ok + counts.skip + counts.error;
  print(
    `${total} ${total === 1 ? 'address' : 'addresses'}: ${counts.ok} ok, ${counts.skip} skipped, ${counts.error} ${counts.error === 1 ? 'error' : 'errors'} · ${counts.saved} ${counts.saved === 1 ? 'file' : 'files'} saved · ${client.requests} requests · manifest ${shownOut}/${MANIFEST_FILE}${notFollowed > 0 ? ` · ${notFollowed} ${notFollowed === 1 ? 'link' : 'links'} not followed (--max-attachments, --max-followed)` : ''}`,
  );
  return {
    exitCode: counts.error > 0 ? 1 : 0,
    ok: counts.ok,
    skipped: counts.skip,
    errors: counts.error,
    saved: counts.saved,
    requests: client.requests,
  };
}
