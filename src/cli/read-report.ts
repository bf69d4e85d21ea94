/**
 * Reads one report file from disk and decodes it with `src/ingest`, or says in one sentence why it
 * cannot. The size is checked on the file's metadata before a byte is read, so a huge file costs
 * nothing; every refusal is a ReportReadError or an IngestError whose message a person understands.
 */

import { readFile, stat } from 'node:fs/promises';
import { type IngestedText, IngestError, MAX_INPUT_BYTES, checkInputSize, ingestFile } from '../ingest';
import { loadNodePdfjs } from './pdfjs-node';

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

/**
 * Reads and decodes a report file; throws ReportReadError or IngestError, nothing else, for bad
 * input. `charset` is the server's, for a file collected from the web (see `npm run collect`).
 */
export async function readReportFile(file: string, name = file, charset?: string): Promise<IngestedText> {
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    throw new ReportReadError(reasonOf(error));
  }
  if (!info.isFile()) throw new ReportReadError(info.isDirectory() ? 'is a folder' : 'is not a regular file');
  checkInputSize(info.size, MAX_REPORT_BYTES);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    throw new ReportReadError(reasonOf(error));
  }
  return ingestFile(bytes, name, { loadPdfjs: loadNodePdfjs, maxBytes: MAX_REPORT_BYTES, charset });
}

/** True for the errors whose message is the whole story (no stack trace is ever printed). */
export function isReadError(error: unknown): error is ReportReadError | IngestError {
  return error instanceof ReportReadError || error instanceof IngestError;
}
