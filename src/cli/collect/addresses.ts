/**
 * The addresses a run collects: given on the command line, or in list files (one address a line;
 * blank lines and `#` comments skipped; any encoding a report file may have). A line that is not
 * an http(s) address gets one error naming the file and line; the others are still collected.
 */

import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

import { decodeText, IngestError } from '../../ingest';
import { UsageError } from './store';

export interface AddressList {
  /** Absolute http(s) addresses without fragments, each once, in the order given. */
  readonly addresses: readonly string[];
  /** One line per bad entry ("URLS.txt:3: …"). */
  readonly errors: readonly string[];
  /** Addresses given more than once. */
  readonly duplicates: number;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** "www.example.gov.cn/…": an address without its scheme. */
const BARE_HOST = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+(?::\d+)?(?:\/|$)/i;
/** Names of list files, which a missing input is taken for rather than a host. */
const LIST_FILE = /\.(?:txt|text|csv|tsv|lst|list|urls?)$/i;

/** The address, normalised, or the reason it is not one. */
export function parseAddress(text: string): { url: string } | { error: string } {
  if (!SCHEME.test(text)) {
    return {
      error: BARE_HOST.test(text) ? `"${text}" has no scheme; write http://${text} or https://${text}` : `"${text}" is not a web address`,
    };
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { error: `"${text}" is not a valid web address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { error: `"${text}" is not an http(s) address` };
  url.hash = '';
  return { url: url.href };
}

/** The entries of a list file: one per non-blank line, `#` comments dropped. */
export function listEntries(text: string): { line: number; text: string }[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, index) => ({ line: index + 1, text: line.replace(/(?:^|\s)#.*$/, '').trim() }))
    .filter((entry) => entry.text.length > 0)
    .map((entry) => ({ line: entry.line, text: entry.text.split(/\s+/)[0]! }));
}

async function readList(file: string, shown: string): Promise<string> {
  let bytes: Uint8Array;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new UsageError(`${shown} is not a file of addresses`);
    if (info.size > 10 * 1024 * 1024) throw new UsageError(`${shown} is over 10 MB; a list of addresses is much smaller`);
    bytes = new Uint8Array(await readFile(file));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT' ? `${shown}: no such file (give addresses, or a file listing them)` : `${shown} cannot be read (${code})`,
    );
  }
  if (bytes.length === 0) return '';
  try {
    return decodeText(bytes).text;
  } catch (error) {
    if (error instanceof IngestError) throw new UsageError(`${shown} ${error.message}`);
    throw error;
  }
}

/** Reads the command's inputs: addresses, and files listing addresses. Throws UsageError for an unreadable list. */
export async function readAddresses(inputs: readonly string[], cwd: string): Promise<AddressList> {
  const addresses: string[] = [];
  const errors: string[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  const add = (text: string, where: string) => {
    const parsed = parseAddress(text);
    if ('error' in parsed) {
      errors.push(`error ${where}${parsed.error}`);
    } else if (seen.has(parsed.url)) {
      duplicates += 1;
    } else {
      seen.add(parsed.url);
      addresses.push(parsed.url);
    }
  };
  for (const input of inputs) {
    if (SCHEME.test(input) && !/^[a-z]:[\\/]/i.test(input)) {
      add(input, '');
      continue;
    }
    const file = path.resolve(cwd, input);
    let isList = true;
    try {
      await stat(file);
    } catch {
      // Neither a file nor an address with a scheme: a bare host is most likely an address ("urls.txt" is a missing list).
      if (BARE_HOST.test(input) && !LIST_FILE.test(input)) isList = false;
    }
    if (!isList) {
      add(input, '');
      continue;
    }
    for (const entry of listEntries(await readList(file, input))) add(entry.text, `${input}:${entry.line}: `);
  }
  return { addresses, errors, duplicates };
}
