/**
 * What a downloaded file is — a report, a page that is not one, or a file that cannot be checked —
 * judged exactly as `npm run extract` reads files: in a worker thread with a time budget, a heap
 * limit and the process's memory watched (src/cli/worker-pool.ts), so a bomb or a page nested
 * thousands deep that a server sends costs that file's line, never the collector's run.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

import {
  decodeHtml,
  type IngestedText,
  IngestError,
  ingestFile,
  LEGACY_EXTENSIONS,
  type PageLink,
  pageLinks,
  recogniseReport,
} from '../../ingest';
import { loadNodePdfjs } from '../pdfjs-node';

export interface JudgeTask {
  /** The saved file on disk. */
  readonly file: string;
  /** The address it was fetched from at last (a page's relative links resolve against it). */
  readonly url: string;
  /** Its name in the raw folder (its extension says what it was saved as). */
  readonly name: string;
  readonly charset: string | null;
  readonly maxBytes: number;
}

/**
 * What a saved file turned out to be; `links`, a page's links (read here too: parsing a hostile
 * page is as risky as reading it), or null for a file that is no page or could not be parsed.
 */
export type Verdict =
  | { readonly kind: 'report'; readonly format: string; readonly han: number; readonly links: PageLink[] | null }
  | { readonly kind: 'not-report'; readonly reason: string; readonly links: PageLink[] | null }
  /** Saved, but it cannot be checked here (a .doc or .wps, a damaged file): said, not judged. */
  | { readonly kind: 'unreadable'; readonly reason: string; readonly links: PageLink[] | null };

/** "(html, gb18030)", "(pdf, 4 pages)": how the saved file reads. */
function formatOf(ingested: IngestedText): string {
  return `(${[ingested.format, ingested.encoding, ...ingested.notes.filter((note) => /page/.test(note))].filter(Boolean).join(', ')})`;
}

export function hanCount(text: string): number {
  return text.match(/\p{Script=Han}/gu)?.length ?? 0;
}

/** Reads a saved file and says what it is. Never throws for a bad file. */
export async function judgeDownload(task: JudgeTask): Promise<Verdict> {
  let links: PageLink[] | null = null;
  try {
    // pdf.js takes a plain Uint8Array, not a Node Buffer.
    const buffer = await readFile(task.file);
    const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    // A page's links, for its attachments and a listing's entries; a page that does not decode as
    // text, or is nested too deep to parse, has none.
    if (task.name.endsWith('.html')) links = pageLinks(decodeHtml(bytes, task.charset).html, task.url);
    const ingested = await ingestFile(bytes, task.name, { loadPdfjs: loadNodePdfjs, charset: task.charset, maxBytes: task.maxBytes });
    const recognition = recogniseReport(ingested.text);
    if (recognition.recognised) return { kind: 'report', format: formatOf(ingested), han: hanCount(ingested.text), links };
    return { kind: 'not-report', reason: recognition.reason, links };
  } catch (error) {
    if (!(error instanceof IngestError))
      return { kind: 'unreadable', reason: `could not be read (${(error as Error).message.split('\n')[0]?.slice(0, 160)})`, links };
    // A .doc or .wps may well be the report: saved for the user to convert, not judged.
    if (error.code === 'unsupported' && LEGACY_EXTENSIONS.some((extension) => task.name.endsWith(extension))) {
      return {
        kind: 'unreadable',
        reason: `a ${path.extname(task.name)} file, which npm run extract cannot read; save it as .docx or PDF`,
        links,
      };
    }
    return { kind: 'not-report', reason: error.message, links };
  }
}
