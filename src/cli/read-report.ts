/**
 * Reads one report file as text, or says in one sentence why it cannot. Only UTF-8 text for now;
 * every refusal is a ReportReadError whose message a person understands.
 */

import { readFile, stat } from 'node:fs/promises';

/** Reports are tens of kilobytes; anything this large is not one, and reading it would only cost. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

export class ReportReadError extends Error {
  override readonly name = 'ReportReadError';
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export async function readReportFile(file: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(file)).size;
  } catch {
    throw new ReportReadError('cannot be read (missing or no permission)');
  }
  if (size > MAX_REPORT_BYTES) {
    throw new ReportReadError(`is ${(size / 1024 / 1024).toFixed(1)} MB; a report file over ${MAX_REPORT_BYTES / 1024 / 1024} MB is refused`);
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    throw new ReportReadError('cannot be read (missing or no permission)');
  }
  if (bytes.length === 0) throw new ReportReadError('is empty');
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new ReportReadError('is not UTF-8 text (binary, or another encoding)');
  }
  if (text.includes('\u0000')) throw new ReportReadError('is not text (it contains NUL bytes)');
  if (text.trim().length === 0) throw new ReportReadError('holds only white space');
  return text;
}
