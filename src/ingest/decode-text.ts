/**
 * Decodes the bytes of a text file whose encoding nobody declared: UTF-8 (with or without BOM),
 * UTF-16 (with or without BOM) and GB18030, the superset of the GBK and GB2312 many government
 * sites still serve.
 *
 * Why a cascade of strict decoders and not a statistical detector such as `chardet`: the candidates
 * are few and each has a decisive test. A BOM is unambiguous; valid UTF-8 of any length is almost
 * never another encoding by accident; UTF-16 shows NUL bytes on one side of every ASCII character;
 * and GB18030 either decodes without an error into mostly Chinese, or the file is not GB18030. A
 * detector guesses from byte statistics and can name a legacy single-byte encoding for a short or
 * odd file, which then decodes "successfully" into nonsense; the cascade says "undecodable" instead.
 * It is also predictable (the same bytes always give the same answer, for reasons a test can state)
 * and needs nothing beyond `TextDecoder`, which Node (full ICU) and browsers both have.
 */

import { type DetectedEncoding, IngestError } from './types';

export interface DecodedText {
  readonly text: string;
  readonly encoding: DetectedEncoding;
  /** True when a byte-order mark said which encoding it is. */
  readonly bom: boolean;
}

/** How many bytes the UTF-16 byte-pattern test looks at: enough for a verdict, cheap on big files. */
const SAMPLE_BYTES = 64 * 1024;

/** Decodes strictly: any byte sequence invalid in `encoding` throws. The BOM, if any, is dropped. */
export function decodeStrict(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

interface CharCounts {
  readonly total: number;
  readonly han: number;
  /** CJK and full-width punctuation, general punctuation (“”—…), symbols a report uses. */
  readonly punctuation: number;
  readonly ascii: number;
  /** C0/C1 control characters other than tab, line breaks and form feed: never in a report. */
  readonly control: number;
}

function countChars(text: string): CharCounts {
  let han = 0;
  let punctuation = 0;
  let ascii = 0;
  let control = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)) han += 1;
    else if (
      (c >= 0x3000 && c <= 0x303f) ||
      (c >= 0xff00 && c <= 0xffef) ||
      (c >= 0x2000 && c <= 0x206f) ||
      (c >= 0x2150 && c <= 0x218f) ||
      (c >= 0x2460 && c <= 0x24ff) ||
      c === 0xa0 ||
      c === 0xb7 ||
      c === 0xd7 ||
      c === 0xfeff
    )
      punctuation += 1;
    else if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || (c >= 0x20 && c < 0x7f)) ascii += 1;
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) control += 1;
  }
  return { total: text.length, han, punctuation, ascii, control };
}

/**
 * True when a text looks like writing and not like binary read as characters: no control
 * characters to speak of, and what is not ASCII is mostly Chinese and its punctuation. Used for
 * every decoding that is a guess (UTF-16, GB18030); a wrong guess yields rare symbols and scripts.
 */
export function looksLikeChineseOrAsciiText(text: string): boolean {
  const counts = countChars(text);
  if (counts.total === 0) return false;
  if (counts.control > counts.total / 1000) return false;
  const nonAscii = counts.total - counts.ascii;
  if (nonAscii === 0) return true;
  return (counts.han + counts.punctuation) / nonAscii >= 0.8;
}

/** True when the text holds characters no text file has: NUL or a run of control characters. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  return countChars(text).control > text.length / 1000;
}

function bomEncoding(bytes: Uint8Array): DetectedEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a BOM: ASCII characters (digits, line breaks, which every report has) put a NUL
 * on the high side of their code unit, so NULs cluster at odd offsets (LE) or even offsets (BE).
 * The other side has some too: 一 is U+4E00, and a report says 一是、一、 often (corpus/004 has
 * one NUL there for every five on the ASCII side), hence a ratio of three and not more.
 */
export function utf16ByNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  const length = Math.min(bytes.length, SAMPLE_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i < length; i += 1) {
    if (bytes[i] === 0) {
      if (i % 2 === 0) even += 1;
      else odd += 1;
    }
  }
  const pairs = length / 2;
  if (odd >= pairs * 0.01 && even * 3 <= odd) return 'utf-16le';
  if (even >= pairs * 0.01 && odd * 3 <= even) return 'utf-16be';
  return null;
}

const UNDECODABLE = 'is not text in a supported encoding (UTF-8, UTF-16 or GB18030): binary, damaged or another encoding';

/**
 * Decodes a text file: BOM first, then strict UTF-8, then UTF-16 by its NUL pattern, then strict
 * GB18030 that must yield mostly Chinese. Throws an {@link IngestError} `undecodable` otherwise.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  const bom = bomEncoding(bytes);
  if (bom) {
    const text = decodeStrict(bytes, bom);
    // A BOM is strong evidence, but binary data can start with FF FE too: the text must still read.
    if (text !== null && !looksBinary(text) && (bom === 'utf-8' || looksLikeChineseOrAsciiText(text))) {
      return { text, encoding: bom, bom: true };
    }
    throw new IngestError('undecodable', UNDECODABLE);
  }
  const utf8 = decodeStrict(bytes, 'utf-8');
  // NUL is valid UTF-8, and ASCII-heavy UTF-16 is therefore valid UTF-8 too: NULs send it on.
  if (utf8 !== null && !utf8.includes('\u0000')) {
    if (looksBinary(utf8)) throw new IngestError('undecodable', UNDECODABLE);
    return { text: utf8, encoding: 'utf-8', bom: false };
  }
  const utf16 = utf16ByNulPattern(bytes);
  if (utf16) {
    const text = decodeStrict(bytes, utf16);
    if (text !== null && !looksBinary(text) && looksLikeChineseOrAsciiText(text)) return { text, encoding: utf16, bom: false };
  }
  const gb = decodeStrict(bytes, 'gb18030');
  if (gb !== null && !looksBinary(gb) && looksLikeChineseOrAsciiText(gb)) return { text: gb, encoding: 'gb18030', bom: false };
  throw new IngestError('undecodable', UNDECODABLE);
}
