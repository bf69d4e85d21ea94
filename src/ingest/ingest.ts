/**
 * One file's bytes to the text the extractor reads. Isomorphic: the command line hands it what it
 * read from disk, the browser what the user dropped, and both get the same text or the same refusal.
 */

import { decodeText } from './decode-text';
import { type MammothLike, readDocx } from './docx';
import { readHtml } from './html';
import { type PdfjsProvider, readPdf } from './pdf';
import { dropPinyinAnnotations } from './pinyin-annotations';
import { type IngestedText, IngestError, type InputFormat } from './types';

/** Reports are tens or hundreds of kilobytes, PDFs with pictures a few megabytes; beyond this is not one. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** The extractor takes about a second per million characters; the longest real report has under 100,000. */
export const MAX_TEXT_CHARS = 2_000_000;

/** File name endings read as reports (lower case). */
export const INPUT_EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  '.pdf': 'pdf',
};

/** Endings of formats that are recognised only to say why they are not read. */
export const LEGACY_EXTENSIONS: readonly string[] = ['.doc', '.wps'];

export interface IngestOptions {
  /** Loads pdf.js (Node: the legacy build; a browser: the main build with its worker). Without it PDFs are refused. */
  readonly loadPdfjs?: () => Promise<PdfjsProvider>;
  /** Loads mammoth; by default the package itself, imported when the first .docx comes. */
  readonly loadMammoth?: () => Promise<MammothLike>;
  readonly maxBytes?: number;
  readonly maxChars?: number;
  /** The charset of the server's Content-Type header, for a file fetched from the web (pages only). */
  readonly charset?: string | null;
}

/** The lower-case ending of a file name, with its dot ("" when it has none). */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot).toLowerCase() : '';
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Refuses a file by its size alone, so that a caller can stat (or read `File.size`) before reading it. */
export function checkInputSize(size: number, maxBytes = MAX_INPUT_BYTES): void {
  if (size > maxBytes) {
    throw new IngestError(
      'too_large',
      `is ${megabytes(size)}; files over ${megabytes(maxBytes)} are refused unread (a report is well under 1 MB)`,
    );
  }
}

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

/** How far into a file its signature may stand: pdf.js, like browsers, accepts %PDF- within the first kilobyte (some writers put junk first). */
const SIGNATURE_REACH = 1024;
const PDF_SIGNATURE = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

/** True when `signature` stands anywhere in the first SIGNATURE_REACH bytes. */
function hasSignatureNearStart(bytes: Uint8Array, signature: readonly number[]): boolean {
  const end = Math.min(bytes.length, SIGNATURE_REACH) - signature.length;
  for (let at = 0; at <= end; at += 1) {
    if (bytes[at] === signature[0] && signature.every((byte, index) => bytes[at + index] === byte)) return true;
  }
  return false;
}

/**
 * Bytes skipped before markup is looked for: NULs (UTF-16's high bytes), white space (tab to
 * carriage return, space, and 0xA0, no-break space in windows-1252) and BOM bytes (EF BB BF, FE FF).
 */
const SKIPPED_BEFORE_MARKUP = new Set([0x00, 0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0xef, 0xbb, 0xbf, 0xfe, 0xff]);
const MARKUP_OPENINGS = ['<!doctypehtml', '<html', '<head'];
const LONGEST_OPENING = Math.max(...MARKUP_OPENINGS.map((opening) => opening.length));

/**
 * A page saved under another name: markup at the start, in any ASCII-compatible or UTF-16 encoding.
 * Read from the bytes, without decoding the first kilobyte: only ASCII can spell an opening.
 */
function opensWithMarkup(bytes: Uint8Array): boolean {
  let opening = '';
  for (let i = 0; i < Math.min(bytes.length, SIGNATURE_REACH) && opening.length < LONGEST_OPENING; i += 1) {
    const byte = bytes[i]!;
    if (SKIPPED_BEFORE_MARKUP.has(byte)) continue;
    // Any byte past ASCII reads as a character no opening holds.
    opening += byte < 0x80 ? String.fromCharCode(byte).toLowerCase() : '\u0080';
  }
  return MARKUP_OPENINGS.some((markup) => opening.startsWith(markup));
}

/** What the first bytes say a file is, whatever its name claims; null for text of some kind. */
function sniff(bytes: Uint8Array): InputFormat | 'ole' | 'image' | null {
  if (hasSignatureNearStart(bytes, PDF_SIGNATURE)) return 'pdf';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'ole';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46, 0x38]))
    return 'image';
  return opensWithMarkup(bytes) ? 'html' : null;
}

/**
 * The format to read a file as: its first bytes first (a PDF named .txt is a PDF), then its name.
 * Throws `unsupported` for legacy Office files and images.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): InputFormat {
  const sniffed = sniff(bytes);
  if (sniffed === 'ole')
    throw new IngestError('unsupported', 'is a Word 97–2003 (.doc) or other legacy Office file; save it as .docx or PDF');
  if (sniffed === 'image') throw new IngestError('unsupported', 'is an image; a report is read from text (no OCR)');
  if (sniffed) return sniffed;
  const extension = extensionOf(fileName);
  if (LEGACY_EXTENSIONS.includes(extension))
    throw new IngestError('unsupported', `is a ${extension} file, which is not read; save it as .docx or PDF`);
  return INPUT_EXTENSIONS[extension] ?? 'txt';
}

async function defaultMammoth(): Promise<MammothLike> {
  const module = await import('mammoth');
  return module.default;
}

/**
 * Reads one file as report text. Every refusal is an {@link IngestError} whose message completes
 * "<file>: …"; nothing else is thrown for bad input.
 */
export async function ingestFile(bytes: Uint8Array, fileName: string, options: IngestOptions = {}): Promise<IngestedText> {
  const maxChars = options.maxChars ?? MAX_TEXT_CHARS;
  if (bytes.length === 0) throw new IngestError('empty', 'is empty');
  checkInputSize(bytes.length, options.maxBytes);
  const format = detectFormat(bytes, fileName);
  let result: IngestedText;
  switch (format) {
    case 'txt': {
      const decoded = decodeText(bytes);
      result = { text: decoded.text, format, encoding: decoded.encoding, notes: [decoded.bom ? 'BOM' : 'detected'] };
      break;
    }
    case 'html': {
      const page = readHtml(bytes, options.charset);
      result = { text: page.text, format, encoding: page.encoding, notes: page.notes, declaredUrl: page.declaredUrl };
      break;
    }
    case 'docx': {
      const text = await readDocx(bytes, options.loadMammoth ?? defaultMammoth);
      result = { text, format, encoding: null, notes: [] };
      break;
    }
    case 'pdf': {
      if (!options.loadPdfjs) throw new IngestError('unsupported', 'is a PDF, and this build cannot read PDFs');
      const { text, pages } = await readPdf(bytes, options.loadPdfjs, maxChars);
      result = { text, format, encoding: null, notes: [`${pages} ${pages === 1 ? 'page' : 'pages'}`] };
      break;
    }
  }
  // A traditional-script mirror's readings after its characters (區(qū)) are not the report's text.
  const text = dropPinyinAnnotations(result.text);
  if (text !== result.text) result = { ...result, text, notes: [...result.notes, 'pinyin annotations dropped'] };
  if (result.text.trim().length === 0) throw new IngestError('blank', 'holds only white space');
  if (result.text.length > maxChars) {
    throw new IngestError(
      'too_long',
      `holds ${result.text.length.toLocaleString('en')} characters of text; over ${maxChars.toLocaleString('en')} is refused (a report has under 100,000)`,
    );
  }
  return result;
}
