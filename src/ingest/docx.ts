/**
 * A Word .docx to text with mammoth's raw-text reader: one line per paragraph. The zip's central
 * directory is checked first, so that a truncated file gets a plain "cut short"; then every part
 * mammoth will parse is inflated once with a byte budget (src/ingest/inflate-budget.ts), so that a
 * zip bomb — honest or lying about its sizes — is refused before mammoth builds anything from it.
 */

import { inflateSync } from 'fflate';

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

/** Parts mammoth parses by their name: XML and relationships (not media, fonts or embedded files). */
function isXmlPart(name: string): boolean {
  return /\.(xml|rels)$/i.test(name);
}

/** A relationship's target that is a picture (mammoth's raw text never opens one). */
const IMAGE_TARGET = /\.(png|jpe?g|gif|bmp|tiff?|emf|wmf|svg|webp)$/i;

/** Where an entry's compressed bytes are, or null when its local header is not where the directory says. */
function entryData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL_SIGNATURE) return null;
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  // ZIP64 writers put 0xFFFFFFFF here; the stream's own end then tells where it stops.
  const end = entry.compressedSize === 0xffffffff ? bytes.length : Math.min(bytes.length, start + entry.compressedSize);
  return bytes.subarray(start, end);
}

/**
 * The parts the document's relationships point at (its main part, styles, notes…), by their zip
 * names: a main document may be called anything (word/doc.bin), and mammoth follows the
 * relationship to it, so its name alone does not say it is parsed. Relationship files are small
 * and already within the budget when this runs.
 */
function relationshipTargets(bytes: Uint8Array, entries: readonly ZipEntry[]): Set<string> {
  const targets = new Set<string>();
  for (const entry of entries) {
    const rels = /^(?:(.*)\/)?_rels\/[^/]*\.rels$/i.exec(entry.name);
    if (!rels) continue;
    const data = entryData(bytes, entry);
    if (data === null) continue;
    let xml: string;
    try {
      xml = new TextDecoder().decode(entry.method === 8 ? inflateSync(data) : data);
    } catch {
      continue;
    }
    const base = rels[1] ? `${rels[1]}/` : '';
    for (const relationship of xml.matchAll(/<Relationship\b[^>]*>/g)) {
      const target = /\bTarget\s*=\s*"([^"]*)"/.exec(relationship[0])?.[1];
      if (!target || /TargetMode\s*=\s*"External"/.test(relationship[0]) || IMAGE_TARGET.test(target)) continue;
      targets.add(resolvePartName(base, target));
    }
  }
  return targets;
}

/** A relationship target as a zip entry name: relative to its base folder, or absolute from the root. */
function resolvePartName(base: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : base + target).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

/**
 * What the parsed parts of a .docx really inflate to, or 'over' once it passes `budget` (inflating
 * stops there), or null for a local header that is not where the directory says (damaged). The
 * parts are its XML and relationship parts and whatever its relationships point at, however named.
 */
export function measureDocxParts(bytes: Uint8Array, entries: readonly ZipEntry[], budget: number): number | 'over' | null {
  let total = 0;
  const measure = (entry: ZipEntry): 'over' | 'damaged' | null => {
    const data = entryData(bytes, entry);
    if (data === null) return 'damaged';
    if (entry.method === 0) {
      total += data.length;
    } else if (entry.method === 8) {
      const measured = measureInflated(data, 'raw', budget - total);
      if (measured.kind === 'over') return 'over';
      if (measured.kind === 'fits') total += measured.bytes;
    }
    return total > budget ? 'over' : null;
  };
  const xmlParts = entries.filter((entry) => isXmlPart(entry.name));
  for (const entry of xmlParts) {
    const verdict = measure(entry);
    if (verdict === 'damaged') return null;
    if (verdict === 'over') return 'over';
  }
  // Within the budget so far, the relationships can be read, and the parts they name measured too.
  const targets = relationshipTargets(bytes, entries);
  for (const entry of entries) {
    if (isXmlPart(entry.name) || !targets.has(entry.name)) continue;
    const verdict = measure(entry);
    if (verdict === 'damaged') return null;
    if (verdict === 'over') return 'over';
  }
  return total;
}

/** mammoth's raw text ends every paragraph with a blank line; one line break per paragraph is the text. */
export function paragraphsFromRawText(raw: string): string {
  return raw.replace(/\r\n?/g, '\n').replace(/\n\n/g, '\n').replace(/\n+$/, '');
}

function tooLarge(what: string): IngestError {
  return new IngestError(
    'too_large',
    `is a .docx whose text ${what} over ${MAX_DOCX_INFLATED_BYTES / 1024 / 1024} MB when unpacked (a zip bomb?); refused`,
  );
}

/**
 * Reads a .docx; throws `damaged` for a cut-short or corrupt archive, `too_large` for one whose
 * parts inflate past the budget, `no_text` for an empty document.
 */
export async function readDocx(
  bytes: Uint8Array,
  loadMammoth: () => Promise<MammothLike>,
  budget = MAX_DOCX_INFLATED_BYTES,
): Promise<string> {
  const entries = zipEntries(bytes);
  if (entries === null) throw new IngestError('damaged', 'is a damaged .docx: the zip archive is cut short or corrupt');
  // What the directory declares refuses an honest bomb unopened; inflating catches one that lies.
  const declared = entries.filter((entry) => isXmlPart(entry.name)).reduce((sum, entry) => sum + entry.declaredSize, 0);
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
