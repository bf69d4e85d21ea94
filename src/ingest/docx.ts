/**
 * A Word .docx to text with mammoth's raw-text reader: one line per paragraph. The zip's central
 * directory is checked first, so that a truncated file gets a plain "cut short"; then every part
 * mammoth will parse is inflated once with a byte budget (src/ingest/inflate-budget.ts), so that a
 * zip bomb — honest or lying about its sizes — is refused before mammoth builds anything from it.
 */

import { measureInflated } from './inflate-budget';
import { IngestError } from './types';

/** The part of mammoth the reader uses; the caller may inject it (tests, a bundle without it). */
export interface MammothLike {
  /** mammoth's Node build reads `buffer`, its browser build `arrayBuffer`: both are given. */
  extractRawText(input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array }): Promise<{ value: string }>;
}

/**
 * XML a report's .docx never approaches: its document.xml is one or two megabytes for 100,000
 * characters. mammoth holds the parsed XML as a tree, about 100× its size (measured: 8 MB of
 * XML, 1.8 million characters of text, 830 MB and 26 s on a busy machine), so this bounds memory
 * and time, in line with the 2 million characters of text a file may hold.
 */
export const MAX_DOCX_INFLATED_BYTES = 8 * 1024 * 1024;

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;

/** One entry of a zip's central directory. */
export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** As the directory states it: a bomb may understate it. */
  readonly declaredSize: number;
  readonly localOffset: number;
}

/** The central directory's entries, or null when the archive has none intact (cut short or corrupt). */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at -= 1) {
    if (view.getUint32(at, true) !== EOCD_SIGNATURE) continue;
    const count = view.getUint16(at + 10, true);
    let offset = view.getUint32(at + 16, true);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i += 1) {
      if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL_SIGNATURE) return null;
      const nameLength = view.getUint16(offset + 28, true);
      if (offset + 46 + nameLength > bytes.length) return null;
      entries.push({
        name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
        method: view.getUint16(offset + 10, true),
        compressedSize: view.getUint32(offset + 20, true),
        declaredSize: view.getUint32(offset + 24, true),
        localOffset: view.getUint32(offset + 42, true),
      });
      offset += 46 + nameLength + view.getUint16(offset + 30, true) + view.getUint16(offset + 32, true);
    }
    return entries;
  }
  return null;
}

/** The parts mammoth parses for text: XML and relationships (not media, fonts or embedded files). */
function isParsedPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/**
 * What the parsed parts of a .docx really inflate to, or 'over' once it passes `budget` (inflating
 * stops there), or null for a local header that is not where the directory says (damaged).
 */
export function measureDocxParts(bytes: Uint8Array, entries: readonly ZipEntry[], budget: number): number | 'over' | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let total = 0;
  for (const entry of entries) {
    if (!isParsedPart(entry.name)) continue;
    const at = entry.localOffset;
    if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) return null;
    const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
    // ZIP64 writers put 0xFFFFFFFF here; the stream's own end then tells where it stops.
    const end = entry.compressedSize === 0xffffffff ? bytes.length : Math.min(bytes.length, start + entry.compressedSize);
    const data = bytes.subarray(start, end);
    if (entry.method === 0) {
      total += data.length;
    } else if (entry.method === 8) {
      const measured = measureInflated(data, 'raw', budget - total);
      if (measured.kind === 'over') return 'over';
      if (measured.kind === 'fits') total += measured.bytes;
    }
    if (total > budget) return 'over';
  }
  return total;
}

/** mammoth's raw text ends every paragraph with a blank line; one line break per paragraph is the text. */
export function paragraphsFromRawText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n').replace(/\n+$/, '');
}

function tooLarge(what: string): IngestError {
  return new IngestError('too_large', `is a .docx whose text ${what} over ${MAX_DOCX_INFLATED_BYTES / 1024 / 1024} MB when unpacked (a zip bomb?); refused`);
}

/**
 * Reads a .docx; throws `damaged` for a cut-short or corrupt archive, `too_large` for one whose
 * parts inflate past the budget, `no_text` for an empty document.
 */
export async function readDocx(bytes: Uint8Array, loadMammoth: () => Promise<MammothLike>, budget = MAX_DOCX_INFLATED_BYTES): Promise<string> {
  const entries = zipEntries(bytes);
  if (entries === null) throw new IngestError('damaged', 'is a damaged .docx: the zip archive is cut short or corrupt');
  // What the directory declares refuses an honest bomb unopened; inflating catches one that lies.
  const declared = entries.filter((entry) => isParsedPart(entry.name)).reduce((sum, entry) => sum + entry.declaredSize, 0);
  if (declared > budget) throw tooLarge('would be');
  const measured = measureDocxParts(bytes, entries, budget);
  if (measured === null) throw new IngestError('damaged', 'is a damaged .docx: the zip archive is cut short or corrupt');
  if (measured === 'over') throw tooLarge('inflates to');
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
