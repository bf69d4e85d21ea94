/**
 * `npm run collect -- URLS.txt [ADDRESS...] [--out raw] [--follow-listing] [--refresh] …`: fetches
 * report pages from government websites into a folder of raw files with a manifest, which
 * `npm run extract -- raw/` then reads (see `./collect/run.ts`). Exit codes: 0 every address was
 * collected or skipped with a reason, 1 some address failed (the others are saved), 2 bad
 * arguments or an output folder that cannot be used.
 */

import { Command, InvalidArgumentError } from 'commander';

import { DEFAULT_CAPS, DEFAULT_HTTP, runCollect, UsageError } from './collect/run';
import { parseCommand } from './parse-command';
import { safeForTerminal, stdoutPrinter } from './terminal';

function number(min: number, what: string, integer = false) {
  return (value: string): number => {
    const parsed = Number(value);
    if (!Number.isFinite(parsed) || parsed < min || (integer && !Number.isInteger(parsed)))
      throw new InvalidArgumentError(`must be ${integer ? 'a whole number' : 'a number'} of at least ${min}${what}`);
    return parsed;
  };
}

/** Parses argv and runs; returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const program = new Command()
    .name('collect')
    .description(
      'Fetch rule-of-law report pages (and their attachments) from government websites into a folder with a manifest, for `npm run extract`.',
    )
    .argument('<inputs...>', 'http(s) addresses, or files listing one address a line (# starts a comment)')
    .option('--out <dir>', 'folder for the raw files and manifest.jsonl', 'raw')
    .option(
      '--follow-listing',
      'treat each address as a listing or search-result page: collect its links titled like annual reports (…法治政府建设…报告), one level deep',
      false,
    )
    .option('--refresh', 'fetch again what is already saved', false)
    .option(
      '--delay <seconds>',
      `pause between two requests to one site (robots.txt's Crawl-delay, when longer, wins)`,
      number(0, ' (seconds)'),
      DEFAULT_HTTP.delayMs / 1000,
    )
    .option('--timeout <seconds>', 'give up on one request after this long', number(0.01, ' (seconds)'), DEFAULT_HTTP.timeoutMs / 1000)
    .option(
      '--retries <n>',
      'tries again after 429, 5xx, timeouts and network errors, waiting longer each time',
      number(0, '', true),
      DEFAULT_HTTP.retries,
    )
    .option('--max-size <MB>', 'refuse files larger than this', number(0.001, ' (megabytes)'), DEFAULT_HTTP.maxBytes / 1024 / 1024)
    .option('--max-redirects <n>', 'redirects followed for one address', number(0, '', true), DEFAULT_HTTP.maxRedirects)
    .option(
      '--max-attachments <n>',
      'attachments followed per page (the first ones it links)',
      number(0, '', true),
      DEFAULT_CAPS.attachments,
    )
    .option(
      '--max-followed <n>',
      'links followed from pages in one run, attachments and listing entries together (the addresses you give are not counted)',
      number(0, '', true),
      DEFAULT_CAPS.followed,
    )
    .option(
      '--allow-private',
      'also fetch addresses inside your network (loopback, private, link-local, cloud metadata), given or reached through a redirect or a link; refused by default',
      false,
    )
    .option('--hosts <n>', 'sites fetched from at the same time (each still gets one request at a time)', number(1, '', true), 4)
    .option('--contact <email-or-url>', 'added to the User-Agent, so that a webmaster can reach you');
  const parsed = parseCommand(program, argv);
  if (parsed !== null) return parsed;
  const opts = program.opts<{
    out: string;
    followListing: boolean;
    refresh: boolean;
    delay: number;
    timeout: number;
    retries: number;
    maxSize: number;
    maxRedirects: number;
    allowPrivate: boolean;
    maxAttachments: number;
    maxFollowed: number;
    hosts: number;
    contact?: string;
  }>();
  // `collect … | head -1`: once the reader is gone, the run stops (what it saved is kept, the lock released).
  const outputClosed = new AbortController();
  try {
    const summary = await runCollect({
      inputs: program.args,
      out: opts.out,
      cwd: process.cwd(),
      print: stdoutPrinter(() => outputClosed.abort()),
      signal: outputClosed.signal,
      progress: Boolean(process.stdout.isTTY),
      followListing: opts.followListing,
      refresh: opts.refresh,
      hosts: opts.hosts,
      maxAttachments: opts.maxAttachments,
      maxFollowed: opts.maxFollowed,
      ...(opts.contact !== undefined ? { contact: opts.contact } : {}),
      handleSignals: true,
      http: {
        delayMs: opts.delay * 1000,
        timeoutMs: opts.timeout * 1000,
        retries: opts.retries,
        maxBytes: Math.round(opts.maxSize * 1024 * 1024),
        maxRedirects: opts.maxRedirects,
        allowPrivate: opts.allowPrivate,
      },
    });
    return summary.exitCode;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`collect: ${safeForTerminal(error.message)}\n`);
      return 2;
    }
    process.stderr.write(`collect: ${safeForTerminal((error as Error).message.split('\n')[0]!)}\n`);
    return 1;
  }
}
