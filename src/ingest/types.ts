/**
 * Types shared by the decoders. `src/ingest` turns a file's bytes into the text the extractor reads;
 * it is isomorphic (no `node:*`), so the command line and the browser's worker decode alike.
 */

/** The formats the decoders read. */
export type InputFormat = 'txt' | 'html' | 'docx' | 'pdf';

/** Encodings the text cascade can name; a page's meta tag may name any other label TextDecoder knows. */
export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

/** What a file became: the text for `extractReport`, and how it was obtained. */
export interface IngestedText {
  /** The decoded text. Paragraphs the extractor quotes are verbatim slices of this string. */
  readonly text: string;
  readonly format: InputFormat;
  /** The character encoding of a text or HTML file; null for docx and pdf (their container fixes it). */
  readonly encoding: string | null;
  /** How the encoding or text was found, for the person reading the log ("BOM", "meta charset"…). */
  readonly notes: readonly string[];
  /** A web page's own address as it declares it (canonical link, og:url), http(s) only; absent for other formats. */
  readonly declaredUrl?: string | null;
}

/** Why a file could not be read; each code comes with a message a person understands. */
export const INGEST_ERROR_CODES = [
  'empty',
  'blank',
  'too_large',
  'too_long',
  'too_complex',
  'undecodable',
  'damaged',
  'encrypted',
  'no_text',
  'unsupported',
] as const;

export type IngestErrorCode = (typeof INGEST_ERROR_CODES)[number];

/**
 * A refusal to read a file. The message completes a sentence that starts with the file's name
 * ("x.pdf: is a damaged PDF …"), so callers print `${name}: ${error.message}` and nothing else.
 */
export class IngestError extends Error {
  override readonly name = 'IngestError';
  readonly code: IngestErrorCode;

  constructor(code: IngestErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
