/**
 * Reads one report file's bytes from disk, or says in one sentence why it cannot (decoding is
 * `src/data/report-from-bytes.ts`'s). The size is checked on the file's metadata before a byte is read, so a huge file costs
 * nothing; every refusal is a ReportReadError or an IngestError whose message a person understands.
 */

import { readFileSync, type Stats, statSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

import { checkInputSize, IngestError, MAX_INPUT_BYTES } from '../ingest';

/** Files over this many bytes are refused unread (see `src/ingest`). */
export const MAX_REPORT_BYTES = MAX_INPUT_BYTES;

export class ReportReadError extends Error {
  override readonly name = 'ReportReadError';
}

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or folder (or a broken link)';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a folder';
  return `cannot be read (${code ?? (error as Error).message})`;
}

/** What a file's metadata must say before a byte of it is read: a regular file, not too large. */
function checkReadable(info: Stats): void {
  if (!info.isFile()) throw new ReportReadError(info.isDirectory() ? 'is a folder' : 'is not a regular file');
  checkInputSize(info.size, MAX_REPORT_BYTES);
}

/** Reads a report file's bytes; throws ReportReadError or IngestError (too large), nothing else, for bad input. */
export async function readReportBytes(file: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw new ReportReadError(reasonOf(error));
  }
  checkReadable(info);
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new ReportReadError(reasonOf(error));
  }
}

/** True for the errors whose message is the whole story (no stack trace is ever printed). */
export function isReadError(error: unknown): error is ReportReadError | IngestError {
  return error instanceof ReportReadError || error instanceof IngestError;
}

/**
 * {@link readReportBytes} in one synchronous stat and read, the same checks and messages: what an
 * extraction worker uses. A report is a few kilobytes, read from the page cache in about 0.02 ms of
 * CPU, where the promise API's open, stat, reads and close, each a round trip through libuv's thread
 * pool, cost ten times that (measured: 0.15-0.22 against 0.012-0.02 ms a file on the 2,914
 * synthetic reports), and a worker's CPU is what a run on two cores is short of. The price: a
 * worker waits for a slow disk instead of extracting meanwhile.
 */
export function readReportBytesSync(file: string): Uint8Array {
  let info;
  try {
    info = statSync(file);
  } catch (error) {
    throw new ReportReadError(reasonOf(error));
  }
  checkReadable(info);
  try {
    return new Uint8Array(readFileSync(file));
  } catch (error) {
    throw new ReportReadError(reasonOf(error));
  }
}
