/**
 * A Word .docx to text with mammoth's raw-text reader: one line per paragraph. The zip's central
 * directory is checked first, so that a truncated file gets a plain "cut short" and a zip bomb is
 * refused before anything is inflated.
 */

import { IngestError } from './types';

/** The part of mammoth the reader uses; the caller may inject it (tests, a bundle without it). */
export interface MammothLike {
  /** mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: both are given. */
  extractRawText(input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array }): Promise<{ value: string }>;
}

/** Inflated size a report's .docx never approaches; beyond it the archive is refused unread. */
export const MAX_DOCX_INFLATED_BYTES = 200 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;

/**
 * The summed uncompressed size of a zip's entries from its central directory, or null when the
 * archive has no intact central directory (a truncated or corrupt file).
 */
export function zipInflatedSize(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end-of-central-directory record is 22 bytes plus a comment of at most 65535.
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    const entries = view.getUint16(at + 10, true);
    const directoryOffset = view.getUint32(at + 16, true);
    let offset = directoryOffset;
    let total = 0;
    for (let i = 0; i < entries; i += 1) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return null;
      total += view.getUint32(offset + 24, true);
      offset += 46 + view.getUint16(offset + 28, true) + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return total;
  }
  return null;
}

/** mammoth's raw text ends every paragraph with a blank line; one line break per paragraph is the text. */
export function paragraphsFromRawText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n').replace(/\n+$/, '');
}

/** Reads a .docx; throws `damaged` for a cut-short or corrupt archive, `no_text` for an empty document. */
export async function readDocx(bytes: Uint8Array, loadMammoth: () => Promise<MammothLike>): Promise<string> {
  const inflated = zipInflatedSize(bytes);
  if (inflated === null) throw new IngestError('damaged', 'is a damaged .docx: the zip archive is cut short or corrupt');
  if (inflated > MAX_DOCX_INFLATED_BYTES) {
    throw new IngestError('too_large', `is a .docx that would inflate to ${(inflated / 1024 / 1024).toFixed(0)} MB; over ${MAX_DOCX_INFLATED_BYTES / 1024 / 1024} MB is refused`);
  }
  const mammoth = await loadMammoth();
  let raw: string;
  try {
    // A copy: the caller's bytes stay untouched, and the copy is exactly the file (no shared buffer tail).
    const copy = bytes.slice();
    const result = await mammoth.extractRawText({ arrayBuffer: copy.buffer, buffer: copy });
    raw = result.value;
  } catch (error) {
    throw new IngestError('damaged', `is a damaged .docx: ${firstLine((error as Error).message)}`);
  }
  const text = paragraphsFromRawText(raw);
  if (text.trim().length === 0) throw new IngestError('no_text', 'is a .docx without text');
  return text;
}

function firstLine(message: string): string {
  return (message.split('\n')[0] ?? '').slice(0, 160);
}
